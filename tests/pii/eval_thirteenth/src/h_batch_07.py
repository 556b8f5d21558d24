# Writer h, batch 07: harder formats across the domains (full-width digits, hanja dates, lunar birthdays, OCR, mixed logs).
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h07-001", "kind": "scanned_form_ocr", "text": """스포츠센터 회원 가입신청서 [스캔본 OCR]
성명 [[PERSON:맹 수 아]]  생년월일 [[BIRTH_DATE:１９９３년　０２월　１６일]]
주소 [[KR_ADDRESS:용인시 수지구 성복１로 ２５０，１０２동 ９０４호]]
휴대폰 [[PHONE_NUMBER:０１０－７２１３－４４６０]]
가입일 {{date:２０２５．０３．０４}}  회원구분 일반 / 수영+헬스
"""},

{"id": "s13-h07-002", "kind": "obituary_notice", "text": """[부고] 시 문화관광해설사로 12년간 봉사하신 故 [[PERSON:양태순]] 선생님께서 {{date:2025년 3월 9일}} 별세하셨습니다. (향년 {{statistic:78세}}, [[BIRTH_DATE:1947년]] 출생)
빈소: 아주대병원 장례식장 3호실 / 발인 {{date:3월 11일 오전 7시}}
상주: [[PERSON:양기석]], [[PERSON:양미라]]
"""},

{"id": "s13-h07-003", "kind": "hanja_record", "text": """自願奉仕者 名簿 (華城行宮)
姓名: [[PERSON:劉正順]]  生年月日: [[BIRTH_DATE:一九五四年 八月 十二日]]
住所: [[KR_ADDRESS:水原市 八達區 行宮路 11番길 25]]
登錄日: {{date:二〇二五年 三月 二日}}
"""},

{"id": "s13-h07-004", "kind": "lunar_birthday", "text": """회원 생일 이벤트 대상 확인요청 - 본인이 음력이라고 하심.
[[PERSON:성복례]] 어르신 음력 [[BIRTH_DATE:1949년 9월 9일]] (양력 {{date:2025년 10월 30일}}이 올해 생신) / 아쿠아 실버반 / 자녀 연락처 [[PHONE_NUMBER:010-8104-2297]] ([[PERSON:최윤진]])
"""},

{"id": "s13-h07-005", "kind": "system_log", "text": """[booking-api] {{date:2025-08-14T10:22:17+09:00}} INFO  reserve court=B3 member_name=[[PERSON:전세하]] src=[[IP_ADDRESS:fe80::1c2a:7bff:fe41:9e02]] agent={{version:Chrome/126.0.6478.127}}
[booking-api] {{date:2025-08-14T10:22:18+09:00}} WARN  duplicate slot, oid={{oid:1.3.6.1.4.1.3927.1}} retry
[booking-api] {{date:2025-08-14T10:22:19+09:00}} INFO  sms sent to [[PHONE_NUMBER:+82-10-3052-6618]]
"""},

{"id": "s13-h07-006", "kind": "excel_paste", "text": """성명	생년월일	나이	등록일	만료일
[[PERSON:탁하윤]]	[[BIRTH_DATE:2010-3-5]]	{{statistic:15}}	{{date:2025-3-5}}	{{date:2025-6-4}}
[[PERSON:국민성]]	[[BIRTH_DATE:1958-12-25]]	{{statistic:66}}	{{date:2025-3-6}}	{{date:2025-6-5}}
[[PERSON:봉다현]]	[[BIRTH_DATE:1999-7-1]]	{{statistic:25}}	{{date:2025-3-7}}	{{date:2025-6-6}}
"""},

{"id": "s13-h07-007", "kind": "complaint", "text": """시민자전거(타조) 이용 중 사고 났는데 보험처리가 안된다고 합니다. 사고일 {{date:2025.6.21}} 밤 9시, 장소 {{place_name:광교호수공원 앞 자전거도로}}. 저 [[PERSON:남궁민지]]({{date:25.6.21}} 기준 만 34세, [[BIRTH_DATE:90.11.03]]생)이고 회원ID {{code:tazo_mj90}} 입니다. 병원비 영수증 있습니다. 상대 자전거 운전자는 [[PERSON:하OO]]이라는 분이고 번호 받아뒀어요 [[PHONE_NUMBER:010-68**-1172]]
"""},

{"id": "s13-h07-008", "kind": "guest_register_handwritten", "text": """숙박부 (수기→타이핑)
{{date:9/27}} [[PERSON:진 승 호]] [[KR_ADDRESS:대전 서구 둔산로 100]] (동호수 미기재) / ☎ [[PHONE_NUMBER:042-488-3105]]
{{date:9/27}} [[PERSON:Mei Ling]] 싱가포르 / 여권 [[KR_PASSPORT:K1839204Q]]
{{date:9/28}} [[PERSON:하 란]] 생 [[BIRTH_DATE:80. 4. 1]] / 차 [[KR_CAR_PLATE:대구 31가 2045]]
"""},

{"id": "s13-h07-009", "kind": "email", "text": """[[PERSON:송지원]] 주무관님께,
용인시 다문화축제 부스 운영 신청서 보냅니다. 저희는 몽골 음식 부스이고 대표는 [[PERSON:Ganbold Tsogt]] 입니다. 사업자등록번호 [[KR_BRN:142-34-8071?]], 연락처 [[PHONE_NUMBER:010-9340-2788]], 메일 [[EMAIL_ADDRESS:ganbold.mgl.food@gmail.com]] 입니다. 가스 사용 여부는 {{date:축제 1주 전}}까지 알려드리겠습니다.
"""},

{"id": "s13-h07-010", "kind": "one_line", "text": """환불완료 [[PERSON:배수진]] {{amount:₩63,000}} → [[BANK_ACCOUNT:110 361 552840]](신한) {{date:25/04/11 16:05}}"""},

{"id": "s13-h07-011", "kind": "masked_export", "text": """[개인정보 마스킹 처리본 - 외부제공용]
회원명 | 생년월일 | 휴대폰 | 주소
[[PERSON:김*진]] | [[BIRTH_DATE:1987-**-**]] | [[PHONE_NUMBER:010-****-5521]] | [[KR_ADDRESS:수원시 영통구 ***로 12, ***동 ***호]]
[[PERSON:L** T*** H**]] | [[BIRTH_DATE:199*-**-**]] | [[PHONE_NUMBER:010-73**-****]] | 성남시 분당구 (이하 생략)
[[PERSON:박OO]] | [[BIRTH_DATE:2005-0*-**]] | [[PHONE_NUMBER:***-****-0098]] | 비공개
제공일 {{date:2025. 11. 3.}} / 제공처 {{org_name:한국문화관광연구원}}
"""},

{"id": "s13-h07-012", "kind": "kakaotalk", "text": """[[[PERSON:Thanh]]] 선생님 내 생일 잘못 됐어요 [[BIRTH_DATE:1997]]이에요. [[BIRTH_DATE:6월 2일]]. 외국인등록증에 [[KR_FRN:970602-6******]] 이렇게 있어요
[[[PERSON:오지나]]] 아 그렇네요! 수정할게요 😊 [[PERSON:Thanh]]씨 생일 [[BIRTH_DATE:1997년 6월 2일]] 맞죠?
"""},
]
