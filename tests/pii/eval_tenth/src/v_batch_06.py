# Writer v, batch 06: electricity / gas outages, safety checks, energy welfare, mixed formats. CC0 1.0. All values invented.
DOCS = [
{"id": "s10-v06-001", "kind": "citizen_letter", "text": """한전 용인지사 담당자님께

{{date:8월 2일}} 밤 11시쯤 저희 동네({{place_name:수지구청역}} 뒤 빌라촌)가 40분 넘게 정전됐습니다. 저희 어머니([[PERSON:양춘자]], [[BIRTH_DATE:1939년 4월 1일]]생)가 재택 산소발생기를 쓰셔서 정말 위험했습니다.
의료기기 사용 세대로 등록해 두었는데도 사전 안내 문자 한 통 없었습니다.
주소 [[KR_ADDRESS:용인시 수지구 풍덕천2동 1052-4 다세대 302호]], 보호자 [[PERSON:이태경]] [[PHONE_NUMBER:010-3357-0924]]
등록 때 받은 번호는 {{case_number:MED-YI-2023-0412}}입니다."""},

{"id": "s10-v06-002", "kind": "spreadsheet", "text": """도시가스 정기안전점검 미실시 세대 (2차 방문까지 부재) - 기흥센터
점검원(사번)	세대	고객명	연락처	1차	2차	비고
[[PERSON:류정애]]([[EMPLOYEE_ID:KG2281]])	[[KR_ADDRESS:기흥구 보라동 560 민속마을쌍용 215-603]]	[[PERSON:Lee, Jonathan]]	[[PHONE_NUMBER:010-7714-2093]]	{{date:3/4}}	{{date:3/18}}	해외출장
[[PERSON:류정애]]([[EMPLOYEE_ID:KG2281]])	[[KR_ADDRESS:기흥구 보라동 560 민속마을쌍용 217-1101]]	[[PERSON:곽미경]]	[[PHONE_NUMBER:010-26**-7730]]	{{date:3/4}}	{{date:3/19}}	
[[PERSON:남도현]]([[EMPLOYEE_ID:KG3017]])	[[KR_ADDRESS:기흥구 한보라2로 74, 상가 2층]]	{{org_name:보라치킨}}	{{public_number:031-286-0092}}	{{date:3/5}}	{{date:3/20}}	영업장"""},

{"id": "s10-v06-003", "kind": "system_export", "text": """AMI 원격검침 장애 리포트  ({{date:2024-12-02}})
DCU_ID        IP              고객번호        고객명   상태
{{code:DCU-YI-0418}}   [[IP_ADDRESS:10.114.62.18]]    {{customer_number:0741102293}}      [[PERSON:장말례]]   통신불량 72h
{{code:DCU-YI-0418}}   [[IP_ADDRESS:10.114.62.18]]    {{customer_number:0741102301}}      [[PERSON:박 준]]     통신불량 72h
{{code:DCU-YI-0533}}   [[IP_ADDRESS:fd00:4a1e:22::1c]]  {{customer_number:0741219987}}      [[PERSON:함수정]]   정상
netmask {{subnet_mask:255.255.240.0}}  fw {{version:AMI-FW 5.0.3}}  OID {{oid:1.2.410.200030.1.4}}"""},

{"id": "s10-v06-004", "kind": "officer_memo", "text": """동절기 가스공급 중단 유예 요청 (긴급)
대상: [[PERSON:모정숙]]([[BIRTH_DATE:55.1.23]]), 장애인 자녀 [[PERSON:모하준]]([[BIRTH_DATE:2011.06.30]]) 2인 가구
주소: [[KR_ADDRESS:성남시 수정구 수정로 171번길 20-3, 반지하]]
체납: 도시가스 {{amount:6개월분 84만원}} → {{org_name:코원에너지서비스}}에서 {{date:12/10}} 공급중단 예고
조치: 긴급복지 연료비 지원 신청({{amount:월 15만원}}), 코원 측에 {{date:3월 말}}까지 중단 유예 공문 요청
담당 수정구 복지지원팀 [[PERSON:황보은정]] ☎ [[PHONE_NUMBER:031-729-5384]]"""},

{"id": "s10-v06-005", "kind": "ocr_form", "text": """上水道 使用者 名義變更 申請書
姓名 [[PERSON:金榮洙]] ([[PERSON:김영수]])
生年月日 [[BIRTH_DATE:一九五三年 七月 十二日]]
住所 [[KR_ADDRESS:水原市 八達區 行宮路 57-2]]
前 使用者 [[PERSON:金在福]] (父, 死亡 {{date:二〇二四年 一月 三日}})
電話 [[PHONE_NUMBER:031-25l-6O18]]
申請日 {{date:2024. 2. 1}}"""},

{"id": "s10-v06-006", "kind": "sms", "text": """[주민센터] [[PERSON:신동희]]님 에너지바우처 여름분 잔액 {{amount:４３，７００원}} 남았습니다. 문의 담당자 [[PERSON:왕수연]] ［[[PHONE_NUMBER:０３１－２４８－７７１９]]］
회신번호: [[PHONE_NUMBER:０１０－３３２１－５５８７]]"""},

{"id": "s10-v06-007", "kind": "ocr_form", "text": """도 시 가 스  공 급 ( 신 규 )  신 청 서
상    호 : {{org_name:정자동 손칼국수}}          업    종 : 음식점업
대 표 자 : [[PERSON:배 경 호]]          사업자등록번호 : [[KR_BRN:135 - 24 - 7180?]]
설치주소 : [[KR_ADDRESS:성남시 분당구 정자일로 121, 상가동 1층 105호]]
신분확인 : 운전면허증 [[KR_DRIVER_LICENSE:경기13-096214-22]]   (확인자 [[PERSON:송민혁]])
연 락 처 : [[PHONE_NUMBER:010 8826 4403]]
희망일자 : {{date:2024.03.15}}  사용기기: 업소용 레인지 3구 2대, 온수기 1대"""},

{"id": "s10-v06-008", "kind": "kakaotalk", "text": """[영통 청명마을 주공 4단지] 
[[PERSON:장윤희]]: 우리 동만 정전이에요?? 엘베 멈췄어요
[[PERSON:홍기석]]: 402동도 나갔어요
[[PERSON:장윤희]]: 관리실 전화 안받네요
[[PERSON:홍기석]]: 한전 {{public_number:123}} 전화했더니 변압기 문제래요. 1시간 예상
[[PERSON:윤희]]맘: 엘베 안에 사람 갇힌 거 같아요 소리 나요!! {{public_number:119}} 불렀어요
[[PERSON:홍기석]]: 헐 401동 몇호세요? 제가 내려가볼게요"""},

{"id": "s10-v06-009", "kind": "spreadsheet", "text": """외국인 근로자 숙소 가스안전 점검 명단 ({{org_name:(주)동진금속}} 사택, 처인구 백암면)
성명 | 국적 | 여권번호 | 외국인등록번호 | 호실
[[PERSON:NGUYEN VAN TOAN]] | 베트남 | [[KR_PASSPORT:C7730214]] | [[KR_FRN:950412-5******]] | {{room_number:A-101}}
[[PERSON:SUWANNA PHROMMA]] | 태국 | [[KR_PASSPORT:AA4471928]] | [[KR_FRN:930801-6148827]] | {{room_number:A-102}}
[[PERSON:RAHMAN MD SHAFIQ]] | 방글라데시 | [[KR_PASSPORT:EH0385519]] | [[KR_FRN:000317-7******]] | {{room_number:A-103}}
[[PERSON:Ulugbek Tursunov]] | 우즈베키스탄 | [[KR_PASSPORT:FA5583012]] | 발급대기 | {{room_number:A-104}}
점검일 {{date:2024.11.27}} 점검원 [[PERSON:남도현]]"""},

{"id": "s10-v06-010", "kind": "call_transcript", "text": """119 → 가스안전공사 이관 녹취 요약 ({{date:2025.01.08}} {{time:06:52}})
신고자: 할머니 혼자 사시는 옆집에서 가스 냄새가 심하게 나요. 문을 두드려도 대답이 없어요.
접수: 주소 불러주세요.
신고자: [[KR_ADDRESS:용인 처인구 김량장동 339-12 2층]]이요, 할머니는 [[PERSON:함옥녀]]씨예요. 여든 넘으셨어요.
접수: 신고자분 성함은요?
신고자: 아랫집 사는 [[PERSON:최경호]]요. [[PHONE_NUMBER:공일공 칠칠공팔 일이삼사]].
(접수자 메모: 신고자 번호 [[PHONE_NUMBER:010-7708-1234]])"""},

{"id": "s10-v06-011", "kind": "ocr_form", "text": """상수도 누수감면 신청서
신청인: [[PERSON:어 수 민]]   생년월일: [[BIRTH_DATE:9O. O3. 18]]
본인확인: □주민등록증 ■운전면허증(번호: [[KR_DRIVER_LICENSE:28-O9-552170-4O]])
수도고객번호: {{customer_number:1203-552-0871}}   계량기번호: {{serial_number:SH20-1881743}}
누수 발견일 {{date:2024. 12. 14.}}   수리 완료일 {{date:2024. 12. 16.}}
수리업체: {{org_name:영진설비}} (대표 [[PERSON:황진영]], [[PHONE_NUMBER:010-4118-5520]])
※ 수리 영수증 및 수리 전·후 사진 첨부"""},

{"id": "s10-v06-012", "kind": "officer_memo", "text": """[스마트플러그 안부확인] 전력사용량 24시간 무변동 알림
- [[PERSON:윤복동]] 어르신([[BIRTH_DATE:1940.11.11]]), [[KR_ADDRESS:장안구 파장로 66번길 8-2 101호]]
- 알림 {{date:1/14}} {{time:09:10}} → 생활지원사 [[PERSON:정미향]] {{time:09:40}} 방문, 감기로 누워 계셨음. 병원 동행.
- 보호자(조카) [[PERSON:윤성기]] [[PHONE_NUMBER:010-4455-2276]] 통보함
- 플러그 ID {{code:SP-0031-7782}}"""},

{"id": "s10-v06-013", "kind": "email", "text": """제목: 저소득층 에너지효율개선 시공 완료 보고 (단열·창호)
수신: 성남시 기후에너지과 [[PERSON:국현우]] 주무관 <[[EMAIL_ADDRESS:guk.hw@seongnam.go.kr]]>

시공 세대: [[PERSON:모정숙]]님 댁([[KR_ADDRESS:수정구 수정로 171번길 20-3]]) 반지하 단열재 및 이중창 교체 {{date:2월 6일}} 완료.
시공사 {{org_name:한울에너지}} 대표 [[PERSON:도윤채]] / 사업자 [[KR_BRN:129-37-2266?]] / 계좌 신한 [[BANK_ACCOUNT:140-011-873390]]
현장 책임자 [[PERSON:엄지섭]] 실장 [[PHONE_NUMBER:010-8814-6039]]
(한국에너지재단 사업번호 {{case_number:KEF-2025-GG-0442}})"""},

{"id": "s10-v06-014", "kind": "officer_memo", "text": """[[PERSON:Emily Park]]([[BIRTH_DATE:03/22/1987]]) 가스 명의이전 요청, 외국 국적(미국) → 여권 [[KR_PASSPORT:A04418273]] 확인. 영문 신청서 접수완료 {{date:2/3}}."""},

{"id": "s10-v06-015", "kind": "system_export", "text": """{"batch":"{{code:SMS-CUT-0215}}","sent":"{{date:2025-02-15T07:00:00+09:00}}","msg":"단수안내","to":[
 {"name":"[[PERSON:차*석]]","tel":"[[PHONE_NUMBER:010-****-3318]]","res":"OK"},
 {"name":"[[PERSON:Jin Hae-won]]","tel":"[[PHONE_NUMBER:01092773305]]","res":"OK"},
 {"name":"[[PERSON:노연숙]]","tel":"[[PHONE_NUMBER:0312731129]]","res":"FAIL(유선)"}],
 "sender":"{{public_number:0312283000}}"}"""},

{"id": "s10-v06-016", "kind": "citizen_letter", "text": """베란다 태양광 보조금 신청합니다.
신청인 [[PERSON:하윤재]] ([[BIRTH_DATE:1992-10-05]])
[[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 동백 호수마을 1102동 801호]]
설치업체 {{org_name:(주)햇살에너지}} ({{business_number:142-81-55023}}), 설치일 {{date:2024-09-21}}, 500W
보조금 받을 계좌: 토스뱅크 [[BANK_ACCOUNT:1000-4418-3372]]
연락처 [[PHONE_NUMBER:010-6631-2084]] / [[EMAIL_ADDRESS:yoonjae.ha@kakao.com]]"""},

{"id": "s10-v06-017", "kind": "officer_memo", "text": """정전 의료기기 세대 명단 정비 – [[PERSON:양춘자]] 등록정보 오류(생년 [[BIRTH_DATE:1993]]으로 입력됨 → [[BIRTH_DATE:1939]] 정정). 보호자 번호 [[PHONE_NUMBER:010-3357-0924]] 재확인. {{date:8/5}}"""},

{"id": "s10-v06-018", "kind": "call_transcript", "text": """[전기안전공사 상담] 
고객: 세 들어 사는 집인데 두꺼비집이 자꾸 내려가요. 집주인은 전화를 안 받고.
상담: 주소 알려주시겠어요?
고객: [[KR_ADDRESS:수원 권선구 곡반정동 571-9 3층]]이요. 저는 [[PERSON:Sarah Kim]]이구요, 한국 이름은 [[PERSON:김사라]]예요.
상담: 집주인 분 성함 아세요?
고객: [[PERSON:용석두]]요. 번호는 [[PHONE_NUMBER:010-2207-45xx]] 뒤에 기억이 안나요
상담: 네 점검원 배정되면 연락드릴게요. 고객님 번호는요?
고객: [[PHONE_NUMBER:010.9914.0032]]"""},
]
