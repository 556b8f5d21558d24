# Writer u, batch 02: illegal dumping, recycling and waste fines.
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u02-001", "kind": "ocr_notice", "text": """과 태 료 부 과 사 전 통 지 서
문서번호 : {{document_number:자원순환과-1782}}    발송일 : {{date:2024.04.16}}

당 사 자  성명 : [[PERSON:노 재 성]]    주민등록번호 : [[KR_RRN:830207-1******]]
          주소 : [[KR_ADDRESS:경기도 수원시 권선구 곡반정로 21번길 37-4, 201호]]
위반일시 : {{date:2024. 3. 29.}} 22:14경
위반장소 : {{place_name:권선구 곡반정동 곡반정로 21번길 노상}}
위반내용 : 종량제봉투 미사용 생활폐기물 무단투기 (폐기물관리법 제8조제1항)
과태료 금액 : {{amount:500,000원}} (의견제출기한 내 자진납부 시 20% 감경)
의견제출기한 : {{date:2024. 5. 1.}}까지
납부계좌 : 농협 {{public_account:301-0187-4421-11}} (예금주 수원시세입금)
담당 : 자원순환과 [[PERSON:탁민서]] {{public_number:031-228-2453}}"""},

{"id": "s9-u02-002", "kind": "spreadsheet", "text": """CCTV 무단투기 적발 현황(5월분)
적발일시\t장소\t차량번호\t소유자\t생년월일\t조치
{{date:05.03 23:41}}\t{{place_name:서둔동 농촌진흥청 옛터 앞}}\t[[KR_CAR_PLATE:52루8814]]\t[[PERSON:임하준]]\t[[BIRTH_DATE:1990-06-21]]\t사전통지
{{date:05.08 04:12}}\t{{place_name:고색동 산업단지 3길}}\t[[KR_CAR_PLATE:경기80배 6620]]\t{{org_name:(주)고색물류}}\t-\t법인 통보
{{date:05.11 21:05}}\t{{place_name:호매실동 칠보산 입구}}\t[[KR_CAR_PLATE:119다 3097]]\t[[PERSON:류수빈]]\t[[BIRTH_DATE:01.12.30]]\t사전통지
{{date:05.19 02:58}}\t{{place_name:입북동 농로}}\t[[KR_CAR_PLATE:35하 7102]]\t렌터카(임차인 [[PERSON:변지섭]])\t[[BIRTH_DATE:19950314]]\t임차인 확인중
{{date:05.27 19:30}}\t{{place_name:세류역 고가 밑}}\t판독불가\t-\t-\t계도"""},

{"id": "s9-u02-003", "kind": "reward_application", "text": """쓰레기 무단투기 신고포상금 지급 신청서

신고인: [[PERSON:오은비]] (생년월일: [[BIRTH_DATE:88년 7월 3일]])
주소: [[KR_ADDRESS:수원시 팔달구 매산로 1가 34-9]]
전화: [[PHONE_NUMBER:010-7204-3356]]
신고내용: {{date:2024.06.02}} 새벽 매산시장 뒷골목에서 트럭으로 폐가구를 버리는 장면 촬영(동영상 1건)
포상금 입금계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-02-7781234]] 예금주 [[PERSON:오은비]]
※ 포상금은 과태료 부과액의 {{statistic:10%}}(최대 {{amount:50만원}}) 이내로 지급됩니다."""},

{"id": "s9-u02-004", "kind": "sms", "text": """[용인시] 대형폐기물 배출신고 완료
신고번호 {{receipt_number:YI240611-00847}}
품목: 장롱(1.2m이상) 1, 매트리스(싱글) 1
수수료 {{amount:17,000원}} 결제(신한카드 [[CREDIT_CARD:4518-42**-****-3307]])
수거예정 {{date:6/13(목)}}
배출장소: [[KR_ADDRESS:처인구 금학로 225 명지아파트 102동]] 앞
문의 {{public_number:1577-4200}}"""},

{"id": "s9-u02-005", "kind": "kakaotalk_chat", "text": """[장안구 청소행정팀 현장] 
미화원 [[PERSON:진성만]]: 파장동 버스정류장 뒤에 또 비닐봉투 5개요 사진 보냄
미화원 [[PERSON:진성만]]: 봉투 안에 택배송장 나왔어요
팀장: 송장에 뭐라고 써있어요?
미화원 [[PERSON:진성만]]: 받는분 [[PERSON:설*경]] 주소 [[KR_ADDRESS:장안구 파장로 74번길 18 3층]] 전화 [[PHONE_NUMBER:010-93**-6412]] 운송장번호는 {{tracking_number:6875 2210 4419}}
팀장: ㅇㅋ 주무관님한테 넘길게요 송장 버리지 말고 보관
주무관 [[PERSON:류재희]]: 네 받았습니다 내일 사실확인 요청 보내겠습니다"""},

{"id": "s9-u02-006", "kind": "citizen_letter", "text": """의견진술서

성명 [[PERSON:백승아]]   생년월일 [[BIRTH_DATE:1976/9/14]]
주소 [[KR_ADDRESS:성남시 분당구 내정로 165번길 35, 한양아파트 305동 1101호]]
연락처 [[PHONE_NUMBER:010)6655-2013]] / 자택 [[PHONE_NUMBER:031)712-4485]]

저는 {{date:2024년 7월 9일}} 과태료 사전통지를 받았는데 당일 저는 부산 친정에 있었습니다(KTX 승차권 첨부). 쓰레기 봉투에서 나온 영수증은 저희 집에서 재활용으로 내놓은 종이상자 안에 있던 것이고 누군가 그걸 주워서 같이 버린 것 같습니다. 억울하니 부과를 취소해 주십시오.
{{date:2024. 7. 15.}}  진술인 [[PERSON:백승아]]"""},

{"id": "s9-u02-007", "kind": "officer_memo", "text": """과태료 감경 검토(기초생활수급자 등)
- [[PERSON:윤석구]]([[BIRTH_DATE:'51.3.2]]) 생계급여 수급 → 50% 감경
- [[PERSON:김 순 덕]]([[BIRTH_DATE:1944. 12. 9.]]) 차상위 → 50% 감경
- [[PERSON:Nguyen Thi Huong]](응우옌 티 흐엉, [[BIRTH_DATE:1989.04.27]]) 한부모 → 감경 제외(서류 미제출, {{date:8/30}}까지 보완요청)
작성 {{date:2024.08.19.}} 자원순환과 [[PERSON:탁민서]]"""},

{"id": "s9-u02-008", "kind": "call_transcript", "text": """상담원: 네, 성남시 콜센터입니다.
민원인: 옆집 사람이 자꾸 음식물 쓰레기를 우리 집 앞 전봇대에 버려요.
상담원: 네 불편하셨겠습니다. 혹시 상대방을 아시나요?
민원인: 이름은 모르고 흰색 카니발인데 번호가 [[KR_CAR_PLATE:이칠칠 거 팔팔공일]]이에요. 매일 밤 열한시쯤.
상담원: 선생님 성함하고 연락처 부탁드려요.
민원인: [[PERSON:차윤희]]요, [[PHONE_NUMBER:010-4418-9027]]. 근데 제 이름은 절대 말하지 마세요.
상담원: 네 신고자 정보는 비공개로 처리됩니다. 중원구 자원순환과로 전달하겠습니다."""},

{"id": "s9-u02-009", "kind": "payment_record", "text": """과태료 납부 내역 조회
납부자: [[PERSON:임하준]]
고지번호: {{document_number:41111-2024-05-00318}}
납부일시: {{date:2024-06-14 13:22:09}}
납부방법: 신용카드 / [[CREDIT_CARD:9410 6120 0384 552?]] (삼성)
승인번호: {{code:30118472}}  할부: 일시불
납부금액: {{amount:400,000}} 원"""},

{"id": "s9-u02-010", "kind": "inspection_report", "text": """불법소각 현장 확인서
일시: {{date:2024.11.05.(화) 15:30}}
장소: [[KR_ADDRESS:용인시 처인구 원삼면 독성리 산 42-1]] (밭)
행위자: [[PERSON:마석환]] ([[BIRTH_DATE:1949년생]], 경작자)
  본인 진술: "농사 끝나고 비닐 조금 태웠다, 몰랐다"
  연락처: [[PHONE_NUMBER:011-372-4408]] (아들 [[PERSON:마동현]] [[PHONE_NUMBER:010-2817-4490]])
소각물: 폐비닐, 고춧대 약 {{statistic:30kg}}
확인자: 처인구 환경과 [[PERSON:석지윤]], 원삼면 [[PERSON:모태준]]"""},

{"id": "s9-u02-011", "kind": "registration_form", "text": """폐기물 수집·운반업 (생활계 재활용) 변경신고서
대표자 성명: [[PERSON:하종국]]     주민등록번호: [[KR_RRN:690930-150211?]]
상호: {{org_name:종국자원}}    사업자등록번호: [[KR_BRN:142-07-6228?]]
사업장 소재지: [[KR_ADDRESS:경기도 성남시 중원구 사기막골로 62, 나동 1층 105호]]
연락처: [[PHONE_NUMBER:031-749-0273]] / 휴대 [[PHONE_NUMBER:010-3772-1560]]
변경사항: 수집·운반 차량 추가 [[KR_CAR_PLATE:경기 90 아 5128]] (1톤 카고)
운전원: [[PERSON:하민재]] 운전면허 [[KR_DRIVER_LICENSE:경기 09-241753-12]]
신고일 {{date:2024년 9월 23일}}"""},

{"id": "s9-u02-012", "kind": "email", "text": """From: [[PERSON:Maria Santos]] <[[EMAIL_ADDRESS:maria.santos.ph@gmail.com]]>
To: {{public_email:global@suwon.go.kr}}
Date: {{date:Mon, 2 Sep 2024 10:05:41 +0900}}
Subject: Fine letter - I don't understand

Dear Sir/Madam,
I got a letter about garbage fine (50만원?). I am new in Korea and did not know about the yellow bag for food waste. My details:
Alien Registration No. [[KR_FRN:960112-6******]]
Passport [[KR_PASSPORT:P4417728B]]
Address [[KR_ADDRESS:Rm 302, 17-3 Hwaseo-ro 54beon-gil, Paldal-gu, Suwon]]
Can I pay less? Thank you.
[[PERSON:Maria]]"""},

{"id": "s9-u02-013", "kind": "work_log", "text": """무단투기 단속반 근무일지 {{date:2024-10-07}}
근무자 | 사번 | 구간 | 적발
[[PERSON:강병철]] | [[EMPLOYEE_ID:SW-G2017-0412]] | 연무동~조원동 | 3건
[[PERSON:심우람]] | [[EMPLOYEE_ID:SW-G2021-1088]] | 정자동~천천동 | 1건
[[PERSON:여민지]](기간제) | [[EMPLOYEE_ID:T24-0093]] | 영화동 | 0건
특이사항: {{place_name:조원시장}} 앞 상습투기지 CCTV 고장({{code:CAM-JW-07}}), 수리요청"""},

{"id": "s9-u02-014", "kind": "officer_memo", "text": """건설폐기물 방치 건 — 조치사항
{{place_name:수지구 동천동 공터}}(지번 [[KR_ADDRESS:동천동 873-2]])에 폐콘크리트·폐목재 약 {{statistic:12톤}} 방치.
인근 CCTV 확인 결과 {{date:9/21 06:10}} 덤프트럭 [[KR_CAR_PLATE:경기95자2231]] 하역 장면 확보.
차주 [[PERSON:봉현석]](개인, [[BIRTH_DATE:73.08.11]]), 운전자는 차주 본인 진술.
운전면허 [[KR_DRIVER_LICENSE:13-93-116204-55]] 확인. 배출자({{org_name:유진인테리어}}) 추적 중."""},

{"id": "s9-u02-015", "kind": "application", "text": """쓰레기 종량제봉투 판매소 지정 신청

상호: {{org_name:행복마트 영통점}} (개인)
대표: [[PERSON:주 현 아]]   사업자번호: [[KR_BRN:515-28-0190?]]
주소: [[KR_ADDRESS:수원시 영통구 봉영로 1612, 1층 (영통동)]]
영업시간: 07:00~24:00
판매 예정 봉투: 일반용 5L/10L/20L, 음식물 2L
신청일: {{date:'24. 10. 2.}}"""},

{"id": "s9-u02-016", "kind": "web_post", "text": """신고합니다. {{date:어제 밤 10시 반쯤}} 광교 카페거리 뒤 골목에 검은 SUV [[KR_CAR_PLATE:12머 3456]] 차주가 이삿짐 쓰레기 한가득 버리고 감. 영상 있음. 연락은 [[EMAIL_ADDRESS:noelkim_0921@hanmail.net]]"""},

{"id": "s9-u02-017", "kind": "spreadsheet", "text": """음식물류 RFID 세대카드 발급대장 (광교2동)
세대주,주소,카드번호,발급일,비고
[[PERSON:엄태현]],"[[KR_ADDRESS:광교호수로 152 402동 1703호]]",{{code:RF-8820-1104-3371}},{{date:2024.02.05}},재발급
[[PERSON:장 유나]],"[[KR_ADDRESS:광교호수로 152 407동 602호]]",{{code:RF-8820-1104-3388}},{{date:2024.02.05}},
[[PERSON:Ahmed Khalil]],"[[KR_ADDRESS:광교중앙로 248번길 7 B동 201호]]",{{code:RF-8820-1104-3402}},{{date:2024.02.06}},외국인
[[PERSON:표○○]],"[[KR_ADDRESS:광교호수로 160 501동 ○○○호]]",{{code:RF-8820-1104-3419}},{{date:2024.02.07}},분실"""},

{"id": "s9-u02-018", "kind": "email", "text": """수신: [[EMAIL_ADDRESS:baek.seunga@daum.net]]
제목: [성남시 분당구] 과태료 의견진술 검토결과 안내

[[PERSON:백승아]] 님께,
제출하신 의견진술서({{date:7.15.}} 접수)와 승차권 자료를 검토한 결과, 위반 당시 현장에 계시지 않은 것으로 확인되어 과태료 부과를 취소하였습니다.
불편을 드려 죄송합니다.
분당구청 환경위생과 [[PERSON:명재원]] 드림 ([[EMAIL_ADDRESS:mjw2231@korea.kr]], 직통 [[PHONE_NUMBER:031-729-5317]])"""},
]
