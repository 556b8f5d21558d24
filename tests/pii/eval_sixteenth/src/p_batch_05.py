# Writer p, batch 05: housing - public rental applicants, apartment management office, move-in reports.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p05-001", "kind": "spreadsheet", "text": """{{place_name:광교 행복주택}} 대학생 계층 서류심사 대상자 (모집공고 {{document_number:제2024-117호}})
순번	성명	생년월일	소속대학	학번	현거주지	소득구간
1	[[PERSON:오하진]]	[[BIRTH_DATE:2004.02.13]]	{{org_name:경기대}}	[[STUDENT_ID:202312744]]	[[KR_ADDRESS:전북 전주시 완산구 효자로 225, 103동 807호]]	1분위
2	[[PERSON:주세린]]	[[BIRTH_DATE:2003.10.30]]	{{org_name:아주대}}	[[STUDENT_ID:202220519]]	[[KR_ADDRESS:강원특별자치도 원주시 단구로 170]]	2분위
3	[[PERSON:Nomin Bat-Erdene]]	[[BIRTH_DATE:2002.06.05]]	{{org_name:성균관대}}	[[STUDENT_ID:2021315406]]	기숙사	해당없음
4	[[PERSON:피준서]]	[[BIRTH_DATE:2005.01.21]]	{{org_name:수원대}}	[[STUDENT_ID:24017728]]	[[KR_ADDRESS:충남 천안시 서북구 불당25로 42, 1204호]]	1분위
서류제출기한 {{date:2024.04.26 18:00}}"""},

{"id": "s16-p05-002", "kind": "csv_export", "text": """신청번호,구분,성명,관계,주민등록번호,생년월일,장애여부
{{application_number:GM24-00871}},신청자,[[PERSON:채민혁]],본인,[[KR_RRN:861120-1******]],[[BIRTH_DATE:1986-11-20]],N
{{application_number:GM24-00871}},세대원,[[PERSON:Nguyen Thi Lan]],배우자,[[KR_FRN:910702-6******]],[[BIRTH_DATE:1991-07-02]],N
{{application_number:GM24-00871}},세대원,[[PERSON:채윤아]],자녀,[[KR_RRN:170415-4******]],[[BIRTH_DATE:2017-04-15]],N
{{application_number:GM24-00871}},세대원,[[PERSON:채도윤]],자녀,[[KR_RRN:200909-3******]],[[BIRTH_DATE:2020-09-09]],Y
{{application_number:GM24-00902}},신청자,[[PERSON:금옥자]],본인,[[KR_RRN:490301-2******]],[[BIRTH_DATE:1949-03-01]],Y
"""},

{"id": "s16-p05-003", "kind": "log_table", "text": """방문차량 출입기록부 ({{place_name:영통 벽산아파트}} 정문 경비실)
일자	입차	차량번호	방문동호	방문자	연락처	출차
{{date:10/02}}	{{time:09:12}}	[[KR_CAR_PLATE:68누7211]]	503-1102	[[PERSON:장세윤]]	[[PHONE_NUMBER:010-6621-0893]]	{{time:11:40}}
{{date:10/02}}	{{time:10:05}}	[[KR_CAR_PLATE:경기81배 2290]]	택배	{{org_name:한빛택배}}	-	{{time:10:20}}
{{date:10/02}}	{{time:13:47}}	[[KR_CAR_PLATE:221러 3306]]	507-404	[[PERSON:민 경]]	[[PHONE_NUMBER:010-74O2-19XX]]	미기재
근무자 [[PERSON:염동수]] (경비 {{shift:B조}})"""},

{"id": "s16-p05-004", "kind": "notice", "text": """[관리사무소 알림] 승강기 정기검사 안내
일시: {{date:2024년 10월 15일(화)}} {{time:10:00~16:00}}
대상: 101동~104동 전 호기
검사기관: {{org_name:한국승강기안전공단}}
해당 시간에는 승강기 운행이 동별로 약 {{statistic:40분}}간 중단됩니다. 거동이 불편하신 세대는 관리사무소({{public_number:031-202-7781}})로 미리 연락 주시면 도움 드리겠습니다.
{{date:2024. 10. 8.}}  관리사무소장 [[PERSON:국정호]]"""},

{"id": "s16-p05-005", "kind": "log_table", "text": """영상정보(CCTV) 열람 관리대장
열람일시: {{date:2024-10-11 15:20}}
신청인: [[PERSON:류서하]] (104동 1801호, [[PHONE_NUMBER:010-3315-7049]])
열람목적: 택배 분실 ({{date:10/9}} {{time:14~17시}} 104동 1층 현관)
열람장비: NVR-2 ([[IP_ADDRESS:192.168.10.52]]) / 원격 접속 차단, 현장 열람만
담당: 시설주임 [[PERSON:육태민]] (직원번호 [[EMPLOYEE_ID:M-2021-07]])
결과: 오후 {{time:3시 14분}}경 외부인 확인, 사본 반출 불가 안내 → 경찰 신고 권유"""},

{"id": "s16-p05-006", "kind": "form", "text": """전 입 신 고 서
신고인 [[PERSON:배성호]]   주민등록번호 [[KR_RRN:880923-133017?]]   전화 [[PHONE_NUMBER:010-2944-6705]]
전 주소: [[KR_ADDRESS:서울특별시 강서구 화곡로 44가길 15-8, 지층 1호]]
   세대주 [[PERSON:배성호]]
현 주소: [[KR_ADDRESS:경기도 용인시 기흥구 흥덕4로 15번길 3, 1302동 202호 (영덕동, 흥덕마을13단지)]]
   세대주 [[PERSON:배성호]]
전입자
 1. [[PERSON:배성호]] (본인)
 2. [[PERSON:Maria Santos]] (처, 외국인등록번호 [[KR_FRN:900114-6098723]])
 3. [[PERSON:배로아]] (자, [[BIRTH_DATE:2023. 8. 1.]])
전입일 {{date:2024. 10. 14.}} / 신고일 {{date:2024. 10. 17.}}"""},

{"id": "s16-p05-007", "kind": "system_log", "text": """[정부24 전입신고 처리 로그]
req_id={{case_number:G24-MV-20241018-552031}} ts={{date:2024-10-18 08:02:44}} client_ip=[[IP_ADDRESS:121.140.87.213]]
applicant=[[PERSON:여진아]] rrn_front=[[KR_RRN:970611]] new_addr="[[KR_ADDRESS:성남시 수정구 위례광장로 19, 5004동 1801호]]"
status=확인대기(세대주확인) owner=[[PERSON:남궁철]] notify_sms=[[PHONE_NUMBER:01083317450]]
ts={{date:2024-10-18 08:30:02}} client_ip=[[IP_ADDRESS:fe80::1c8a:44ff:fe20:9b3d]] action=세대주확인완료"""},

{"id": "s16-p05-008", "kind": "messenger_chat", "text": """[입대의 임원방]
회장 [[PERSON:석형준]]: 내일 회의 안건 올립니다. 1) 장기수선충당금 인상 2) 주차 2대 이상 세대 추가요금 3) 경비 휴게실
감사 [[PERSON:문혜린]]: 2번 관련해서 103동 [[PERSON:지만석]]님이 계속 항의 전화하세요. 차가 [[KR_CAR_PLATE:12우 5582]], [[KR_CAR_PLATE:47수 3019]], 트럭까지 3대
총무 [[PERSON:변나래]]: 그분 번호 [[PHONE_NUMBER:010-8723-4416]] 제가 통화해볼게요
회장 [[PERSON:석형준]]: 개인번호 단톡에 올리지 맙시다 ㅎ 아무튼 {{time:7시 반}} 관리사무소 회의실"""},

{"id": "s16-p05-009", "kind": "email", "text": """받는 사람: [[EMAIL_ADDRESS:kimhr_rent@lh-gyeonggi.or.kr]]
보낸 사람: [[PERSON:전태오]] <[[EMAIL_ADDRESS:taeo.jeon1985@hanmail.net]]>
제목: [국민임대 예비입주자] 배우자 서류 보완 제출

[[PERSON:김하령]] 담당자님,
지난번 말씀하신 대로 배우자 서류 보완하여 보냅니다.
 - 배우자: [[PERSON:CHEN XIAOLING]] (중국, [[BIRTH_DATE:1988년 9월 15일]]생)
 - 여권번호: [[KR_PASSPORT:EH2096471]] / 외국인등록번호 [[KR_FRN:880915-6207331]]
 - 혼인관계증명서(중국 공증본) 첨부
제 연락처는 [[PHONE_NUMBER:010-6128-0342]] 입니다. 예비번호는 {{reference_number:37번}}이었습니다.
감사합니다."""},

{"id": "s16-p05-010", "kind": "ocr_scan", "text": """전 입 세 대 열 람 내 역 (동 거 인 포 함)
열람대상 물건소재지 : [[KR_ADDRESS:수원시 팔달구 매산로 l가 ll-3 2층]]
순번  세대주성명   전입일자       등록구분   최초전입자   전입일자     동거인
l     [[PERSON:감 O 철]]      {{date:2Ol9-O5-2O}}    거주자     [[PERSON:감O철]]      {{date:2Ol9-O5-2O}}
2     [[PERSON:허 * 윤]]      {{date:2O23-l1-O3}}    거주자     [[PERSON:허*윤]]      {{date:2O23-l1-O3}}    l
열람일시 {{date:2O24년 lO월 2l일 ll:O4}}  신청인 [[PERSON:노지후]](임대인)"""},

{"id": "s16-p05-011", "kind": "call_note", "text": """[관리사무소 민원접수] {{date:11/04}} {{time:08:40}} 접수 [[PERSON:권보미]]
1203호 [[PERSON:민소연]]님 ([[PHONE_NUMBER:010-5039-2217]]): 욕실 천장 누수. 위층 1303호 확인 요청.
1303호 [[PERSON:태경민]]님 부재, 연락처 미등록 → 임대인 [[PERSON:태상훈]](세대 명부상) 연락처 [[PHONE_NUMBER:010 7720 6319]]
→ 설비기사 [[PERSON:엄재현]] {{time:10시}} 방문 예정. 보험(일상배상) 안내함."""},

{"id": "s16-p05-012", "kind": "spreadsheet", "text": """매입임대(청년) 계약 예정자
계약자,생년월일,직장/학교,사번·학번,계약호실,보증금
[[PERSON:강서윤]],[[BIRTH_DATE:'98.07.22]],{{org_name:수원시청}} 기간제,[[EMPLOYEE_ID:S-24-0187]],[[KR_ADDRESS:인계동 ○○빌 302호]],{{amount:100만원}}
[[PERSON:유재하]],[[BIRTH_DATE:'01.11.09]],{{org_name:경기대}},[[STUDENT_ID:201811203]],[[KR_ADDRESS:인계동 ○○빌 405호]],{{amount:100만원}}
[[PERSON:박해솔]],[[BIRTH_DATE:'96.03.30]],{{org_name:삼우정밀}},[[EMPLOYEE_ID:SW1093]],[[KR_ADDRESS:매교동 △△하우스 201호]],{{amount:200만원}}
계약일 {{date:2024.11.12 ~ 11.14}}"""},

{"id": "s16-p05-013", "kind": "complaint_short", "text": """관리사무소 소장님 [[PERSON:국정호]]씨 너무 불친절합니다. 관리비 내역 좀 보자고 한 건데 왜 소리를 지르나요? 저 102동 1504호 [[PERSON:원미숙]] ([[PHONE_NUMBER:010-2213-5586]])입니다. 구청에 정식 민원 넣겠습니다."""},

{"id": "s16-p05-014", "kind": "office_memo", "text": """[위장전입 의심 사실조사 결과]
조사일: {{date:2024.11.20}}  조사자: 통장 [[PERSON:여말자]], 주무관 [[PERSON:하서진]]
대상: [[KR_ADDRESS:용인시 수지구 신봉2로 67, 407동 1101호]]
전입자 [[PERSON:추민재]] ([[BIRTH_DATE:2010.05.18]]생, 중2) 및 모 [[PERSON:고은정]] ([[BIRTH_DATE:1979.10.02]]생)
→ 실거주 세대주([[PERSON:이수연]]) 진술: "친척 아이라 잠깐 주소만 옮긴 것" 
→ 학군 목적 위장전입 의심, 최고장 발송 및 {{date:12.20}}까지 소명 요구"""},

{"id": "s16-p05-015", "kind": "roster", "text": """{{org_name:동탄물류(주)}} 외국인 근로자 기숙사 입주자 명단 (임대: {{place_name:반월동 원룸}})
Room | Name | Nationality | Passport No. | ARC No. | DOB
201 | [[PERSON:Rahman Md Shafiqul]] | BGD | [[KR_PASSPORT:EB0493182]] | [[KR_FRN:930101-5384012]] | [[BIRTH_DATE:01/01/1993]]
202 | [[PERSON:Ko Ko Aung]] | MMR | [[KR_PASSPORT:MH772041]] | [[KR_FRN:960817-5******]] | [[BIRTH_DATE:17/08/1996]]
203 | [[PERSON:Sharma Bikash]] | NPL | [[KR_PASSPORT:PA0938127]] | 신청중 | [[BIRTH_DATE:23-Nov-1999]]
관리자: [[PERSON:조성택]] 대리 ([[PHONE_NUMBER:010-8147-2205]])"""},

{"id": "s16-p05-016", "kind": "notice", "text": """[알림] 관리비 연체세대 단전·단수 예고 아님 - 안내문
최근 일부 세대에 "{{date:11월 30일}}까지 미납시 단수" 문자가 발송되었는데, 이는 관리사무소가 보낸 것이 아닙니다. 발신번호 [[PHONE_NUMBER:010-9933-1882]]로 온 문자의 링크를 누르지 마시고, 관리비는 반드시 아파트 관리비 전용계좌({{public_account:우리 1005-402-338812}})로만 납부하시기 바랍니다.
관리사무소 {{public_number:031-202-7781}}"""},
]
