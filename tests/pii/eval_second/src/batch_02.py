# batch 02 - HR and school records, e-mails. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-02-001", "kind": "table", "text": """2025년 상반기 신규 임용자 명단(내부용)
사번\t성명\t생년월일\t임용일\t부서\t이메일
[[EMPLOYEE_ID:20250014]]\t[[PERSON:전하윤]]\t[[BIRTH_DATE:1998-02-17]]\t{{date:2025-01-02}}\t세정과\t[[EMAIL_ADDRESS:hyjeon@seongnam.go.kr]]
[[EMPLOYEE_ID:20250015]]\t[[PERSON:탁준영]]\t[[BIRTH_DATE:1995-10-30]]\t{{date:2025-01-02}}\t교통기획과\t[[EMAIL_ADDRESS:takjy@seongnam.go.kr]]
[[EMPLOYEE_ID:20250016]]\t[[PERSON:변소연]]\t[[BIRTH_DATE:1999-07-04]]\t{{date:2025-01-13}}\t민원여권과\t[[EMAIL_ADDRESS:syb0704@seongnam.go.kr]]
※ 문의: 인사팀 {{public_email:insa@seongnam.go.kr}}"""},

{"id": "s2-02-002", "kind": "hr_form", "text": """퇴 직 원
소속: 기흥구 환경위생과   직급: 지방행정주사보
성명: [[PERSON:엄기태]]   인사번호: [[EMPLOYEE_ID:YI-08812]]
생년월일: [[BIRTH_DATE:1964년 05월 21일]]
최초임용일: {{date:1991년 03월 04일}}   퇴직예정일: {{date:2024년 06월 30일}}
퇴직사유: 정년퇴직
위와 같이 퇴직하고자 하오니 허가하여 주시기 바랍니다.
{{date:2024년 05월 10일}}   신청인 [[PERSON:엄기태]] (인)"""},

{"id": "s2-02-003", "kind": "email", "text": """From: [[PERSON:Park Seoyeon]] <[[EMAIL_ADDRESS:seoyeon.park@hanmail.net]]>
To: {{public_email:hr@greenlogis.co.kr}}
Subject: 입사서류 제출 (사원번호 [[EMPLOYEE_ID:GL-24-0388]])

안녕하세요, {{date:12월 2일}} 입사 예정인 [[PERSON:박서연]]입니다.
요청하신 인적사항 회신드립니다.
- 생년월일(Date of birth): [[BIRTH_DATE:1997.03.28]]
- 주소: [[KR_ADDRESS:경기도 용인시 처인구 금령로 44, 현대아파트 5동 603호]]
- 연락처: [[PHONE_NUMBER:010-8843-2710]]
건강검진 결과는 {{date:11월 29일}}에 나온다고 해서 나오는 대로 보내드리겠습니다.

[[PERSON:박서연]] 드림"""},

{"id": "s2-02-004", "kind": "school_form", "text": """방과후학교 수강 신청서
학생번호 [[STUDENT_ID:2-3-17]]   학생명 [[PERSON:노시우]]   생년월일 [[BIRTH_DATE:2012. 4. 9.]]
신청강좌: 로봇코딩(화/목 {{time:14:50}}~{{time:16:20}})
보호자명 [[PERSON:구은정]]   관계 모   휴대폰 [[PHONE_NUMBER:010-5176-0038]]
수강료 {{amount:60,000원}}은 {{date:3월 25일}}까지 스쿨뱅킹으로 출금됩니다.
신청일 {{date:2024. 3. 11.}}"""},

{"id": "s2-02-005", "kind": "table", "text": """[○○대학교 사회복지학과 현장실습 배정표]
| 학번 | 이름 | 생년월일 | 실습기관 | 실습시작 |
| [[STUDENT_ID:20211735]] | [[PERSON:설지호]] | [[BIRTH_DATE:02.08.13]] | {{org_name:성남시 중원노인종합복지관}} | {{date:24.07.01}} |
| [[STUDENT_ID:20211802]] | [[PERSON:마윤서]] | [[BIRTH_DATE:01.12.30]] | {{org_name:수원시 장애인복지관}} | {{date:24.07.01}} |
| [[STUDENT_ID:20221049]] | [[PERSON:진하온]] | [[BIRTH_DATE:03.05.06]] | {{org_name:용인시 청소년상담복지센터}} | {{date:24.07.08}} |
담당교수 [[PERSON:국현우]] ([[EMAIL_ADDRESS:hwkook@univmail.ac.kr]])"""},

{"id": "s2-02-006", "kind": "memo", "text": """[팀 내부 메모] 주차단속 이의신청 건
신청인이 본인 생일({{date:5/3}} 아님, [[BIRTH_DATE:5/13]]임)이라 병원 가느라 급해서 세웠다는 사유를 적었는데, 단속일시는 {{date:2024-05-13}} {{time:11:26}}로 확인됨.
신청인 [[PERSON:육재훈]], [[BIRTH_DATE:1979]]년생. 담당 [[PERSON:임소라]] 주무관(사번 [[EMPLOYEE_ID:119204]]) 검토 후 {{date:5/31}}까지 회신."""},

{"id": "s2-02-007", "kind": "school_form", "text": """Student Information Sheet (외국인 학생)
Name: [[PERSON:NGUYEN THI LAN]]  (한국명 [[PERSON:란]])
Student No.: [[STUDENT_ID:S23-0912]]
Date of Birth: [[BIRTH_DATE:14/02/2010]]
Arrival in Korea: {{date:12/08/2023}}
Guardian: [[PERSON:NGUYEN VAN HUNG]], Tel [[PHONE_NUMBER:010-4429-8801]]
Address: [[KR_ADDRESS:경기도 수원시 권선구 세권로 217, 1층]]
Form filled on {{date:2024-03-04}}"""},

{"id": "s2-02-008", "kind": "email", "text": """받는사람: [[PERSON:서다희]] 선생님 <[[EMAIL_ADDRESS:dahee.seo@sen.go.kr]]>

선생님 안녕하세요. 2학년 5반 [[PERSON:오태윤]] 엄마입니다.
[[PERSON:태윤]]이 학번이 [[STUDENT_ID:20517]]인데 급식 알레르기 조사서에 생년월일이 [[BIRTH_DATE:2011.07.22]]로 잘못 나간 것 같아서요. 원래 [[BIRTH_DATE:2011.07.02]]가 맞습니다.
{{date:7월 2일}}이 방학식이라 헷갈리셨나 봐요 ^^;
확인 부탁드립니다.
[[PERSON:김나래]] 드림 / [[PHONE_NUMBER:010-3019-6652]]"""},

{"id": "s2-02-009", "kind": "export", "text": """empno;name;dob;hire_date;dept;mail
[[EMPLOYEE_ID:E10231]];[[PERSON:Lee Jaewon]];[[BIRTH_DATE:1984-06-02]];{{date:2010-09-01}};IT;[[EMAIL_ADDRESS:jw.lee@hanbitsoft.kr]]
[[EMPLOYEE_ID:E10457]];[[PERSON:Choi Minseo]];[[BIRTH_DATE:1990-12-24]];{{date:2016-02-15}};HR;[[EMAIL_ADDRESS:ms.choi@hanbitsoft.kr]]
[[EMPLOYEE_ID:E11002]];[[PERSON:Kang Hyunwoo]];[[BIRTH_DATE:1993-01-11]];{{date:2019-07-01}};Sales;[[EMAIL_ADDRESS:hw.kang@hanbitsoft.kr]]
# exported {{date:2024-11-02}} {{time:09:14:55}} by admin"""},

{"id": "s2-02-010", "kind": "call_note", "text": """콜센터 상담이력 #{{receipt_number:C2410-55821}}
고객명: [[PERSON:최*영]] / 생년월일 앞자리 [[BIRTH_DATE:710305]] 확인
문의유형: 자동차세 연납 신청
상담내용: {{date:1월 31일}}까지 연납하면 공제 적용됨 안내. 고객이 작년에는 {{date:2023.01.27}}에 납부했다고 함.
콜백번호 [[PHONE_NUMBER:010-6634-2187]]
상담원: [[PERSON:윤서진]] (사번 [[EMPLOYEE_ID:CC-1188]])"""},

{"id": "s2-02-011", "kind": "hr_form", "text": """겸직 허가 신청서
① 성    명 : [[PERSON:권나연]]       ② 사원번호 : [[EMPLOYEE_ID:A-23047]]
③ 생년월일 : [[BIRTH_DATE:'88. 9. 14.]]
④ 겸직 내용 : 주말 대학 강의(시간강사), {{org_name:경기대학교}}
⑤ 겸직 기간 : {{date:'24. 9. 1.}} ~ {{date:'25. 2. 28.}}
⑥ 연 락 처 : [[PHONE_NUMBER:010-2205-7781]] / [[EMAIL_ADDRESS:ny.kwon88@naver.com]]"""},

{"id": "s2-02-012", "kind": "minutes", "text": """학교운영위원회 회의록 (제5차)
일시: {{date:2024. 9. 26.}} {{time:16:00}} / 장소: 본관 2층 회의실
출석위원: [[PERSON:한명순]](위원장), [[PERSON:류진우]], [[PERSON:신예지]], [[PERSON:차동건]]
심의1. 2학기 수학여행 계약 - 계약일 {{date:10월 4일}}, 금액 {{amount:41,200,000원}}
심의2. 장학생 추천 - 3학년 [[PERSON:백하린]](학번 [[STUDENT_ID:30211]]) 추천 의결
다음 회의: {{date:2024. 10. 31.}}"""},

{"id": "s2-02-013", "kind": "school_form", "text": """전입학 신청서
학생 성명: [[PERSON:맹도윤]]  성별: 남  생년월일: [[BIRTH_DATE:2015년 12월 1일]]
전 재학교: {{org_name:대전 ○○초등학교}} 3학년
전입 주소: [[KR_ADDRESS:경기도 성남시 수정구 위례광장로 300, 1108동 2302호]]
전입일: {{date:2024년 8월 19일}}
부 [[PERSON:맹석진]] [[BIRTH_DATE:1983.03.08]] / 모 [[PERSON:임하나]] [[BIRTH_DATE:1985.10.16]]
연락처(모): [[PHONE_NUMBER:010-9471-3026]]"""},

{"id": "s2-02-014", "kind": "email", "text": """[[PERSON:정우석]] 과장님,
교육 수료자 명단 중 사번이 잘못 적힌 분이 있어 정정 요청드립니다.
- [[PERSON:하지민]] 대리: [[EMPLOYEE_ID:K-0921]] → [[EMPLOYEE_ID:K-0912]]
수료일은 {{date:2024.10.30}} 그대로이고, 교육 시간은 {{statistic:16시간}}입니다.
(참고로 과정 코드 {{version:HRD-2024-v3.1}})

[[PERSON:문지현]] 드림
[[EMAIL_ADDRESS:jihyun.moon@kcorp.co.kr]] / 직통 [[PHONE_NUMBER:02-3483-4421]]"""},

{"id": "s2-02-015", "kind": "notice", "text": """임용시험 응시원서 작성 시 유의사항
1. 생년월일은 8자리로 적습니다. (예: {{date:2000.01.01}} → {{date:20000101}})
2. 응시연령: {{date:2006. 12. 31.}} 이전 출생자
3. 원서접수: {{date:2025. 3. 10.}}(월) {{time:09:00}} ~ {{date:3. 14.}}(금) {{time:18:00}}
4. 문의: 인사위원회 {{public_number:031-8008-4150}}, {{public_email:exam@gg.go.kr}}"""},

{"id": "s2-02-016", "kind": "chat", "text": """[학부모 단톡방]
[[PERSON:윤지민]]맘: 혹시 생활기록부 생년월일 틀린 거 어디서 고치나요?
[[PERSON:해솔]]이엄마: 행정실에 가족관계증명서 내면 돼요
[[PERSON:윤지민]]맘: 우리 애가 [[BIRTH_DATE:2014년 1월 30일]]생인데 [[BIRTH_DATE:2014년 1월 3일]]로 돼 있더라구요 ㅠ
[[PERSON:해솔]]이엄마: 헐 행정실 전화번호 {{public_number:031-263-7712}}예요
[[PERSON:윤지민]]맘: 감사해요~ 내일 {{time:10시}}에 가볼게요"""},
]
