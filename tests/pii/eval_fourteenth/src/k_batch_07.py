# Writer k, batch 07: family events (돌잔치, 칠순, 경조금), mixed community and trade records.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s14-k07-001", "kind": "first_birthday_invitation", "text": """🎉 [[PERSON:이로운]]의 첫 번째 생일에 초대합니다 🎉

[[BIRTH_DATE:2024년 10월 5일]]에 태어난 우리 [[PERSON:로운]]이가
어느덧 첫 돌을 맞이했습니다.

일시 : {{date:2025년 10월 4일(토)}} 오전 11시 30분
장소 : {{place_name:라온제나 돌잔치홀}} 3층 (수원 인계동)

아빠 [[PERSON:이승재]] · 엄마 [[PERSON:전다은]] 드림"""},

{"id": "s14-k07-002", "kind": "family_event_support", "text": """경조금 지급 신청서 (사내 인트라넷 출력)
신청자 사번: [[EMPLOYEE_ID:20190338]]   성명: [[PERSON:표준호]]   소속: 물류운영팀
경조 구분: 본인 결혼
경조일: {{date:2025-05-24}}
배우자 성명: [[PERSON:양수경]] / 생년월일 [[BIRTH_DATE:1993-07-19]]
지급 계좌: 하나은행 [[BANK_ACCOUNT:620-219877-30207]] (본인 명의)
첨부: 청첩장 사본, 가족관계증명서
신청일시: {{date:2025-05-02 10:14}}   접속IP [[IP_ADDRESS:10.21.4.117]]
결재: 팀장 [[PERSON:국현철]] → 인사팀 [[PERSON:엄소정]]"""},

{"id": "s14-k07-003", "kind": "seventieth_birthday", "text": """칠순 잔치 초대장

저희 어머님 [[PERSON:심복자]] 여사께서
[[BIRTH_DATE:을축년 음력 정월 스무이레]]에 태어나 올해 고희를 맞으셨습니다.
그동안 베풀어주신 은혜에 감사드리며 조촐한 자리를 마련하였습니다.

때 : {{date:2025년 2월 23일 일요일}} 낮 12시
곳 : {{place_name:용인 한국민속촌 앞 한식뷔페 '담'}} 별실

아들 [[PERSON:노현태]] · 며느리 [[PERSON:곽지희]]
딸 [[PERSON:노현주]] · 사위 [[PERSON:Michael Brandt]] 올림"""},

{"id": "s14-k07-004", "kind": "delivery_complaint", "text": """[식품의약품안전처 부정불량식품 신고 1399 → 수원시 영통구 위생과 이첩]
신고인 [[PERSON:여민아]] / [[BIRTH_DATE:'99.01.23]] / [[PHONE_NUMBER:010-9302-5574]]
신고 대상 업소: {{org_name:오늘은마라탕 망포점}}
  대표자 [[PERSON:천웨이]](중국 국적), 사업자 [[KR_BRN:783-42-0117?]]
  외국인등록번호 [[KR_FRN:850714-6342018]] (영업신고증 사본 기재)
  소재지 [[KR_ADDRESS:수원시 영통구 망포로 29, 1층 103호]]
내용: 배달 주문(주문일 {{date:2025.08.30}}) 마라탕에서 머리카락 다량 발견
처리기한 {{date:2025.09.12}}"""},

{"id": "s14-k07-005", "kind": "secondhand_chat", "text": """판매자: 본인 확인 때문에 그러는데 면허증 사진 보내주실 수 있나요? 캠핑카 렌트 양도라서요
구매자: 아 네 (사진 전송)
판매자: 번호가 잘 안 보이는데 적어주세요
구매자: [[KR_DRIVER_LICENSE:경기19-334812-72]] 이요 1종보통
판매자: 생년월일도요
구매자: [[BIRTH_DATE:85년 3월 2일]]
판매자: 네 {{date:7월 5일}}부터 {{date:7월 8일}}까지 인수하시면 됩니다 차량 [[KR_CAR_PLATE:98허 1027]]"""},

{"id": "s14-k07-006", "kind": "obituary_notice", "text": """[부고] {{org_name:분당구 야탑3동 통장협의회}}
통장 [[PERSON:소병진]]님의 부인 故 [[PERSON:권미애]]님께서 {{date:2025.11.02}} 별세
고인 생년월일: [[BIRTH_DATE:1962년 5월 27일]]
빈소: {{place_name:분당제생병원 장례식장}} 특1호
발인: {{date:11.04(화)}} 07:00
조의금 계좌: [[PERSON:소병진]] 농협 [[BANK_ACCOUNT:351-1109-4873-33]]
상주 연락처: 아들 [[PERSON:소재민]] [[PHONE_NUMBER:010-8327-2290]]"""},

{"id": "s14-k07-007", "kind": "delivery_complaint", "text": """고객센터 이메일 문의
From: [[PERSON:Seo Hyunwoo]] <[[EMAIL_ADDRESS:hyunwoo.seo@snu.ac.kr]]>
To: {{public_email:help@baemin-support.kr}}
Date: {{date:Tue, 14 Oct 2025 21:03:44 +0900}}
Subject: 결제 이중 청구 건

안녕하세요. {{date:10월 12일}} 주문(주문번호 {{order_number:T2510122231XZ}}) 결제가 두 번 청구됐습니다.
카드: 삼성카드 [[CREDIT_CARD:5522 7791 0283 416?]]
청구 금액 {{amount:32,500원}} x 2회
한 건 취소 부탁드립니다.
Sent from my iPhone"""},

{"id": "s14-k07-008", "kind": "community_post", "text": """[디시 ○○갤러리] 동창회 나갔다가 현타옴
ㅇㅇ([[IP_ADDRESS:223.38]]) {{date:2025.11.30 02:11}}

20년만에 초딩 동창회 갔는데 다들 차 얘기 집 얘기만 함
한 놈은 자기 집 주소까지 말하면서 [[KR_ADDRESS:반포 래미안원베일리 1xx동]] 자랑하더라 ㅋㅋ
나만 월세 사는 듯

ㅇㅇ([[IP_ADDRESS:39.7.**.**]]): 원래 동창회가 그럼
ㅇㅇ([[IP_ADDRESS:106.101]]): 나가지 마 정신건강에 해로움"""},

{"id": "s14-k07-009", "kind": "religious_group", "text": """{{org_name:수원 ○○교회}} 청년부 수련회 참가 신청 (구글폼 응답 시트)
타임스탬프,이름,성별,생년월일,연락처,차량 제공 여부,차량번호
{{date:2025/07/01 9:14:22}},[[PERSON:하예준]],남,[[BIRTH_DATE:2001. 5. 30]],[[PHONE_NUMBER:010-4210-3385]],예,[[KR_CAR_PLATE:33우 5106]]
{{date:2025/07/01 11:02:57}},[[PERSON:금소윤]],여,[[BIRTH_DATE:2003. 12. 8]],[[PHONE_NUMBER:010-2718-4406]],아니오,
{{date:2025/07/02 22:45:10}},[[PERSON:Joshua Lim]],남,[[BIRTH_DATE:1999. 9. 21]],[[PHONE_NUMBER:010-5560-2234]],예,[[KR_CAR_PLATE:153보 7742]]
{{date:2025/07/03 8:30:05}},[[PERSON:방은재]],여,[[BIRTH_DATE:２００２．０４．１７]],[[PHONE_NUMBER:０１０－３８２１－９００４]],아니오,"""},

{"id": "s14-k07-010", "kind": "minwon", "text": """민원 요지 (접수 {{date:2025.10.20.}}, 용인시 처인구 민원봉사과)
민원인 [[PERSON:권태오]]([[BIRTH_DATE:1970.04.02]]) 주소 [[KR_ADDRESS:용인시 처인구 모현읍 외대로 54번길 23-5]]
요지: 마을 부녀회가 공동 텃밭 참여자 명단(주민번호 포함)을 마을회관 게시판에 붙였음.
게시물에 본인 주민번호 [[KR_RRN:700402-1******]] 및 처 [[PERSON:나혜련]] [[KR_RRN:730918-2******]] 노출.
요청: 게시물 즉시 철거 및 재발 방지
담당: 모현읍 행정복지센터 {{public_number:031-324-5513}}"""},

{"id": "s14-k07-011", "kind": "secondhand_post", "text": """[번개장터] 개인 사업 정리합니다 (카페 집기 일괄)
에스프레소 머신, 제빙기, 냉장쇼케이스 등
{{org_name:카페 모아}} (개인사업자 [[KR_BRN:201-17-4430?]], 대표 [[PERSON:신하림]]) 폐업 정리
세금계산서 발행 가능
위치: [[KR_ADDRESS:성남시 수정구 수정로 171번길 12, 1층]] 매장에서 직접 보고 가세요
연락: [[PHONE_NUMBER:010-3104-7728]] (문자 주세요)
폐업 예정일 {{date:2025-12-31}}"""},

{"id": "s14-k07-012", "kind": "group_chat", "text": """[대학 동기 12학번방]
[[PERSON:준호]]: 학교에서 졸업 10주년 홈커밍 한대 학번 인증해야 함
[[PERSON:예슬]]: 나 학번 기억 안나 ㅋㅋ
[[PERSON:준호]]: 학생증 찾아봐 12로 시작하는 8자리
[[PERSON:예슬]]: 찾았다 [[STUDENT_ID:12150873]]
[[PERSON:승철]]: 난 [[STUDENT_ID:12150911]] 
[[PERSON:준호]]: 신청 링크는 {{public_email:alumni@kyonggi.ac.kr}} 로 메일 보내면 됨 마감 {{date:4/30}}"""},

{"id": "s14-k07-013", "kind": "delivery_complaint", "text": """[배달대행 라이더 사고 경위서]
라이더: [[PERSON:맹준석]] ([[BIRTH_DATE:2000년 8월 11일]]생) 소속 {{org_name:바로고 영통지사}}
이륜차 번호: [[KR_CAR_PLATE:경기 수원 마 8213]]
운전면허: [[KR_DRIVER_LICENSE:13-20-117736-54]] (2종 소형)
사고 일시: {{date:2025-09-19 12:47}}
장소: [[KR_ADDRESS:영통구 봉영로 1612]] 앞 사거리 ({{place_name:영통역}} 방향)
상대 차량: [[KR_CAR_PLATE:28더 6731]] 운전자 [[PERSON:구혜린]] [[PHONE_NUMBER:010-6617-0452]]
보험 접수번호 {{case_number:DB25-0919-113320}}"""},

{"id": "s14-k07-014", "kind": "alumni_notice", "text": """Dear alumni,
This is [[PERSON:Hannah Cho]] from the Suwon International School Alumni Committee.
Our reunion is on {{date:December 6, 2025}} at {{place_name:Courtyard Marriott Suwon}}.
Please RSVP to me at [[EMAIL_ADDRESS:hannah.cho.sis03@gmail.com]] or text [[PHONE_NUMBER:+82 10 5823 1147]].
Class of 2003 (born [[BIRTH_DATE:1985]]) — we are missing addresses for [[PERSON:Kevin Yoo]] and [[PERSON:Soyeon Baek]]."""},

{"id": "s14-k07-015", "kind": "club_receipt", "text": """[공동구매 정산] 광교 러닝크루 단체 티셔츠
업체: {{org_name:런앤런 스포츠}} / 대표 [[PERSON:엄태균]] / 사업자등록번호 [[KR_BRN:603-19-7752?]] (간이과세자)
결제일 {{date:2025.04.28}}  결제금액 {{amount:1,140,000원}} (38벌)
결제카드: 크루장 [[PERSON:오지민]] 개인카드 BC [[CREDIT_CARD:9410 6102 3387 224?]]
인증서 OID {{oid:1.2.410.200005.1.1.4}} / 단말기 {{version:v3.1.0.22}}
정산: 1인 {{amount:30,000원}} → 크루장 계좌로 {{date:5/3}}까지"""},

{"id": "s14-k07-016", "kind": "secondhand_chat", "text": "판매자: 안전결제 말고 카드 직접 결제하시려면 제 가게 단말기로 할게요. [[PERSON:하윤서]] 공방 사업자 [[KR_BRN:318-52-0904?]] 로 영수증 나가요 / 구매자: 네 카드 끝자리 [[CREDIT_CARD:****-****-****-7706]] 국민이에요 / 판매자: 네 {{amount:12만원}} 승인났어요 {{time:15:42}}"},
]
