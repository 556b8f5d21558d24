# Writer b, batch 02: school and daycare registration, students, parents, teachers. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b02-001", "kind": "daycare_form", "text": """어린이집 입소신청서
원아명: [[PERSON:이서아]]    성별: 여
생년월일: [[BIRTH_DATE:2021년 04월 09일]]
주민등록번호: [[KR_RRN:210409-4******]]
보호자(모): [[PERSON:김나래]]   연락처 [[PHONE_NUMBER:010-8812-4035]]
보호자(부): [[PERSON:이동근]]   연락처 [[PHONE_NUMBER:010-2290-7461]]
주소: [[KR_ADDRESS:경기도 수원시 권선구 금곡로 102번길 25, 701동 1204호]]
입소희망일: {{date:2024.03.04}}   신청일: {{date:2023.11.20}}
우선순위: 맞벌이, 다자녀(2자녀)"""},

{"id": "s3-b02-002", "kind": "csv_export", "text": """학년,반,번호,학번,이름,생년월일,보호자,보호자연락처
3,2,1,[[STUDENT_ID:30201]],[[PERSON:강지후]],[[BIRTH_DATE:2008-01-17]],[[PERSON:강석진]],[[PHONE_NUMBER:010-3341-2287]]
3,2,2,[[STUDENT_ID:30202]],[[PERSON:고은별]],[[BIRTH_DATE:2007-05-29]],[[PERSON:박미정]],[[PHONE_NUMBER:010-7702-9136]]
3,2,3,[[STUDENT_ID:30203]],[[PERSON:구본찬]],[[BIRTH_DATE:2007-12-03]],[[PERSON:구태현]],[[PHONE_NUMBER:010-5549-0018]]
3,2,4,[[STUDENT_ID:30204]],[[PERSON:Alina Kim]],[[BIRTH_DATE:2007-08-14]],[[PERSON:Svetlana Kim]],[[PHONE_NUMBER:010-6683-2470]]"""},

{"id": "s3-b02-003", "kind": "school_notice_reply", "text": """가정통신문 회신서
( 2 )학년 ( 5 )반 ( 17 )번 이름: [[PERSON:문채윤]]
현장체험학습({{date:10월 18일}}) 참가에 동의합니다.
보호자 성명: [[PERSON:문경식]] (서명)
비상연락처: [[PHONE_NUMBER:010 4418 2091]]
※ 학생 알레르기: 땅콩, 복숭아"""},

{"id": "s3-b02-004", "kind": "university_record", "text": """[학적변동 신청서]
학번: [[STUDENT_ID:2021143027]]
성명: [[PERSON:하준영]]  (영문: [[PERSON:HA JUNYOUNG]])
학과: 행정학과 3학년
생년월일: [[BIRTH_DATE:2002.07.11]]
변동구분: 일반휴학 (군입대)
휴학기간: {{date:2024-2학기}} ~ {{date:2026-1학기}}
입영일: {{date:2024.08.26}}
e-mail: [[EMAIL_ADDRESS:hjy0711@kyonggi.ac.kr]] / 휴대폰 [[PHONE_NUMBER:010-2817-6634]]"""},

{"id": "s3-b02-005", "kind": "teacher_roster", "text": """2024학년도 ○○초등학교 교직원 비상연락망
교장 [[PERSON:안병철]]  [[PHONE_NUMBER:010-5512-3301]]
교감 [[PERSON:신혜란]]  [[PHONE_NUMBER:010-9921-4478]]
1-1 [[PERSON:오수정]]  [[PHONE_NUMBER:010-3374-0092]]
1-2 [[PERSON:변지훈]]  [[PHONE_NUMBER:010-8840-1157]]
보건 [[PERSON:최은혜]]  [[PHONE_NUMBER:010-2263-7785]]
행정실 {{public_number:031-8005-4400}} (대표)
※ 외부 유출 금지"""},

{"id": "s3-b02-006", "kind": "daycare_note", "text": """알림장 ({{date:5/22 수}})
[[PERSON:도윤]]이 어머님~ 오늘 [[PERSON:도윤]]이가 낮잠을 잘 못 잤어요. 생일 파티는 다음주 화요일({{date:5/28}})에 같이 합니다. [[PERSON:도윤]]이 생일이 [[BIRTH_DATE:5월 30일]]이라 그 주에 묶어서 해요!
- 담임 [[PERSON:정소라]] 드림"""},

{"id": "s3-b02-007", "kind": "school_form", "text": """방과후학교 수강신청서(2학기)
학생: [[PERSON:최시우]] / 4학년 3반
생년월일 : [[BIRTH_DATE:１５．０２．１１]]
수강강좌: 로봇코딩(화목), 주산암산(금)
수강료 자동이체: 국민은행 [[BANK_ACCOUNT:943202-01-448817]] 예금주 [[PERSON:김혜빈]]
보호자 연락처 ☎ [[PHONE_NUMBER:０１０－５５８３－２２０４]]
신청일 {{date:２０２４．０８．２６}}"""},

{"id": "s3-b02-008", "kind": "daycare_form", "text": """아이돌봄서비스 이용신청
신청인(부모) [[PERSON:장혜원]] 주민번호 [[KR_RRN:870921-2??????]]
자녀1 [[PERSON:유서준]] [[BIRTH_DATE:2019.11.05]]
자녀2 [[PERSON:유서윤]] [[BIRTH_DATE:2022.02.28]]
주소 [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 12, 3층 301호]]
서비스 희망시간: 평일 {{time:16:00-19:00}}
소득유형: 나형(중위소득 120% 이하)
신청일: {{date:2024년 1월 8일}}""".replace("870921-2??????", "870921-2******")},

{"id": "s3-b02-009", "kind": "school_record", "text": """전학생 학적 인계
전출교: {{org_name:수원 매탄중학교}} → 전입교: {{org_name:용인 신봉중학교}}
성 명  [[PERSON:황지민]]
학 번  [[STUDENT_ID:20417]] (2학년 4반 17번)
생 년 월 일  [[BIRTH_DATE:2010.9.14]]
전입일  {{date:2024.9.2}}
신 주소  [[KR_ADDRESS:용인시 수지구 신봉2로 62 신봉마을 LG자이 1차 111동 302호]]
모 [[PERSON:윤미선]] [[PHONE_NUMBER:010-4471-3028]]"""},

{"id": "s3-b02-010", "kind": "kakao_message", "text": """햇살반 엄마님이 들어왔습니다.
[[PERSON:이지은]]: 안녕하세요 햇살반 [[PERSON:서연]]이 엄마입니다 ^^
[[PERSON:이지은]]: 혹시 생일파티 초대장 주소 [[KR_ADDRESS:영통동 청명마을 주공 4단지 408동 1503호]] 로 보내주시면 돼요~
[[PERSON:박소영]]: 넵 {{date:토욜}} 오후 2시 맞죠?"""},

{"id": "s3-b02-011", "kind": "scholarship_form", "text": """장학금 지급 명단 (2024-1 성적우수)
학번        성명      학과          지급액     계좌
[[STUDENT_ID:202234118]]   [[PERSON:김재언]]    사회복지학과   {{amount:1,200,000}}  [[BANK_ACCOUNT:1002-857-331204]](우리)
[[STUDENT_ID:202311052]]   [[PERSON:Li Wei]]    경영학과      {{amount:800,000}}    [[BANK_ACCOUNT:110-492-087733]](신한)
[[STUDENT_ID:202129907]]   [[PERSON:정다인]]    간호학과      {{amount:1,200,000}}  [[BANK_ACCOUNT:302-1184-0261-41]](농협)"""},

{"id": "s3-b02-012", "kind": "school_form", "text": """유치원 입학원서
유아 성명 [[PERSON:박로운]] (한자: [[PERSON:朴路雲]])
생년월일 [[BIRTH_DATE:2020년 12월 1일]]  만 3세반
주민등록번호 [[KR_RRN:201201-3******]]
아버지 [[PERSON:박태섭]] [[BIRTH_DATE:1986.03.30]] 회사원 [[PHONE_NUMBER:010-7754-2211]]
어머니 [[PERSON:진아름]] [[BIRTH_DATE:1988.10.09]] 교사 [[PHONE_NUMBER:010-3318-0965]]
주소 [[KR_ADDRESS:경기도 성남시 수정구 위례광장로 300, 5109동 801호]]
입학일 {{date:2024. 3. 4.}}"""},

{"id": "s3-b02-013", "kind": "email", "text": """선생님 안녕하세요, 3학년 1반 [[PERSON:임하준]] 엄마 [[PERSON:송지혜]]입니다.
하준이 학생증에 생일이 [[BIRTH_DATE:2016.07.03]]으로 찍혀 나왔는데 실제는 [[BIRTH_DATE:2016.03.07]]이에요. 
재발급 부탁드려요. 연락은 [[PHONE_NUMBER:010-9236-4417]]이나 [[EMAIL_ADDRESS:jh.song16@gmail.com]]으로 주세요.
감사합니다."""},

{"id": "s3-b02-014", "kind": "attendance", "text": """[결석계]
학번: [[STUDENT_ID:10523]]  성명: [[PERSON:노은채]]
결석기간: {{date:2024.5.13}}~{{date:2024.5.15}} (3일)
사유: 독감(A형) — 진료확인서 첨부
진료일: {{date:2024.5.13}}
보호자: [[PERSON:노재석]] (인)"""},

{"id": "s3-b02-015", "kind": "teacher_record", "text": """기간제교사 계약 인적사항
성명: [[PERSON:김○정]]  생년월일: [[BIRTH_DATE:92.04.**]]
교원자격증번호: {{code:제 2015-중등-02-1133 호}}
계약기간 {{date:'24.3.1.}}~{{date:'25.2.28.}}
담당: 과학(물리)  주 18시간
급여계좌 기업 [[BANK_ACCOUNT:010-3392-1174]]  ← 평생계좌(휴대폰번호)"""},

{"id": "s3-b02-016", "kind": "school_form", "text": """학생 긴급연락카드
이름 [[PERSON:오지안]]  반/번호 6-2-9
생일 [[BIRTH_DATE:2012년 8월 19일]]
집주소 [[KR_ADDRESS:수원시 장안구 정자천로 199 백설마을 코오롱아파트 654동 1101호]]
집전화 [[PHONE_NUMBER:031-256-8841]]
엄마 폰 [[PHONE_NUMBER:010-2119-6658]]  아빠 폰 [[PHONE_NUMBER:010-4477-0213]]
주치 병원: {{org_name:아주대학교병원}} 소아청소년과"""},

{"id": "s3-b02-017", "kind": "daycare_report", "text": """보육료 지원 대상 아동 현황 (연령별반)
반명  아동명    생년월       보육료
0세반 [[PERSON:권아린]]   [[BIRTH_DATE:2023.08]]    {{amount:584,000원}}
1세반 [[PERSON:배준우]]   [[BIRTH_DATE:2022.11]]    {{amount:515,000원}}
2세반 [[PERSON:전하람]]   [[BIRTH_DATE:2021.05]]    {{amount:426,000원}}
작성일 {{date:2024.06.30}} / 작성자 원감 [[PERSON:남혜숙]]"""},

{"id": "s3-b02-018", "kind": "university_record", "text": "Student ID [[STUDENT_ID:B2019-04471]] / Name [[PERSON:Aziz Karimov]] / DOB [[BIRTH_DATE:1999-02-06]] / Passport [[KR_PASSPORT:FA1827364]] / ARC [[KR_FRN:990206-5173048]] / Enrolled {{date:2019-03-02}}"},
]
