# Writer n, batch 01: 농지 원부, 농업경영체, 귀농귀촌 지원 신청. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s15-n01-001", "kind": "farmland_register", "text": """농 지 원 부  (농업인 주소지 관리용)
관리번호: {{document_number:4146125034-2019-000118}}
세대주 성명: [[PERSON:한복례]]    생년월일: [[BIRTH_DATE:1947.02.19]]
주  소: [[KR_ADDRESS:경기도 용인시 처인구 원삼면 좌항로 241-7]]
전화: [[PHONE_NUMBER:031-332-5718]]  /  휴대: [[PHONE_NUMBER:010-9327-4415]]
작성일 {{date:2019.04.11}}   최종변경일 {{date:2023.10.05}}

[소유 및 경작 농지]
번호 | 소재지 | 지목 | 면적(㎡) | 자경/임차
1 | [[KR_ADDRESS:원삼면 좌항리 412-3]] | 답 | {{amount:2,314}} | 자경
2 | [[KR_ADDRESS:원삼면 좌항리 산 27-1]] | 전 | {{amount:845}} | 자경
3 | [[KR_ADDRESS:원삼면 사암리 188]] | 답 | {{amount:1,602}} | 임차(임대인 [[PERSON:정만석]])

세대원: [[PERSON:김덕수]](배우자, [[BIRTH_DATE:1945.11.03]]), [[PERSON:김영호]](자, [[BIRTH_DATE:1974.06.28]])
"""},
{"id": "s15-n01-002", "kind": "farm_registration_change", "text": """농업경영체 등록정보 변경신청서

경영주 성명 [[PERSON:유재근]]
주민등록번호 [[KR_RRN:560827-151203?]]
주소 [[KR_ADDRESS:용인시 처인구 백암면 근삼로 88번길 14-2]]
연락처 [[PHONE_NUMBER:010 4418 2093]]
농업경영체 등록번호 {{registration_number:1004-5532-871}}

변경사항: 공동경영주 추가 - [[PERSON:이순남]] (처, [[KR_RRN:590114-2******]])
변경 사유: 경영주와 같이 농사짓고 있어 공동경영주로 올림
신청일 {{date:2024년 2월 13일}}
                       신청인 [[PERSON:유재근]] (서명)
국립농산물품질관리원 경기지원 용인사무소장 귀하
"""},
{"id": "s15-n01-003", "kind": "return_farming_application", "text": """[2024년 귀농 농업창업 및 주택구입 지원사업 신청서]

1. 신청인
 - 성명: [[PERSON:도민혁]] ([[PERSON:都珉爀]])
 - 생년월일: [[BIRTH_DATE:1981년 7월 30일]]  (만 42세)
 - 현 주소: [[KR_ADDRESS:경기도 용인시 처인구 양지면 남평로 112 양지 블루빌 B동 203호]]
 - 전입 전 주소: [[KR_ADDRESS:서울특별시 강서구 화곡로 64길 23, 3층]]
 - 전입일: {{date:2022.09.01}}
 - 휴대전화: [[PHONE_NUMBER:010-2291-6047]]
 - 이메일: [[EMAIL_ADDRESS:minhyuk.do81@gmail.com]]

2. 가족사항(동반 전입)
 배우자 [[PERSON:서지연]] / [[BIRTH_DATE:1983.03.05]]
 자녀 [[PERSON:도하윤]] / [[BIRTH_DATE:2014.12.22]]
 자녀 [[PERSON:도하준]] / [[BIRTH_DATE:2017.05.09]]

3. 귀농교육 이수: 총 {{statistic:184시간}} (농업기술센터 {{statistic:100}}h + 온라인 {{statistic:84}}h)
4. 신청 금액: 창업 {{amount:2억 원}}, 주택 {{amount:7,500만 원}}
5. 영농 계획 품목: 고추, 들깨(노지), 표고버섯(시설)

접수번호 {{receipt_number:귀농-2024-0037}} / 접수일 {{date:2024-03-18}}
"""},
{"id": "s15-n01-004", "kind": "counseling_memo", "text": """귀농귀촌 상담일지 ({{date:10/3}} 방문)
상담자: 농정과 [[PERSON:염소희]]
내담자 [[PERSON:박○순]] ([[BIRTH_DATE:63]]년생) 남편이랑 같이 옴
현재 [[KR_ADDRESS:성남시 분당구 정자일로 95, 112동 1504호]] 거주, 은퇴 후 백암 쪽 땅 알아보는 중
문의: 농지 1000㎡ 이상 있어야 농업인 인정되는지 / 농막 설치 가능 여부
연락처 [[PHONE_NUMBER:010-58**-1120]] (본인 요청으로 뒷자리만 메모)
→ 귀농교육 일정({{date:11월 6일}}~{{date:11월 8일}}) 안내, 다음 상담 {{date:10월 말}}
"""},
{"id": "s15-n01-005", "kind": "youth_farmer_application", "text": """청년후계농 영농정착지원 신청 체크리스트 - 신청자 [[PERSON:권나래]]

□ 신분증 사본 (주민번호 [[KR_RRN:990411-2******]] 뒷자리 가림 사본으로 제출)
□ 재학증명서: 한국농수산대학교 채소학과 3학년, 학번 [[STUDENT_ID:2022013045]]
□ 졸업예정일 {{date:2025.02.}}
□ 부모 영농 사실: 부 [[PERSON:권태식]] 님 농지 [[KR_ADDRESS:처인구 남사읍 아곡리 305-8]] (시설하우스 6동)
□ 본인 연락처 [[PHONE_NUMBER:010.7714.3308]], 메일 [[EMAIL_ADDRESS:narae_kwon@naver.com]]
※ 생년월일 [[BIRTH_DATE:99.04.11]] 기준 만 18~39세 요건 충족
"""},
{"id": "s15-n01-006", "kind": "sms_notice", "text": """[Web발신]
[용인시농업기술센터] [[PERSON:채경호]]님, 귀농인 주택수리비 지원 대상으로 선정되셨습니다. {{date:5/20(월)}}까지 견적서 제출 바랍니다. 문의 {{public_number:031-324-4023}}"""},
{"id": "s15-n01-007", "kind": "csv_export", "text": """연번,성명,생년월일,전입일,주소,연락처,지원액(천원)
1,[[PERSON:오세창]],[[BIRTH_DATE:1958-10-02]],{{date:2021-11-15}},[[KR_ADDRESS:용인시 처인구 백암면 백봉리 77-1]],[[PHONE_NUMBER:010-3356-0914]],{{amount:3000}}
2,[[PERSON:Nguyen Thi Hoa]],[[BIRTH_DATE:1990-01-27]],{{date:2022-03-02}},"[[KR_ADDRESS:용인시 처인구 원삼면 문촌로 19, 101호]]",[[PHONE_NUMBER:010-8820-4471]],{{amount:1500}}
3,[[PERSON:문태호]],[[BIRTH_DATE:1966-05-14]],{{date:2022-07-19}},[[KR_ADDRESS:용인시 처인구 양지면 제일리 540-12]],[[PHONE_NUMBER:01047712256]],{{amount:3000}}
4,[[PERSON:황보연주]],[[BIRTH_DATE:1972-08-30]],{{date:2023-01-09}},[[KR_ADDRESS:수원시 권선구 입북동 288-3]],[[PHONE_NUMBER:010-6009-1583]],{{amount:2000}}
"""},
{"id": "s15-n01-008", "kind": "farmland_acquisition", "text": """농지취득자격증명신청서
① 농지취득자(신청인)
  성명(명칭): [[PERSON:남궁재훈]]
  주민등록번호(법인등록번호): [[KR_RRN:720309-1******]]
  주소: [[KR_ADDRESS:경기도 성남시 수정구 위례광장로 210, 3504동 801호]]
  전화번호: [[PHONE_NUMBER:010-9981-7702]]
② 취득 농지의 표시: [[KR_ADDRESS:용인시 처인구 이동읍 묵리 산 118-4]]  지목 전  {{amount:1,240㎡}}
③ 취득 원인: 매매 (매도인 [[PERSON:변상철]])
④ 취득 목적: 주말·체험영농
{{date:2024. 6. 3.}}   신청인 [[PERSON:남궁재훈]] (인)
처인구 이동읍장 귀하
※ 법인의 경우 법인등록번호 기재 (예: {{code:110111-1234567}})
"""},
{"id": "s15-n01-009", "kind": "chat_message", "text": """주무관님 안녕하세요 저 원삼면 좌항리 [[PERSON:한복례]] 할머니 아들 [[PERSON:김영호]]입니다
어머니 농지원부 주소가 옛날 주소로 돼 있다고 해서요
지금 주소는 [[KR_ADDRESS:원삼면 좌항로２４１－７]] 이고요
어머니 생신은 [[BIRTH_DATE:１９４７년 ２월 １９일]]인데 원부에 음력으로 적혀있는거 같아요
제 번호 [[PHONE_NUMBER:０１０－４４０２－７７３１]]로 연락주세요~
"""},
{"id": "s15-n01-010", "kind": "farmland_lease_contract", "text": """농지 임대차(사용대차) 계약서

임대인: [[PERSON:정만석]]   주민등록번호 [[KR_RRN:520716-104382?]]
        주소 [[KR_ADDRESS:용인시 처인구 원삼면 사암리 201-3]]   ☎ [[PHONE_NUMBER:031)332-0471]]
임차인: [[PERSON:한복례]]   주민등록번호 [[KR_RRN:470219-268511?]]
        주소 [[KR_ADDRESS:용인시 처인구 원삼면 좌항로 241-7]]

제1조(임대 농지) [[KR_ADDRESS:원삼면 사암리 188]] 답 1,602㎡
제2조(기간) {{date:2023년 1월 1일}}부터 {{date:2027년 12월 31일}}까지 (5년)
제3조(임차료) 연 {{amount:쌀 4가마(80kg)}} 상당액 {{amount:금 880,000원}}을 매년 {{date:11월 30일}}까지
   임대인 명의 농협 [[BANK_ACCOUNT:351-0872-4419-13]] 으로 입금한다.
{{date:2022. 12. 20.}}
"""},
{"id": "s15-n01-011", "kind": "subsidy_payment_request", "text": """귀농 정착지원금 지급 의뢰 (내부결재용)
문서번호 {{document_number:농업정책과-12087}} ({{date:2024.07.02.}})

지급대상: [[PERSON:오세창]] / 사업자 [[KR_BRN:135-90-4418?]] (면세, 표고버섯 재배)
입금계좌: 농협은행 [[BANK_ACCOUNT:302-1187-5520-61]] (예금주 [[PERSON:오세창]])
지급액: {{amount:3,000,000원}}
세출예산과목: 귀농귀촌 활성화 지원 / 원천징수 없음
※ 시 세입계좌({{public_account:농협 301-0077-1024-31}})로 반납 시 반납고지서 별도 발행
"""},
{"id": "s15-n01-012", "kind": "resident_inquiry", "text": """제목: 외국인 배우자 농업경영체 공동경영주 등록 문의

안녕하세요. 백암면 [[KR_ADDRESS:옥산리 419-2]]에서 한우 키우는 [[PERSON:장동철]]입니다.
아내가 캄보디아 출신인데 ([[PERSON:Sokha Chea]], 한국이름 [[PERSON:채소하]]) 아직 귀화 전이라
외국인등록번호 [[KR_FRN:910823-6231457]] 으로 공동경영주 등록이 되는지 궁금합니다.
여권번호는 [[KR_PASSPORT:N01942277]] 이고 {{date:2019년}}에 결혼이민(F-6)으로 들어왔습니다.
아내 생일 [[BIRTH_DATE:1991.8.23]] / 제 번호 [[PHONE_NUMBER:010-3148-7720]]
"""},
{"id": "s15-n01-013", "kind": "farmer_certificate_ledger", "text": """농업인확인서 발급대장 ({{date:2024년 3월}}분)  원삼면
발급번호	발급일	성명	생년월일	주소	용도
{{document_number:2024-원삼-041}}	{{date:03.04}}	[[PERSON:하말순]]	[[BIRTH_DATE:1939.12.01]]	[[KR_ADDRESS:원삼면 독성리 92]]	건강보험료 경감
{{document_number:2024-원삼-042}}	{{date:03.04}}	[[PERSON:윤병태]]	[[BIRTH_DATE:1951.07.17]]	[[KR_ADDRESS:원삼면 학일리 산 3-5]]	면세유
{{document_number:2024-원삼-043}}	{{date:03.07}}	[[PERSON:지숙희]]	[[BIRTH_DATE:1960.02.29]]	[[KR_ADDRESS:원삼면 미평리 238-11]]	자녀 학자금
{{document_number:2024-원삼-044}}	{{date:03.11}}	[[PERSON:윤병태]]	[[BIRTH_DATE:1951.07.17]]	[[KR_ADDRESS:원삼면 학일리 산 3-5]]	재발급(분실)
"""},
{"id": "s15-n01-014", "kind": "access_log", "text": """# 귀농귀촌 온라인 신청 시스템 접속이력 (발췌, 관리자 화면 복사)
{{date:2024-03-18 09:12:44}}  login   user=domh81     ip=[[IP_ADDRESS:211.36.142.87]]   신청서 임시저장
{{date:2024-03-18 09:40:02}}  upload  user=domh81     ip=[[IP_ADDRESS:211.36.142.87]]   첨부 3건
{{date:2024-03-18 14:03:51}}  login   user=admin_ag02 ip=[[IP_ADDRESS:10.20.3.15]]  (청내망)
{{date:2024-03-19 21:17:09}}  login   user=kwon_nr    ip=[[IP_ADDRESS:2001:2d8:e12c:4f1a::3b]]
서버 {{version:eGovFrame 3.10}} / mask {{subnet_mask:255.255.255.0}} / 세션 {{time:30분}}
"""},
{"id": "s15-n01-015", "kind": "illegal_conversion_complaint", "text": """농지 불법 성토 신고합니다
양지면 대대리 쪽 논에 밤마다 덤프트럭이 흙을 붓고 있어요. {{date:어제(13일)}} 밤 {{time:11시 20분}}쯤 찍은 번호는 [[KR_CAR_PLATE:경기92사4417]]이랑 [[KR_CAR_PLATE:83머 2051]] 입니다
땅 주인은 [[PERSON:석진만]]이라는 사람이라고 동네에서 들었어요
신고자 정보는 비공개 해주시고 회신은 문자로만 [[PHONE_NUMBER:010-2734-5509]]
"""},
{"id": "s15-n01-016", "kind": "training_note", "text": """귀농 교육 수료자 [[PERSON:윤정미]]([[BIRTH_DATE:1966.9.1.]]) 수료번호 {{document_number:2023-귀농-117}} 수료일 {{date:2023.11.24.}}"""},
{"id": "s15-n01-017", "kind": "staff_email", "text": """From: [[PERSON:Seo Yuna]] <[[EMAIL_ADDRESS:yuna0412@korea.kr]]>
To: [[EMAIL_ADDRESS:jiyeon.seo83@hanmail.net]]
Cc: {{public_email:return-farm@yongin.go.kr}}
Date: {{date:Tue, 26 Mar 2024 16:08:11 +0900}}
Subject: [귀농멘토링] 멘토 배정 안내

[[PERSON:서지연]] 님 안녕하세요. 용인시 농업기술센터 귀농팀 [[PERSON:서유나]] 주무관입니다.
신청하신 멘토링은 백암면 [[PERSON:이강수]] 멘토(한우·조사료)님으로 배정되었습니다.
첫 만남은 {{date:4월 9일}} {{time:오전 10시}}, 멘토님 농장 [[KR_ADDRESS:백암면 장평리 331-4]] 입니다.
문의: 제 직통 [[PHONE_NUMBER:031-5191-8463]] (대표 {{public_number:031-324-4000}})
-- 
[[PERSON:서유나]] | 직원번호 [[EMPLOYEE_ID:Y2019-0633]]
"""},
{"id": "s15-n01-018", "kind": "card_receipt", "text": """[귀농교육 실습비 결제 확인]
결제자 [[PERSON:문태호]]  카드 [[CREDIT_CARD:9410-6132-0077-582?]] (NH농협 채움)
승인번호 {{code:30017752}}  금액 {{amount:45,000원}}  {{date:2024/04/02 15:47}}
가맹점 용인시농업기술센터 / 가맹점번호 {{code:00917738421}}
"""},
]
