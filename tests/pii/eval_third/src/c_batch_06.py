# Writer c, batch 06: delivery, order and reservation records; online shopping refund complaints. All values invented. CC0 1.0.
DOCS = [
{"id": "s3-c06-001", "kind": "refund_complaint", "text": """인터넷 쇼핑몰 환불 거부 피해 구제 신청합니다.
{{date:2024년 4월 2일}} 스마트스토어 '소소리빙'에서 전기요(주문번호 {{order_number:2024040218374401}}) {{amount:89,000원}}을 결제했는데, 제품에서 타는 냄새가 나서 {{date:4월 5일}} 반품 요청했지만 판매자가 '사용흔적'이 있다며 거절합니다.
결제 카드: [[CREDIT_CARD:5327-1408-6650-217?]] (일시불)
판매자 정보: 상호 소소리빙 / 대표 [[PERSON:길태오]] / 사업자번호 [[KR_BRN:402-15-3318?]] / 통신판매업 {{document_number:제2022-용인기흥-1187호}}
판매자 연락처 [[PHONE_NUMBER:010-3320-8174]] (고객센터 {{public_number:1670-2281}} 은 연결 안됨)
신청인 [[PERSON:마소희]] / [[KR_ADDRESS:용인시 기흥구 중부대로 184, 203동 1702호]] / [[PHONE_NUMBER:010-5018-2733]]""".replace("상호 소소리빙", "상호 {{org_name:소소리빙}}").replace("스마트스토어 '소소리빙'", "스마트스토어 '{{org_name:소소리빙}}'")},

{"id": "s3-c06-002", "kind": "delivery_export", "text": """운송장번호	수령인	연락처	주소	상태
{{tracking_number:558201937714}}	[[PERSON:김*희]]	[[PHONE_NUMBER:010-12**-5678]]	[[KR_ADDRESS:경기 수원시 영통구 영통로 2** 1층]]	배송완료
{{tracking_number:558201937720}}	[[PERSON:박*준]]	[[PHONE_NUMBER:010-77**-0914]]	[[KR_ADDRESS:경기 성남시 분당구 황새울로 3** 101동 ***호]]	배송중
{{tracking_number:558201937736}}	[[PERSON:Sm*th]]	[[PHONE_NUMBER:010-90**-3310]]	[[KR_ADDRESS:경기 용인시 수지구 포은대로 4** 상가 2층]]	집하"""},

{"id": "s3-c06-003", "kind": "reservation_log", "text": """[예약현황] {{date:12/24(화)}} 디너
{{time:18:00}} [[PERSON:권세린]]님 4인 창가 {{reservation_number:R-1224-0031}} [[PHONE_NUMBER:010-2209-4471]] 케이크 보관요청
{{time:18:30}} [[PERSON:조현수]]님 2인 {{reservation_number:R-1224-0035}} [[PHONE_NUMBER:010-8872-0126]] 프로포즈!! 꽃 세팅
{{time:19:00}} 네이버예약 [[PERSON:이도연]] 6인 룸 (예약금 {{amount:60,000원}} 입금완료)
{{time:19:30}} 노쇼 이력 있는 번호 [[PHONE_NUMBER:010-****-8810]] 주의"""},

{"id": "s3-c06-004", "kind": "e_ticket", "text": """ELECTRONIC TICKET ITINERARY / RECEIPT
Booking Reference: {{reservation_number:KX7Q2M}}     Ticket Number: {{code:180 2417739201}}
Passenger 1: [[PERSON:YOON/HAEWON MS]]   DOB [[BIRTH_DATE:03OCT85]]   Passport [[KR_PASSPORT:M48201773]]
Passenger 2: [[PERSON:YOON/SIWOO MSTR]]  DOB [[BIRTH_DATE:21JAN17]]   Passport [[KR_PASSPORT:M67503128]]
ICN 10:25 → DAD 13:05   {{date:15JAN25}}
Form of Payment: CC VI [[CREDIT_CARD:XXXXXXXXXXXX4417]]
Contact: [[EMAIL_ADDRESS:haewon.y85@gmail.com]]""".replace("ICN 10:25 → DAD 13:05", "ICN {{time:10:25}} → DAD {{time:13:05}}")},

{"id": "s3-c06-005", "kind": "secondhand_fraud", "text": """중고거래 사기 신고 내용 정리
- 물품: 아이패드 에어5 / 거래금액 {{amount:52만원}} / 거래일 {{date:2024.06.11}}
- 판매자 닉네임 '행복한하루99', 자칭 [[PERSON:김철수]]?? (가명인듯)
- 입금계좌: 케이뱅크 [[BANK_ACCOUNT:100-119-882043]] 예금주 [[PERSON:배수연]]
- 판매자 연락처: [[PHONE_NUMBER:010-4681-2297]] (입금 후 차단)
- 피해자: [[PERSON:인호준]] [[PHONE_NUMBER:010-3357-9012]], 더치트 조회결과 동일계좌 피해 {{statistic:3건}}"""},

{"id": "s3-c06-006", "kind": "mail_order_registration", "text": """통신판매업 신고서
신고인(대표자) 성명 [[PERSON:현수빈]]  생년월일 [[BIRTH_DATE:1994.08.27]]
상호 : 수빈공방  사업자등록번호 : [[KR_BRN:220-41-0582?]]
소재지 : [[KR_ADDRESS:수원시 팔달구 행궁로 30-2, 2층]]
전자우편 : [[EMAIL_ADDRESS:subin.craft@naver.com]]  전화 : [[PHONE_NUMBER:010-8820-1195]]
인터넷 도메인 : subincraft.example.com  호스트서버 소재지 : 경기도 성남시 (IDC)
신고일 {{date:2024. 3. 19.}}  신고번호 {{document_number:제2024-수원팔달-0412호}}""".replace("상호 : 수빈공방", "상호 : {{org_name:수빈공방}}")},

{"id": "s3-c06-007", "kind": "email", "text": """제목: 결제 취소 요청 드립니다 (중복결제)

안녕하세요, {{date:11월 3일}}에 같은 상품이 두 번 결제됐습니다.
카드번호 [[CREDIT_CARD:4518-22**-****-9031]] / 승인번호 {{code:30028817}}, {{code:30028819}} / 각 {{amount:37,500원}}
한 건 취소 부탁드립니다. 주문자 [[PERSON:신다인]], 아이디 dain**
답장은 [[EMAIL_ADDRESS:dain_shin@daum.net]]으로 주세요."""},

{"id": "s3-c06-008", "kind": "order_sheet", "text": """[주문서]  주문번호 {{order_number:20240915-0004471}}   주문일시 {{date:2024-09-15 21:33:08}}
주문자  : [[PERSON:은하진]] / [[PHONE_NUMBER:010-6645-2081]] / [[EMAIL_ADDRESS:hajin.eun@kakao.com]]
받는분  : [[PERSON:은승철]] (아버님) / [[PHONE_NUMBER:010-2290-4413]]
배송지  : ([[KR_ADDRESS:17098) 경기도 용인시 기흥구 동백죽전대로 444, 505동 1103호]]
상품    : 추석 한우세트 1++ 2kg (상품코드 {{code:HW-2K-001}}) x 1   {{amount:198,000원}}
배송메모: 경비실에 맡기지 말고 문앞에 놔주세요 / 공동현관 비번 #{{code:4752}}*""".replace("([[KR_ADDRESS:17098) 경기도", "({{code:17098}}) [[KR_ADDRESS:경기도")},

{"id": "s3-c06-009", "kind": "facility_reservation", "text": """체육관 대관 신청 승인 내역
예약번호 {{reservation_number:GYM-2024-0622-03}}
단체명 {{org_name:수지 토요배드민턴 동호회}}  대표자 [[PERSON:추경민]] [[PHONE_NUMBER:010-7193-5002]]
사용일시 {{date:2024.06.22(토) 09:00~12:00}}  장소 {{place_name:수지체육공원 실내체육관 B코트}}
사용료 {{amount:48,000원}} 납부완료 / 총무 [[PERSON:연수민]]"""},

{"id": "s3-c06-010", "kind": "refund_request", "text": """캠핑장 예약 취소 환불 요청
예약자: [[PERSON:봉재영]]  예약번호 {{reservation_number:CP2408-1177}}  이용예정일 {{date:8/15~8/17}}
태풍 예보로 {{date:8/12}} 취소 신청 → 규정상 {{statistic:100%}} 환불 대상이라고 안내받음
환불계좌: 새마을금고 [[BANK_ACCOUNT:9002-1938-4471-2]] ([[PERSON:봉재영]])
입차 등록했던 차량 [[KR_CAR_PLATE:160거 7734]] 삭제 부탁드립니다
연락처 [[PHONE_NUMBER:010 2874 6309]]"""},

{"id": "s3-c06-011", "kind": "lost_parcel_complaint", "text": """택배가 배송완료로 뜨는데 안 왔어요. 운송장 {{tracking_number:6071-2283-9914}}
주소 [[KR_ADDRESS:수원시 권선구 금곡로 102번길 22 (금곡동) 4층]]인데 사진은 다른 집 문 앞입니다.
기사님([[PERSON:소정호]] 기사님, [[PHONE_NUMBER:010-9418-2230]]) 전화 안 받으시고 고객센터 {{public_number:1588-1255}}는 대기만 30분ㅠ
받는 사람 [[PERSON:하예린]] [[PHONE_NUMBER:010-3096-5581]]"""},

{"id": "s3-c06-012", "kind": "delivery_app_complaint", "text": """배달앱 악성리뷰 관련 민원 (식품위생과 이첩)
업소: {{org_name:장터국밥 영통점}} (대표 [[PERSON:송덕수]], 사업자 [[KR_BRN:124-52-8817?]])
주문번호 {{order_number:B1T9002KQ1}} / 주문일 {{date:2024-10-08}} 
리뷰 작성자가 '머리카락 나왔다'며 환불 받은 뒤 같은 내용으로 {{statistic:5번째}} 리뷰. 작성자 주소는 [[KR_ADDRESS:영통동 960-3 201호]]로 표시됨.
사장님 연락처 [[PHONE_NUMBER:010-5533-7120]]"""},

{"id": "s3-c06-013", "kind": "pension_booking_sms", "text": """[가평 ○○펜션] [[PERSON:최윤정]]님 예약 확인
입실 {{date:9/28(토)}} {{time:15시}} / 퇴실 {{date:9/29(일)}} {{time:11시}} / 객실 {{room_number:201호}} 4인
잔금 {{amount:180,000원}} 입금 부탁드립니다.
입금: 하나 [[BANK_ACCOUNT:391-910771-20207]] (예금주 [[PERSON:송재국]])
문의 사장님 [[PHONE_NUMBER:010-4411-2098]]"""},

{"id": "s3-c06-014", "kind": "payment_cs_log", "text": """[CS-{{case_number:887301}}] 결제오류 문의
고객: [[PERSON:Park Ji-hoon]] / [[EMAIL_ADDRESS:jhpark.dev@proton.me]]
접속IP [[IP_ADDRESS:58.140.22.197]] / UA Chrome {{version:126.0.6478.127}}
카드 [[CREDIT_CARD:4092 7755 1203 884?]] 3D인증 실패 (에러코드 {{code:E-3DS-05}})
{{date:2024-07-03 22:14:09}} 결제시도 3회, {{date:22:16:40}} 해외결제 차단 설정 확인 요청""".replace("{{date:22:16:40}}", "{{time:22:16:40}}")},

{"id": "s3-c06-015", "kind": "subscription_cancel", "text": """정기배송 해지 및 카드 등록 삭제 요청
회원명 [[PERSON:장경자]] (어머니 대신 딸 [[PERSON:오수민]]이 작성)
등록카드 [[CREDIT_CARD:3759 876543 2100?]] (아멕스) 
다음 결제예정일 {{date:2024-12-05}} 전에 꼭 해지 부탁드립니다.
어머니 생신이 [[BIRTH_DATE:12월 5일]]이라 선물용으로 신청했던 거예요."""},

{"id": "s3-c06-016", "kind": "receipt", "text": """***** 카드매출전표 *****
가맹점명 : 민지네반찬
사업자번호 : [[KR_BRN:131-07-2254?]]  대표자 : [[PERSON:곽민지]]
가맹점주소 : [[KR_ADDRESS:성남시 중원구 광명로 288 1층]]
카드번호 : [[CREDIT_CARD:5310-55**-****-127*]]
거래일시 : {{date:2024/05/30 18:42:11}}
승인번호 : {{code:71024483}}   할부 : 일시불
합계 : {{amount:23,500}}원
전화 : {{public_number:031-757-0912}}""".replace("가맹점명 : 민지네반찬", "가맹점명 : {{org_name:민지네반찬}}")},

{"id": "s3-c06-017", "kind": "refund_complaint", "text": """아니 진짜 너무하네요 ㅡㅡ 환불해준다고 한지 3주째입니다.
주문번호 {{order_number:OD2409110528}} 패딩 반품 {{date:9/14}} 회수완료 됐다는데 아직 카드취소 안됨
카드 국민 [[CREDIT_CARD:9430 03** **** 5521]] 
판매자 [[PERSON:김용준]] 사장님([[PHONE_NUMBER:010.2983.4410]]) 문자도 씹으시고...
저 [[PERSON:원지혜]]고 [[PHONE_NUMBER:010-7714-5009]] 입니다. 처리 안되면 소비자원 {{public_number:1372}} 갑니다"""},

{"id": "s3-c06-018", "kind": "group_purchase_list", "text": """아파트 공동구매 (제주 귤 10kg) 입금 확인표
동호수 | 이름 | 수량 | 입금
[[KR_ADDRESS:101-1502]] | [[PERSON:한미숙]] | 2 | O
[[KR_ADDRESS:103-305]] | [[PERSON:배은영]] | 1 | O
[[KR_ADDRESS:107-1101]] | [[PERSON:Julia]] | 1 | X (카톡 안읽음)
입금계좌 카카오 [[BANK_ACCOUNT:3333-12-4427081]] 총무 [[PERSON:지선희]] / 마감 {{date:11/20 밤 10시}}"""},

{"id": "s3-c06-019", "kind": "student_discount_order", "text": """[학생할인 인증 실패 문의]
이름: [[PERSON:우지호]] / 학번: [[STUDENT_ID:B2113045]] / 학교메일: [[EMAIL_ADDRESS:b2113045@example-univ.ac.kr]]
노트북 학생가 주문(주문번호 {{order_number:EDU-55102934}}) 하려는데 학번 인식이 안된다고 떠요.
생년월일 [[BIRTH_DATE:2001/11/30]] 로 본인인증은 했습니다."""},
{"id": "s3-c06-020", "kind": "tax_invoice", "text": """전자세금계산서 (공급받는자 보관용)  승인번호 {{document_number:20241031-41000012-77310285}}
공급자  등록번호 [[KR_BRN:609-12-8730?]]  상호 {{org_name:한결인테리어}}  성명 [[PERSON:표한결]]
        사업장 [[KR_ADDRESS:용인시 수지구 문정로 7번길 15, 지하 1층]]  이메일 [[EMAIL_ADDRESS:hangyeol.pyo@naver.com]]
공급받는자 등록번호 {{business_number:211-87-30196}}  상호 {{org_name:(주)한빛관리}}  성명 [[PERSON:성기택]]
작성일자 {{date:2024-10-31}}  공급가액 {{amount:4,200,000}}  세액 {{amount:420,000}}
품목: 관리사무소 바닥 교체공사"""},
]
