# Writer u, batch 07: mixed (foreign workers, ID checks, card payments, look-alike-heavy notices).
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u07-001", "kind": "roster", "text": """외국인 계절근로자 숙소 화재 이재민 현황 (처인구 원삼면, {{date:2024.02.17 04:30}} 발생)
연번 | 성명 | 국적 | 여권번호 | 생년월일 | 비고
1 | [[PERSON:BATBAYAR Enkhjin]] | 몽골 | [[KR_PASSPORT:E1942807]] | [[BIRTH_DATE:1993.05.30]] | 경상(손 화상)
2 | [[PERSON:GANBOLD Tuvshin]] | 몽골 | [[KR_PASSPORT:E2208114]] | [[BIRTH_DATE:1997.11.02]] | -
3 | [[PERSON:NGUYEN THI MAI]] | 베트남 | [[KR_PASSPORT:C6630912]] | [[BIRTH_DATE:02/08/1999]] | 외국인등록 [[KR_FRN:990802-6213554]]
고용주: [[PERSON:홍OO]] ([[KR_ADDRESS:원삼면 좌항리 288-4]] 농가), 임시거처 {{place_name:원삼면 복지회관}}"""},

{"id": "s9-u07-002", "kind": "officer_memo", "text": """노점 단속 현장 신분확인 기록 ({{date:'24.06.08}} 21시경, {{place_name:수원역 로데오거리}})
- 행위자1: [[PERSON:소경태]], 운전면허증 제시 [[KR_DRIVER_LICENSE:11-85-071934-22]] (주소지 [[KR_ADDRESS:안산시 단원구 원곡로 45 3층]])
- 행위자2: [[PERSON:편미라]], 구형 면허증 [[KR_DRIVER_LICENSE:경기 88-412007-13]], 본인 진술 생년 [[BIRTH_DATE:1969]]
- 판매물품: 액세서리, 트럭 [[KR_CAR_PLATE:93더 4471]]
→ 계고장 교부, 재적발 시 과태료. 단속원 [[PERSON:강병철]], [[PERSON:심우람]]"""},

{"id": "s9-u07-003", "kind": "ocr_receipt", "text": """카 드 매 출 전 표
가맹점명 : 수원시 장안구청(민원수수료)
대표번호 : {{public_number:031-228-5114}}
카드종류 : 비씨카드    카드번호 : [[CREDIT_CARD:4906-12**-****-O73O]]
거래일시 : {{date:2O24/O3/14 11:O2:55}}
승인번호 : {{code:O0418827}}    할부 : OO
금   액 : {{amount:28,OOO}}원 (영업신고증 교부 수수료)
서명 : [[PERSON:고은채]]"""},

{"id": "s9-u07-004", "kind": "guidance_notice", "text": """[작성 예시] 소상공인 재기지원금 신청서 기재 요령
· 주민등록번호: 앞 6자리-뒤 7자리 (예: {{format_example:900101-1234567}})  ※ 법인은 법인등록번호 기재 (예: {{corporate_number:110111-0012345}})
· 연락처: 휴대전화 (예: {{format_example:010-0000-0000}})
· 사업자등록번호: (예: {{format_example:123-45-67890}})
· 여권번호(외국인): (예: {{format_example:M12345678}})
────────────
실제 기재: 신청인 [[PERSON:옥보현]]  [[KR_RRN:751020-112840?]]  [[PHONE_NUMBER:010-6331-0874]]  사업자 [[KR_BRN:206-31-1850?]]
법인 대표 겸직 여부: 해당없음 (법인 {{org_name:(주)보현유통}} 등록번호 {{corporate_number:134811-0207735}}, 대표 아님)"""},

{"id": "s9-u07-005", "kind": "training_roster", "text": """건설현장 신규채용자 기초안전교육 명단 ({{org_name:한결종합건설(주)}} 망포 현장, {{date:2024.04.01.}})
성명\t국적\t등록번호\t직종\t비고
[[PERSON:Bekzod Karimov]]\t우즈베키스탄\t[[KR_FRN:920417-5310428]]\t형틀목공\t
[[PERSON:Rustam Aliyev]]\t우즈베키스탄\t[[KR_FRN:950131-5******]]\t철근공\t
[[PERSON:왕웨이]]\t중국(조선족)\t여권 [[KR_PASSPORT:EJ4418230]]\t신호수\t등록증 발급 대기
[[PERSON:오재훈]]\t한국\t[[KR_RRN:880909-1******]]\t지게차\t면허 [[KR_DRIVER_LICENSE:13-07-552019-84]]
교육자: 안전관리자 [[PERSON:탁준영]] / 교육시간 {{duration:4시간}}"""},

{"id": "s9-u07-006", "kind": "kakaotalk_chat", "text": """[{{time:오후 3:41}}] 나: 아까 {{place_name:남문시장 공영주차장}}에서 제 차 긁으신 분 맞으시죠?
[{{time:오후 3:44}}] 상대: 네 죄송합니다 보험처리 할게요. 저는 [[PERSON:육태민]]이고 면허번호 [[KR_DRIVER_LICENSE:12-11-904117-60]] 차는 [[KR_CAR_PLATE:311누 2084]]입니다
[{{time:오후 3:45}}] 나: 네 제 차는 [[KR_CAR_PLATE:57도 1184]]이고 [[PERSON:김창호]]입니다. 사고접수번호 나오면 보내주세요
[{{time:오후 3:52}}] 상대: 접수번호 {{case_number:2406-0418872}} 입니다 {{org_name:현대해상}} {{public_number:1588-5656}}"""},

{"id": "s9-u07-007", "kind": "call_transcript", "text": """상담원: 과태료 전화 납부 도와드리겠습니다. 고지서 번호 먼저 부탁드립니다.
납부자: {{document_number:41131-2024-09-00772}}요.
상담원: 네 [[PERSON:봉현석]] 님 맞으시죠? 카드번호 불러주세요.
납부자: [[CREDIT_CARD:오사일팔 사이칠칠 공삼팔팔 구일이공]]
상담원: 유효기간이요?
납부자: {{date:이칠 년 삼 월}}이요. 
상담원: 네 {{amount:80만원}} 일시불 승인되었습니다."""},

{"id": "s9-u07-008", "kind": "email", "text": """From: [[EMAIL_ADDRESS:rahimov.sardor@mail.ru]]
To: {{public_email:foreigner@yongin.go.kr}}
Subject: 태풍 피해 지원 신청 (Sardor Rahimov)

안녕하십니까. 저는 [[PERSON:라히모프 사르도르]]입니다. {{date:8월 21일}} 태풍 때 방 창문이 깨지고 물이 들어왔습니다.
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 전대로 112-3, 202호]]
외국인등록번호: [[KR_FRN:870225-5142907]]
여권: [[KR_PASSPORT:FA0981226]]
생일: [[BIRTH_DATE:25.02.1987]]
전화: [[PHONE_NUMBER:010-2230-6418]]
집주인 [[PERSON:연태식]] 사장님도 알고 있습니다. 감사합니다."""},
]
