# Writer w, batch 07: 문화센터 강사 계약, 소상공인 재난지원금, 침수차량, 외국인 대피자.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s17-w07-001", "kind": "contract", "text": """강 사 위 촉 계 약 서

{{org_name:성남문화재단 분당문화센터}}(이하 "갑")와 강사 [[PERSON:하 지 원]](이하 "을")은 다음과 같이 계약을 체결한다.
제1조(강좌) 「수채화 기초」 주 1회 2시간, 계약기간 {{date:2026. 3. 2.}} ~ {{date:2026. 8. 31.}}
제2조(강사료) 시간당 {{amount:50,000원}}, 매월 {{date:10일}} 을의 계좌로 지급 (사업소득 3.3% 원천징수)

을   성  명 : [[PERSON:하지원]]
     주민등록번호 : [[KR_RRN:810925-204417?]]
     주  소 : [[KR_ADDRESS:성남시 분당구 불정로 6, 정자동 한솔마을 5단지 506동 1102호]]
     연락처 : [[PHONE_NUMBER:010-3382-1907]]
     계좌 : 신한 [[BANK_ACCOUNT:110-301-728844]]
계약일 : {{date:2026. 2. 16.}}"""},

{"id": "s17-w07-002", "kind": "contract", "text": """Instructor Agreement / 강사 계약서 (영어회화)
Instructor: [[PERSON:Emily Rosewood]] (에밀리 로즈우드)
Nationality: CAN   Passport No.: [[KR_PASSPORT:AK482019]]
ARC No. (외국인등록번호): [[KR_FRN:920317-6182045]]
Date of Birth: [[BIRTH_DATE:March 17, 1992]]
Address: [[KR_ADDRESS:용인시 기흥구 중부대로 579, 502호 (영덕동)]]
Mobile: [[PHONE_NUMBER:010-5027-6631]] / Email: [[EMAIL_ADDRESS:emily.rosewood92@gmail.com]]
Fee: {{amount:KRW 45,000}}/hour, paid to KEB Hana [[BANK_ACCOUNT:620-219833-107]]
Term: {{date:Mar 1, 2026}} – {{date:Jun 30, 2026}}
Signed: {{date:2026-02-20}}"""},

{"id": "s17-w07-003", "kind": "spreadsheet", "text": """문화센터 강사료 지급대장 ({{date:2025년 11월}})
강사명|주민번호|강좌|시수|지급액|은행|계좌|사업자번호(해당시)
[[PERSON:하지원]]|[[KR_RRN:810925-2******]]|수채화기초|8|{{amount:386,800}}|신한|[[BANK_ACCOUNT:110-301-728844]]|-
[[PERSON:모 태 준]]|[[KR_RRN:750802-1******]]|생활목공|12|{{amount:580,200}}|국민|[[BANK_ACCOUNT:612801-04-227390]]|[[KR_BRN:220-09-3147?]]
[[PERSON:예 소 라]]|[[KR_RRN:880130-2******]]|필라테스|16|{{amount:773,600}}|카카오|[[BANK_ACCOUNT:3333-14-9905217]]|[[KR_BRN:504-47-0091?]]
[[PERSON:Emily Rosewood]]|[[KR_FRN:920317-6******]]|영어회화|8|{{amount:348,120}}|하나|[[BANK_ACCOUNT:620-219833-107]]|-
결재: 담당 [[PERSON:윤 다 혜]] / 팀장 / 센터장"""},

{"id": "s17-w07-004", "kind": "form", "text": """소상공인 재난피해 지원금 신청서 (풍수해)
상    호 : {{org_name:세류 정육식당}}
대 표 자 : [[PERSON:진 명 철]]   생년월일 [[BIRTH_DATE:66.05.17]]
사업자등록번호 : [[KR_BRN:124-18-5032?]]  (개인)
사업장 주소 : [[KR_ADDRESS:수원시 권선구 세류로 112, 1층 101호]]
피해내용 : {{date:7월 17일}} 침수로 냉동고 2대, 육류 재고 전량 폐기
신청금액 : {{amount:3,000,000원}}
입금계좌 : 기업 [[BANK_ACCOUNT:215-048811-04-011]] (대표자 명의)
연락처 : [[PHONE_NUMBER:010-7781-0033]]
※ 법인사업자({{format_example:xxx-8x-xxxxx}})는 별도 서식 사용"""},

{"id": "s17-w07-005", "kind": "complaint", "text": """침수 차량 피해 확인서 발급 요청합니다.
{{date:7월 17일}} 새벽 [[KR_ADDRESS:수원시 권선구 세류동 817-25]] 앞 도로에 세워둔 제 차가 완전히 잠겼습니다.
차량: [[KR_CAR_PLATE:27모 3390]] (쏘나타, {{date:2019년}}식)
소유자: [[PERSON:길 현 아]]  /  운전면허 [[KR_DRIVER_LICENSE:11-15-203388-90]]
보험사 제출용이라 빨리 부탁드려요. 연락 [[PHONE_NUMBER:010-2258-0716]]"""},

{"id": "s17-w07-006", "kind": "list", "text": """외국인 주민 임시대피 현황 (외국인복지센터 협조)
1) [[PERSON:SARAH MBEKI]] / ZAF / 여권 [[KR_PASSPORT:A09471205]] / 외국인등록 [[KR_FRN:870604-6021994]] / [[PHONE_NUMBER:010-7106-2287]]
2) [[PERSON:LI NA]] / CHN / 여권 [[KR_PASSPORT:E69281407]] / 등록증 미소지 / [[PHONE_NUMBER:010-3340-1902]]
3) [[PERSON:ABDULLAEV RUSTAM]] / UZB / 여권 [[KR_PASSPORT:FA0873124]] / 외국인등록 [[KR_FRN:9510225******]] / 연락처 없음
4) [[PERSON:Jose Dela Cruz]] / PHL / 여권 [[KR_PASSPORT:P2281473B]] / 외국인등록 [[KR_FRN:930711-5******]] / [[PHONE_NUMBER:010-9917-6602]]
통역: 중국어 [[PERSON:왕 리 홍]] ([[PHONE_NUMBER:010-2094-8816]])
작성 {{date:2025.07.18 14:30}}"""},

{"id": "s17-w07-007", "kind": "email", "text": """제목: [문화센터] 강사 신규 등록 서류 제출

안녕하세요 담당 [[PERSON:윤다혜]] 선생님,
필라테스 강사 [[PERSON:예소라]]입니다. 요청하신 서류 첨부합니다.
1. 신분증 사본(운전면허증 [[KR_DRIVER_LICENSE:서울 15-882417-30]]) - 뒷자리 가림 처리했습니다
2. 사업자등록증 ({{org_name:소라필라테스}}, [[KR_BRN:504-47-0091?]])
3. 통장사본 (카카오뱅크 [[BANK_ACCOUNT:3333-14-9905217]])
4. 자격증 사본
주소는 [[KR_ADDRESS:수원시 영통구 센트럴타운로 22, 1408동 2301호]]로 변경됐습니다.
[[PERSON:예소라]] / [[PHONE_NUMBER:010-8320-4413]]"""},

{"id": "s17-w07-008", "kind": "sms", "text": """[화재피해 임시주거] [[PERSON:맹 수 진]]님 임시주거시설(LH 긴급주택) 입주 안내: [[KR_ADDRESS:용인시 처인구 금학로 216, 5동 203호]] / 입주일 {{date:3.31}} / 관리인 [[PERSON:설 기 태]] [[PHONE_NUMBER:010-4476-2093]] / 입주시 신분증(운전면허증 가능) 지참"""},

{"id": "s17-w07-009", "kind": "report", "text": """화재 원인조사 결과 통보(요약)
발생일시 : {{date:2025. 3. 8.(토)}} {{time:02:17}}
발생장소 : [[KR_ADDRESS:용인시 기흥구 신갈로 58번길 11]] 다세대주택 1층
최초신고자 : [[PERSON:이 범 준]] (2층 거주, [[PHONE_NUMBER:010-6649-0257]])
피해자 : [[PERSON:황보미정]] (1층 세입자), [[PERSON:이준서]](자녀, 연기흡입 경상)
추정원인 : 전기적 요인 (멀티탭 과부하)
조사관 : {{org_name:용인소방서}} 화재조사팀 소방위 [[PERSON:국 태 일]] (공무원번호 [[EMPLOYEE_ID:19-0047263]])
통보일 : {{date:2025. 3. 20.}}"""},

{"id": "s17-w07-010", "kind": "receipt", "text": """[결제완료] 용인시 문화센터 온라인 수강신청
주문번호 {{order_number:20250827-00412}}
수강생 [[PERSON:권 나 래]] ([[BIRTH_DATE:95.08.12]])
강좌 도예 입문 (토 10:00)
결제카드 [[CREDIT_CARD:3712-491308-5521?]] (AMEX)
결제금액 {{amount:₩96,000}}
결제일시 {{date:2025.08.27 22:04:51}}
고객센터 {{public_number:1577-4422}}"""},

{"id": "s17-w07-011", "kind": "chat", "text": """[모현읍 복구지원]
[[PERSON:나기봉]]: 일산리 피해 하우스 [[PERSON:길종만]]씨 건 사업자 번호 다시 보내주세요
[[PERSON:옥서연]]: [[KR_BRN:135-91-4410?]] 이고요 농업인 확인서도 받았습니다
[[PERSON:나기봉]]: 트랙터 [[KR_CAR_PLATE:경기용인가1234]] 도 잠겼다던데 농기계도 되나요
[[PERSON:옥서연]]: 농기계는 별도 신청이에요 {{date:8월 8일}}까지요"""},

{"id": "s17-w07-012", "kind": "form", "text": """마라톤 기록증 재발급 / 환불 신청
성명 [[PERSON:오 재 석]]  배번 {{code:10K-2281}}  생년 [[BIRTH_DATE:1970]]
사유 □기록증 분실 ■대회 당일 부상 불참(진단서 첨부)
환불계좌 우리 [[BANK_ACCOUNT:1002-550-318842]] / 결제카드 [[CREDIT_CARD:4003 22** **** 6617]]
주소 [[KR_ADDRESS:화성시 동탄대로 181, 시범다은마을 월드메르디앙 1203동 702호]]
연락처 [[PHONE_NUMBER:010 5502 8841]]
신청일 {{date:2025.10.24}}"""},

{"id": "s17-w07-013", "kind": "ocr", "text": """강 사 이 력 카 드
성명 [[PERSON:모 태 준]]       생년월일 [[BIRTH_DATE:l975년 O8월 O2일]]
주민번호 [[KR_RRN:75O8O2-l******]]
주소 [[KR_ADDRESS:수원시 장안구 경수대로 l2O3번길 3O-4]]
연락처 [[PHONE_NUMBER:Ol0-2ll7-5083]]  e-mail [[EMAIL_ADDRESS:taejun.mo@hanmail.net]]
경력 {{date:2OlO}}~현재 목공방 운영 ({{org_name:태준공방}}, 사업자 [[KR_BRN:220-09-3147?]])
자격 목공기능사 ({{date:2OO9}} 취득)"""},

{"id": "s17-w07-014", "kind": "memo", "text": """[인수인계] 평생학습 수강생 출결 시스템
- 관리자 계정 접속은 사무실 PC([[IP_ADDRESS:10.142.7.33]])에서만 가능
- 강사용 태블릿 [[IP_ADDRESS:10.142.7.58]] 고정IP, 게이트웨이 [[IP_ADDRESS:10.142.7.1]], 서브넷 {{subnet_mask:255.255.255.0}}
- 수강생 [[PERSON:장순희]] 어르신 카드 분실 → 임시번호 {{membership_number:T-0031}} 발급
- 담당 [[PERSON:방 서 현]] (사번 [[EMPLOYEE_ID:2021-0417]]) → 후임 [[PERSON:위 재 경]] (사번 [[EMPLOYEE_ID:2024-1128]])
- 인계일 {{date:2025.12.31}}"""},

{"id": "s17-w07-015", "kind": "letter", "text": """[[PERSON:오 재 석]] 선생님께
보내주신 부상 진단서({{place_name:동탄성심병원}}, {{date:10월 18일}} 발급)를 확인하였으며 참가비 {{amount:40,000원}} 전액을 결제하신 카드로 취소처리 하였습니다.
카드사 사정에 따라 3~5영업일 소요됩니다.
2025 수원화성 국제하프마라톤 조직위원회 사무국 [[PERSON:변 해 람]] 드림
({{public_email:halfmarathon@suwon.or.kr}} / {{public_number:031-228-2871}})"""},
]
