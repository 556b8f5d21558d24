# Writer f, batch 05: taxi/bus/parking complaints, lost-and-found, delivery problems. Hand-written. CC0 1.0.
DOCS = [
{"id": "s4-f05-001", "kind": "taxi_complaint", "text": """택시 불친절 및 부당요금 신고합니다.
탑승일시 {{date:2024년 3월 9일}} 밤 11시 40분경, 수원역 4번 출구 앞에서 탑승, 목적지 영통 망포역.
차량번호 [[KR_CAR_PLATE:경기31바 4187]] (흰색 K5, 법인택시)
기사님 자격증에 이름이 [[PERSON:엄○수]]로 보였습니다. 미터기 안 켜고 2만원 달라고 하셨고, 카드 안된다고 해서 계좌이체 했습니다(기사님 계좌 국민 [[BANK_ACCOUNT:554402-04-118263]] 예금주 [[PERSON:엄기수]]).
신고인 [[PERSON:한서율]] [[PHONE_NUMBER:010-3398-2271]]"""},

{"id": "s4-f05-002", "kind": "bus_complaint", "text": """{{code:720-2}}번 버스 무정차 통과 민원
{{date:3/14(목)}} 아침 7시 52분 {{place_name:권선동 주민센터}} 정류장({{code:03187}})에서 손 들었는데 그냥 지나갔습니다. 이번 달만 세번째입니다. 차량번호는 [[KR_CAR_PLATE:경기70아70**]]까지만 봤습니다.
회신 필요 없고 기사 교육 부탁드립니다. - [[PERSON:봉수민]]"""},

{"id": "s4-f05-003", "kind": "parking_fine_objection", "text": """주정차위반 과태료 의견진술서
위반일시 : {{date:2024.02.27}} {{time:13:52}}   위반장소 : [[KR_ADDRESS:성남시 분당구 판교역로 235]] 앞
차량번호 : [[KR_CAR_PLATE:123가4568]]  차종 : 그랜저
소유자 성명 : [[PERSON:탁영미]]   생년월일 : [[BIRTH_DATE:1973.12.25]]
소유자 주소 : [[KR_ADDRESS:성남시 분당구 판교원로 82, 1102동 401호(판교동, 판교원마을11단지)]]
실제 운전자 : [[PERSON:반준혁]] (아들), 운전면허번호 [[KR_DRIVER_LICENSE:11-19-447201-31]]
의견 : 응급환자(모친) 하차 위해 약 3분 정차하였음. 진단서 첨부.
고지서 번호 {{document_number:2024-분당-021903}}"""},

{"id": "s4-f05-004", "kind": "lost_item_report", "text": """유실물 습득 신고 (관리번호 {{code:LF2024031500418}})
습득일시: {{date:2024-03-15}} {{time:08:20}}  습득장소: {{place_name:수원역 환승센터}} 2번 승강장 벤치
습득물: 검정 가죽 지갑 1개 (현금 {{amount:32,000원}})
 - 주민등록증: [[PERSON:구나연]] [[KR_RRN:011203-4******]]
 - 운전면허증: [[PERSON:구나연]] [[KR_DRIVER_LICENSE:12-21-093314-80]]
 - 체크카드 1매 (카드번호 끝자리 [[CREDIT_CARD:****-****-****-6621]])
 - 학생증: ○○대학교 [[STUDENT_ID:202124077]]
습득자: [[PERSON:김용태]] (보상금 포기)"""},

{"id": "s4-f05-005", "kind": "passport_lost", "text": """Lost passport – report to Suwon city hall foreigner desk
Name: [[PERSON:MORALES, Carlos Andres]]   Nationality: Colombia
Passport No.: [[KR_PASSPORT:AV7183204]]   Date of birth: [[BIRTH_DATE:14 FEB 1989]]
Alien Registration No.: [[KR_FRN:890214-5******]]
Lost on {{date:March 2, 2024}} in a taxi from 인계동 to {{place_name:수원역}}. Taxi plate maybe [[KR_CAR_PLATE:경기32사 1190]].
Contact: [[PHONE_NUMBER:010-2905-7718]] / [[EMAIL_ADDRESS:c.morales.ruiz@outlook.com]]"""},

{"id": "s4-f05-006", "kind": "delivery_complaint", "text": """택배가 또 분실됐습니다. 운송장번호 {{tracking_number:5518-2027-4412}} 배송완료로 뜨는데 못받았어요. 기사님 사진은 다른 집 현관입니다.
받는사람 [[PERSON:류가은]] / [[KR_ADDRESS:용인시 수지구 성복2로 38, 성복역 롯데캐슬 골드타운 202동 3101호]] / [[PHONE_NUMBER:010-4412-9036]]
택배사 고객센터({{public_number:1588-1255}})는 하루종일 연결이 안되고 기사님 번호([[PHONE_NUMBER:010-7281-0043]])는 수신거부 상태입니다. 시에서 할 수 있는게 없다는건 아는데 너무 답답해서 씁니다."""},

{"id": "s4-f05-007", "kind": "resident_parking", "text": """거주자우선주차 배정 신청
신청인 : [[PERSON:제민서]]  ([[BIRTH_DATE:84.10.07]]) 
주  소 : [[KR_ADDRESS:수원시 팔달구 창룡대로 12번길 6-1, 다세대 201호]]
차량번호 : [[KR_CAR_PLATE:19로 2730]]  (배우자 [[PERSON:석태웅]] 명의)
주 운전자 면허번호 : [[KR_DRIVER_LICENSE:서울 09-118273-40]]
희망구획 : {{code:팔달-화서-A-014}}  /  이용시간 : 주간({{time:09~18시}})
제출서류: 주민등록등본, 자동차등록증"""},

{"id": "s4-f05-008", "kind": "safety_report", "text": """안전신문고 신고내용 (장애인전용주차구역 위반)
신고번호 {{case_number:SPP-2403-0007721}}
위반차량 : [[KR_CAR_PLATE:62모3341]]  위반일시 : {{date:2024.03.17 19:03}}
발생지역 : {{place_name:용인시청 본관 주차장}}
신고인 : [[PERSON:최은호]] / [[PHONE_NUMBER:010****8817]]
내용 : 장애인 표지 없이 주차. 사진 2장(1분 간격) 첨부"""},

{"id": "s4-f05-009", "kind": "accident_agreement", "text": """교통사고 합의서
가해차량 : [[KR_CAR_PLATE:경기 31 아 5507]] (개인택시) 운전자 [[PERSON:길상범]] ([[BIRTH_DATE:1960. 3. 3]]생)
           면허번호 [[KR_DRIVER_LICENSE:경기 82-114037-11]]  전화 [[PHONE_NUMBER:010-9172-3380]]
피해자 : [[PERSON:윤소미]]  주민번호 [[KR_RRN:990418-2******]]  전화 [[PHONE_NUMBER:010-6020-1994]]
사고일시 : {{date:2024년 3월 1일}} {{time:18시 20분}}  장소 : {{place_name:동수원사거리}}
합의금 {{amount:금 오백만원}}을 {{date:2024. 3. 20.}}까지 피해자 계좌(토스뱅크 [[BANK_ACCOUNT:1000-3318-2207]])로 지급한다."""},

{"id": "s4-f05-010", "kind": "taxi_refund", "text": """택시 카드결제 이중승인 환불 요청드립니다.
{{date:3월 5일}} 카카오T 호출 택시(차량 [[KR_CAR_PLATE:경기33바1052]])에서 {{amount:17,400원}}이 두 번 결제되었어요.
카드: 현대카드 [[CREDIT_CARD:5409 **** **** 3318]]
승인번호 {{code:40219713}}, {{code:40219788}}
카드사에서는 가맹점(택시회사)에 요청하라고 하고 택시회사({{public_number:031-245-3131}})는 카드사에 하라고 하네요.
요청자 [[PERSON:우다인]] [[PHONE_NUMBER:010-2874-5091]]"""},

{"id": "s4-f05-011", "kind": "season_pass", "text": """공영주차장 정기권 신청/갱신 내역
신청번호	주차장	차량번호	신청자	연락처	기간
{{reservation_number:P24-0301-118}}	{{place_name:매탄공영주차장}}	[[KR_CAR_PLATE:34버 7781]]	[[PERSON:소진혁]]	[[PHONE_NUMBER:010-3412-6620]]	{{date:2024.03.01~2024.05.31}}
{{reservation_number:P24-0301-119}}	{{place_name:매탄공영주차장}}	[[KR_CAR_PLATE:152호 3390]]	[[PERSON:은가영]]	[[PHONE_NUMBER:010-5521-0184]]	{{date:2024.03.01~2024.03.31}}
{{reservation_number:P24-0302-004}}	{{place_name:영통공영주차장}}	[[KR_CAR_PLATE:경기55자 2231]]	[[PERSON:모기철]]	[[PHONE_NUMBER:010-8830-2145]]	{{date:2024.03.02~2024.08.31}}"""},

{"id": "s4-f05-012", "kind": "tow_inquiry", "text": """견인차량 보관소 전화 응대 기록
{{time:21:15}} 차주 [[PERSON:Lee Ji-hoon]](본인 영어 이름으로 말함) 문의. 차량 [[KR_CAR_PLATE:58오9102]] 견인 여부 확인 → {{date:오늘}} {{time:17:40}} 견인, 보관소 위치 안내.
본인 확인: 생년월일 [[BIRTH_DATE:1993년 8월]] 까지만 말하고 끊김. 재통화 [[PHONE_NUMBER:010-7702-4418]]"""},

{"id": "s4-f05-013", "kind": "messenger_transcript", "text": """(주차 시비 관련 문자 내용 - 경찰 제출용)
{{date:2024.3.18}} 22:31 [[PHONE_NUMBER:010-4418-2009]] → 나
"차 좀 빼주세요 [[KR_CAR_PLATE:47더 2291]] 차주님. 30분째 못나가고 있습니다"
{{date:2024.3.18}} 22:58 나 → [[PHONE_NUMBER:010-4418-2009]]
"지금 갑니다 죄송합니다"
{{date:2024.3.18}} 23:02 [[PHONE_NUMBER:010-4418-2009]] → 나
"장난하세요? 이 동네 사는 [[PERSON:강태오]]라는 사람 아는데 당신 연락처 다 돌릴거예요" """},

{"id": "s4-f05-014", "kind": "delivery_app_review", "text": """★☆☆☆☆ 배달 리뷰 (닉네임: 맛집탐방러)
주문번호 {{order_number:B2QX0031ZK}} 음식 식어서 옴. 라이더님이 엘베 안 탄다고 1층까지만 내려오라 함. 요청사항에 "[[KR_ADDRESS:광교중앙로 145 1204동 1902호]] 문앞에 두고 벨X" 적었는데 전화를 [[PHONE_NUMBER:010-93**-7014]]로 4번함.. 사장님 답글 달아주세요"""},

{"id": "s4-f05-015", "kind": "lost_found_notice", "text": """[LOST112] 고객님이 등록하신 분실물과 유사한 습득물이 등록되었습니다.
습득물명: 아이폰15 (티타늄)  습득일: {{date:2024-03-16}}  보관장소: {{place_name:영통경찰서 생활질서계}} ({{public_number:031-8019-5121}})
관리번호: {{code:V2024031600127}}
방문 시 신분증 지참. 본 문자는 발신전용입니다."""},

{"id": "s4-f05-016", "kind": "complaint", "text": """오늘 아침 10번 마을버스 기사님 정말 친절하셔서 칭찬합니다!! 다리 불편하신 할머니 탈때까지 기다려주시고 자리까지 안내해주셨어요. 명찰에 [[PERSON:장 형 두]] 이라고 써있었던거 같아요. 시간은 {{time:8시 10분쯤}}, 차번호는 [[KR_CAR_PLATE:경기 70 자 3318]] 이었습니다. 꼭 포상해주세요 ^^"""},
]
