# Writer q, batch 01: schools (enrolment, transfers, scholarships, dormitories). CC0 1.0, all invented.
DOCS = [
{"id": "s8-q01-001", "kind": "transfer_request", "text": """전입학 신청서 (초등학교)

학생 성명: [[PERSON:도윤서]]   생년월일: [[BIRTH_DATE:2016.03.14]]
보호자: [[PERSON:도경민]] (부)   연락처: [[PHONE_NUMBER:010-4417-2093]]
현 주소: [[KR_ADDRESS:경기도 수원시 영통구 매탄로 178, 112동 1503호(매탄동, 매탄위브하늘채)]]
전 학교: {{org_name:대전둔산초등학교}} 3학년
전입 예정일: {{date:2025. 3. 4.}}
신청일: {{date:2025. 2. 21.}}

위와 같이 전입학을 신청합니다.
신청인 [[PERSON:도경민]] (서명)"""},
{"id": "s8-q01-002", "kind": "sms", "text": """[Web발신]
[매원초] 3-2 담임 [[PERSON:한소리]]입니다. [[PERSON:지유]] 어머님, 내일 현장체험학습 동의서 꼭 보내주세요~ 문의 [[PHONE_NUMBER:010 9921 4410]]"""},
{"id": "s8-q01-003", "kind": "scholarship_roster", "text": """2025학년도 1학기 {{org_name:수원시장학재단}} 성적우수 장학생 선발 명단

연번|성명|학교|학번|생년월일|장학금
1|[[PERSON:강하린]]|{{org_name:아주대학교}}|[[STUDENT_ID:202112847]]|[[BIRTH_DATE:2002-07-09]]|{{amount:2,000,000}}
2|[[PERSON:마서준]]|{{org_name:경기대학교}}|[[STUDENT_ID:20220391]]|[[BIRTH_DATE:2003-11-30]]|{{amount:2,000,000}}
3|[[PERSON:남궁예린]]|{{org_name:성균관대학교}}|[[STUDENT_ID:2023314562]]|[[BIRTH_DATE:2004-01-02]]|{{amount:1,500,000}}
4|[[PERSON:탁준혁]]|{{org_name:수원대학교}}|[[STUDENT_ID:21-40877]]|[[BIRTH_DATE:2001-05-17]]|{{amount:1,500,000}}

※ 지급 예정일: {{date:2025-04-25}} / 문의: 재단 사무국 {{public_number:031-228-3741}}"""},
{"id": "s8-q01-004", "kind": "dormitory_application", "text": """생활관 입사 신청 (2025-1)
이름 : [[PERSON:Nguyen Thi Mai]] (응웬 티 마이)
학번 : [[STUDENT_ID:S2024-00317]]
국적 : Vietnam
Passport No. [[KR_PASSPORT:C4829113]]
외국인등록번호 : [[KR_FRN:030512-6******]]
D.O.B : [[BIRTH_DATE:12 May 2003]]
희망 호실 : {{room_number:B동 412호}} (2인실)
비상연락 : [[PHONE_NUMBER:010-3328-71O5]] (OCR)
입사일 : {{date:2025.02.28}}  퇴사일 : {{date:2025.06.21}}"""},
{"id": "s8-q01-005", "kind": "parent_message", "text": """선생님 안녕하세요 [[PERSON:준서]]엄마예요ㅠㅠ [[PERSON:준서]]가 어제부터 열이 나서 오늘 결석하려구요.. 병원 진료확인서는 내일 보낼게요. 혹시 급하시면 제 번호 [[PHONE_NUMBER:공일공 칠칠사삼 이이일팔]]로 연락주세요!"""},
{"id": "s8-q01-006", "kind": "school_violence_notice", "text": """학교폭력대책심의위원회 개최 통보서

문서번호: {{document_number:수원교육지원청 학폭-2025-0412}}
관련 학생(피해): [[PERSON:윤○○]] (2학년 5반)
관련 학생(가해): [[PERSON:백*준]] (2학년 3반)
보호자 성명: [[PERSON:백상철]]
주소: [[KR_ADDRESS:경기 수원시 권선구 세류로 41번길 12-3, 201호]]

심의 일시: {{date:2025년 5월 14일(수)}} {{time:15:00}}
장소: {{place_name:수원교육지원청 3층 소회의실}}

보호자께서는 출석하여 의견을 진술할 수 있습니다. 문의 : 담당 장학사 [[PERSON:오민정]] [[PHONE_NUMBER:031-246-3385]](직통)"""},
{"id": "s8-q01-007", "kind": "enrolment_export", "text": """학번,성명,성별,생년월일,보호자연락처,주소
[[STUDENT_ID:20250301]],[[PERSON:정하람]],여,[[BIRTH_DATE:20090822]],[[PHONE_NUMBER:01055128734]],"[[KR_ADDRESS:성남시 분당구 정자일로 95 (정자동) 304동 702호]]"
[[STUDENT_ID:20250302]],[[PERSON:최건우]],남,[[BIRTH_DATE:20090105]],[[PHONE_NUMBER:010-7003-1429]],"[[KR_ADDRESS:성남시 분당구 불정로 6 1204호]]"
[[STUDENT_ID:20250303]],[[PERSON:Alexei Kim]],남,[[BIRTH_DATE:20081219]],[[PHONE_NUMBER:+82 10 2287 6640]],"[[KR_ADDRESS:성남시 수정구 수정로 218-1 2층]]\""""},
{"id": "s8-q01-008", "kind": "email", "text": """제목: RE: 국가장학금 2차 서류 보완 요청

[[PERSON:여다은]] 학생, 안녕하세요.
제출하신 가족관계증명서에 부친 [[PERSON:여광수]]님의 주민등록번호 뒷자리가 가려져 있지 않아 반려되었습니다([[KR_RRN:680314-1******]] 형태로 재발급 부탁드립니다).
보완 마감은 {{date:3월 28일}} 18시까지입니다.

--
[[PERSON:이수경]] | 학생지원팀
{{org_name:한신대학교}} 학생처
T. [[PHONE_NUMBER:031-379-0237]] | E. [[EMAIL_ADDRESS:sklee0315@hs.ac.kr]]
대표 {{public_number:031-379-0114}}"""},
{"id": "s8-q01-009", "kind": "app_notification", "text": """하이클래스 알림 · 오후 4:12
[[PERSON:김태오]] 학부모님이 메시지를 보냈습니다: "선생님 [[PERSON:태오]] 오늘 방과후 빠지고 할머니댁 갑니다~" """},
{"id": "s8-q01-010", "kind": "certificate", "text": """재 학 증 명 서

성    명 : [[PERSON:林 秀 珍]] ([[PERSON:임수진]])
생년월일 : [[BIRTH_DATE:2007年 4月 3日]]
학    년 : 제 2 학년 7 반 18 번
주    소 : [[KR_ADDRESS:경기도 용인시 기흥구 구갈로 60번길 17, 가동 305호]]

위 사람은 본교 재학 중임을 증명합니다.
{{date:2025년 4월 1일}}
{{org_name:용인기흥고등학교장}} (직인생략)
발급번호 {{document_number:제2025-0431호}}"""},
{"id": "s8-q01-011", "kind": "dormitory_roster", "text": """[생활관 점호 명단 - 3층]
301  [[PERSON:서지환]]   [[STUDENT_ID:2019-12044]]  ☎[[PHONE_NUMBER:010.5521.0098]]
302  [[PERSON:Takahashi Ren]]  [[STUDENT_ID:2024-90311]]  ☎[[PHONE_NUMBER:010.4903.2217]]
303  공실
304  [[PERSON:류 민 호]]   [[STUDENT_ID:2022-15590]]  ☎[[PHONE_NUMBER:010.8884.6102]]
점호일시 {{date:2025.04.09}} {{time:23:00}} / 사감 [[PERSON:권재성]]"""},
{"id": "s8-q01-012", "kind": "transfer_memo", "text": """전출 처리 메모) [[PERSON:송다빈]]([[BIRTH_DATE:05.07.19]]생) 父 전근으로 대구 수성구 이사. 전출일 {{date:4/18}}, 새 주소 [[KR_ADDRESS:대구광역시 수성구 달구벌대로 2435, 101-1102]] 서류는 등기로 발송."""},
]
