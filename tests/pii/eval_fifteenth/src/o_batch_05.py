# Writer o, batch 05: funeral homes and cemeteries (봉안당 사용 신청, 개장 신고).
# All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o05-001", "kind": "columbarium_application", "text": """수원시 연화장 봉안당 사용 신청서

[고인]
성    명 : 故 [[PERSON:김병태]]            성별 : 남
주민등록번호 : [[KR_RRN:380917-105331?]]
생년월일 : [[BIRTH_DATE:1938년 9월 17일]]    사망일시 : {{date:2025년 3월 2일 04:15}}
최종주소 : [[KR_ADDRESS:수원시 권선구 권광로 48 (권선동, 삼천리아파트) 5동 1004호]]
사망장소 : {{place_name:아주대학교병원}}

[신청인(연고자)]
성    명 : [[PERSON:김영미]]   고인과의 관계 : 장녀
생년월일 : [[BIRTH_DATE:1966. 01. 08]]
주    소 : [[KR_ADDRESS:화성시 병점중앙로 283-14, 느치미마을 주공2단지 211동 503호]]
연 락 처 : [[PHONE_NUMBER:010-8264-5530]] / 자택 [[PHONE_NUMBER:031-234-7718]]

안치 희망 : 부부단 (배우자 故 [[PERSON:정말순]], {{date:2018년}} 안치, {{niche_number:2관 4층 다-2203}})
사용기간 : {{date:2025. 3. 4.}}부터 15년 / 사용료 {{amount:300,000원}}(관내)
첨부 : 화장증명서, 가족관계증명서, 사망진단서
신청일 : {{date:2025. 3. 4.}}   신청인 [[PERSON:김영미]] (인)
"""},

{"id": "s15-o05-002", "kind": "reburial_report", "text": """개 장 신 고 서  (장사 등에 관한 법률 시행규칙 별지 제3호서식)

신고인  성명 [[PERSON:황보정훈]]   생년월일 [[BIRTH_DATE:1961.07.07]]   전화 [[PHONE_NUMBER:010-3381-5204]]
        주소 [[KR_ADDRESS:성남시 분당구 금곡로 11번길 8, 청솔마을 한라아파트 302동 1408호]]
        사망자와의 관계 : 손자

사망자  성명 [[PERSON:황보익수]]   사망연월일 {{date:1978. 11. 3.}}   (생 [[BIRTH_DATE:1902. 2. 19.]])
        성명 [[PERSON:김분이]](본관 김해)   사망연월일 {{date:1981. 4. 22.}}
매장장소 : [[KR_ADDRESS:용인시 처인구 양지면 주북리 산 128-3]]
매장연월일 : {{date:1978. 11. 5.}}
개장장소 : [[KR_ADDRESS:용인시 처인구 양지면 주북리 산 128-3]] → {{place_name:용인 평온의 숲}} 봉안당
개장방법 : 화장 후 봉안
개장사유 : 도로 개설에 따른 이장

{{date:2025년 4월 2일}}   신고인 [[PERSON:황보정훈]] (서명 또는 인)
처인구 양지면장 귀하
"""},

{"id": "s15-o05-003", "kind": "term_expiry_notice", "text": """[등기] 봉안기간 만료 안내

[[PERSON:채영미]] 님 귀하
[[KR_ADDRESS:경기도 안양시 동안구 평촌대로 223번길 52, 꿈마을 현대아파트 1105동 704호]]

귀하께서 연고자로 등록되어 있는 고 [[PERSON:채순길]]([[BIRTH_DATE:1931. 3. 9.]]~{{date:2010. 5. 16.}}) 님의 봉안기간(15년)이 {{date:2025. 6. 30.}}로 만료됩니다.
연장(1회 15년)을 원하시면 {{date:2025. 6. 20.}}까지 신분증을 지참하여 방문하시거나 팩스({{public_number:031-8024-4799}})로 신청하여 주시기 바랍니다.
안치위치 : {{niche_number:2관 3층 나-1142}}
기한 내 미신청 시 관련 법령에 따라 합동 유골안치 처리될 수 있습니다.
"""},

{"id": "s15-o05-004", "kind": "obituary_message", "text": """[부고]
故 [[PERSON:육정자]] 님께서 {{date:2025년 11월 8일}} 향년 89세로 별세하셨기에 삼가 알려드립니다.

상주 : 아들 [[PERSON:문성호]] · 며느리 [[PERSON:국희선]]
       딸 [[PERSON:문수경]] · 사위 [[PERSON:John Park]]
       손자 [[PERSON:문재윤]]
빈소 : {{place_name:분당서울대학교병원 장례식장 5호실}}
발인 : {{date:2025년 11월 10일(월) 오전 7시}}
장지 : {{place_name:성남 영생관리사업소}}

마음 전하실 곳
상주 [[PERSON:문성호]] 농협 [[BANK_ACCOUNT:302-1147-8829-11]]
딸 [[PERSON:문수경]] 토스뱅크 [[BANK_ACCOUNT:1000-2837-4410]]
"""},

{"id": "s15-o05-005", "kind": "cremation_booking_export", "text": """e하늘 화장예약 현황 ({{date:2025.12.02}} 연화장, 출력자 [[PERSON:봉지훈]])
회차\t예약번호\t고인\t생년월일\t사망일\t신청인\t연락처\t장례식장
1회 07:00\t{{reservation_number:R2512-00341}}\t[[PERSON:이만식]]\t[[BIRTH_DATE:1936.10.12]]\t{{date:2025.11.30}}\t[[PERSON:이영식]]\t[[PHONE_NUMBER:010-8812-3450]]\t{{org_name:수원중앙장례식장}}
1회 07:00\t{{reservation_number:R2512-00342}}\t[[PERSON:전○순]]\t[[BIRTH_DATE:1944.**.**]]\t{{date:2025.11.30}}\t[[PERSON:강민지]]\t[[PHONE_NUMBER:010-2206-1841]]\t{{org_name:아주대병원장례식장}}
2회 09:00\t{{reservation_number:R2512-00349}}\t[[PERSON:Svetlana Kim]]\t[[BIRTH_DATE:1958.01.04]]\t{{date:2025.12.01}}\t[[PERSON:Kim Andrei]]\t[[PHONE_NUMBER:010-4405-7716]]\t{{org_name:성빈센트병원장례식장}}
2회 09:00\t{{reservation_number:R2512-00351}}\t(사산아)\t-\t{{date:2025.12.01}}\t[[PERSON:심규태]]\t[[PHONE_NUMBER:010-7703-2295]]\t{{org_name:동수원병원장례식장}}
"""},

{"id": "s15-o05-006", "kind": "unclaimed_grave_notice", "text": """무연고 분묘 개장 공고

「장사 등에 관한 법률」 제27조에 따라 아래 분묘의 연고자를 찾습니다.
분묘 위치 : [[KR_ADDRESS:경기도 용인시 기흥구 고매동 산 52-1]] (3기), [[KR_ADDRESS:기흥구 고매동 산 52-7]] (1기)
묘주 추정 : 비석 판독 "學生 [[PERSON:金在福]] 之墓", 나머지 비석 없음
개장 예정일 : {{date:2025. 9. 15.}} 이후 / 공고기간 {{date:2025. 6. 2. ~ 2025. 8. 31.}} (3개월)
연고자는 공고기간 내 아래로 연락 바랍니다.
시행자 : {{org_name:(주)고매개발}} 담당 [[PERSON:육현철]] 과장 [[PHONE_NUMBER:010-2249-0817]] / 사업자 {{business_number:131-81-90042}}
"""},

{"id": "s15-o05-007", "kind": "refund_request", "text": """봉안당 사용료 반환 신청서

고인 : [[PERSON:변옥순]] (안치번호 {{niche_number:1관 2층 가-0472}}, 안치일 {{date:2021. 3. 12.}})
반환사유 : 선산 합장으로 유골 인출({{date:2025. 5. 7.}})
신청인 : [[PERSON:조현수]] (외손자) / 주민등록번호 [[KR_RRN:930815-174022?]]
주  소 : [[KR_ADDRESS:서울시 강동구 천호대로 1139 강동역 SK허브 1204호]]
연락처 : [[PHONE_NUMBER:010.5521.0847]]
반환받을 계좌 : 케이뱅크 [[BANK_ACCOUNT:100-152-773019]] (예금주 [[PERSON:조현수]])
반환액 : 잔여기간 비율 {{amount:₩ 612,000}}
"""},

{"id": "s15-o05-008", "kind": "staff_roster", "text": """[장례식장 {{date:12월}} 근무표 - 의전팀]
사번 / 이름 / 직위 / 연락처 / 야간
[[EMPLOYEE_ID:FH-0912]] / [[PERSON:민경태]] / 팀장 / [[PHONE_NUMBER:010-7741-0290]] / 월·목
[[EMPLOYEE_ID:FH-1103]] / [[PERSON:심다은]] / 장례지도사 / [[PHONE_NUMBER:010-3185-6621]] / 화·금
[[EMPLOYEE_ID:FH-1307]] / [[PERSON:Ramos Jose]] / 시설 / [[PHONE_NUMBER:010-9054-2281]] / 수·토
[[EMPLOYEE_ID:FH-1502]] / [[PERSON:하태오]] / 장례지도사(수습) / [[PHONE_NUMBER:010-6698-1037]] / 일
※ 상황실 {{public_number:031-8015-4444}} (24시)
"""},

{"id": "s15-o05-009", "kind": "civil_inquiry", "text": """[국민신문고] 개장신고 절차 문의
아버님 산소가 종중 땅에 있는데 종중 허락 없이 개장 신고가 가능한지요. 산소 위치는 [[KR_ADDRESS:용인시 처인구 백암면 용천리 산 9]]이고, 돌아가신 아버지([[PERSON:신동팔]], [[BIRTH_DATE:1938년]]생, {{date:1999년}} 작고) 외에 할머니 묘도 함께 있습니다.
신청인 [[PERSON:신재우]] / [[EMAIL_ADDRESS:jaewoo_shin@nate.com]] / [[PHONE_NUMBER:010-4415-2901]]
"""},

{"id": "s15-o05-010", "kind": "natural_burial_permit", "text": """공설 자연장지 사용 허가서  제 {{document_number:2025-자연-117}} 호

사망자 : [[PERSON:한영순]]  ([[BIRTH_DATE:1950年 10月 1日]] 生 ~ {{date:2025年 8月 14日}} 卒)
최종 주소 : [[KR_ADDRESS:수원시 영통구 영통로 498, 벽적골 롯데아파트 834동 302호]]
사용 구역 : {{niche_number:수목형 C구역 제15번 목}}
사용 기간 : {{date:2025. 8. 17. ~ 2055. 8. 16.}} (30년)
신청인 : [[PERSON:최동혁]] (배우자)
위와 같이 허가합니다.  {{date:2025. 8. 16.}}  수원시장 (직인)
"""},

{"id": "s15-o05-011", "kind": "hearse_dispatch", "text": """운구차 배차표 {{date:11/10(월)}}
06:10 출발 | 리무진 [[KR_CAR_PLATE:서울 34 바 1209]] | 기사 [[PERSON:노재석]] (면허 [[KR_DRIVER_LICENSE:서울 92-401288-21]], [[PHONE_NUMBER:010-2290-4415]]) | 분당서울대병원 → 영생관리사업소
08:30 출발 | 버스 [[KR_CAR_PLATE:78바 4012]] | 기사 [[PERSON:진경호]] (면허 [[KR_DRIVER_LICENSE:12-02-114930-88]], [[PHONE_NUMBER:010-7720-3381]]) | 아주대병원 → 연화장 → 선산(충남 예산)
"""},

{"id": "s15-o05-012", "kind": "visit_booking_sms", "text": """추석 연휴 봉안당 참배 예약 완료 - [[PERSON:편민준]]님 {{date:10/5 14:00~14:30}} 4명, 2관. 입장 QR {{code:QR-7F2A91}}. 차량번호 [[KR_CAR_PLATE:52소9017]] 등록됨 (셔틀 이용 권장)"""},

{"id": "s15-o05-013", "kind": "foreign_deceased_report", "text": """Funeral arrangement note (for consulate)

Deceased : [[PERSON:NGUYEN THI MAI]] / [[PERSON:응우옌 티 마이]]
Date of birth : [[BIRTH_DATE:07/05/1979]] (dd/mm/yyyy)   Date of death : {{date:21/10/2025}}
ARC No. : [[KR_FRN:790507-6103342]]   Passport : [[KR_PASSPORT:C3817426]]
Last address : [[KR_ADDRESS:화성시 향남읍 발안로 45-3, 2층 203호]]
Next of kin : husband [[PERSON:오세진]] ([[PHONE_NUMBER:010-6632-1907]]), sister in Vietnam [[PERSON:Nguyen Thi Lan]] ([[PHONE_NUMBER:+84 912 447 031]])
Embassy contact : {{public_number:02-734-7948}}  / 작성 장례지도사 [[PERSON:심다은]]
"""},

{"id": "s15-o05-014", "kind": "contractor_registration", "text": """공원묘지 석물 설치업체 출입 등록
업체명 : {{org_name:대성석재}}   대표 : [[PERSON:길대성]]   사업자등록번호 : [[KR_BRN:312-09-4417?]] (개인)
주소 : [[KR_ADDRESS:충남 보령시 웅천읍 웅천로 376-12]]
연락처 : 사무실 [[PHONE_NUMBER:041-932-7710]] / 현장 [[PHONE_NUMBER:010-5541-3882]]
작업차량 : 크레인 [[KR_CAR_PLATE:충남95아 4418]], 1톤 [[KR_CAR_PLATE:88소 2031]]
작업 예정 : {{date:2025.04.14~04.16}} (묘역 {{niche_number:D-7구역 112호}})
"""},

{"id": "s15-o05-015", "kind": "certificate_issue_log", "text": """봉안증명서 발급대장 ({{date:2025년 7월}})
No.{{document_number:0714}} {{date:7/3}} 고인 [[PERSON:류상호]] / 신청 [[PERSON:류지안]](자) 신분증 확인 [[KR_RRN:880214-1******]] / 용도 : 상속
No.{{document_number:0715}} {{date:7/3}} 고인 [[PERSON:孫 福 順]] / 신청 [[PERSON:이재필]](손) 신분증 확인 운전면허 [[KR_DRIVER_LICENSE:14-11-702118-35]] / 용도 : 보험청구
No.{{document_number:0716}} {{date:7/8}} 고인 [[PERSON:강명숙]] / 신청 [[PERSON:강명숙]] 동생 [[PERSON:강명희]] 대리(위임장) / 용도 : 개장
"""},

{"id": "s15-o05-016", "kind": "fee_arrears_notice", "text": """묘지 관리비 미납 안내

[[PERSON:남기철]] 님, 고 [[PERSON:남용수]] 님 묘역({{niche_number:B구역 3열 17호}})의 관리비 {{amount:5년분 250,000원}}이 미납 상태입니다.
등록된 자동이체 카드([[CREDIT_CARD:3565-1802-4471-002?]])가 유효기간 만료로 승인 거절되었습니다.
새 카드 등록 또는 가상계좌({{public_account:기업 563-011208-99-002}})로 납부 바랍니다.
등록 연락처 [[PHONE_NUMBER:010-3329-****]] / 주소 [[KR_ADDRESS:용인시 수지구 현암로 125번길 11 (죽전동, 새터마을 죽전힐스테이트) 509동 201호]]
"""},

{"id": "s15-o05-017", "kind": "bereavement_counsel_log", "text": """유족 상담 일지 {{date:2025.09.18}} / 상담자 [[PERSON:심다은]]
내방 : 고인 [[PERSON:오정숙]](향년 72, [[BIRTH_DATE:'53]]년생) 딸 [[PERSON:박하나]], 아들 [[PERSON:박두리]]
내용 : 어머님이 생전에 수목장을 원하셨는데 [[PERSON:두리]]씨는 아버지 계신 봉안당에 합장하길 원함. [[PERSON:하나]]씨와 의견 차이 있어 결정 보류. 
자연장 안내서, 부부단 봉안 비용 안내함. 재방문 {{date:9/20}}. 
연락 : [[PERSON:박하나]] [[PHONE_NUMBER:010-9020-3371]] / [[EMAIL_ADDRESS:hana.park53@gmail.com]]
"""},

{"id": "s15-o05-018", "kind": "reburial_cremation_request", "text": """개장유골 화장 신청 (다수 분묘)
신청인 : [[PERSON:선우혜정]] / [[PHONE_NUMBER:010-2281-7063]] / [[KR_ADDRESS:수원시 장안구 경수대로 1079, 112동 1903호]]

① [[PERSON:선우진]]  생 [[BIRTH_DATE:1899]] / 졸 {{date:1961}}  분묘 : [[KR_ADDRESS:화성시 봉담읍 상리 산 77-2]]
② [[PERSON:이봉례]]  생 [[BIRTH_DATE:1903]] / 졸 {{date:1970}}  분묘 : 위와 같음(합장)
③ [[PERSON:선우태식]]  생 [[BIRTH_DATE:1926. 6. 1.]] / 졸 {{date:1988. 12. 9.}}  분묘 : [[KR_ADDRESS:화성시 봉담읍 상리 산 77-5]]
화장 희망일 : {{date:2025.11.20}} / 개장 유골 3구
"""},
]
