# Writer a, batch 04: foreign residents, towing, school-related complaints, portal logs, shops.
# All values are invented. CC0 1.0.
DOCS = [
{"id": "s3-a04-001", "kind": "counsel_note", "text": """[견인차량 인수 기록]
견인일시 {{date:2024.03.30 07:50}} / 견인장소 {{place_name:성남대로 모란역 5번출구 앞}}
차량번호 [[KR_CAR_PLATE:서울 31 다 7742]] (구형번호판)
인수자 [[PERSON:방준영]] / 면허번호 [[KR_DRIVER_LICENSE:서울 04-155230-11]] / 연락처 [[PHONE_NUMBER:010-8842-0317]]
견인료 {{amount:40,000원}} + 보관료 {{amount:6,000원}} 카드결제(BC [[CREDIT_CARD:9490-22**-****-5031]])
보관소 직원 [[PERSON:권대일]]"""},

{"id": "s3-a04-002", "kind": "complaint_letter", "text": """학교 앞 불법 주정차 좀 단속해 주세요.

저는 [[KR_ADDRESS:수원시 영통구 태장로 35 망포자이 303동 1104호]]에 사는 학부모 [[PERSON:채은하]]입니다. 아이는 태장초등학교 2학년 [[PERSON:성준우]]({{class_info:2학년 3반}})예요.
등교시간(8:20~8:50)에 어린이보호구역 안에 차들이 줄줄이 서 있어요. 특히 [[KR_CAR_PLATE:48하 3021]] 렌터카는 매일 그 자리에 있습니다.
작년 {{date:10월 17일}}에는 1학년 아이가 차 사이에서 튀어나오다 부딪힐 뻔했어요."""},

{"id": "s3-a04-003", "kind": "portal_export", "text": """{{date:2024-06-12T23:41:08+09:00}} POST /minwon/apply.do status=200 uid=guest ip=[[IP_ADDRESS:121.131.88.40]] name="[[PERSON:염태호]]" tel="[[PHONE_NUMBER:01066172230]]"
{{date:2024-06-12T23:41:55+09:00}} POST /minwon/apply.do status=500 uid=guest ip=[[IP_ADDRESS:121.131.88.40]] err=ORA-01400
{{date:2024-06-12T23:43:02+09:00}} GET /minwon/result.do?no={{case_number:MW240612-0931}} ip=[[IP_ADDRESS:fe80::1c3a:9dff:fe21:7b02]] netmask={{subnet_mask:255.255.255.0}}"""},

{"id": "s3-a04-004", "kind": "intake_note", "text": """다문화가정 방문상담 기록지
상담일: {{date:2024.04.25.}}
상담대상: [[PERSON:Maria Clara Santos]] (필리핀), 생년월일 [[BIRTH_DATE:12/08/1990]] (DD/MM/YYYY로 기재)
여권번호 [[KR_PASSPORT:P4419726B]], 외국인등록번호 [[KR_FRN:900812-6******]]
배우자 [[PERSON:하동원]] ([[BIRTH_DATE:1975년 2월]]생, 농업)
자녀 [[PERSON:하지안]] (만 4세, [[BIRTH_DATE:2019. 12. 3.]])
주소: [[KR_ADDRESS:용인시 처인구 원삼면 사암리 301-2]]
요청사항: 한국어교육, 자녀 언어발달 검사
상담자 [[PERSON:임보라]] (다문화가족지원센터)"""},

{"id": "s3-a04-005", "kind": "email", "text": """[[PERSON:변재석]] 교수님께

안녕하십니까. 수원시 평생학습관 [[PERSON:여지원]]입니다.
시민대학 강좌 수강생 명단 송부드립니다. 학점은행 연계 대상자는 학번을 함께 적었습니다.

1. [[PERSON:오세영]] / 학번 [[STUDENT_ID:24-0118]]
2. [[PERSON:전미라]] / 학번 [[STUDENT_ID:24-0127]]
3. [[PERSON:우경태]] / (청강, 학번 없음)

강의실: {{room_number:평생학습관 305호}}, 개강 {{date:3월 6일}}.
[[PERSON:여지원]] 드림 / [[EMAIL_ADDRESS:jiwon.yeo@korea.kr]] / 내선 {{public_number:5573}}"""},

{"id": "s3-a04-006", "kind": "sms", "text": """[[PERSON:민서]]엄마 저예요 ㅎㅎ 구청에 아동수당 신청할때 애기 생일 [[BIRTH_DATE:23.10.5]] 맞게 썼는지 봐줄래요? 출생신고는 {{date:10.20}}에 했는데 헷갈려서ㅠ"""},

{"id": "s3-a04-007", "kind": "complaint_letter", "text": """민원 제기 (노점상 영업 방해)

저는 [[KR_ADDRESS:성남시 중원구 광명로 22 모란시장 상가 가동 14호]]에서 한약재 가게를 하는 [[PERSON:탁영순]]입니다(개인사업자 [[KR_BRN:129-11-7702?]]).
가게 앞에 트럭 노점([[KR_CAR_PLATE:경기86 사 1092]])이 매일 아침 7시부터 자리를 잡아 손님들이 들어오지를 못합니다. 
{{date:2023년 가을}}부터 그랬고 말을 해도 욕만 돌아옵니다. 
연락처 [[PHONE_NUMBER:031-741-0928]] [[PERSON:탁영순]] (가게)"""},

{"id": "s3-a04-008", "kind": "call_transcript", "text": """상담원: 용인시 콜센터 [[PERSON:박소율]]입니다 무엇을 도와드릴까요
민원인: 제가 해외여행 가려고 여권을 만들었는데 영문 이름 철자가 틀렸어요
상담원: 아 네 여권번호 불러주시겠어요?
민원인: 엠 일 이 삼 에이 사 오 육 칠.. [[KR_PASSPORT:M123A4567]] 이요
상담원: 네 성함은요?
민원인: [[PERSON:양서준]]이고 영문은 [[PERSON:YANG SEOJUN]] 이어야 하는데 [[PERSON:YANG SEOJOON]] 으로 나왔어요"""},

{"id": "s3-a04-009", "kind": "portal_export", "text": """민원인 정보
 ├ 성명: [[PERSON:위승연]]
 ├ 생년월일: [[BIRTH_DATE:1984년 08월 **일]]
 ├ 휴대전화: [[PHONE_NUMBER:010-59**-**12]]
 ├ 이메일: [[EMAIL_ADDRESS:wi.sy84@kakao.com]]
 └ 주소: [[KR_ADDRESS:경기도 용인시 기흥구 보정로 27, 죽전 동성2차 아파트 201동 ***호]]
민원 내용
 버스 정류장 이전 요청 (보정동 카페거리 앞)
처리 예정일: {{date:2024-07-08}}"""},

{"id": "s3-a04-010", "kind": "application_letter", "text": """주택 임차료 지원 신청서 (첨부 사유서)
대학 재학 중인 청년 1인 가구입니다.
성명 [[PERSON:방하윤]] / 생년월일 [[BIRTH_DATE:2002. 04. 09]] / 학교 경기대학교 (학번 [[STUDENT_ID:202213044]])
거주지 [[KR_ADDRESS:수원시 영통구 광교산로 154-42 하우스토리 302]]
부모님 주소 [[KR_ADDRESS:전라남도 순천시 조례동 1601 현대아파트 105동 702호]]
아르바이트 소득 월 {{amount:60만원}} 수준. 임대료 이체 계좌 토스뱅크 [[BANK_ACCOUNT:1000-4482-9931]]"""},

{"id": "s3-a04-011", "kind": "counsel_note", "text": """#불법광고물 과태료 이의
업소명: 골드PC방 / 대표 [[PERSON:기성훈]] / 사업자 [[KR_BRN:220-27-6631?]]
현수막 게시일 {{date:2024.2.2~2.5}} / 과태료 {{amount:250,000원}}
대표자 주민번호 [[KR_RRN:830616-1*****]] (뒷자리 5자리만 마스킹됨, 원문 그대로)
주장: 현수막은 전 업주([[PERSON:안형철]])가 게시한 것. 양도양수 계약일 {{date:2024.01.29}}."""},

{"id": "s3-a04-012", "kind": "kakao_chat", "text": """오전 10:02 [[PERSON:이복순]] 할머니 손녀: 안녕하세요 주민센터죠? 할머니 대신 연락드려요
오전 10:05 행정복지센터: 네 말씀하세요
오전 10:06 [[PERSON:이복순]] 할머니 손녀: 할머니 주민번호가 [[KR_RRN:380411-20671]]인데 ㅠ 아 잘못 썼다 [[KR_RRN:380411-206711?]] 요
오전 10:08 행정복지센터: 고객님 카톡으로 주민등록번호 보내시면 위험합니다. 직접 방문 부탁드려요."""},

{"id": "s3-a04-013", "kind": "complaint_letter", "text": """건의드립니다.
장안구 조원동 광교산 입구 등산로 쓰레기 문제입니다. 주말마다 등산객들이 쓰레기를 버리고 가서 엉망입니다.
저는 거기서 40년 산 [[PERSON:맹기철]]이고 주소는 [[KR_ADDRESS:장안구 조원동 산 23-1]] 입니다. 일흔일곱 살([[BIRTH_DATE:戊子]]生, [[BIRTH_DATE:1948]]년) 노인이 매일 줍는데 한계가 있습니다."""},

{"id": "s3-a04-014", "kind": "email", "text": """------ Original Message ------
From: "[[PERSON:정수아]]" <[[EMAIL_ADDRESS:sooa_j@hanmail.net]]>
Sent: {{date:Monday, April 8, 2024 11:30 PM}}
To: 성남시 아동보육과

어린이집 교사 처우 관련 민원입니다. 저는 어린이집 보육교사(교사번호 [[EMPLOYEE_ID:K-3402-1187]])이고요,
원장님이 연장근무 수당을 주지 않습니다. 원장 [[PERSON:편OO]] 씨 휴대폰 [[PHONE_NUMBER:010-2233-78**]] 입니다.
익명 처리 부탁드립니다."""},

{"id": "s3-a04-015", "kind": "intake_note", "text": """사망신고 및 안심상속 원스톱 접수
사망자: [[PERSON:진만수]] / 생년월일 [[BIRTH_DATE:1939.01.22]] / 사망일 {{date:2024.05.30}}
사망자 주민번호 [[KR_RRN:390122-153301?]]
신고인: 장남 [[PERSON:진영태]] ([[BIRTH_DATE:1966.10.01]]) [[PHONE_NUMBER:010-4410-6672]]
주소(사망자): [[KR_ADDRESS:성남시 수정구 산성대로 467, 104호]]
조회신청: 금융·토지·자동차([[KR_CAR_PLATE:82두5113]])·국민연금"""},

{"id": "s3-a04-016", "kind": "counsel_note", "text": """★ 외국인 근로자 쉼터 입소 상담
성명 [[PERSON:NGUYEN VAN DUC]] 국적 VNM
PASSPORT NO. [[KR_PASSPORT:C7723109]]  DOB [[BIRTH_DATE:03 MAR 1996]]
ARC [[KR_FRN:960303-5401227]]
사업장: 광주시 소재 제조업(사업주 [[PERSON:염상구]], 사업장 전화 {{public_number:031-762-4400}})
사유: 임금체불 3개월, 숙소 퇴거 요구
입소일 {{date:2024.06.01}}"""},

{"id": "s3-a04-017", "kind": "sms", "text": """성남시 중원구청 건축과입니다. [[PERSON:김명희]] 님 위반건축물 시정명령 이행기한 {{date:2024. 7. 31.}}까지입니다. 담당 [[PERSON:우정민]] [[PHONE_NUMBER:031-729-6352]]"""},

{"id": "s3-a04-018", "kind": "complaint_letter", "text": """제목: 음식점 카드결제 거부 + 현금영수증 미발급

{{date:6월 8일}} 저녁 [[KR_ADDRESS:수원시 팔달구 정조로 905 2층]] "나혜 갈비"에서 회식 후 카드 결제하려니 현금만 된다고 했습니다. 결제한 제 카드는 [[CREDIT_CARD:3562 4418 0071 559?]] (카드 거부 당시 보여준 카드) 입니다.
식당 대표 [[PERSON:나혜숙]] / 사업자번호 [[KR_BRN:124-36-9082?]] (영수증 하단에 적힌 번호)
신고인 [[PERSON:표정훈]] [[PHONE_NUMBER:010-3398-7125]]"""},
]
