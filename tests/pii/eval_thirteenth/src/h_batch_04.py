# Writer h, batch 04: city marathon and cycling-event entries, results, refunds, insurance.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h04-001", "kind": "entry_export", "text": """배번	성명	성별	생년월일	종목	휴대폰	기념품배송지	티셔츠
{{code:10K-0417}}	[[PERSON:변하경]]	여	[[BIRTH_DATE:1986-09-03]]	10K	[[PHONE_NUMBER:010-5238-1904]]	[[KR_ADDRESS:수원시 장안구 송원로 55 한일타운 1303동 1102호]]	M
{{code:10K-0418}}	[[PERSON:변태준]]	남	[[BIRTH_DATE:1984-02-27]]	10K	[[PHONE_NUMBER:010-5238-0871]]	(위와 동일)	XL
{{code:HF-1120}}	[[PERSON:옥재성]]	남	[[BIRTH_DATE:1970-12-01]]	Half	[[PHONE_NUMBER:010-2117-4450]]	[[KR_ADDRESS:화성시 동탄대로 181 동탄역 롯데캐슬 A동 2208호]]	L
{{code:5K-0033}}	[[PERSON:Sarah Johnson]]	여	[[BIRTH_DATE:1992-05-14]]	5K	[[PHONE_NUMBER:010-3027-5591]]	[[KR_ADDRESS:평택시 팽성읍 안정순환로 88, 2층]]	S
"""},

{"id": "s13-h04-002", "kind": "refund_complaint", "text": """수원화성 국제하프마라톤 참가비 환불 건으로 글 남깁니다.
{{date:10월 12일}} 대회 신청했는데 {{date:9월 28일}}에 다리를 다쳐서 출전이 어렵습니다. 요강에 '대회 {{date:2주 전}}까지 환불 가능'이라고 되어 있어 기간 내 신청합니다.
신청자: [[PERSON:탁명진]] ([[BIRTH_DATE:1981.6.19]]) / 종목: 하프 / 배번 미발송
참가비 {{amount:50,000원}} 입금한 계좌로 환불 부탁드립니다 → 하나 [[BANK_ACCOUNT:620-218839-407]] [[PERSON:탁명진]]
"""},

{"id": "s13-h04-003", "kind": "insurance_roster", "text": """[용인 자전거 대행진] 참가자 단체상해보험 명단 (보험사 제출용)
순번,성명,주민등록번호,연락처
1,[[PERSON:황보 석]],[[KR_RRN:751103-102844?]],[[PHONE_NUMBER:010-9245-6630]]
2,[[PERSON:진유림]],[[KR_RRN:000415-421553?]],[[PHONE_NUMBER:010-3012-8896]]
3,[[PERSON:Tran Minh Duc]],[[KR_FRN:950807-5321476]],[[PHONE_NUMBER:010-6628-0194]]
4,[[PERSON:남기욱]],[[KR_RRN:820620-1******]],[[PHONE_NUMBER:010-7704-2258]]
※ 보험기간 {{date:2025-05-18 06:00~18:00}}, 피보험자 {{statistic:1,240명}} 중 일부
"""},

{"id": "s13-h04-004", "kind": "result_notice", "text": """[결과] 제21회 성남 탄천 마라톤 풀코스 연령별 입상자
남자 50대: 1위 [[PERSON:김○석]] {{time:2:48:15}} / 2위 [[PERSON:이○호]] {{time:2:51:02}} / 3위 [[PERSON:박○진]] {{time:2:55:47}}
여자 40대: 1위 [[PERSON:최○희]] {{time:3:12:30}} / 2위 [[PERSON:정○아]] {{time:3:19:08}}
시상식 {{date:11.2(일) 12:00}} / 상금 {{amount:30만원}}~{{amount:10만원}}
"""},

{"id": "s13-h04-005", "kind": "entry_form_paper_ocr", "text": """참 가 신 청 서 (단체)
단체명: 수원시청 달리기동호회
대표자: [[PERSON:소 경 태]]  (사번 [[EMPLOYEE_ID:2008-0317]])  연락처 [[PHONE_NUMBER:O1O-4721-6638]]
┌───┬──────┬────────┬───┐
│번호│ 성 명  │ 생년월일    │코스 │
│ 1 │[[PERSON:소경태]]  │[[BIRTH_DATE:1968 . 03 . 2l]]│ 10 │
│ 2 │[[PERSON:우지민]]  │[[BIRTH_DATE:1991 . 11 . O7]]│ 5  │
│ 3 │[[PERSON:봉수현]]  │[[BIRTH_DATE:1975 . O8 . 3O]]│ 10 │
└───┴──────┴────────┴───┘
접수 {{date:2025.03.10}}
"""},

{"id": "s13-h04-006", "kind": "email", "text": """받는 사람: 대회 사무국
안녕하세요, 저희 딸 [[PERSON:서하윤]]([[BIRTH_DATE:2013년 7월 9일]]생)이 이번에 가족 5km 부문 신청했는데 나이 제한에 걸린다고 해서요. 요강에는 '{{date:2015년 이전}} 출생자'만 참가가능이라고 돼 있던데 저희 애는 해당되지 않나요?
아빠 [[PERSON:서정훈]] 올림 / [[EMAIL_ADDRESS:jhseo_dad@naver.com]] / [[PHONE_NUMBER:010-8810-5547]]
"""},

{"id": "s13-h04-007", "kind": "volunteer_staff_list", "text": """코스 자원봉사 배치표 ({{date:4/27}} 대회)
급수대1(3km) : [[PERSON:한결]](경기대 [[STUDENT_ID:201911042]]), [[PERSON:문다인]](경기대 [[STUDENT_ID:202014497]])
급수대2(7km) : [[PERSON:정우석]] (아주대 [[STUDENT_ID:202221733]])
반환점 : 시청 체육진흥과 [[PERSON:고태희]] 주무관 (직원번호 [[EMPLOYEE_ID:SW16-2241]]) 
의무차량 : 구급차 {{code:경기소방 구급 3호}}
"""},

{"id": "s13-h04-008", "kind": "kakaotalk", "text": """[나]: 형 이번 용인 그란폰도 같이 나가요? 제가 신청 같이 해둘게요
[[[PERSON:배상현]]]: ㅇㅇ 해줘 고맙다
[나]: 생년월일이랑 비상연락처 필요해요
[[[PERSON:배상현]]]: [[BIRTH_DATE:83.10.05]] / 비상연락 와이프 [[PERSON:주은영]] [[PHONE_NUMBER:010 9872 1430]]
[나]: 주소도요 기념품 보내준대요
[[[PERSON:배상현]]]: [[KR_ADDRESS:기흥구 보정로 40 죽현마을아이파크 103-701]]
"""},

{"id": "s13-h04-009", "kind": "traffic_control_complaint", "text": """마라톤 때문에 도로 통제된다는 걸 당일 아침에 알았습니다. 저는 {{place_name:권선구 호매실동}}에 사는데 {{date:오전 7시부터 11시까지}} 차를 못 뺐어요. 병원 예약이 있었는데 놓쳤습니다. 통제 안내 현수막이 하나도 없었어요. 제 차량 [[KR_CAR_PLATE:128다4409]], 주소 [[KR_ADDRESS:권선구 금곡로 197 호매실 LH 14단지 1406동 204호]]. 연락처 [[PHONE_NUMBER:010-5523-7180]] [[PERSON:용태호]]
"""},

{"id": "s13-h04-010", "kind": "medical_record_excerpt", "text": """[의무실 기록] 대회명: 2025 수원 국제하프마라톤 / 기록일 {{date:2025-10-12}}
{{time:09:47}} 배번 {{code:H-2031}} [[PERSON:구영미]] F [[BIRTH_DATE:1965/04/18]] 18km 지점 어지럼증 → 수액 후 귀가
{{time:10:15}} 배번 {{code:H-0876}} [[PERSON:송재환]] M [[BIRTH_DATE:1979/01/06]] 좌측 종아리 경련, 응급처치
{{time:10:32}} 배번 {{code:10-1577}} [[PERSON:임채린]] F [[BIRTH_DATE:2006/09/11]] 발목 염좌, 보호자([[PERSON:임성호]] [[PHONE_NUMBER:010-2286-4107]]) 인계
"""},

{"id": "s13-h04-011", "kind": "sponsor_invoice", "text": """거래명세서
공급자: 달림이스포츠 (대표 [[PERSON:은병준]]) 사업자번호 [[KR_BRN:124-05-2219?]]
소재지: [[KR_ADDRESS:수원시 권선구 권광로 124, 1층 102호]]
공급받는자: 수원시체육회 (고유번호 {{business_number:124-82-06617}})
품목: 완주메달 {{statistic:3,000개}} / 금액 {{amount:12,600,000원}}
입금계좌: 기업 [[BANK_ACCOUNT:221-058772-01-013]] (예금주 [[PERSON:은병준]])
발행일 {{date:2025.09.30}}
"""},

{"id": "s13-h04-012", "kind": "entry_form_en", "text": """2025 Seongnam Tancheon Cycle Tour - International Entry
Full name: [[PERSON:HARRIS, Benjamin Lee]]
Date of Birth: [[BIRTH_DATE:Aug 4, 1988]]
Passport: [[KR_PASSPORT:549913270]] (USA) / ARC: [[KR_FRN:880804-5******]]
Address in Korea: [[KR_ADDRESS:Seongnam-si Bundang-gu Pangyoyeok-ro 146beon-gil 20, 1201-ho]]
Phone: [[PHONE_NUMBER:010-4981-2273]]
Registered on {{date:2025/04/02 21:44 KST}}
"""},

{"id": "s13-h04-013", "kind": "driver_assignment", "text": """회수차량(스위퍼) 운전자 명단
1호차 [[KR_CAR_PLATE:381주 2200]] 운전 [[PERSON:하재윤]] 면허 [[KR_DRIVER_LICENSE:12-08-553201-41]] [[PHONE_NUMBER:010-****-3127]]
2호차 [[KR_CAR_PLATE:77로 4523]] 운전 [[PERSON:석상우]] 면허 [[KR_DRIVER_LICENSE:경북 91-271940-08]]
※ 1톤 트럭 렌트 {{statistic:2대}}, 유류대 별도
"""},

{"id": "s13-h04-014", "kind": "memo", "text": """배번 재발급 요청: [[PERSON:편소율]] 님 (기존 {{code:10K-2245}} → {{code:10K-3001}}) 택배 반송됨. 주소지 오기 ‘[[KR_ADDRESS:영통구 청명남로 8]]’ → 정정 [[KR_ADDRESS:영통구 청명남로 18 청명마을 주공4단지 411동 905호]] 본인 확인 완료 ({{date:10/1}} [[PERSON:라윤]])
"""},

{"id": "s13-h04-015", "kind": "record_certificate", "text": """완 주 증
성명 : [[PERSON:어 수 빈]]
생년 : [[BIRTH_DATE:1999]]
종목 : 하프코스 / 기록 : {{time:01:58:22}}
위 사람은 {{date:2025년 10월 12일}} 개최된 수원화성 국제하프마라톤 대회를 완주하였기에 이 증서를 드립니다.
"""},

{"id": "s13-h04-016", "kind": "call_center_note", "text": """문의: 참가자 본인 아닌 어머니 [[PERSON:우경순]]씨 전화. 아들 [[PERSON:방준영]]([[BIRTH_DATE:'97.2.13]]) 대회 사진 다운로드가 안 된다고 함. 사진서비스는 외부업체(포토런, {{public_number:1600-3345}}) 안내. 통화시간 {{time:4분 12초}}.
"""},

{"id": "s13-h04-017", "kind": "one_line", "text": """[[PERSON:ARIANA SMITH]] DOB [[BIRTH_DATE:1995-11-30]] bib {{code:F-0099}} time {{time:4:41:07}}"""},

{"id": "s13-h04-018", "kind": "appeal", "text": """기록 정정 요청
대회 당일 칩을 신발에 달았는데 반환점 기록이 누락되어 실격 처리되었습니다. 함께 뛴 [[PERSON:장혜원]], [[PERSON:박수진]]이 증인이 될 수 있습니다.
신청인 [[PERSON:길승민]] / 주소 [[KR_ADDRESS:경기도 오산시 원동 770-4 오산원동e편한세상 105동 1701호]] / [[PHONE_NUMBER:010-3309-4461]] / 생년월일 [[BIRTH_DATE:1988년 1월 23일]]
작성일 {{date:2025. 10. 15}}
"""},
]
