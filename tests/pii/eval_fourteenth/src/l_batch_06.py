# Writer l, batch 06: 대학 학사 행정 - CC0 1.0, all values invented.
DOCS = [
{"id": "s14-l06-001", "kind": "form", "text": """군입대 휴학원
학번: [[STUDENT_ID:2022104417]]   성명: [[PERSON:백승호]]   학과: 기계공학부 2학년
주민등록번호: [[KR_RRN:030511-310284?]]
입영일: {{date:2025년 5월 12일}}   군별: 공군
휴학기간: {{date:2025-1학기}} ~ 전역 시까지
연락처: [[PHONE_NUMBER:010-3017-8842]]
첨부: 입영통지서 사본 1부
지도교수 확인 [[PERSON:염창훈]] (서명)   학과장 확인 (인)"""},

{"id": "s14-l06-002", "kind": "email", "text": """교수님 안녕하세요, 운영체제 수업 듣는 컴퓨터공학과 [[STUDENT_ID:20211873]] [[PERSON:윤가람]]입니다.
{{date:6월 17일}} 기말고사 성적이 이상해서 메일 드립니다. 제 답안지 5번 문항이 채점이 안 된 것 같습니다. 성적 이의신청 기간이 {{date:6/24}}까지라 확인 부탁드리겠습니다.
[[PERSON:윤가람]] 올림
[[EMAIL_ADDRESS:garam.yoon@skku.edu]]"""},

{"id": "s14-l06-003", "kind": "form", "text": """등록금 분할납부 신청서
학번 [[STUDENT_ID:201811209]] / 성명 [[PERSON:우민서]] / 생년월일 [[BIRTH_DATE:1999년 12월 25일]]
분할 횟수: 4회   1회차 {{amount:1,210,000원}} ({{date:02.20}})
자동결제 카드: 삼성카드 [[CREDIT_CARD:5242 1860 3307 218?]]  유효기간 {{code:09/28}}
카드 소유자: [[PERSON:우현철]] (부)
신청인 [[PERSON:우민서]] 서명"""},

{"id": "s14-l06-004", "kind": "complaint", "text": """대학 측의 개인정보 유출 민원입니다. 장학금 선발 결과를 학과 게시판에 올리면서 이름, 학번, 생년월일을 그대로 공개했습니다.
예) [[PERSON:조하늘]] [[STUDENT_ID:20232210]] [[BIRTH_DATE:2004.03.17]] / [[PERSON:임서아]] [[STUDENT_ID:20232245]] [[BIRTH_DATE:2004.09.02]] ... 총 {{statistic:24명}}
제가 위에 적은 건 제 것과 친구 것입니다. 게시일 {{date:2025. 3. 28.}}, 삭제 요청했지만 아직 그대로입니다.
- [[PERSON:조하늘]], [[PHONE_NUMBER:010-9345-0281]]"""},

{"id": "s14-l06-005", "kind": "letter", "text": """졸 업 증 명 서
성    명: [[PERSON:한 지 민]]
생년월일: [[BIRTH_DATE:1996年 4月 8日]]
학    번: [[STUDENT_ID:15-041177]]
학    과: 국어국문학과
입학일: {{date:2015年 3月 2日}}   졸업일: {{date:2021年 2月 19日}}
학위: 문학사 (학위등록번호 {{document_number:경기대2021(학)0932}})
발급번호 {{document_number:G-2025-18843}}  발급일 {{date:2025年 5月 14日}}"""},

{"id": "s14-l06-006", "kind": "export", "text": """[LMS 접속 로그 - 부정행위 조사용]
user_id     name     ts                     ip               action
[[STUDENT_ID:20240551]]    [[PERSON:성다온]]   {{date:2025-04-22T10:02:13}}    [[IP_ADDRESS:121.134.77.209]]   quiz_start
[[STUDENT_ID:20240551]]    [[PERSON:성다온]]   {{date:2025-04-22T10:02:55}}    [[IP_ADDRESS:121.134.77.209]]   quiz_submit
[[STUDENT_ID:20240617]]    [[PERSON:제갈윤]]   {{date:2025-04-22T10:03:01}}    [[IP_ADDRESS:121.134.77.209]]   quiz_start
server: lms-web02 (nginx {{version:1.24.0}}), mask {{subnet_mask:255.255.240.0}}"""},

{"id": "s14-l06-007", "kind": "memo", "text": """학사지원팀 전화응대 메모
{{date:4/9}} 오후 - 학부모 [[PERSON:봉정란]]님 (자녀 [[PERSON:최지우]], 경영 3) 
"아이 성적표를 집으로 보내달라" → 성인 학생 본인 동의 없으면 불가 안내
보호자 번호 [[PHONE_NUMBER:010-7703-1156]] / 집 [[KR_ADDRESS:용인시 수지구 수지로 342번길 15, 신정마을 9단지 904동 302호]]
담당 [[PERSON:표은비]] (사번 [[EMPLOYEE_ID:2019-0714]])"""},

{"id": "s14-l06-008", "kind": "form", "text": """복학원 (전역 복학)
성명: [[PERSON:강태현]]  학번: [[STUDENT_ID:202012763]]
생년월일: [[BIRTH_DATE:'01. 10. 6]]
전역일: {{date:'24. 12. 11}}   복학학기: {{date:2025학년도 1학기}}
현주소: [[KR_ADDRESS:성남시 수정구 복정로 19-4 (복정동) 301호]]
이메일: [[EMAIL_ADDRESS:taehyun_k01@gmail.com]]
첨부: 전역증 사본"""},

{"id": "s14-l06-009", "kind": "table", "text": """2025-1 국가근로장학생 근무지 배정
학번,성명,근무부서,근무시간,급여계좌
[[STUDENT_ID:20230914]],[[PERSON:진소율]],도서관,주15h,[[BANK_ACCOUNT:110-501-442871]]
[[STUDENT_ID:20221358]],[[PERSON:피승원]],학생지원팀,주10h,[[BANK_ACCOUNT:3333-02-7193046]]
[[STUDENT_ID:20240206]],[[PERSON:어예은]],국제교류처,주20h,[[BANK_ACCOUNT:1002-461-883015]]
※ 급여 지급일 매월 {{date:10일}}"""},

{"id": "s14-l06-010", "kind": "complaint", "text": """학적 정정 요청드립니다. 제 이름이 학교 시스템에 '[[PERSON:김민석]]'으로 돼 있는데 {{date:작년}}에 개명해서 지금은 '[[PERSON:김시우]]'입니다. 개명 전 생일도 [[BIRTH_DATE:2002-07-13]]인데 [[BIRTH_DATE:2002-07-31]]로 잘못 등록돼 있어요 (후자가 오류). 기본증명서 첨부합니다. 학번 [[STUDENT_ID:2021-31048]]."""},

{"id": "s14-l06-011", "kind": "letter", "text": """[학사경고 통지]
수신: [[PERSON:민도윤]] 학생 (학번 [[STUDENT_ID:20221907]]) 및 보호자
귀 학생은 {{date:2024학년도 2학기}} 평점평균 {{statistic:1.42}}로 학칙 제52조에 따라 학사경고 대상임을 알립니다.
보호자 주소: [[KR_ADDRESS:충청남도 천안시 동남구 신부동 460-7 신부빌라 나동 201호]]
상담 예약: 학과 사무실 조교 [[PERSON:오하린]] ([[PHONE_NUMBER:031-280-3364]])
{{date:2025. 1. 20.}} 교무처장"""},

{"id": "s14-l06-012", "kind": "email", "text": """From: [[EMAIL_ADDRESS:jy.park@kau.ac.kr]]
To: {{public_email:haksa@kau.ac.kr}}
Cc: [[EMAIL_ADDRESS:snow_white_98@naver.com]]
Subject: 시간강사 [[PERSON:박지영]] 강의평가 열람 요청

안녕하세요, 교양학부 시간강사 [[PERSON:박지영]]입니다 (교원번호 [[EMPLOYEE_ID:T240118]]). 2024-2학기 강의평가 결과를 아직 못 받았습니다. 개인 메일(cc)로도 보내주시면 감사하겠습니다."""},

{"id": "s14-l06-013", "kind": "form", "text": """학생증 재발급 신청 (모바일 학생증 전환)
학번: [[STUDENT_ID:2024019283]]
이름: [[PERSON:Phan Thi Mai]]
생년월일: [[BIRTH_DATE:2003.8.30]]
신청사유: 분실
결제: 체크카드 [[CREDIT_CARD:9490-****-****-7716]] {{amount:5,000원}}
신청일시 {{date:2025.03.05 11:47}}"""},

{"id": "s14-l06-014", "kind": "memo", "text": """교직원 비상연락망 (학사지원팀, 외부 유출 금지)
팀장 [[PERSON:곽상훈]] [[PHONE_NUMBER:010-5218-0037]] 내선 {{public_number:2301}}
[[PERSON:노은정]] [[PHONE_NUMBER:010-4499-2150]] 내선 {{public_number:2303}}
[[PERSON:Jacob Lee]] [[PHONE_NUMBER:010-7340-8826]] 내선 {{public_number:2308}} (외국인 학사)
팀 대표 {{public_number:031-330-6114}}"""},

{"id": "s14-l06-015", "kind": "complaint", "text": """취업 때문에 재학증명서가 급한데 발급기가 고장났어요. 인터넷 발급은 본인인증이 안 되고요 (알뜰폰이라 그런가…). 학번은 2019로 시작하는 [[STUDENT_ID:201911350]], 이름 [[PERSON:은지후]]. 면접이 {{date:모레}}라 급합니다. 연락 주세요 [[PHONE_NUMBER:010 8231 4409]]"""},

{"id": "s14-l06-016", "kind": "letter", "text": """교육실습 협조 요청
{{org_name:수원여자고등학교}} 교장 귀하
본교 사범대학 학생 [[PERSON:원채린]](학번 [[STUDENT_ID:20211566]], [[BIRTH_DATE:2002.01.24]]생)의 교육실습을 {{date:2025. 5. 1.~5. 28.}} 귀교에서 실시하고자 하오니 협조 바랍니다.
실습생 연락처: [[PHONE_NUMBER:010-6627-2108]]
담당: 사범대학 행정실 [[PERSON:지은혜]] [[EMAIL_ADDRESS:jieh@kgu.ac.kr]]"""},
]
