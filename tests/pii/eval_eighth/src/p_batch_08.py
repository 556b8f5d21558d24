# Writer p, batch 08: mixed housing documents filling thinner types. CC0 1.0
DOCS = [
{"id": "s8-p08-001", "kind": "form", "text": """외국인 임차인 전입 확인서 (원룸 관리용)
호실 {{room_number:B동 305호}}
성명 [[PERSON:Bolat Nurlanovich]] / 국적 카자흐스탄
외국인등록번호 [[KR_FRN:9102035123459]]  여권번호 [[KR_PASSPORT:N12887304]]
생년월일 [[BIRTH_DATE:03.02.1991]] (DD.MM.YYYY)
연락처 [[PHONE_NUMBER:010-2477-0913]]
근무처 {{org_name:(주)동성정밀}} 사번 [[EMPLOYEE_ID:DS2021-0457]]
입주일 {{date:2024.03.15}}"""},
{"id": "s8-p08-002", "kind": "kakaotalk", "text": """[쉐어하우스 관리] 관리인 [[PERSON:도경수]] [오후 2:10] 새로 들어오시는 분 계약서 작성하게 학생증이랑 여권 사진 보내주세요
[쉐어하우스 관리] [[PERSON:Yuki Tanaka]] [오후 2:31] 네! 학번 [[STUDENT_ID:2024-80133]] 이고 여권번호는 [[KR_PASSPORT:TR4471902]] 입니다
[쉐어하우스 관리] [[PERSON:Yuki Tanaka]] [오후 2:32] 외국인등록증은 아직 신청 중이에요 ({{date:4월 말}} 발급 예정)
[쉐어하우스 관리] 관리인 [[PERSON:도경수]] [오후 2:35] 네 보증금은 [[BANK_ACCOUNT:110-471-228809]] 신한 [[PERSON:도경수]]로 보내주시면 됩니다"""},
{"id": "s8-p08-003", "kind": "record", "text": """관리비 카드 자동납부 신청 목록 (경리 입력용)
동호    성명      카드사   카드번호                유효
701-1203 [[PERSON:편혜진]]   국민    [[CREDIT_CARD:9445-2110-3382-018?]]   {{date:09/28}}
701-1405 [[PERSON:곽준영]]   현대    [[CREDIT_CARD:4017 88** **** 2035]]   {{date:03/26}}
702-0302 [[PERSON:성다인]]   롯데    [[CREDIT_CARD:524381220017330?]]   {{date:11/27}}
신청마감 {{date:2024.06.20}}"""},
{"id": "s8-p08-004", "kind": "form", "text": """입주자 주차 등록 변경 신청
세대주 [[PERSON:석동현]]  주민등록번호 [[KR_RRN:731128-1054211]]
동호 [[KR_ADDRESS:용인시 기흥구 보정로 144, 죽현마을 아이파크 1602동 1001호]]
변경 전 차량 [[KR_CAR_PLATE:46누 1129]] → 변경 후 [[KR_CAR_PLATE:123가 4509]]
운전자 [[PERSON:석지안]](자녀, [[BIRTH_DATE:'04.08.19]]) 운전면허 [[KR_DRIVER_LICENSE:28-23-045881-12]]
신청일 {{date:2024.08.03}}"""},
{"id": "s8-p08-005", "kind": "email", "text": """From: noreply <{{public_email:noreply@aptner-notice.kr}}>
To: [[EMAIL_ADDRESS:yeji.kang0912@gmail.com]]
Subject: [아파트너] 새 기기 로그인 알림

[[PERSON:강예지]]님, {{date:2024-09-12 23:04}} 새로운 기기에서 로그인했습니다.
접속 IP: [[IP_ADDRESS:121.165.23.204]] (경기 성남)
본인이 아니라면 비밀번호를 변경해 주세요. 앱 버전 {{version:5.3.1}}"""},
{"id": "s8-p08-006", "kind": "record", "text": """운전면허 확인 대장 (방문차량 장기등록)
1) [[PERSON:표재근]]  면허번호 [[KR_DRIVER_LICENSE:서울 02-338712-44]]  등록 {{date:10.01}}~{{date:12.31}}
2) [[PERSON:Ryu Seong-min]]  면허번호 [[KR_DRIVER_LICENSE:1118044290 53]]  등록 {{date:10.05}}~{{date:11.04}}
담당 경비 [[PERSON:김호열]]"""},
{"id": "s8-p08-007", "kind": "sms", "text": """[부동산 잔금 안내] [[PERSON:하윤석]]님 {{date:11/29}} 잔금 {{amount:2억 1천만원}} 매도인 [[PERSON:양미숙]] 계좌(국민 [[BANK_ACCOUNT:944302-00-127790]])로 이체 예정입니다. 법무사 {{org_name:한결법무사사무소}} {{public_number:031-216-8800}}"""},
{"id": "s8-p08-008", "kind": "table", "text": """기숙사 대체 임차 지원 대상자 (수원시 청년주거)
성명 | 학교 | 학번 | 생년월일 | 임차주소
[[PERSON:노하은]] | 경기대 | [[STUDENT_ID:202211389]] | [[BIRTH_DATE:2003.05.16]] | [[KR_ADDRESS:수원시 영통구 광교산로 154-42 하숙촌빌 203호]]
[[PERSON:Zhang Wei]] | 성균관대(자연) | [[STUDENT_ID:2022315047]] | [[BIRTH_DATE:2001.11.30]] | [[KR_ADDRESS:수원시 장안구 서부로 2136번길 7 3층 301호]]
외국인등록번호: [[PERSON:Zhang Wei]] [[KR_FRN:011130-6******]]
지원기간 {{date:2024.09.01}}~{{date:2025.02.28}}"""},
{"id": "s8-p08-009", "kind": "form", "text": """상가 임대차 신고 (개인사업자)
임차인 [[PERSON:Oyunchimeg]] (몽골)  외국인등록번호 [[KR_FRN:850722 6018445]]  여권 [[KR_PASSPORT:E1238856]]
상호 {{org_name:울란바토르 식당}}  사업자등록번호 [[KR_BRN:412-26-9031?]]
소재지 [[KR_ADDRESS:성남시 중원구 성남대로 1146, 1층 102호]]
계약일 {{date:2024.04.09}}  보증금 {{amount:2천만원}} 월세 {{amount:140만원}}"""},
]
