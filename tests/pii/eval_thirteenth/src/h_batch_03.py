# Writer h, batch 03: foreign tourists' complaints, guesthouse / homestay registrations, booking exports.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h03-001", "kind": "guest_register", "text": """외국인관광 도시민박업 숙박자 명부 ({{date:2025年 4月}})
업소명: 행궁마루 게스트하우스 / 운영자 [[PERSON:구본희]]

체크인 | 성명 | 국적 | 여권번호 | 생년월일 | 객실
{{date:04/02}} | [[PERSON:WANG JUNHAO]] | CHN | [[KR_PASSPORT:EH4470128]] | [[BIRTH_DATE:1996-03-11]] | {{room_number:201호}}
{{date:04/02}} | [[PERSON:LIU MEI]] | CHN | [[KR_PASSPORT:EJ0923316]] | [[BIRTH_DATE:1997-08-05]] | {{room_number:201호}}
{{date:04/05}} | [[PERSON:TANAKA YUTO]] | JPN | [[KR_PASSPORT:TK8821604]] | [[BIRTH_DATE:2001-12-24]] | {{room_number:103호}}
{{date:04/09}} | [[PERSON:Sophie Dubois]] | FRA | [[KR_PASSPORT:21CK44097]] | [[BIRTH_DATE:1989-06-30]] | {{room_number:도미토리B}}
"""},

{"id": "s13-h03-002", "kind": "complaint_translated", "text": """[외국인 관광불편신고 - 번역본]
신고자: [[PERSON:Daniel Hoffmann]] (독일, 여권 [[KR_PASSPORT:C01X00T47]])
신고일: {{date:2025.05.21}}
내용: 수원역에서 행궁동까지 택시를 탔는데 미터기를 켜지 않고 3만원을 요구함. 차량번호는 기억하지 못하며 영수증도 받지 못함. 주황색 택시였음.
회신 이메일: [[EMAIL_ADDRESS:d.hoffmann@web.de]]
처리부서: 대중교통과 택시팀 (택시 차량번호 확인 후 운수사 통보)
"""},

{"id": "s13-h03-003", "kind": "business_registration", "text": """외국인관광 도시민박업 지정 신청서
신청인 성명: [[PERSON:구본희]]   생년월일: [[BIRTH_DATE:1972.10.30]]
주소(주민등록상): [[KR_ADDRESS:수원시 팔달구 신풍로 23번길 41-2]]
사업장 소재지: [[KR_ADDRESS:수원시 팔달구 화서문로 32번길 8 (장안동)]] 단독주택 2층 전체
사업자등록번호: [[KR_BRN:124-39-8820?]]
전화: [[PHONE_NUMBER:010-4352-1180]]  외국어: 영어, 중국어(기초)
객실 수: {{statistic:3실}}  / 신청일 {{date:2025. 3. 18.}}
"""},

{"id": "s13-h03-004", "kind": "booking_export", "text": """reservation_no,guest_name,email,phone,card,checkin,checkout,ip
{{reservation_number:BK2506-00412}},[[PERSON:Chloe Tan]],[[EMAIL_ADDRESS:chloe.tan.sg@yahoo.com.sg]],[[PHONE_NUMBER:+65 9134 2270]],[[CREDIT_CARD:4147 20** **** 8831]],{{date:2025-06-13}},{{date:2025-06-15}},[[IP_ADDRESS:118.200.71.9]]
{{reservation_number:BK2506-00413}},[[PERSON:박 예 나]],[[EMAIL_ADDRESS:yena0707@kakao.com]],[[PHONE_NUMBER:010-2040-7707]],[[CREDIT_CARD:5433 9612 0018 472?]],{{date:2025-06-14}},{{date:2025-06-16}},[[IP_ADDRESS:2001:e60:1042:51c0::3a]]
{{reservation_number:BK2506-00414}},[[PERSON:Rahul Mehta]],[[EMAIL_ADDRESS:rmehta.travels@gmail.com]],[[PHONE_NUMBER:+91 98203 44715]],[[CREDIT_CARD:3782 822463 1000?]],{{date:2025-06-14}},{{date:2025-06-18}},[[IP_ADDRESS:49.36.152.208]]
"""},

{"id": "s13-h03-005", "kind": "complaint", "text": """외국인 친구들 데리고 {{place_name:남한산성}} 갔다가 주차 요금 때문에 황당했습니다. 카드 안 되고 현금만 된다고 해서요. 외국인 관광지라면서 이게 말이 되나요? 제 차는 [[KR_CAR_PLATE:207오 5512]] 이고 {{date:어제 오후 4시}}쯤 나갔습니다. 정산 직원분 이름은 모르겠어요. 회신은 [[PHONE_NUMBER:010-8862-0315]] 문자로 부탁합니다. - [[PERSON:노하진]]
"""},

{"id": "s13-h03-006", "kind": "police_cooperation", "text": """분실물 인계 협조 요청 (관광경찰대)
습득일시: {{date:2025. 7. 2. 21:40}}  습득장소: 행궁동 카페거리
습득물: 여권 1매 (미합중국) 성명 [[PERSON:GARCIA, MARIA ELENA]] / 여권번호 [[KR_PASSPORT:567284190]] / 생년월일 [[BIRTH_DATE:14 MAR 1993]]
숙소: [[KR_ADDRESS:수원시 팔달구 정조로 888번길 17-1]] 소재 게스트하우스 (주인 [[PERSON:남윤서]] [[PHONE_NUMBER:010-3194-6620]])
인계자: 관광경찰 순경 [[PERSON:마현우]]
"""},

{"id": "s13-h03-007", "kind": "review_reply", "text": """★☆☆☆☆ "Host was rude" - [[PERSON:Jessica]] (Australia)
→ 호스트 답변: [[PERSON:Jessica]], I'm sorry you felt that way. Quiet time after 10pm is our house rule because my mother lives on the 1st floor. - [[PERSON:Minji]] (host)
"""},

{"id": "s13-h03-008", "kind": "accommodation_form_en", "text": """HOMESTAY GUEST CARD
Name: [[PERSON:Nurul Aisyah binti Ahmad]]
Date of birth: [[BIRTH_DATE:02/09/2000]] (DD/MM/YYYY)
Passport No.: [[KR_PASSPORT:A58824109]]  Nationality: Malaysia
Address in Korea: [[KR_ADDRESS:#1402, 38, Gwanggyojungang-ro, Yeongtong-gu, Suwon-si]]
Arrival: {{date:2025-08-01}}  Departure: {{date:2025-08-29}}
Emergency contact: [[PERSON:Ahmad Faizal]] (father) [[PHONE_NUMBER:+60 12-338 4471]]
"""},

{"id": "s13-h03-009", "kind": "call_center_note", "text": """1330 통역 3자통화 기록
일시 {{date:2025-08-15 23:12}} / 언어: 베트남어 / 통역사 [[PERSON:응우옌 티 투]]
관광객: [[PERSON:Pham Quoc Bao]] (외국인등록 없음, 단기체류)
상황: 숙소(성남 모란역 인근 [[KR_ADDRESS:성남시 중원구 성남대로 1132번길 9, 4층]]) 주인이 보증금 환불 거부. 주인 연락처 [[PHONE_NUMBER:010-7725-30l9]] (l=1 오기)
안내: 한국소비자원 {{public_number:1372}} 및 관할 구청 위생과 안내
"""},

{"id": "s13-h03-010", "kind": "guesthouse_sms", "text": """[Web발신]
[행궁마루] Hello Mr. [[PERSON:Hoffmann]], your room {{room_number:102}} door code is {{code:4719#}}. Check-in from 15:00. Owner [[PERSON:구본희]] {{public_number:031-8006-7720}}
"""},

{"id": "s13-h03-011", "kind": "complaint_reply", "text": """[[PERSON:라이언 브룩스]]님께
보내주신 불편신고(용인 에버랜드 방면 {{code:5002번}} 광역버스 승차거부)에 대하여 답변드립니다. 해당 운수사에 확인한 결과, 당일 {{date:18:20}} 차량은 만차로 무정차 통과하였음이 확인되었습니다. 불편을 드려 죄송합니다.
{{date:2025. 9. 3.}} 용인시 대중교통과장
담당: [[PERSON:조윤희]] ([[PHONE_NUMBER:031-6193-3852]])
"""},

{"id": "s13-h03-012", "kind": "guest_register", "text": """[내국인 숙박자 명부 - 한옥체험업]
{{date:2025.09.13~14}} [[PERSON:홍 승 표]] 외 {{statistic:3인}} / [[KR_ADDRESS:대구 수성구 동대구로 372, 109-1601]] / [[PHONE_NUMBER:010-5561-2340]] / 생 [[BIRTH_DATE:1977.8.2]]
{{date:2025.09.14~15}} [[PERSON:기소연]] 외 {{statistic:1인}} / [[KR_ADDRESS:전북 전주시 완산구 효자로 225 2동 507호]] / [[PHONE_NUMBER:010-9033-6716]] / 생 [[BIRTH_DATE:1995.12.9]]
{{date:2025.09.20~22}} [[PERSON:Lee Hana]] / [[KR_ADDRESS:부산 해운대구 센텀중앙로 97, A동 3204호]] / [[PHONE_NUMBER:010-4120-8857]] / 생 [[BIRTH_DATE:2003.1.17]]
"""},

{"id": "s13-h03-013", "kind": "email", "text": """안녕하세요. 어제 숙박한 [[PERSON:이민혁]]입니다. 방에 아이패드를 두고 온 것 같습니다. 택배로 보내주실 수 있을까요? 착불로 괜찮습니다.
받는 곳: [[KR_ADDRESS:서울특별시 강서구 마곡중앙5로 6, 마곡엠밸리 7단지 714동 902호]]
[[PERSON:이민혁]] [[PHONE_NUMBER:010-3368-9912]]
택배 보내시면 송장번호({{tracking_number:6892-1174-3305}}처럼요) 문자 주세요
"""},

{"id": "s13-h03-014", "kind": "consumer_complaint", "text": """□ 민원 요지
 - 민원인 [[PERSON:Yuki Morimoto]](일본, 관광)이 예약사이트를 통해 {{date:10월 3일~5일}} 2박 예약(예약번호 {{reservation_number:1029384756}})
 - 업소(용인시 기흥구 소재 펜션, 대표 [[PERSON:송기태]], 사업자 [[KR_BRN:142-12-5543?]])가 현장 도착 시 "오버부킹"이라며 입실 거부
 - 결제카드 끝자리 [[CREDIT_CARD:****-****-****-3025]], 환불 미처리
□ 조치: 업소 현장점검 {{date:10.8.}} 예정
"""},

{"id": "s13-h03-015", "kind": "one_line", "text": """체크인 [[PERSON:조앤 리]] 여권 [[KR_PASSPORT:P6C8841207]] (필리핀) 2박 현금"""},

{"id": "s13-h03-016", "kind": "kakaotalk", "text": """[민박협회 수원지부 단톡]
[[[PERSON:구본희]]] 혹시 오늘 밤 빈방 있는 분? 저희 오버됐어요ㅠ 대만 커플 1팀
[[[PERSON:윤태식]]] 저희 한 칸 비어요 주소 보내드림 [[KR_ADDRESS:팔달구 북수동 315-9]]
[[[PERSON:구본희]]] 감사해요 사장님!! 손님 성함 [[PERSON:陳怡君]] 님이고 번호 [[PHONE_NUMBER:+886 955 071 332]] 에요
[[[PERSON:윤태식]]] 넵 9시 전에 도착하시라 해주세요
"""},

{"id": "s13-h03-017", "kind": "inspection_report", "text": """숙박업소 위생점검 결과 (발췌)
업소명 / 대표자 / 소재지 / 결과
꽃뫼하우스 / [[PERSON:엄순자]] / [[KR_ADDRESS:수원시 장안구 정자로 104-12]] / 적합
달빛한옥 / [[PERSON:하동원]] / [[KR_ADDRESS:수원시 팔달구 신풍동 12-4번지]] / 개선권고(소화기 유효기간 {{date:2023.11}} 만료)
점검일 {{date:2025.10.16}} 점검반: 위생정책과 [[PERSON:류성민]], 명예감시원 [[PERSON:제갈연희]]
"""},

{"id": "s13-h03-018", "kind": "refund_request_en", "text": """Dear Sir/Madam,
I booked the Suwon Hwaseong night tour for {{date:Nov 8}} but it was cancelled due to rain. Please refund to my card (Visa [[CREDIT_CARD:4921 **** **** 7710]]).
Name: [[PERSON:Kateryna Shevchuk]]
DOB: [[BIRTH_DATE:1991.07.22]] (needed for your form?)
Booking ref: {{reservation_number:HSN-1108-0093}}
Thank you.
"""},
]
