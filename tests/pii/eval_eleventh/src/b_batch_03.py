# Writer b, batch 03: parking and traffic fines. CC0 1.0. All values invented.
DOCS = [
{"id": "s11-b03-001", "kind": "opinion_statement", "text": """주·정차위반 과태료 사전통지에 대한 의견진술서

고지서번호 : {{document_number:4111-2026-0308-11774}}
차량번호 : [[KR_CAR_PLATE:157러 8824]]
위반일시 : {{date:2026.03.08 14:22}}    위반장소 : {{place_name:팔달문로}} 지동시장 앞
소유자(운전자) : [[PERSON:어 준 혁]]   생년월일 : [[BIRTH_DATE:1983. 7. 14.]]
주소 : [[KR_ADDRESS:수원시 팔달구 지동 248-11 2층]]
연락처 : [[PHONE_NUMBER:010-2611-7034]]

진술 내용 : 시장에서 아버지 약을 찾으러 잠깐 정차했고 비상등 켜고 3분 이내였습니다. 단속 사진 보면 운전석에 사람이 타고 있는 것이 보입니다. 선처 부탁드립니다.
                                   {{date:2026년 3월 20일}}  진술인 [[PERSON:어준혁]]"""},

{"id": "s11-b03-002", "kind": "email", "text": """To: {{public_email:parking@seongnam.go.kr}}
From: [[EMAIL_ADDRESS:yoonah.b@daum.net]]
제목: 과태료 이의 - 응급실 때문에 세운 거에요

안녕하세요 [[PERSON:백윤아]]입니다. 차량 [[KR_CAR_PLATE:38마0412]] 단속건 이의제기합니다.
{{date:2월 11일}} 새벽에 둘째([[PERSON:차 서 율]], [[BIRTH_DATE:2024년 9월 3일]]생)가 열경기를 해서 {{org_name:성남중앙병원}} 응급실 앞 도로에 급하게 세웠습니다. 진료확인서 첨부해요.
제 번호 [[PHONE_NUMBER:010-5042-9917]], 주소는 [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 14-2, 301호]] 입니다."""},

{"id": "s11-b03-003", "kind": "spreadsheet_export", "text": """견인차량 보관소 출고대장 ({{date:2026-04-02}}, 성남시 차량견인보관소)
출고번호,차량번호,견인일시,인수자,면허번호,견인료+보관료,결제
{{receipt_number:T0402-031}},[[KR_CAR_PLATE:경기31바4417]],{{date:04-01 23:10}},[[PERSON:감동혁]],[[KR_DRIVER_LICENSE:13-98-114205-61]],{{amount:53000}},현금
{{receipt_number:T0402-032}},[[KR_CAR_PLATE:201도 5530]],{{date:04-02 07:45}},[[PERSON:Olivia Grant]],국제면허(여권 [[KR_PASSPORT:552018734]]),{{amount:40000}},카드 [[CREDIT_CARD:4920-17**-****-3391]]
{{receipt_number:T0402-033}},[[KR_CAR_PLATE:62나 1178]],{{date:04-02 08:02}},[[PERSON:도 은 비]],[[KR_DRIVER_LICENSE:서울 11-054421-30]],{{amount:40000}},카드 [[CREDIT_CARD:5365 1002 4418 776?]]"""},

{"id": "s11-b03-004", "kind": "application_form", "text": """거주자우선주차 신청서 (2026년 상반기)
신청인 성명 [[PERSON:길 다 현]]   주민등록번호 [[KR_RRN:920415-2]]
주소 [[KR_ADDRESS:수원시 장안구 연무동 212-38 대성빌라 B동 201호]]
휴대전화 [[PHONE_NUMBER:010-3974-8862]]
차량번호 [[KR_CAR_PLATE:123가 4567]]  차종 아반떼  소유자 본인 [ v ]  가족 [   ]
희망구획 연무동 {{code:A-14}} (1순위), {{code:A-15}} (2순위)
※ 주민등록번호 뒷자리 첫자리까지만 기재
신청일자 {{date:2026.01.05}}"""},

{"id": "s11-b03-005", "kind": "notice", "text": """[거주자우선주차 배정결과 공고] 영통1동 2026년 1분기
구획번호 | 성명 | 차량번호
{{code:YT1-003}} | [[PERSON:김○현]] | [[KR_CAR_PLATE:45너 ****]]
{{code:YT1-004}} | [[PERSON:황보○○]] | [[KR_CAR_PLATE:****2201]]
{{code:YT1-007}} | [[PERSON:이○]] | [[KR_CAR_PLATE:19수 6**8]]
{{code:YT1-011}} | [[PERSON:사공○희]] | [[KR_CAR_PLATE:277*1135]]
※ 이의신청 기간 {{date:2026. 1. 20.}} ~ {{date:1. 24.}}, 문의 영통구청 교통행정과 {{public_number:031-228-8515}}"""},

{"id": "s11-b03-006", "kind": "disclosure_request", "text": """정보공개 청구서
청구인 이름 [[PERSON:모 상 길]]  생년월일 [[BIRTH_DATE:720930]]
주소 [[KR_ADDRESS:용인시 수지구 성복2로 38, 성복역 롯데캐슬 106동 2103호]]
전화 [[PHONE_NUMBER:010-4480-1726]]  전자우편 [[EMAIL_ADDRESS:mo_sanggil@naver.com]]
청구내용: {{date:2026.3.15}} 19:30~19:50 성복동 {{place_name:성복중앙로}} 불법주정차 단속 CCTV 영상 중 본인 차량([[KR_CAR_PLATE:44하7021]]은 렌터카, 실제 제 차는 [[KR_CAR_PLATE:31오 9152]]) 촬영분
공개방법: 열람 및 사본(전자파일)
수령방법: 직접방문"""},

{"id": "s11-b03-007", "kind": "system_log", "text": """cctv-viewer audit {{date:2026-03-21}}
09:14:02 VIEW cam={{code:SJ-CCTV-0217}} op=[[EMPLOYEE_ID:YG2017-0311]]([[PERSON:장태민]]) from [[IP_ADDRESS:172.16.40.23]] reason=정보공개(청구 {{case_number:3310025}})
09:31:47 EXPORT cam={{code:SJ-CCTV-0217}} frames=1200 mask=face,plate op=[[EMPLOYEE_ID:YG2017-0311]] from [[IP_ADDRESS:172.16.40.23]] sha1=9f2c1e0b7a
09:32:10 DENY remote=[[IP_ADDRESS:203.241.18.7]] (not in allowlist) fw={{version:v5.0.3-r2}}
10:05:55 VIEW cam={{code:SJ-CCTV-0219}} op=[[EMPLOYEE_ID:YG2020-1188]]([[PERSON:마 은 채]]) from [[IP_ADDRESS:172.16.40.31]]"""},

{"id": "s11-b03-008", "kind": "phone_memo", "text": """견인 항의 전화 (매우 흥분)
{{date:4.9.}} 오전 8시 반쯤. [[PERSON:곽재민]] 이라고 함, 번호 [[PHONE_NUMBER:010-8836-0052]]
차량 [[KR_CAR_PLATE:서울34다5521]] 어젯밤 서현역 로데오거리에서 견인됨. 표지판 안보였다고 함.
견인보관소 위치 안내 ({{place_name:분당구 야탑동 견인차량보관소}}), 의견진술은 고지서 받은 후 가능하다 안내
→ 30분 넘게 통화. 팀장님께 보고함 - [[PERSON:류 하 나]]"""},

{"id": "s11-b03-009", "kind": "sms", "text": """[용인시 주정차단속알림] [[KR_CAR_PLATE:12로3308]] 차량이 {{place_name:수지구청역 2번출구}} 단속구역에 정차중입니다. 5분 이내 이동 바랍니다. (수신 [[PHONE_NUMBER:010-77**-2409]])"""},

{"id": "s11-b03-010", "kind": "kakaotalk", "text": """[단속반 3조] 
[[PERSON:최준호]]: 정자동 카페거리 쪽 오늘 민원 5건째
[[PERSON:최준호]]: [[KR_CAR_PLATE:67무 2021]] 또 있음 이차 이번달만 4번째
[[PERSON:양 소 희]]: 아 그 흰색 BMW? 주인 카페 사장이래요
[[PERSON:최준호]]: ㅇㅇ 사진 찍고 딱지 ㄱㄱ
[[PERSON:양 소 희]]: 넵 단말기 번호 {{device_id:PDA-07}}로 등록할게요 조장님"""},

{"id": "s11-b03-011", "kind": "receipt", "text": """====== 과태료 납부 영수증 ======
납부자   [[PERSON:남 경 수]]
차량번호 [[KR_CAR_PLATE:59소 7746]]
과태료   {{amount:40,000원}} (자진납부 20% 감경 -> {{amount:32,000원}})
카드     신한 [[CREDIT_CARD:4518-44**-****-1029]]  일시불
승인번호 {{approval_number:30118842}}
거래일시 {{date:2026/04/11 13:05:27}}
가상계좌 {{public_account:우리 26701-447-118833}} (용인시 세입)"""},

{"id": "s11-b03-012", "kind": "opinion_statement", "text": """장애인전용주차구역 위반 의견서

위반차량 [[KR_CAR_PLATE:경기 42 라 8130]]은 제 어머니 [[PERSON:방옥자]]([[BIRTH_DATE:1944년 3월 8일]]생, 지체장애 심한장애) 보호자용 차량입니다. 당일({{date:3/17}}) 어머니를 모시고 {{org_name:수원시 장안구보건소}}에 갔는데 표지를 대시보드에서 떨어뜨린 상태였습니다.
장애인등록증 사본, 주차표지 사본 첨부합니다.
보호자 [[PERSON:권세훈]]  [[PHONE_NUMBER:031-247-0921]](집) [[PHONE_NUMBER:010-2219-6605]](휴대)
[[KR_ADDRESS:수원시 장안구 정자로 146, 백설마을 삼환나우빌 431동 902호]]"""},

{"id": "s11-b03-013", "kind": "case_note", "text": """렌터카 임차인 확인 (과태료 전가)
차량 [[KR_CAR_PLATE:29허 1873]] / 소유 (주)에이스렌트카 {{business_number:131-86-22715}} 대표번호 {{public_number:1661-0412}}
렌트사 회신: 임차인 [[PERSON:HOLLAND, MARK JAMES]] (미국), 여권 [[KR_PASSPORT:566108247]], 생년월일 [[BIRTH_DATE:MAR 02 1990]], 국내 연락처 [[PHONE_NUMBER:010-3325-1094]]
임대기간 {{date:2026.03.28}}~{{date:03.31}}, 위반일시 {{date:03.29 11:42}}
→ 임차인에게 과태료 부과 전환, 고지서 숙소 주소로 발송: [[KR_ADDRESS:용인시 기흥구 기흥역로 58, 기흥역 센트럴푸르지오 1402호]]"""},

{"id": "s11-b03-014", "kind": "application_form", "text": """운전자 변경 신청(과태료 부과대상 변경)
차량번호: [[KR_CAR_PLATE:211모5092]]   소유자: [[PERSON:국 현 우]]
실제 운전자: [[PERSON:국 민 재]] (아들)  생년월일: [[BIRTH_DATE:2001-05-19]]
운전면허번호: [[KR_DRIVER_LICENSE:131904518870]]
주소: [[KR_ADDRESS:성남시 분당구 미금일로 90번길 21, 까치마을 1단지 대우 108동 1104호]]
운전자 확인서명: [[PERSON:국민재]] ☐ (자필)"""},

{"id": "s11-b03-015", "kind": "work_log", "text": """주정차 단속 근무일지 {{date:2026. 4. 14.(화)}} 권선구
근무자: [[PERSON:하 태 석]]([[EMPLOYEE_ID:GS-2211]]), [[PERSON:연보라]]([[EMPLOYEE_ID:GS-2314]])
단속 구간: {{place_name:세권로}}, {{place_name:권선시장 앞}}, 호매실 먹자골목
단속 건수 {{statistic:37건}} (PDA 29, 고정CCTV 8), 계도 {{statistic:12건}}
특이사항: {{place_name:권선시장 앞}}에서 상인 1명이 단속에 거세게 항의함 ([[KR_CAR_PLATE:85수 2004]] 소유주라고 함). 욕설 있었으나 물리적 충돌 없음."""},

{"id": "s11-b03-016", "kind": "memo", "text": """[[KR_CAR_PLATE:302누1147]] 차주 [[PERSON:진세라]] [[PHONE_NUMBER:01090182233]] 견인 전 연락 요청"""},

{"id": "s11-b03-017", "kind": "complaint_letter", "text": """거주자우선주차 해지 및 잔여기간 환불 신청합니다.
{{date:3월 말}}에 이사가게 되어 {{code:권선2-B-22}} 구획 반납합니다. 상반기 요금 {{amount:9만원}} 중 남은 기간 환불 받을 계좌는 국민 [[BANK_ACCOUNT:094202-04-118331]] ([[PERSON:용재희]]) 입니다.
새 주소 [[KR_ADDRESS:화성시 동탄대로 636-3, 메타폴리스 B동 3402호]]
전화 [[PHONE_NUMBER:010-4126-7708]]"""},

{"id": "s11-b03-018", "kind": "case_note", "text": """외국인 과태료 체납 안내 ({{date:2026.04.16}})
체납자 [[PERSON:ARIUNBOLD BATJARGAL]] (몽골) 외국인등록번호 [[KR_FRN:870711-5834212]]
차량 [[KR_CAR_PLATE:93거 6612]] 체납 {{statistic:3건}} 합계 {{amount:120,000원}}
주소지 [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 126-8]] 반송됨 → 출입국외국인청 체류지 조회 요청
생년월일 [[BIRTH_DATE:1987.07.11]]"""},
]
