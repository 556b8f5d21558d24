# Writer d, batch 07: 경로당 나들이, 통학차량, 외국인 임차인, 용역업체, 짧은 메시지. All values invented. CC0 1.0.
DOCS = [
{"id": "s12-d07-001", "kind": "spreadsheet", "text": """경로당 효도관광(일본 후쿠오카) 참가자 명단 — 여행사 제출용
NO,성명(한글),영문성명(여권),여권번호,생년월일,여권만료일,비상연락처
1,[[PERSON:전봉수]],[[PERSON:JEON BONGSU]],[[KR_PASSPORT:M37120458]],[[BIRTH_DATE:16JUL38]],{{date:22AUG2033}},[[PHONE_NUMBER:010-5120-7784]]
2,[[PERSON:길말례]],[[PERSON:GIL MALRYE]],[[KR_PASSPORT:M82054917]],[[BIRTH_DATE:05APR41]],{{date:03MAR2030}},[[PHONE_NUMBER:010-3340-2191]]
3,[[PERSON:팽순자]],[[PERSON:PAENG SUNJA]],[[KR_PASSPORT:M904B2283]],[[BIRTH_DATE:25DEC43]],{{date:17JAN2035}},[[PHONE_NUMBER:010-8827-5503]]
출발 {{date:2025-10-14}} / 귀국 {{date:2025-10-16}} / 인솔: 총무 길말례, 동 주민센터 [[PERSON:양지수]] 주무관""".replace("인솔: 총무 길말례", "인솔: 총무 [[PERSON:길말례]]")},
{"id": "s12-d07-002", "kind": "phone_memo", "text": """여행사({{org_name:하나로투어 수원지점}}) 담당 [[PERSON:엄다솜]] 대리 [[PHONE_NUMBER:010-6652-3087]] 
- 팽순자 어르신 여권 {{date:2024년}} 재발급 받으셨는데 명단에 구여권번호 적혀있다고 → 신여권 [[KR_PASSPORT:M904B2283]] 맞는지 확인 (구여권 [[KR_PASSPORT:M44719028]]은 재발급으로 효력 상실)
- 여행자보험 가입용 주민번호 뒷자리 필요하다고 함 → 본인 동의 받고 전달""".replace("- 팽순자 어르신", "- [[PERSON:팽순자]] 어르신")},
{"id": "s12-d07-003", "kind": "table", "text": """어린이 통학버스 운전자 및 동승보호자 현황 (햇살어린이집)
구분 | 성명 | 생년월일 | 운전면허번호 | 안전교육 이수일
운전자 | [[PERSON:마태수]] | [[BIRTH_DATE:64.02.17]] | [[KR_DRIVER_LICENSE:12-03-418296-50]] | {{date:25.04.10}}
운전자(대체) | [[PERSON:길현규]] | [[BIRTH_DATE:71.09.05]] | [[KR_DRIVER_LICENSE:경기 91-120744-12]] | {{date:23.11.02}}
동승보호자 | [[PERSON:송가을]] | [[BIRTH_DATE:96.06.30]] | - | {{date:25.03.21}}
차량: [[KR_CAR_PLATE:경기78자6601]] / 보험: {{org_name:DB손해보험}} 증권 {{document_number:20254701882}}"""},
{"id": "s12-d07-004", "kind": "lease_record", "text": """임대차 신고 및 전입 확인 메모 (관리사무소 보관)
임차인: [[PERSON:Maria Santos Dela Cruz]] (필리핀), 여권 [[KR_PASSPORT:P5528193B]], 외국인등록증 [[KR_FRN:870422-6035187]]
임대인: [[PERSON:추민혁]] [[PHONE_NUMBER:010-2250-9146]]
목적물: [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 11, 101동 1502호(금광동, 래미안금빛)]]
보증금 {{amount:5,000만원}} / 월세 {{amount:75만원}} / 계약일 {{date:2025.07.02}} / 입주 {{date:2025.07.20}}
확정일자 부여번호 {{document_number:2025-중원-018823}}"""},
{"id": "s12-d07-005", "kind": "email", "text": """To: 관리사무소 <{{public_email:raemian.gb.office@gmail.com}}>
From: [[EMAIL_ADDRESS:mariasdc87@yahoo.com]]
Subject: noise from upstairs / 층간소음

Hi, my name is [[PERSON:Maria]], I live in [[KR_ADDRESS:101-1502]]. Every night around 1am there is a loud noise like furniture moving from upstairs. My son [[PERSON:Enzo]] (born [[BIRTH_DATE:Jan 8, 2019]]) cannot sleep.
My Korean is not good so please reply in English or text me at [[PHONE_NUMBER:+82 10 8413 2209]].
Thank you, [[PERSON:Maria Santos]]"""},
{"id": "s12-d07-006", "kind": "sms", "text": """1502호 마리아씨~ 윗집(1602호) 어르신댁 확인했는데 새벽에 화장실 가시다 보행기 끄는 소리였어요. 바퀴 커버 달아드렸습니다 :) -관리실 [[PERSON:윤보미]]""".replace("1502호 마리아씨", "1502호 [[PERSON:마리아]]씨")},
{"id": "s12-d07-007", "kind": "contract", "text": """소독(방역) 용역 계약서
발주: 래미안금빛 입주자대표회의 (고유번호 {{business_number:129-82-61047}})
수급: {{org_name:맑은환경방역}} 대표 [[PERSON:어진혁]] / 사업자등록번호 [[KR_BRN:129-15-4402?]]
      사업장 [[KR_ADDRESS:성남시 중원구 광명로 214, B동 102호]] / 대표 휴대전화 [[PHONE_NUMBER:010-9318-6670]]
계약기간 {{date:2025.07.01~2026.06.30}} / 월 {{amount:1,320,000원}}(VAT 별도)
대금 지급계좌: [[BANK_ACCOUNT:국민은행 027-21-0458-113]] (예금주 어진혁)""".replace("(예금주 어진혁)", "(예금주 [[PERSON:어진혁]])")},
{"id": "s12-d07-008", "kind": "invoice_ocr", "text": """전 자 세 금 계 산 서 (공급자 보관용) - OCR
등록번호 [[KR_BRN:3 O 5 - 4 2 - l l 7 8 9]]  상호 {{org_name:동해누수탐지}}  성명 [[PERSON:함 석 주]]
사업장주소 [[KR_ADDRESS:용인시 처인구 금령로 88-3]]
공급받는자 등록번호 {{business_number:135-82-10445}} 영통신나무실5단지입주자대표회의
작성일자 {{date:2O25/O6/l3}}  공급가액 {{amount:45O,OOO}}  세액 {{amount:45,OOO}}
품목 배관 누수탐지([[KR_ADDRESS:412동 1003호]]~903호)"""},
{"id": "s12-d07-009", "kind": "notice", "text": """[과태료 사전통지 관련 오해 안내]
최근 "관리사무소가 주차위반 과태료를 부과한다"는 문자가 돌고 있으나 사실이 아닙니다. 관리사무소는 과태료 부과 권한이 없으며, 문자에 적힌 {{public_account:국민 810-21-0394-99}} 계좌 및 {{public_number:070-8890-2231}} 번호는 저희와 무관합니다. 운전면허번호 입력을 요구하는 링크(예: {{code:11-00-000000-00}} 형식)는 절대 누르지 마세요.
{{date:2025. 8. 4.}} 래미안금빛 관리사무소"""},
{"id": "s12-d07-010", "kind": "kakao_chat", "text": """[[PERSON:윤보미]] 관리실: 소장님 스미싱 문자 받은 분이 면허번호 입력하셨대요ㅠ
[[PERSON:변정석]] 소장: 누구?
[[PERSON:윤보미]] 관리실: 102동 [[PERSON:함윤정]]님이요. [[KR_DRIVER_LICENSE:11-08-392054-61]] 이 번호 넣었다고.. 경찰서 신고 안내해 드렸어요
[[PERSON:변정석]] 소장: 면허 분실신고도 하시라고 해. 잘했어"""},
{"id": "s12-d07-011", "kind": "ocr_form", "text": """전  입  세  대  확  인  서 (열람용, 일부 가림)
세대주 성명  [[PERSON:표 영 미]]     주민등록번호  [[KR_RRN:8l0227-2O48 55O]]
주      소  [[KR_ADDRESS:경기도 성남시 중원구 둔촌대로83번길 11, lOl동 9O4호]]
세대원  1. [[PERSON:남궁 건]]  (배우자) [[KR_RRN:790815-1******]]
        2. [[PERSON:남궁 새봄]] (자녀)  [[BIRTH_DATE:2O17-O5-O2]]
전입일  {{date:2O25-O3-l7}}"""},
{"id": "s12-d07-012", "kind": "sms", "text": """[[PERSON:남궁새봄]] 어머님, 작은도서관 여름독서교실 신청 완료되었습니다. {{date:7/28~8/1}} 오전 10시. 간식 알러지 있으면 회신주세요~"""},
{"id": "s12-d07-013", "kind": "payment_form", "text": """작은도서관 초청 강연 강사료 지급 조서
강사: [[PERSON:Hannah Schmidt]] (그림책 작가, 독일)
여권번호: [[KR_PASSPORT:C01X00T47]]   생년월일: [[BIRTH_DATE:1984-11-23]]
강연일: {{date:2025. 9. 6.(토)}} / 장소: {{room_number:관리동 2층 작은도서관}}
강사료: {{amount:300,000원}} (기타소득 원천징수 {{statistic:22%}})
입금: 통역 겸 대리인 [[PERSON:도하린]] 계좌 [[BANK_ACCOUNT:카카오뱅크 3333-14-8820173]]
작성: 관장 [[PERSON:여미숙]]"""},
{"id": "s12-d07-014", "kind": "payment_form", "text": """관리비 카드결제 오류 처리 요청서
세대: [[KR_ADDRESS:101동 904호]]  성명: [[PERSON:표영미]]
승인번호: {{receipt_number:30421887}}  결제일: {{date:2025.09.25}}
카드번호: [[CREDIT_CARD:3565 4802 1199 738?]] (JCB)
이중결제 금액 {{amount:212,080원}} 취소 요청 / 본인 휴대폰 [[PHONE_NUMBER:010-4027-6613]]"""},
{"id": "s12-d07-015", "kind": "log", "text": """{{date:2025-09-26 10:14:03}} pg-gw refund req order={{order_number:ORD-250925-77103}} card=JCB amount=212080 client=[[IP_ADDRESS:211.36.142.59]] tls={{version:1.3}}
{{date:2025-09-26 10:14:05}} pg-gw refund ok approval={{receipt_number:30421887}}"""},
{"id": "s12-d07-016", "kind": "complaint_letter", "text": """경로당 해외여행 보조금 관련 민원
경로당 회원 92명 중 여행 간 사람은 3명뿐인데 관리비(잡수입)에서 {{amount:180만원}}을 지원한 것은 부당합니다. 회장 전봉수 씨와 총무 길말례 씨 두 분이 매번 가십니다.
민원인 [[PERSON:김○○]] (경로당 회원, [[BIRTH_DATE:1942년생]]) — 이름 밝히기 곤란함
연락처 [[PHONE_NUMBER:010-****-3315]]""".replace("회장 전봉수 씨와 총무 길말례 씨", "회장 [[PERSON:전봉수]] 씨와 총무 [[PERSON:길말례]] 씨")},
{"id": "s12-d07-017", "kind": "registration_form", "text": """[단지 내 공유 전기차(카셰어링) 이용 회원 등록]
회원1  [[PERSON:도하린]]  / [[BIRTH_DATE:1994.10.07]] / 면허 [[KR_DRIVER_LICENSE:13-14-552901-81]] (2종보통) / [[KR_ADDRESS:101동 1205호]]
회원2  [[PERSON:Maria Santos Dela Cruz]] / ARC [[KR_FRN:870422-6035187]] / 국제운전면허 → 국내면허 전환 [[KR_DRIVER_LICENSE:13-25-004817-22]] / [[KR_ADDRESS:101동 1502호]]
등록일 {{date:2025.10.02}} · 이용요금 시간당 {{amount:4,900원}} · 차량 {{code:EV-03}}"""},
]
