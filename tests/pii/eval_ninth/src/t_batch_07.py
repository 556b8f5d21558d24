# Writer t, batch 07: mixed — seal registration, refunds, youth rent support, card installments, masked exports.
# CC0 1.0. All people, numbers and addresses are invented.
DOCS = [
{"id": "s9-t07-001", "kind": "ocr_form", "text": """印 鑑 申 告 書 (인감신고서)
성　　명　[[PERSON:魯 承 煥]]（[[PERSON:노승환]]）
주민등록번호　[[KR_RRN:７２０５１４－１＊＊＊＊＊＊]]
생년월일　[[BIRTH_DATE:一九七二年 五月 十四日]]
주　　소　[[KR_ADDRESS:경기도 수원시 장안구 송원로 ７７，　２층]]
전화번호　[[PHONE_NUMBER:０１０－６６１８－３０２５]]
신고일　{{date:２０２４．０２．１３．}}　　신고인　[[PERSON:노승환]]（印）
※ 인감은 가로·세로 각 {{statistic:7mm 이상 30mm 이내}}"""},

{"id": "s9-t07-002", "kind": "officer_memo", "text": """지방소득세(종합소득분) 과오납 환급 결정
납세자 [[PERSON:지성우]] / 개인사업자 [[KR_BRN:617-31-0958?]] ({{org_name:성우인테리어}})
사업장 [[KR_ADDRESS:성남시 중원구 둔촌대로 388, 2층 201호]]
환급사유: 경정청구({{date:2024.05.31}} 접수) — 필요경비 누락분 인정
환급액 {{amount:412,880원}} + 가산금 {{amount:3,960원}}
지급계좌: 기업 [[BANK_ACCOUNT:010-2718044-01-016]] (예금주 [[PERSON:지성우]], 사업자 계좌)
※ 동일 사업자의 이전 상호 사업자번호 [[KR_BRN:617-31-0872?]]는 {{date:2022.12.31}} 폐업
담당 세무과 [[PERSON:현예나]] [[PHONE_NUMBER:031-729-4276]]"""},

{"id": "s9-t07-003", "kind": "officer_memo", "text": """인감 변경신고 접수 — 대리인 신청(본인 해외체류)
본인: [[PERSON:선재경]] [[BIRTH_DATE:1981.**.**]] (재외공관 확인 위임장, {{document_number:주LA총영사관 제2024-0877호}})
대리인: [[PERSON:선재우]]
  운전면허번호 [[KR_DRIVER_LICENSE:11 18 905512 30]] (면허증 뒷면 주소 확인 [[KR_ADDRESS:용인시 수지구 포은대로 499, 3012동 703호]])
변경 전 인감 폐기, 변경 후 인감 등록 {{date:2024-11-06}}
※ 대리인 휴대폰 [[PHONE_NUMBER:010-****-2274]]로 처리완료 문자 발송"""},

{"id": "s9-t07-004", "kind": "kakao_chat", "text": """[[PERSON:기현]]이형: 형 차 번호판 떼갔어 ㅋㅋㅋ 자동차세 밀렸다고
나: 헐 무슨 차
[[PERSON:기현]]이형: [[KR_CAR_PLATE:152가3018]] 내 꺼 아니고 아버지 거 [[KR_CAR_PLATE:경기 38 더 4407]] 그 오래된 트럭
나: 구청 가서 내면 바로 돌려줌 ㄱㄱ 체납 얼마래
[[PERSON:기현]]이형: {{amount:68만원}} ㅠ 아빠 이름으로 [[PERSON:임영배]] 조회하니까 3건 뜨더라
나: 위택스로 내고 영수증 들고가"""},

{"id": "s9-t07-005", "kind": "spreadsheet", "text": """청년월세 한시 특별지원 신청자(대학생) 검토표 – 영통구
연번|성명|생년월일|학교/학번|주소(임차주택)|지급계좌|연락처
1|[[PERSON:도하진]]|[[BIRTH_DATE:2002.01.09]]|{{org_name:경희대}} / [[STUDENT_ID:2021100347]]|[[KR_ADDRESS:영통구 영통로 154번길 5-12, 304호]]|토스뱅크 [[BANK_ACCOUNT:1000-4418-2057]]|[[PHONE_NUMBER:010-7761-0493]]
2|[[PERSON:Kim Yuna Grace]]|[[BIRTH_DATE:2003-09-22]]|{{org_name:아주대}} / [[STUDENT_ID:202321458]]|[[KR_ADDRESS:영통구 월드컵로 193번길 21, 2층 203호]]|케이뱅크 [[BANK_ACCOUNT:100-146-772031]]|[[PHONE_NUMBER:010-3039-2217]]
3|[[PERSON:오세린]]|[[BIRTH_DATE:99년 12월]]|{{org_name:수원대}} / [[STUDENT_ID:19-1120934]]|[[KR_ADDRESS:영통구 매탄동 1182-7 원룸 B01]]|신한 [[BANK_ACCOUNT:110-377-910224]]|[[PHONE_NUMBER:010 6602 1193]]
※ 소득기준 충족여부는 {{date:11월 말}} 회신 예정"""},

{"id": "s9-t07-006", "kind": "call_transcript", "text": """직원: 재산세 카드 무이자 할부는 위택스나 ARS에서 하시면 되고요, 전화로는 카드번호 받지 않아요.
민원인: 아 그래요? 그냥 불러드리면 안 돼요? [[CREDIT_CARD:오이칠이 삼일사영 구구팔일 공육이칠]]
직원: 선생님 말씀하시면 안 돼요, 녹취에 남아요. 성함만 확인할게요.
민원인: [[PERSON:권오석]]이요. 그럼 카드로 재결제는 제 딸 카드로 해도 돼요? 딸은 [[PERSON:권나래]]고 [[CREDIT_CARD:4506-75**-****-0012]]인데.
직원: 납세자 본인이 아니어도 결제는 가능합니다. ARS {{public_number:1899-0341}}로 하시면 돼요."""},

{"id": "s9-t07-007", "kind": "register", "text": """외국인 인감신고 및 증명 발급 대장 (분당구 정자1동)
{{date:2024-03-04}} 신고 | [[PERSON:Takahashi Yuki]] ([[PERSON:高橋 由紀]]) | 등록증 [[KR_FRN:810507-6******]] | 여권 [[KR_PASSPORT:TR8841207]] | [[BIRTH_DATE:1981/05/07]]
{{date:2024-03-15}} 발급 | [[PERSON:Müller Jonas]] | 등록증 [[KR_FRN:760221-5028431]] | 여권 [[KR_PASSPORT:C01X4J7R2]] | [[BIRTH_DATE:21.02.1976]]
{{date:2024-03-27}} 발급 | [[PERSON:O'Brien Siobhan]] | 거소신고 | 여권 [[KR_PASSPORT:PL3318024]] | [[BIRTH_DATE:1990-08-**]]
※ 외국인은 등록증 또는 국내거소신고증으로 본인 확인"""},

{"id": "s9-t07-008", "kind": "officer_memo", "text": """[민원 메모 {{date:24.12.02}}] 세외수입 과태료 이의
민원인 [[PERSON:설○희]]([[BIRTH_DATE:'88]]년생) 주정차 과태료 부과 이의 — 차량 [[KR_CAR_PLATE:64노1209]] 은 {{date:11/18}} 당시 정비소 입고 중이었다 주장
입고증: {{org_name:블루핸즈 수지점}}, 접수번호 {{receipt_number:BH-1118-0442}}
단속 사진의 차량은 [[KR_CAR_PLATE:64노1208]]로 판독 오류 가능성 있음 → 재판독 요청
회신: [[EMAIL_ADDRESS:seolhee.y@hanmail.net]] / 운전자 면허 [[KR_DRIVER_LICENSE:경기 15-402198-21]]"""},
]
