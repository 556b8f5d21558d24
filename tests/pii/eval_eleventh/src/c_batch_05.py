# Writer c, batch 05: interns and volunteers at city-run cultural centres and museums. All values invented. CC0 1.0.
DOCS = [
{"id": "s11-c05-001", "kind": "application_form", "text": """수원화성박물관 자원봉사자 등록카드
성명: [[PERSON:현수빈]]   생년월일: [[BIRTH_DATE:2008. 10. 3]]   성별: 여
소속: {{org_name:수성고등학교}} 2학년   (청소년 봉사자는 보호자 동의서 첨부)
주소: [[KR_ADDRESS:수원시 장안구 송정로 52번길 9-3, 3층]]
연락처: 본인 [[PHONE_NUMBER:010-4729-0315]] / 보호자([[PERSON:현재석]]) [[PHONE_NUMBER:010-3916-2280]]
희망활동: 어린이체험실 보조, 주말(토) 오전
1365 가입 여부: 예   활동 시작일: {{date:2025.03.08}}"""},

{"id": "s11-c05-002", "kind": "spreadsheet_export", "text": """1365_봉사실적_인정요청_2025년3월.csv
봉사자명,생년월일,휴대폰,활동일,활동시간,인정시간,수요처
[[PERSON:현수빈]],[[BIRTH_DATE:20081003]],[[PHONE_NUMBER:01047290315]],{{date:20250308}},09:00-13:00,4,수원화성박물관
[[PERSON:옥지안]],[[BIRTH_DATE:20090612]],[[PHONE_NUMBER:01062287714]],{{date:20250308}},09:00-13:00,4,수원화성박물관
[[PERSON:Emily Park]],[[BIRTH_DATE:20070227]],[[PHONE_NUMBER:01030981146]],{{date:20250315}},13:00-17:00,4,수원화성박물관
[[PERSON:맹도현]],[[BIRTH_DATE:19580409]],[[PHONE_NUMBER:0312477351]],{{date:20250322}},10:00-16:00,5,수원화성박물관(해설)"""},

{"id": "s11-c05-003", "kind": "attendance_log", "text": """[성남문화재단 박물관 인턴 출근부]  {{date:2025년 7월}}
사번        성명      7/1   7/2   7/3   7/4
[[EMPLOYEE_ID:INT25-007]]   [[PERSON:마윤슬]]    08:57 09:01 08:49 연차
[[EMPLOYEE_ID:INT25-008]]   [[PERSON:도하겸]]    09:12 08:55 08:58 08:51
[[EMPLOYEE_ID:INT25-011]]   [[PERSON:Sophie Martin]] 08:40 08:44 병가 08:50
※ 9시 이후 출근 시 지각 처리, 월 3회 이상 지각 시 담당 학예사([[PERSON:추경원]]) 면담"""},

{"id": "s11-c05-004", "kind": "application_form", "text": """용인문화재단 국제 인턴십 참가 신청서 (International Internship)
Full name: [[PERSON:Sophie Martin]]      Korean name: [[PERSON:소피 마르탱]]
Nationality: France    Date of birth: [[BIRTH_DATE:03/11/2001]] (DD/MM/YYYY)
Passport: [[KR_PASSPORT:22AF81934]]   Expiry {{date:2032-05-09}}
Alien Registration No.: [[KR_FRN:011103-7238104]]
Address in Korea: [[KR_ADDRESS:경기도 용인시 기흥구 덕영대로 1732, 경희대학교 국제캠퍼스 우정원 B동 512호]]
Phone: [[PHONE_NUMBER:+82-10-5518-2093]]   E-mail: [[EMAIL_ADDRESS:sophie.martin01@univ-lyon2.fr]]
Emergency contact (France): [[PERSON:Claire Martin]] [[PHONE_NUMBER:+33 6 12 48 90 37]]
Internship period: {{date:1 Jul – 29 Aug 2025}}"""},

{"id": "s11-c05-005", "kind": "email", "text": """보낸사람: [[PERSON:추경원]] <[[EMAIL_ADDRESS:kwchu@sncf.or.kr]]>
받는사람: 인턴 전원
제목: [공지] 7/10 전시 해설 리허설 조 편성

안녕하세요, 학예팀 [[PERSON:추경원]]입니다.
1조: [[PERSON:마윤슬]], [[PERSON:도하겸]] — 2전시실(근대 성남) / 2조: [[PERSON:Sophie]], 자원봉사자 [[PERSON:곽순례]] 선생님 — 어린이 체험실
리허설은 {{date:7월 10일(목) 10시}} {{place_name:성남시청 한누리홀}}이 아니라 박물관 세미나실입니다.
[[PERSON:윤슬]]씨는 지난주 요청한 해설문 초안 {{date:7/8}}까지 공유 부탁해요.
대표전화로 문의 오면 {{public_number:031-783-8000}} 안내하시면 됩니다."""},

{"id": "s11-c05-006", "kind": "kakaotalk", "text": """[화성행궁 해설봉사 단톡]
[[PERSON:맹도현]] 선생님: 토요일 해설 제가 [[PERSON:순례]] 선생님 대신 들어갈게요
[[PERSON:곽순례]]: 감사해요~ 손주 돌잔치라서요^^
사무국 [[PERSON:권나윤]]: 네 반영했습니다. 그리고 봉사자 상해보험 갱신 때문에 주민번호 뒷자리 필요하신 분들 개별 연락드릴게요. 단톡에는 올리지 마세요!
[[PERSON:곽순례]]: [[KR_RRN:520817-2******]] 이렇게만 알면 되나요?
사무국 [[PERSON:권나윤]]: 선생님 ㅠㅠ 지워주세요 제가 따로 전화드릴게요 [[PHONE_NUMBER:010-8826-4401]]"""},

{"id": "s11-c05-007", "kind": "incident_report", "text": """안전사고 경위서
발생일시: {{date:2025. 5. 5.(월) 11:20경}}   장소: {{place_name:수원시립아이파크미술관 1층 로비}}
피해자: [[PERSON:은도율]] (남, [[BIRTH_DATE:2019.02.14]]생, 만 6세)   보호자: 모 [[PERSON:경수진]] [[PHONE_NUMBER:010-2390-7764]]
보호자 주소: [[KR_ADDRESS:화성시 동탄대로 537, 동탄역 롯데캐슬 102동 3802호]]
경위: 어린이날 행사 중 회전문 근처에서 뛰다 넘어져 이마 찰과상. 안내 봉사자 [[PERSON:옥지안]] 학생이 발견, 의무실 간호사 [[PERSON:홍유리]]가 응급처치 후 귀가.
작성자: 운영팀 [[PERSON:채민규]] (사번 [[EMPLOYEE_ID:SAM-21-044]])"""},

{"id": "s11-c05-008", "kind": "register", "text": """인턴십 수료증 발급 대장
번호 | 성명 | 생년월일 | 소속대학 | 기간 | 발급일
{{document_number:2025-인-013}} | [[PERSON:마윤슬]] | [[BIRTH_DATE:2002.7.26]] | 서울여대 | {{date:25.7.1~8.29}} | {{date:2025.08.29}}
{{document_number:2025-인-014}} | [[PERSON:도하겸]] | [[BIRTH_DATE:2001.3.3]] | 한신대 | {{date:25.7.1~8.29}} | {{date:2025.08.29}}
{{document_number:2025-인-015}} | [[PERSON:Sophie Martin]] | [[BIRTH_DATE:2001.11.3]] | Univ. Lyon 2 | {{date:25.7.1~8.29}} | {{date:2025.09.01}} (우편)
우편 주소: [[KR_ADDRESS:용인시 기흥구 덕영대로 1732, 우정원 B동 512호]]"""},

{"id": "s11-c05-009", "kind": "scanned_form_ocr", "text": """자 원 봉 사 활 동 확 인 서
성    명 : [[PERSON:옥 지 안]]         생 년 월 일 : [[BIRTH_DATE:2OO9년 6월 l2일]]
학 교 명 : 영 복 여 자 고 등 학 교   l 학 년
활동기간 : {{date:2O25.O3.O8}} ~ {{date:2O25.O5.O5}}     총 {{statistic:l8시간}}
활동내용 : 박물관 어린이 체험 보조 및 관람객 안내
                     {{date:2O25년 5월 3O일}}
         수원화성박물관장 (인)   담당자 : [[PERSON:권 나 윤]]"""},

{"id": "s11-c05-010", "kind": "register", "text": """봉사자 주차 등록 현황 (용인시 문화예술원 지하주차장)
[[PERSON:곽순례]]  [[KR_CAR_PLATE:47허 1903]]  (경차)  매주 수·토
[[PERSON:맹도현]]  [[KR_CAR_PLATE:경기 79 나 5512]]  매주 토
[[PERSON:주성민]]  [[KR_CAR_PLATE:318구 6275]]  격주 일   ※ 전기차 충전구역 주차 금지 안내함
방문객용 임시번호 {{code:TEMP-0517}}는 등록 대상 아님"""},

{"id": "s11-c05-011", "kind": "phone_memo", "text": """{{date:6/14}} 토 08:40 [[PERSON:주성민]] 봉사자 전화 — 아이가 열이 나서 오늘 도슨트 못 나온다고. 대체자 [[PERSON:변혜린]]님께 연락([[PHONE_NUMBER:010.4478.3029]]) → 10시 가능. [[PERSON:주성민]] 님 다음 주 일요일로 보충 희망."""},

{"id": "s11-c05-012", "kind": "form", "text": """인턴 4대보험 취득신고 및 급여계좌 확인
성명 [[PERSON:도하겸]]
주민등록번호 [[KR_RRN:010303-372916?]]
주소 [[KR_ADDRESS:오산시 대원로 41번길 19-6 (원동) 202호]]
취득일 {{date:2025-07-01}}   월 보수액 {{amount:2,096,270원}}
급여계좌 하나은행 [[BANK_ACCOUNT:620-218447-09307]]
비상연락처 부 [[PERSON:도진호]] [[PHONE_NUMBER:010-5008-1276]]"""},

{"id": "s11-c05-013", "kind": "system_log", "text": """museum-rsv admin audit
{{date:2025/05/05 09:03:12}} [[EMPLOYEE_ID:SAM-21-044]] login from [[IP_ADDRESS:112.171.30.55]] (OK)
{{date:2025/05/05 09:05:40}} [[EMPLOYEE_ID:SAM-21-044]] export reservation list date=2025-05-05 rows=412
{{date:2025/05/05 09:07:15}} [[EMPLOYEE_ID:SAM-23-101]] login from [[IP_ADDRESS:112.171.30.61]] (OK)
{{date:2025/05/05 23:58:02}} unknown login from [[IP_ADDRESS:185.220.101.47]] (FAIL x12, locked)
reservation no. {{reservation_number:R250505-0087}} cancelled by system"""},

{"id": "s11-c05-014", "kind": "consent_form", "text": """청소년 자원봉사 보호자 동의서
봉사자 성명: [[PERSON:Emily Park]] ([[PERSON:박에밀리]])   생년월일: [[BIRTH_DATE:2007년 2월 27일]]
보호자 성명: [[PERSON:박준태]]   관계: 부   생년월일: [[BIRTH_DATE:1976. 12. 9.]]
보호자 연락처: [[PHONE_NUMBER:010-7731-0458]]
주소: [[KR_ADDRESS:수원시 영통구 광교호수로 152, 광교호반베르디움 4303동 702호]]
위 청소년이 수원화성박물관 자원봉사 활동에 참여하는 것에 동의합니다.
{{date:2025. 3. 10.}}   보호자 [[PERSON:박준태]] (서명)"""},

{"id": "s11-c05-015", "kind": "case_note", "text": """도슨트 활동 점검 메모 (학예연구사 [[PERSON:길선영]])
- 해설봉사자 [[PERSON:맹도현]] 선생님({{statistic:67세}}) : 해설 내용 정확, 다만 관람객 질문에 정치 얘기로 새는 경우 있음 → 완곡히 전달
- [[PERSON:곽순례]] 선생님 : 청력 저하로 마이크 사용 권유
- 대학생 인턴 [[PERSON:도하겸]] : 외국인 단체 영어 해설 잘함. {{date:8월}} 정규 프로그램 투입 검토
다음 점검 {{date:9/3}}"""},

{"id": "s11-c05-016", "kind": "register", "text": """분실물 습득 대장 (용인시 문화예술원)
{{date:05.17 15:40}} 습득장소 {{place_name:대공연장 1층 C열}} — 지갑(검정). 내용: 운전면허증([[PERSON:탁은솔]], [[KR_DRIVER_LICENSE:경기 15-884210-37]]), 체크카드 [[CREDIT_CARD:4048-****-****-2219]], 현금 {{amount:32,000원}}
{{date:05.17 18:05}} 습득장소 {{place_name:전시실 2}} — 학생증(단국대 [[PERSON:석준영]] 학번 [[STUDENT_ID:32211904]])
{{date:05.18 10:12}} 인계 완료: [[PERSON:탁은솔]] 본인 수령, 연락처 [[PHONE_NUMBER:010-3345-2190]]"""},

{"id": "s11-c05-017", "kind": "sms", "text": """[수원시립미술관] [[PERSON:마윤슬]] 인턴님, {{date:7/25(금)}} 야간개장 근무 배정(18~21시) 확인 부탁드립니다. 숙소 배정 변경: [[KR_ADDRESS:수원시 팔달구 정조로 796번길 5-1, 201호]]. 회신: 담당 [[PERSON:추경원]] [[PHONE_NUMBER:010-9951-3370]]"""},

{"id": "s11-c05-018", "kind": "payment_request", "text": """문화센터 외부강사 강사료 지급 요청
강사명: [[PERSON:남궁하영]]   강좌: 어린이 도예 교실(토요반)
사업자 구분: 개인사업자 (하영도예공방, 등록번호 [[KR_BRN:135-09-4471?]])
강사료: {{amount:8회 × 150,000원 = 1,200,000원}} (사업소득 원천징수 3.3%)
지급계좌: 국민 [[BANK_ACCOUNT:036-21-0482-119]]
강사 연락처 [[PHONE_NUMBER:010-2216-0498]] / [[EMAIL_ADDRESS:hayoung.pottery@naver.com]]
청구일 {{date:2025.06.02}}"""},
]
