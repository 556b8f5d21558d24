# Writer q, batch 04: schools, private academies, university students (mixed education admin).
# Hand-written; CC0 1.0. All people and values are invented.

DOCS = [
{"id": "s16-q04-001", "kind": "complaint", "text": """학원 교습비 환불 거부 신고합니다

아이가 다니던 수학학원(원장 [[PERSON:마승철]], 개인사업자 [[KR_BRN:138-05-1129?]])을 {{date:4월 10일}}에 그만뒀는데
4월분 교습비 {{amount:42만원}} 중 한 푼도 환불을 안 해줍니다. 학원법상 남은 기간 비례해서 돌려줘야 하는 걸로 압니다.
결제카드: 현대카드 [[CREDIT_CARD:5327 1304 8826 019?]] (결제일 {{date:4/1}})
학생 [[PERSON:임하율]] (중1) / 보호자 [[PERSON:나은주]]
주소 [[KR_ADDRESS:성남시 분당구 미금일로 90번길 32, 까치마을 1단지 대우롯데 104동 902호]]
연락처 [[PHONE_NUMBER:010-8117-3045]]"""},

{"id": "s16-q04-002", "kind": "spreadsheet", "text": """[국제학생회관] 2025-1 외국인 유학생 입사자
학번	성명	국적	외국인등록번호	여권번호	호실
[[STUDENT_ID:2025830114]]	[[PERSON:NGUYEN VAN THANH]]	VNM	[[KR_FRN:030418-7342115]]	[[KR_PASSPORT:C4481902]]	{{room_number:I-305}}
[[STUDENT_ID:2025830127]]	[[PERSON:ZHANG Ruoxi]]	CHN	(발급 대기)	[[KR_PASSPORT:EH6710233]]	{{room_number:I-305}}
[[STUDENT_ID:2024830066]]	[[PERSON:Aziza KARIMOVA]]	UZB	[[KR_FRN:020907-8119736]]	[[KR_PASSPORT:FA2093318]]	{{room_number:I-412}}
[[STUDENT_ID:2025830203]]	[[PERSON:Sabin THAPA]]	NPL	[[KR_FRN:011230-7******]]	[[KR_PASSPORT:PA0917724]]	{{room_number:I-518}}
※ 외국인등록 미완료자는 {{date:입국 후 90일}} 이내 출입국·외국인청 방문"""},

{"id": "s16-q04-003", "kind": "certificate", "text": """개인과외교습자 신고증명서

신고번호: {{certificate_number:제2023-용인-0412호}}
성명: [[PERSON:도은채]]    생년월일: [[BIRTH_DATE:1996.03.25]]
교습자 주소: [[KR_ADDRESS:경기도 용인시 수지구 성복2로 38, 성복역롯데캐슬골드타운 3단지 301동 2203호]]
교습과목: 영어(중등)   교습장소: 교습자 주거지
교습비: 월 {{amount:300,000원}} (주 2회)
{{date:2023년 8월 14일}}  {{org_name:경기도용인교육지원청}}교육장"""},

{"id": "s16-q04-004", "kind": "contract", "text": """통학차량 임차(지입) 계약 — 특약사항

을(차량 제공자): [[PERSON:천봉기]]  사업자등록번호 [[KR_BRN:124-20-5530?]] (개인, 전세버스 지입)
주소: [[KR_ADDRESS:경기 화성시 향남읍 상신하길로 120 향남2지구 동광뷰 202-1503]]
차량: 25인승 카운티 [[KR_CAR_PLATE:경기71바5503]]
운전자: [[PERSON:천봉기]] (본인 운전) / 면허 1종대형 [[KR_DRIVER_LICENSE:경기 04-185522-91]]
계약기간 {{date:2025.3.1.~2026.2.28.}} / 월 {{amount:3,850,000원}}
갑: {{org_name:화성○○초등학교장}}"""},

{"id": "s16-q04-005", "kind": "application_form", "text": """한국장학재단 학자금대출 (생활비) 추천 확인서 — 학과 보관용
이  름: [[PERSON:봉수아]]            학  번: [[STUDENT_ID:C221045]]
주민등록번호: [[KR_RRN:030822-443107?]]
현 거주지: [[KR_ADDRESS:서울특별시 관악구 봉천로 545-12 (봉천동) 4층 401호]]
본  적 주소(부모): [[KR_ADDRESS:전라남도 순천시 조례동 1598 주공1차 8동 1102호]]
대출 희망액: {{amount:1,750,000원}}
학과장 확인 [[PERSON:어경민]] (서명)     {{date:2025. 3. 19.}}"""},

{"id": "s16-q04-006", "kind": "web_form", "text": """[증명서 인터넷 발급 신청 - 제출 완료]
신청번호: {{receipt_number:CERT-250411-00918}}
발급종류: 졸업증명서(국문) 2부, 성적증명서(영문) 1부
성명: [[PERSON:피예슬]]  / 영문 [[PERSON:PI YESEUL]]
학번: [[STUDENT_ID:2016-21874]]  졸업일: {{date:2020-02-21}}
생년월일: [[BIRTH_DATE:1997-07-07]]
수령 이메일: [[EMAIL_ADDRESS:yeseul_pi@hanmail.net]]
결제: 카드 [[CREDIT_CARD:4119-****-****-3302]]  {{amount:3,000원}}"""},

{"id": "s16-q04-007", "kind": "sms", "text": """선생님 [[PERSON:우현]]이 엄마예요 오늘 [[PERSON:우현]]이 열나서 결석합니다ㅠ 진료확인서는 내일 보낼게요 [[PHONE_NUMBER:010-2236-9018]]"""},

{"id": "s16-q04-008", "kind": "table", "text": """2025학년도 ○○중학교 교직원 비상연락망 (교무실 게시용, 개인정보 - 외부반출 금지)
구분 | 성명 | 개인번호(NEIS) | 휴대전화
교장 | [[PERSON:반정호]] | [[EMPLOYEE_ID:K118830274]] | [[PHONE_NUMBER:010-5201-8846]]
교감 | [[PERSON:옥수진]] | [[EMPLOYEE_ID:K120451913]] | [[PHONE_NUMBER:010-4410-3382]]
행정실장 | [[PERSON:편상욱]] | [[EMPLOYEE_ID:J307716005]] | [[PHONE_NUMBER:010-9984-1207]]
교무실 {{public_number:031-212-6032}} / 행정실 {{public_number:031-212-6035}} / 팩스 {{public_number:031-212-6039}}"""},

{"id": "s16-q04-009", "kind": "application_form", "text": """교육급여·교육비 지원 신청서 (학부모)
학생: [[PERSON:길예나]] / 주민번호 [[KR_RRN:110603-4******]] / ○○초 6학년
신청인(보호자): [[PERSON:길동호]] / 주민번호 [[KR_RRN:800115-1******]]
주소: [[KR_ADDRESS:용인시 처인구 백암면 백암리 427-2]]
지원 희망 항목: 교육급여, 방과후자유수강권, 인터넷통신비
입금계좌: 새마을금고 [[BANK_ACCOUNT:9002-1834-4471-2]] (예금주 [[PERSON:길동호]])
신청일 {{date:2025-03-06}} / {{org_name:백암면 행정복지센터}} 접수"""},

{"id": "s16-q04-010", "kind": "csv_export", "text": """"수학여행 여행자보험 가입자 명단(2학년 3반)","","",""
"번호","성명","주민번호 앞자리","성별"
"1","[[PERSON:강이준]]","[[KR_RRN:080114]]","M"
"2","[[PERSON:고다연]]","[[KR_RRN:080329]]","F"
"3","[[PERSON:권희찬]]","[[KR_RRN:080805]]","M"
"4","[[PERSON:금소율]]","[[KR_RRN:081219]]","F"
"보험기간: {{date:2025.05.14~05.16}}","","",""
"""},

{"id": "s16-q04-011", "kind": "ocr_scan", "text": """재 학 증 명 서
성  명 : [[PERSON:윤 슬 기]]      생년월일 : [[BIRTH_DATE:2OO4년 O1월 19일]]
학  번 : [[STUDENT_ID:2O231O875]]
소  속 : 인문대학 영어영문학과 3학년 (재학)
위 사람은 본교에 재학중임을 증명함.
               {{date:2O25. O4. O2.}}
 증명서 번호 {{document_number:2025-O4O2-3318}}"""},

{"id": "s16-q04-012", "kind": "memo", "text": """학교폭력 사안 접수 메모 (책임교사용, 비공개)
접수: {{date:2025.05.08 12:40}} / 신고자: 피해학생 모 [[PERSON:소정아]] ([[PHONE_NUMBER:010-4713-8820]])
피해: [[PERSON:한지후]] (2-4, 학번 [[STUDENT_ID:20418]])
관련: [[PERSON:오*찬]] (2-4), [[PERSON:변재이]] (2-1, 학번 [[STUDENT_ID:20107]])
내용: 단톡방 따돌림 및 금품 갈취({{amount:3만원}}) 주장
조치: {{date:5/9}} 분리조치, 교육지원청 보고 {{date:48시간 이내}}"""},

{"id": "s16-q04-013", "kind": "notice", "text": """[분실물 보관 안내 - 학생지원센터]
학생증 분실: [[PERSON:채윤호]] ([[STUDENT_ID:20200794]]) / [[PERSON:Lee Jessica]] ([[STUDENT_ID:20243501]])
지갑(갈색) — 안에 운전면허증 1매(소유자 [[PERSON:남예찬]], 면허번호 [[KR_DRIVER_LICENSE:12-21-480067-33]]) 있음
습득장소: {{place_name:중앙도서관 3층 열람실}}, 습득일 {{date:4월 22일}}
본인 확인 후 수령 (학생회관 {{room_number:B108호}})"""},

{"id": "s16-q04-014", "kind": "email", "text": """제목: 등록금 카드 분할납부 신청합니다

재무팀 담당자님 안녕하세요.
간호학과 2학년 [[PERSON:변하늘]]([[STUDENT_ID:2023-31052]])입니다.
이번 학기 등록금 {{amount:3,912,000원}}을 카드 6개월 할부로 납부하고 싶습니다.
카드번호는 [[CREDIT_CARD:3562 9910 2047 811?]] (JCB, 어머니 [[PERSON:심애란]] 명의)입니다.
보내주신 신청서 첨부합니다. 납부 마감({{date:2월 27일}}) 전에 처리 부탁드려요.
[[PERSON:변하늘]] 드림 / [[PHONE_NUMBER:010-6618-2049]] / [[EMAIL_ADDRESS:sky.byun03@naver.com]]"""},

{"id": "s16-q04-015", "kind": "application_form", "text": """2025 하계 교원 직무연수 신청
소속: 수원○○고  성명: [[PERSON:여민지]]  개인번호: [[EMPLOYEE_ID:N204518803]]
생년월일: [[BIRTH_DATE:1988.11.11]]   휴대폰: [[PHONE_NUMBER:010-7203-4418]]
연수명: AI 융합교육 기초 (30시간)  / 연수기간: {{date:7.28~8.1}}
연수 장소: {{place_name:경기도교육연수원 본원}}
이수 번호 발급처 메일: [[EMAIL_ADDRESS:yeo.mj@goe.go.kr]]"""},

{"id": "s16-q04-016", "kind": "messenger_chat", "text": """[1-3 반톡] 
담임 [[PERSON:추은영]]: 어머님들~ 내일 보건실 구강검진 있어요. 동의서 미제출: [[PERSON:시온]], [[PERSON:다인]], [[PERSON:태율]]
[[PERSON:시온]]맘: 앗 오늘 가방에 넣었어요!!
[[PERSON:다인]]엄마: 저희 [[PERSON:다인]]이는 생년월일 칸을 뭘로 적어야 하나요? 호적상 [[BIRTH_DATE:2018.1.3]]인데 실제 생일이 달라서요
담임 [[PERSON:추은영]]: 주민등록상 날짜로 적어주시면 됩니다^^"""},

{"id": "s16-q04-017", "kind": "notice", "text": """[공지] 학번 및 수험번호 혼동 주의
합격자 발표 조회는 수험번호({{exam_number:2025수시-10483}})로, 입학 후 포털 로그인은 학번으로 합니다.
학번 체계 예시: {{format_example:2025XXXXXX}} (입학년도 4자리 + 학과코드 2자리 + 일련번호)
학생증 발급은 {{date:2.24(월)~2.28(금)}} 학생회관 1층. 문의 {{public_number:02-2260-3114}}"""},
]
