# Writer m, batch 05: tourism and accommodation complaints. Hand-written, CC0 1.0.
DOCS = [
{"id": "s7-m05-001", "kind": "complaint", "text": """[관광불편신고] 숙박업소 예약 후 일방적 취소

신고인: [[PERSON:한지석]] ([[PHONE_NUMBER:010-9927-4381]])
신고인 주소: [[KR_ADDRESS:부산광역시 해운대구 센텀중앙로 79, 센텀사이언스파크 1203호]]
업소명: 행궁게스트하우스 (대표 [[PERSON:예상철]], 사업자 [[KR_BRN:131-09-5527?]])
업소 주소: [[KR_ADDRESS:수원시 팔달구 신풍로 23번길 9-1]]
내용: {{date:10월 5일}} 1박 예약(예약번호 {{reservation_number:GH-88172}})을 {{date:9월 1일}}에 결제했는데 축제 기간이라 그런지 전날 "오버부킹"이라며 취소 문자만 왔습니다. 환불은 받았지만 근처 숙소가 다 차서 서울에서 잤습니다. 차액 보상을 요구합니다."""},

{"id": "s7-m05-002", "kind": "form", "text": """렌터카 대여 계약서 (사본)  - 관광객 교통사고 민원 첨부자료
임차인 : [[PERSON:Ryo Tanaka]] ([[PERSON:田中 亮]])
여권번호 : [[KR_PASSPORT:TR8840213]]
국제운전면허 : 발급국 JAPAN / 면허번호 [[KR_DRIVER_LICENSE:301804552160]]
생년월일 : [[BIRTH_DATE:1994.07.19]]
제2운전자 : [[PERSON:김하나]] 면허번호 [[KR_DRIVER_LICENSE:12-19-118734-21]] (생년 [[BIRTH_DATE:1996]])
차량번호 : [[KR_CAR_PLATE:45허 2817]] (아반떼)
대여 : {{date:2024-04-13 10:00}} / 반납 : {{date:2024-04-15 18:00}}
업체 : {{org_name:(주)그린렌터카 수원역점}} {{public_number:1577-8825}}"""},

{"id": "s7-m05-003", "kind": "email", "text": """Dear Suwon Tourist Information Center,

I am writing about a problem at a hanok stay near Hwaseong Fortress. We (my wife [[PERSON:Chloe Martin]] and I, [[PERSON:Lucas Martin]]) stayed there on {{date:19-21 May 2024}}. The heating did not work and the owner refused any refund. We paid with my card ending [[CREDIT_CARD:**** **** **** 4471]].
Our booking was under passport [[KR_PASSPORT:21FV33048]] (French).
Reply to [[EMAIL_ADDRESS:lucas.martin.lyon@free.fr]] please.
Best regards, [[PERSON:Lucas]]"""},

{"id": "s7-m05-004", "kind": "sms", "text": """[용인 한국민속촌] [[PERSON:박서아]]님 {{date:2024.10.31}} 할로윈 야간개장 2매 예매취소 완료. 환불금액 {{amount:56,000원}}은 카드사 사정에 따라 3~5영업일 소요."""},

{"id": "s7-m05-005", "kind": "table", "text": """관광불편신고 접수 대장 ({{date:2024년 3분기}})
접수번호|접수일|신고인|연락처|유형|처리
{{case_number:T24-0711}}|{{date:07.02}}|[[PERSON:임재용]]|[[PHONE_NUMBER:010-4512-77O1]]|택시 부당요금|이첩
{{case_number:T24-0756}}|{{date:07.19}}|[[PERSON:Liu Yang]]|[[PHONE_NUMBER:+86 138 1024 5567]]|숙박 위생|현장점검
{{case_number:T24-0802}}|{{date:08.06}}|[[PERSON:권○영]]|[[PHONE_NUMBER:010-****-3390]]|바가지 요금|계도
{{case_number:T24-0849}}|{{date:09.14}}|[[PERSON:Sarah O'Neil]]|[[PHONE_NUMBER:010 2871 0945]]|안내 불친절|완료"""},

{"id": "s7-m05-006", "kind": "complaint", "text": """펜션 환불 분쟁 관련 (용인 처인구 소재)

{{date:지난달 24일}} 가족여행으로 처인구 원삼면 펜션(독채)을 예약했는데, 도착해보니 사진과 완전히 달랐습니다. 수영장은 물이 없고 바베큐장은 공사중이었습니다. 사장님([[PERSON:류재만]], [[PHONE_NUMBER:010-3391-08xx]]이라 적혀있던데 통화 안됨)은 "환불 불가 규정"만 얘기하십니다.
펜션 주소: [[KR_ADDRESS:용인시 처인구 원삼면 사암리 산 42-3]]
저희 집: [[KR_ADDRESS:경기 화성시 동탄대로 537 동탄역 롯데캐슬 3102동 2701호]]
이름 [[PERSON:구민서]] / 휴대폰 [[PHONE_NUMBER:010-6180-2753]]
입금한 계좌(펜션측): 우리 [[BANK_ACCOUNT:1002-553-817209]] 예금주 [[PERSON:류재만]]"""},

{"id": "s7-m05-007", "kind": "letter", "text": """회신문

수신: [[PERSON:구민서]] 님 ([[KR_ADDRESS:화성시 동탄대로 537, 3102-2701]])
제목: 관광불편신고({{case_number:2024-관광-0193}}) 처리결과 알림

귀하께서 신고하신 펜션은 농어촌민박으로 신고된 업소로, {{date:2024. 9. 10.}} 현장 확인 결과 부대시설 미운영 사실을 확인하였습니다. 환불 관련 사항은 민사 분쟁에 해당하여 {{org_name:한국소비자원}}({{public_number:1372}})에 조정 신청하실 것을 안내드립니다.
담당: 관광과 [[PERSON:봉은혜]] 주무관 ☎ [[PHONE_NUMBER:031-324-2137]]"""},

{"id": "s7-m05-008", "kind": "chat", "text": """[에어비앤비 메시지 캡처 - 민원 첨부]
Host [[PERSON:Jun]]: 체크인 {{time:3pm}} 이에요. 비번은 당일 보내드릴게요
Guest [[PERSON:Mia Schulz]]: Hi, we arrived but the door code doesn't work :(
Host [[PERSON:Jun]]: 잠시만요 ㅠㅠ 관리인 [[PERSON:영철]] 삼촌 보낼게요 [[PHONE_NUMBER:010-7044-1293]]
Guest [[PERSON:Mia Schulz]]: We waited 2 hours outside at [[KR_ADDRESS:Seongnam-daero 331beon-gil 8, #402]]"""},

{"id": "s7-m05-009", "kind": "form", "text": """관광통역안내사 현장 배치 확인서
안내사 [[PERSON:문혜원]]   자격번호 {{document_number:제2019-中-0412호}}
생년월일 [[BIRTH_DATE:88년 3월 6일]]
배치장소 {{place_name:화성행궁}} 매표소 옆 안내부스
배치기간 {{date:24.5.1~24.5.31}}
연락처 [[PHONE_NUMBER:010-8862-5170]]
언어: 중국어(간체), 영어"""},

{"id": "s7-m05-010", "kind": "memo", "text": """관광안내소 일일보고 {{date:6/8(토)}}
- 오전 방문객 {{statistic:214}}명 (외국인 {{statistic:61}})
- 대만 관광객 [[PERSON:Chen Yi-Ting]] 님 여권 분실 신고 도움: 여권번호 [[KR_PASSPORT:318877425]], 영사관 안내 후 {{org_name:수원중부경찰서}} 동행
- 택시 요금 시비: 차량 [[KR_CAR_PLATE:경기31바4420]] → 택시운송조합 통보
- 근무자: [[PERSON:오서진]], [[PERSON:함지유]]"""},

{"id": "s7-m05-011", "kind": "complaint", "text": """호텔 주차 중 차량 파손 피해 신고

{{date:2024.11.09}} 성남 분당구 소재 호텔에 투숙했고 발렛 맡긴 제 차 [[KR_CAR_PLATE:228조 6014]] 뒷범퍼가 긁혀 돌아왔습니다. 호텔은 CCTV 확인 불가라고만 합니다.
성명: [[PERSON:남재홍]] ([[BIRTH_DATE:79.02.11]]생)
주소: [[KR_ADDRESS:대전 유성구 대학로 291 한빛아파트 131동 1103호]]
운전면허번호: [[KR_DRIVER_LICENSE:대전 79-004412-37]]
연락처: [[PHONE_NUMBER:010–2984–6120]]"""},

{"id": "s7-m05-012", "kind": "receipt", "text": """[숙박 영수증]
상호 : 스테이 광교 (대표 [[PERSON:Seo Hyun-woo]])
사업자등록번호 : [[KR_BRN:135-17-6602?]]
소재지 : [[KR_ADDRESS:수원시 영통구 광교호수공원로 80, 광교 앨리웨이 C동 5층]]
투숙객 : [[PERSON:전아름]] 외 1
체크인 {{date:2024.12.24}} / 체크아웃 {{date:2024.12.25}}
객실 {{room_number:702호}} 디럭스 더블
합계 {{amount:189,000}}원 (VAT포함)
결제: 현금영수증 [[PHONE_NUMBER:010-****-4416]]"""},

{"id": "s7-m05-013", "kind": "letter", "text": """사실확인서
본인 [[PERSON:배영순]]([[BIRTH_DATE:1961.09.03]])은 {{date:2024년 8월 15일}} 수원 화성 성곽길 투어 중 관광가이드 [[PERSON:신동철]]이 일행 {{statistic:12}}명에게 특정 기념품점 방문을 강요한 사실을 확인합니다.
주소: [[KR_ADDRESS:경상북도 안동시 경동로 680, 2동 401호]]
{{date:2024. 8. 20.}}  확인인 [[PERSON:배영순]] (인)"""},

{"id": "s7-m05-014", "kind": "sms", "text": """[Web발신] [[PERSON:차상민]] 고객님, 수원 가족호텔 객실 예약({{date:01/11~01/12}}) 확정. 예약번호 {{reservation_number:HS25011122}}. 문의 {{public_number:031-258-1000}}"""},

{"id": "s7-m05-015", "kind": "form", "text": """단체관광 버스 주차 사전등록 (화성행궁 공영주차장)
여행사: {{org_name:한빛투어}} / 담당 [[PERSON:성가영]] [[PHONE_NUMBER:010-5021-3378]]
차량번호: [[KR_CAR_PLATE:충남70자 3381]]
기사: [[PERSON:윤택상]] 면허 [[KR_DRIVER_LICENSE:13-83-402218-11]]
도착 예정: {{date:2024.10.12}} {{time:09:40}}"""},
]
