# Writer q, batch 01: school administration (행정실), after-school programmes, scholarships.
# Hand-written; CC0 1.0. All people and values are invented.

DOCS = [
{"id": "s16-q01-001", "kind": "application_form", "text": """2025학년도 1학기 방과후학교 수강신청서

학생 성명: [[PERSON:김도윤]]    학번: [[STUDENT_ID:30412]]
생년월일: [[BIRTH_DATE:2016. 05. 19.]]
신청 강좌: 로봇코딩(화·목 14:40~16:00)  /  수강료 {{amount:96,000원}}
보호자 성명: [[PERSON:이수정]] (관계: 모)
보호자 연락처: [[PHONE_NUMBER:010-4821-7730]]
주소: [[KR_ADDRESS:경기도 수원시 영통구 매탄로 132, 매탄위브하늘채 305동 1102호]]

※ 수강료는 스쿨뱅킹 계좌에서 {{date:3월 21일}} 일괄 출금됩니다.
신청일: {{date:2025. 3. 4.}}        보호자 [[PERSON:이수정]] (서명)"""},

{"id": "s16-q01-002", "kind": "messenger_chat", "text": """[3학년 2반 학부모방]
오후 8:12 [[PERSON:하린]]맘: 혹시 내일 현장체험학습 동의서 오늘까지였나요?? ㅠㅠ
오후 8:13 [[PERSON:박서준]]아빠: 네 오늘까지요 담임쌤이 하이클래스에 올리셨어요
오후 8:13 [[PERSON:하린]]맘: 헐 저 [[PERSON:하린]]이 생일을 잘못 적었어요 [[BIRTH_DATE:0817]]인데 [[BIRTH_DATE:0871]]로ㅋㅋ
오후 8:15 [[PERSON:지안]]엄마: 내일 아침에 쌤한테 톡 드려보세요~ 선생님 번호 [[PHONE_NUMBER:010-3392-1048]] 이에요 (방과후 시간엔 잘 받으세요)
오후 8:15 [[PERSON:하린]]맘: 감사해요!! 🙏
오후 8:20 [[PERSON:박서준]]아빠: 참고로 체험학습 날짜는 {{date:4/18(금)}}이고 버스는 8시 40분 출발이래요"""},

{"id": "s16-q01-003", "kind": "csv_export", "text": """연번,성명,학과,학번,생년월일,장학구분,지급액,입금계좌
1,[[PERSON:정유나]],사회복지학과,[[STUDENT_ID:20221137]],[[BIRTH_DATE:2003-02-11]],성적우수,{{amount:1500000}},농협 [[BANK_ACCOUNT:302-1184-5520-31]]
2,[[PERSON:오현우]],기계공학과,[[STUDENT_ID:20211409]],[[BIRTH_DATE:2002-09-30]],가계곤란,{{amount:2000000}},국민 [[BANK_ACCOUNT:581302-04-118842]]
3,[[PERSON:Nguyen Thi Hoa]],국어국문학과,[[STUDENT_ID:20239021]],[[BIRTH_DATE:2001-12-04]],외국인유학생,{{amount:1000000}},우리 [[BANK_ACCOUNT:1002-763-441290]]
4,[[PERSON:남궁진]],컴퓨터공학과,[[STUDENT_ID:20201553]],[[BIRTH_DATE:2000-07-23]],근로,{{amount:850000}},카카오뱅크 [[BANK_ACCOUNT:3333-12-7781045]]
,,,,,,합계 {{amount:5350000}},"""},

{"id": "s16-q01-004", "kind": "email", "text": """보낸사람: 학사지원팀 [[PERSON:한지민]] <[[EMAIL_ADDRESS:jmhan@sw-univ.ac.kr]]>
받는사람: 각 학과 조교
제목: [학사] 2025-1 복학 미등록자 명단 확인 요청

조교 선생님들 안녕하세요, 학사지원팀 [[PERSON:한지민]]입니다.
아래 학생들이 복학 신청 후 {{date:2월 28일}}까지 등록금을 납부하지 않아 확인 부탁드립니다.

 - 경영학과 [[STUDENT_ID:2019-10377]] [[PERSON:최재원]]
 - 경영학과 [[STUDENT_ID:2020-10512]] [[PERSON:윤채은]]
 - 화학공학과 [[STUDENT_ID:2018-40026]] [[PERSON:황보석진]]

회신은 {{public_email:haksa@sw-univ.ac.kr}} 말고 제 메일로 주시면 됩니다.
직통: [[PHONE_NUMBER:031-8005-2174]] / 학사지원팀 대표 {{public_number:031-8005-2000}}"""},

{"id": "s16-q01-005", "kind": "table", "text": """■ 2025 봄학기 교환학생(Inbound) 입국 명단 — 국제교류처

| No | Name (Passport) | 국적 | 여권번호 | Date of Birth | 입국예정일 |
|----|------------------|------|----------|---------------|-----------|
| 1 | [[PERSON:TANAKA Yuki]] | 일본 | [[KR_PASSPORT:TR4417820]] | [[BIRTH_DATE:14 MAR 2004]] | {{date:2025-02-19}} |
| 2 | [[PERSON:LIU Mengyao]] ([[PERSON:刘梦瑶]]) | 중국 | [[KR_PASSPORT:EK3390217]] | [[BIRTH_DATE:2003/08/27]] | {{date:2025-02-20}} |
| 3 | [[PERSON:Bakhodir USMONOV]] | 우즈베키스탄 | [[KR_PASSPORT:FA7723014]] | [[BIRTH_DATE:05.01.2003]] | {{date:2025-02-22}} |
| 4 | [[PERSON:Camille DUBOIS]] | 프랑스 | [[KR_PASSPORT:21AV48172]] | [[BIRTH_DATE:30/11/2002]] | {{date:2025-02-24}} |

※ 여권 만료일이 {{date:2025-08-31}} 이전인 학생은 개별 연락함."""
},

{"id": "s16-q01-006", "kind": "notice", "text": """[생활관 공지] 2025-1학기 기숙사 호실 배정 결과(일부)

- [[PERSON:송민재]] ([[STUDENT_ID:202412087]]) → 행복관 {{room_number:B동 412호}}
- [[PERSON:이*은]] ([[STUDENT_ID:2024120**]]) → 행복관 {{room_number:B동 412호}}
- [[PERSON:권태희]] ([[STUDENT_ID:202311542]]) → 누리관 {{room_number:A동 207호}}

입사일은 {{date:2025.02.27(목) 10:00~17:00}}이며 결핵검진 결과지를 지참해야 합니다.
문의: 생활관 행정실 {{public_number:031-219-5500}} / {{public_email:dorm@ajou-dorm.kr}}"""},

{"id": "s16-q01-007", "kind": "exam_roster", "text": """2025학년도 제1회 고졸 검정고시 시험장 좌석배치표 (제3시험실)

수험번호        성명     생년월일
{{exam_number:250301014}}   [[PERSON:문가은]]   [[BIRTH_DATE:2009.11.02]]
{{exam_number:250301015}}   [[PERSON:배승호]]   [[BIRTH_DATE:1987.04.16]]
{{exam_number:250301016}}   [[PERSON:Pham Van Duc]]   [[BIRTH_DATE:1998.06.25]]
{{exam_number:250301017}}   [[PERSON:석○희]]   [[BIRTH_DATE:2008.**.**]]

시험일시: {{date:2025. 4. 5.(토)}} 09:00 입실 완료"""},

{"id": "s16-q01-008", "kind": "ocr_scan", "text": """장 학 금 신 청 서 (스캔본 OCR)

성   명 : [[PERSON:조 예 린]]        학  번 : [[STUDENT_ID:2O23l0457]]
주민등록번호 : [[KR_RRN:040523-4******]]
주   소 : [[KR_ADDRESS:경기도 용인시 기흥구 구갈로 60번길 1l, 2O3호]]
휴 대 폰 : [[PHONE_NUMBER:0l0-57O2-3819]]
가족사항 : 부 [[PERSON:조성철]]  (자영업)   모 [[PERSON:임은경]]
신 청 사 유 : 부친 사업 부진으로 등록금 납부가 어려워...

               {{date:2025 년 3 월 1O 일}}
               신청인  [[PERSON:조예린]]  (인)"""},

{"id": "s16-q01-009", "kind": "complaint", "text": """제목: 통학버스 기사님 난폭운전 관련 민원

안녕하세요. ○○초 2학년 [[PERSON:윤시우]] 학부모입니다.
{{date:어제(6월 11일)}} 하교 때 [[KR_CAR_PLATE:경기74자1932]] 노란 통학버스가 신호를 무시하고 좌회전하는 걸 제가 직접 봤습니다.
아이들 태운 차가 이러면 안 되잖아요. 기사님 운전면허가 제대로 된 건지도 의심스럽습니다.
학교에 확인해 보니 기사님 면허번호가 [[KR_DRIVER_LICENSE:경기 13-092217-61]] 라고 하는데 벌점 조회 부탁드립니다.
회신은 [[PHONE_NUMBER:010 9917 4402]]로 문자 주세요.
- [[PERSON:윤시우]] 모 [[PERSON:강혜진]] 드림"""},

{"id": "s16-q01-010", "kind": "memo", "text": """행정실 내부 메모 ({{date:3/7}})

신규 발령 교직원 급여계좌 등록 건
1) [[PERSON:서지훈]] 교사(과학)  교직원번호 [[EMPLOYEE_ID:T2025-0318]]  신한 [[BANK_ACCOUNT:110-482-917365]]
2) [[PERSON:양미소]] 교육공무직(조리실무사)  사번 [[EMPLOYEE_ID:A-19-00742]]  기업 [[BANK_ACCOUNT:217-084392-01-015]]
→ 에듀파인 인사기록 입력 완료, 3월분 급여 {{date:3월 17일}} 지급 예정
※ 학교 세입금 계좌({{public_account:농협 301-0173-4412-81}})와 헷갈리지 말 것!!"""},

{"id": "s16-q01-011", "kind": "contract", "text": """방과후학교 외부강사 위탁 계약서(요약)

강사(수탁자): [[PERSON:나혜원]]
상호: 혜원아트공방 (개인사업자)   사업자등록번호: [[KR_BRN:135-29-4817?]]
사업장 주소: [[KR_ADDRESS:경기도 성남시 분당구 정자일로 95, 2층 203호]]
연락처: [[PHONE_NUMBER:010-6620-1195]]   이메일: [[EMAIL_ADDRESS:hyewon.art82@naver.com]]
계약기간: {{date:2025.03.04.~2025.07.18.}}
강사료: 시간당 {{amount:40,000원}}

※ 위탁업체 (주)키즈에듀랩 사업자번호 {{business_number:124-81-55270}} 계약과는 별개임."""},

{"id": "s16-q01-012", "kind": "log_export", "text": """[교내 무선랜 인증 로그 - 정보부 점검용]
2025-03-18 08:41:02  user=choi.sy(교사 [[PERSON:최슬영]])  ip=[[IP_ADDRESS:10.42.17.106]]  ap=AP-3F-07  OK
2025-03-18 08:43:55  user=s30217(학생 [[PERSON:엄다온]])   ip=[[IP_ADDRESS:10.42.19.88]]   ap=AP-2F-03  DENY(학생망 차단시간)
2025-03-18 08:44:10  gw=[[IP_ADDRESS:10.42.16.1]] mask={{subnet_mask:255.255.248.0}} fw={{version:6.4.12}}
외부접속 의심: [[IP_ADDRESS:175.223.41.209]] → 나이스 관리자 페이지 (차단함)"""},

{"id": "s16-q01-013", "kind": "application_form", "text": """전학(전입) 신청서
학생: [[PERSON:백하준]] / 남 / [[BIRTH_DATE:2013년 9월 3일]]생
전 소속: 부산○○초등학교 5학년
새 주소: [[KR_ADDRESS:경기 수원시 장안구 정자동 889-3 동신아파트 7동 506호]]
보호자: [[PERSON:백승민]] ([[PHONE_NUMBER:010-2277-8136]]), 자택 [[PHONE_NUMBER:031-257-4093]]
전입일: {{date:2025. 3. 10.}}
첨부: 주민등록등본 1부, 재학증명서 1부"""},

{"id": "s16-q01-014", "kind": "sms", "text": """[Web발신] [[PERSON:김나연]] 학생 학부모님, 방과후 바이올린 수강료 {{amount:72,000원}} 미납입니다. {{date:4/10}}까지 납부 부탁드립니다. 문의 행정실 {{public_number:031-8022-1304}}"""},

{"id": "s16-q01-015", "kind": "receipt", "text": """[신용카드 매출전표]
가맹점: ○○대학교 생활관
결제일시: {{date:2025/02/14 15:32:08}}
카드번호: [[CREDIT_CARD:9410-23**-****-5517]]
승인번호: {{approval_number:30114827}}
금액: {{amount:1,284,000원}} (일시불)
구매자: [[PERSON:류지호]] (학번 [[STUDENT_ID:20241876]])"""},

{"id": "s16-q01-016", "kind": "application_form", "text": """학생증(모바일) 재발급 신청
- 성명 : [[PERSON:안세빈]]
- 학번 : [[STUDENT_ID:21-0337]]
- 소속 : 간호학과 4학년
- 생년월일 : [[BIRTH_DATE:'02.08.14]]
- 연락처 : [[PHONE_NUMBER:010.8840.2261]]
- 사유 : 분실 (지하철에서 잃어버림)
- 신청일 : {{date:'25.03.12}}"""},

{"id": "s16-q01-017", "kind": "notice", "text": """[국제교류처 안내] 교환학생 서류 작성 요령

1. 여권번호는 영문+숫자 그대로 적습니다. (예: {{format_example:M123A4567}}, {{format_example:M12345678}})
2. 생년월일은 {{format_example:YYYY-MM-DD}} 형식, 예) {{format_example:2003-01-01}}
3. 외국인등록번호가 없는 경우 공란으로 둡니다. (예시 {{format_example:000000-5000000}} 기재 금지)
4. 제출 마감: {{date:2025년 5월 30일(금) 17시}}
문의: {{public_email:exchange@sw-univ.ac.kr}}"""},

{"id": "s16-q01-018", "kind": "application_form", "text": """다문화가정 방과후 무료수강권 신청

학생 이름: [[PERSON:Tran Gia Bao]] (한국이름 [[PERSON:진가보]])
생년월일: [[BIRTH_DATE:2015/11/28]]
보호자(모): [[PERSON:Tran Thi Mai]]  외국인등록번호 [[KR_FRN:880614-6237415]]
보호자(부): [[PERSON:진상호]]  주민번호 [[KR_RRN:790302-126841?]]
연락처: [[PHONE_NUMBER:010-5036-7712]] (엄마 휴대폰, 한국어 조금 가능)
주소: [[KR_ADDRESS:경기도 화성시 병점중앙로 215 104동 802호]]"""},
]
