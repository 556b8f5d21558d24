# Writer h, batch 01: public sports centres and swimming pools (memberships, refunds, lessons).
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h01-001", "kind": "complaint_email", "text": """제목: 자유수영 3개월권 환불 요청드립니다

안녕하세요. {{place_name:영통국민체육센터}} 수영장 자유수영 3개월권({{date:2024.09~11}})을 결제한 [[PERSON:박서윤]]입니다.
회원번호는 {{code:YT-2409-00871}}이고 결제일은 {{date:2024년 8월 28일}}입니다.
10월 초에 어깨 수술이 잡혀서 남은 기간 환불 부탁드립니다. 진단서 첨부했어요.

환불계좌 : 국민 [[BANK_ACCOUNT:412802-01-338915]] (예금주 [[PERSON:박서윤]])
연락처 : [[PHONE_NUMBER:010-4417-2093]]
주소 : [[KR_ADDRESS:수원시 영통구 매영로 269, 112동 1503호]]
"""},

{"id": "s13-h01-002", "kind": "membership_form", "text": """■ 강습 회원 신청서 (성인 수영)
성    명 : [[PERSON:정 도 현]]        성별 : 남
생년월일 : [[BIRTH_DATE:1979. 11. 04]]
휴 대 폰 : [[PHONE_NUMBER:010 8823 1160]]
자    택 : [[PHONE_NUMBER:031)246-7752]]
주    소 : [[KR_ADDRESS:경기도 수원시 권선구 세권로 146번길 22-7 (세류동) 2층]]
희망반  : 새벽 6시 초급 / 접수일 {{date:2025-02-17}}
보호자(미성년자만) :
※ 신청서에 기재한 개인정보는 회원관리 목적으로만 사용합니다.
"""},

{"id": "s13-h01-003", "kind": "sms_log", "text": """[문자발송내역] {{date:2025/03/04 09:12:33}}
수신: [[PHONE_NUMBER:01093027741]] ([[PERSON:한지우]])
내용: [성남시 탄천종합운동장] [[PERSON:한지우]] 회원님, 3월 아쿠아로빅 재등록 기간은 {{date:3/5~3/9}}입니다. 문의 {{public_number:031-724-8400}}
결과: 성공
"""},

{"id": "s13-h01-004", "kind": "refund_register", "text": """수영장 환불 처리대장 ({{date:2024년 12월}}분)
연번|성명|생년월일|환불사유|환불액|은행|계좌번호|처리일
1|[[PERSON:김○영]]|[[BIRTH_DATE:1968.02.**]]|이사|{{amount:86,400원}}|농협|[[BANK_ACCOUNT:302-1184-5521-81]]|{{date:12.06}}
2|[[PERSON:오세린]]|[[BIRTH_DATE:2011.07.19]]|부상(골절)|{{amount:120,000원}}|신한|[[BANK_ACCOUNT:110-482-917730]]|{{date:12.11}}
3|[[PERSON:Nguyen Thi Lan]]|[[BIRTH_DATE:1994.10.02]]|출국|{{amount:45,000원}}|기업|[[BANK_ACCOUNT:028-117743-01-015]]|{{date:12.20}}
※ 미성년자 환불은 보호자 계좌로 입금(2번: 모 [[PERSON:장미숙]])
담당 : 체육시설팀 [[PERSON:윤재호]] (내선 {{public_number:4217}})
"""},

{"id": "s13-h01-005", "kind": "kakaotalk", "text": """[용인 수지체육공원 배드민턴 동호회] 카카오톡 대화
2025년 1월 14일 화요일
[총무 [[PERSON:이해솔]]] [오후 8:41] 신입회원 명단 정리했어요~ 코트 예약 때 필요해서 생년만 받았습니다
[총무 [[PERSON:이해솔]]] [오후 8:42] [[PERSON:강민재]] [[BIRTH_DATE:92년]]생 / [[PERSON:문소희]] [[BIRTH_DATE:88년]]생 / [[PERSON:엄태오]] [[BIRTH_DATE:01년]]생
[[[PERSON:문소희]]] [오후 8:50] 저 [[BIRTH_DATE:89]]예요ㅎㅎ 빠른년생이라 헷갈리셨나봐요
[총무 [[PERSON:이해솔]]] [오후 8:51] 앗 수정할게요!! [[PERSON:소희]]님 번호도 주세요
[[[PERSON:문소희]]] [오후 8:52] [[PHONE_NUMBER:010-55O2-8814]] 이에요 (가운데 오 아니고 영ㅋㅋ 5502)
"""},

{"id": "s13-h01-006", "kind": "call_center_note", "text": """상담일시 {{date:2025.04.02 14:20}} / 상담원 [[PERSON:최유나]] / 채널: 120콜
민원인: [[PERSON:여준혁]]({{statistic:40대}} 남) 회신번호 [[PHONE_NUMBER:010-7319-0442]]
내용: 아들([[PERSON:여시우]], [[BIRTH_DATE:2016년 5월]]생) 주말 어린이수영 접수가 온라인에서 계속 오류남. 결제 단계에서 '이미 신청된 회원' 메시지. 작년에 다른 아이 이름으로 가입한 기록이 있는 것 같다고 함.
처리: 시설관리공단 회원팀 이관 ({{case_number:2025-0402-0317}})
"""},

{"id": "s13-h01-007", "kind": "locker_list", "text": """개인사물함 배정표 (남자 탈의실, 유효기간 ~{{date:2025.06.30}})
No.	성명	연락처	사물함	차량번호
{{room_number:M-101}}	[[PERSON:서동하]]	[[PHONE_NUMBER:010-2290-3417]]	유료	[[KR_CAR_PLATE:38거 4471]]
{{room_number:M-102}}	[[PERSON:편재욱]]	[[PHONE_NUMBER:010-6631-0058]]	유료	-
{{room_number:M-103}}	[[PERSON:남궁 현]]	[[PHONE_NUMBER:010-9140-7725]]	유료	[[KR_CAR_PLATE:경기31바6218]]
{{room_number:M-104}}	(공실)
주차 등록은 차량번호 기준 3시간 무료
"""},

{"id": "s13-h01-008", "kind": "complaint", "text": """수영장 샤워실 온수 문제로 몇번째 민원 넣는지 모르겠습니다. 지난주 목요일({{date:3월 20일}})에도 아침반 끝나고 찬물만 나왔고 오늘도 똑같네요. 저는 화목 7시반 중급반 [[PERSON:구은비]]이고 여기 다닌지 6년째입니다. 강사님([[PERSON:하승우]] 선생님)께 말씀드려도 시설팀 소관이라고만 하시고요. 답변은 문자로 주세요 [[PHONE_NUMBER:010.3385.6620]]
"""},

{"id": "s13-h01-009", "kind": "membership_export", "text": """member_id,name,birth,gender,phone,addr,reg_date,status
{{code:SN0038812}},[[PERSON:조하람]],[[BIRTH_DATE:19850611]],F,[[PHONE_NUMBER:01028847301]],"[[KR_ADDRESS:성남시 분당구 미금일로 90 301동 802호]]",{{date:20230105}},ACTIVE
{{code:SN0038813}},[[PERSON:배준서]],[[BIRTH_DATE:20090223]],M,[[PHONE_NUMBER:01044127719]],"[[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 14]]",{{date:20230105}},SUSPEND
{{code:SN0038814}},[[PERSON:Kim Sora]],[[BIRTH_DATE:19991230]],F,[[PHONE_NUMBER:01090065214]],"[[KR_ADDRESS:성남시 수정구 산성대로 301 2층]]",{{date:20230106}},ACTIVE
"""},

{"id": "s13-h01-010", "kind": "official_reply", "text": """민원 답변서
1. 귀하께서 {{date:2025. 5. 12.}} 국민신문고를 통해 제출하신 민원({{case_number:2AA-2505-0381772}})에 대한 답변입니다.
2. 귀하의 민원 요지는 「장애인 할인 적용 누락으로 과다 결제된 금액 환급」으로 이해됩니다.
3. 확인 결과 [[PERSON:염가윤]]님의 회원정보에 복지카드 등록이 누락되어 있었으며, 차액 {{amount:37,500원}}을 {{date:5. 16.}}까지 환급하겠습니다.
4. 기타 궁금하신 사항은 체육진흥과 [[PERSON:임수빈]] 주무관([[PHONE_NUMBER:031-324-2694]])에게 연락 주시면 친절히 안내해 드리겠습니다.
"""},

{"id": "s13-h01-011", "kind": "lesson_attendance", "text": """유아수영(토 10:00) 출석부 - 강사 [[PERSON:도예린]]
1 [[PERSON:신하율]] ({{statistic:6세}}, [[BIRTH_DATE:'19.04.27]]) ○ ○ × ○
2 [[PERSON:표은우]] ({{statistic:5세}}, [[BIRTH_DATE:'20.01.09]]) ○ ○ ○ ○
3 [[PERSON:탁시아]] ({{statistic:6세}}, [[BIRTH_DATE:'19.12.15]]) × × ○ ○
비상연락: 1번 모 [[PHONE_NUMBER:010-4728-3390]] / 2번 부 [[PHONE_NUMBER:010-2201-6684]] / 3번 조모 [[PHONE_NUMBER:031-281-0917]]
"""},

{"id": "s13-h01-012", "kind": "card_payment_dispute", "text": """이의신청서 (카드결제 취소 요청)
신청인 [[PERSON:추경민]] / 생년월일 [[BIRTH_DATE:1990년 03월 15일]]
결제카드 [[CREDIT_CARD:5365-10**-****-4420]] (하나카드)
승인번호 {{receipt_number:30182274}} / 승인일시 {{date:2025-01-08 19:02}}
내용: 헬스장 6개월권을 결제하려다 키오스크 오류로 두 번 결제되었습니다. 한 건 취소 부탁드립니다.
"""},

{"id": "s13-h01-013", "kind": "email", "text": """From: [[PERSON:장하린]] <[[EMAIL_ADDRESS:harin.jang88@naver.com]]>
To: {{public_email:sports@yongin.or.kr}}
Date: {{date:Mon, 10 Feb 2025 07:55:12 +0900}}
Subject: 수강신청 추첨 결과 문의

안녕하세요 죽전스포츠센터 필라테스 추첨에서 떨어졌는데 대기번호가 안 나와요.
제 회원정보: [[PERSON:장하린]] / [[BIRTH_DATE:880917]] / [[PHONE_NUMBER:010-6105-7428]]
확인 부탁드려요.
"""},

{"id": "s13-h01-014", "kind": "incident_report", "text": """안전사고 보고서
발생일시: {{date:2025년 7월 26일(토) 15시 40분경}}
장소: 성남종합스포츠센터 실내수영장 유아풀
부상자: [[PERSON:허지안]] (여, [[BIRTH_DATE:2018.08.30]]생)
보호자: [[PERSON:허민석]] / [[PHONE_NUMBER:010-3557-9012]] / [[KR_ADDRESS:성남시 분당구 정자일로 135, 정자동 상록마을 207-1103]]
경위: 유아풀 계단에서 미끄러져 턱 부위 열상. 안전요원 [[PERSON:백승훈]]이 응급처치 후 119 이송.
작성자: 시설운영팀 [[PERSON:노은정]] (사번 [[EMPLOYEE_ID:SNSF-21-0087]])
"""},

{"id": "s13-h01-015", "kind": "memo", "text": """★ 4/3 인수인계 ★
- 어제 환불 건 [[PERSON:오세린]] 어머님 전화옴 → 계좌 잘못 적었다고 하심. 새 계좌 [[BANK_ACCOUNT:3333-08-5172940]] (카뱅) 로 변경
- 주차권 분실 고객(차번 [[KR_CAR_PLATE:124나 7738]]) 내일 다시 오신다 함
- 수영복 분실물 2건 보관함
- 4월 프로그램표 인쇄 {{statistic:200부}}
"""},

{"id": "s13-h01-016", "kind": "voucher_application", "text": """[스포츠강좌이용권 신청 확인]
대상자: [[PERSON:계서진]] (만 {{statistic:9세}})
생년월일: [[BIRTH_DATE:2015-10-21]]
주민등록번호: [[KR_RRN:151021-4******]]
보호자: [[PERSON:계용석]] ([[PHONE_NUMBER:010-****-6253]])
지원기간: {{date:2025.03.01.~2025.08.31.}} / 월 {{amount:105,000원}}
이용시설: 수원시 장안구민회관 체육관 (태권도)
"""},

{"id": "s13-h01-017", "kind": "one_line", "text": """자유수영 일일권 현장결제 [[PERSON:류시원]] [[PHONE_NUMBER:010-7788-1234]] 카드 [[CREDIT_CARD:9410-61**-****-2207]] {{amount:4,000원}} {{date:10:52}}"""},

{"id": "s13-h01-018", "kind": "complaint", "text": """주차장 관련 민원입니다. 저는 수영장 회원인데 회원 주차할인이 매번 안 됩니다. 차량번호 [[KR_CAR_PLATE:서울 59 마 3302]] (작년에 서울에서 이사와서 구형 지역번호판 그대로예요). 등록할 때 '[[KR_CAR_PLATE:59마3302]]'로만 입력된 것 같은데 출차 시 인식은 지역까지 나오는 것 같아요. 확인 바랍니다. [[PERSON:권다온]] [[PHONE_NUMBER:010-4090-1187]]
"""},
]
