# Writer d, batch 04: emergency welfare (긴급복지) applications and related counter work.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d04-001", "kind": "emergency_welfare_application", "text": """긴급지원 신청서
■ 신청인
 성명: [[PERSON:진승우]]   주민등록번호: [[KR_RRN:831009-170448?]]
 주소: [[KR_ADDRESS:경기도 성남시 중원구 금광동 2715-3 반지층 1호]]
 연락처: [[PHONE_NUMBER:010-5173-4028]]
■ 위기사유: 주소득자 실직({{date:2024.08.31}} 퇴사), 3개월 월세 체납
■ 가구원
 배우자 [[PERSON:표지현]] [[BIRTH_DATE:1986.03.22]]
 자녀 [[PERSON:진하율]] [[BIRTH_DATE:2014.07.07]] / [[PERSON:진서율]] [[BIRTH_DATE:2018.12.19]]
■ 지원 희망: 생계지원, 주거지원
■ 입금계좌: 신한은행 [[BANK_ACCOUNT:110-482-903317]] (예금주 본인)
신청일 {{date:2024. 10. 4.}}"""},

{"id": "s4-d04-002", "kind": "counter_memo", "text": """긴급복지 상담메모 {{date:2/19}}
남, 50대 후반. [[PERSON:오태석]]. 고시원 거주([[KR_ADDRESS:수원시 팔달구 매산로 27-1, 하늘고시텔 312호]]). 일용직 하다 허리 다쳐 {{date:1월 말}}부터 일 못함. 신분증 분실 → 주민번호 구두확인 [[KR_RRN:660311-102935?]]. 
가족 연락 끊김(딸 [[PERSON:오은지]] 번호 모름). 휴대폰 정지 상태라 고시원 총무 [[PERSON:맹기수]] [[PHONE_NUMBER:010-2941-6630]] 통해 연락.
→ 긴급생계 1개월 우선 지원, 통장 압류 여부 확인 필요(농협 [[BANK_ACCOUNT:312-0115-8827-41]] 압류중이라 함 → 압류방지 행복지킴이통장 개설 안내)"""},

{"id": "s4-d04-003", "kind": "education_benefit_form", "text": """교육급여 신청 학생 명단
학교명: {{org_name:성남OO고등학교}}
학번 | 성명 | 생년월일 | 보호자
[[STUDENT_ID:20314]] | [[PERSON:노은서]] | [[BIRTH_DATE:2007.05.02]] | [[PERSON:노재혁]]
[[STUDENT_ID:10722]] | [[PERSON:안시우]] | [[BIRTH_DATE:2008.11.30]] | [[PERSON:김수아]](모)
[[STUDENT_ID:30105]] | [[PERSON:함지호]] | [[BIRTH_DATE:2006.02.14]] | 조모 [[PERSON:석금옥]]
※ 수급자 증명 {{date:2024.03.08}} 기준"""},

{"id": "s4-d04-004", "kind": "sms", "text": """[{{org_name:수원시}}] [[PERSON:구자영]]님, 긴급지원(생계) {{amount:1,833,000원}}이 {{date:11/15}} 입금 예정입니다. 계좌: 국민 [[BANK_ACCOUNT:940302-00-118473]]. 문의 담당자 [[PHONE_NUMBER:031-228-6172]]"""},

{"id": "s4-d04-005", "kind": "scholarship_recommendation", "text": """추천서 (희망장학금)
피추천인 [[PERSON:도하린]]
소속 {{org_name:경기대학교}} 사회복지학과 3학년 (학번 [[STUDENT_ID:202113472]])
생년월일 [[BIRTH_DATE:2002년 9월 9일]]
본인은 기초생활수급 가구의 가장으로 조모 [[PERSON:도순이]](86세)를 부양하며 학업을 이어가고 있어 추천합니다.
연락처 [[PHONE_NUMBER:010-8236-1475]] / [[EMAIL_ADDRESS:harin.do02@kyonggi.ac.kr]]
추천인: {{org_name:이의동 행정복지센터}} 맞춤형복지팀장 [[PERSON:곽민호]]
{{date:2024. 4. 1.}}"""},

{"id": "s4-d04-006", "kind": "emergency_case_review", "text": """긴급지원심의위원회 안건 {{case_number:제2024-11호}}
대상자 [[PERSON:탁○영]](여, [[BIRTH_DATE:1979]]년생→ 만45세) — 가정폭력 피해, 자녀 2명 동반
현거주지 쉼터(비공개) / 전 주소 [[KR_ADDRESS:용인시 기흥구 보정동 1201-4 삼성래미안 105동 1403호]]
지원내역: 생계 {{date:6월}}~{{date:8월}}, 의료 {{amount:3,000,000원}}
의견: 연장 필요. 기간 {{date:2024.09.01.~2024.11.30.}}"""},

{"id": "s4-d04-007", "kind": "bank_transfer_error", "text": """[이체 오류 확인 요청]
{{date:2024-12-05}} 긴급복지 생계비 지급분 중 1건 반송.
대상 [[PERSON:황윤식]]  계좌 하나 [[BANK_ACCOUNT:267-910483-21307]] → '계좌해지' 사유
본인 통화({{time:15:22}}) 새 계좌 카카오뱅크 [[BANK_ACCOUNT:3333-08-4471920]] 로 변경 요청.
(재지급 결재: 팀장 → 과장, 지출원 우리 {{public_account:1005-580-017721}}는 시 세출계좌)"""},

{"id": "s4-d04-008", "kind": "family_text_message", "text": """누나 나 [[PERSON:민재]]. 주민센터에서 긴급지원 서류 내라는데 엄마 생년월일 [[BIRTH_DATE:58.1.23]] 맞지? 주민번호는 [[KR_RRN:580123-2******]] 까지만 알아"""},

{"id": "s4-d04-009", "kind": "fuel_support_list", "text": """동절기 연료비(연탄) 지원 명단 — 배달 {{date:12.10~12.13}}
[[PERSON:권분이]] [[KR_ADDRESS:성남동 3576]] 골목 세번째집 200장 [[PHONE_NUMBER:743-0295]]
[[PERSON:피상만]] [[KR_ADDRESS:은행2동 1644-12]] 150장 [[PHONE_NUMBER:010-7714-3360]]
[[PERSON:마순남]] [[KR_ADDRESS:상대원동 3929-7 옥탑]] 200장 (딸 [[PHONE_NUMBER:010-3062-2177]])
연탄은행 담당 {{public_number:031-744-9100}}"""},

{"id": "s4-d04-010", "kind": "medical_emergency_support", "text": """긴급지원(의료) 병원 청구 확인
환자명: [[PERSON:Park Chulsoo]] ([[PERSON:박철수]])   Sex/Age: M/61
DOB: [[BIRTH_DATE:1963-04-18]]   환자번호: {{code:00872214}}
Adm. {{date:2024-07-02}}  Dx: Acute MI, s/p PCI
병원: {{org_name:분당차병원}} 원무과 [[PERSON:김소연]] ([[EMAIL_ADDRESS:sykim@cha-hosp.kr]])
청구액 {{amount:₩2,870,450}}"""},

{"id": "s4-d04-011", "kind": "card_payment_dispute", "text": """긴급지원 생계비를 받았는데 카드값으로 자동 빠져나갔어요. 카드 [[CREDIT_CARD:5409 2811 0347 552?]] 이고요 [[PERSON:임재경]]입니다. 통장 [[BANK_ACCOUNT:1002-391-448206]]에서 {{date:3일}}에 {{amount:62만원}}이 빠졌어요. 이거 돌려받을 수 있나요?"""},

{"id": "s4-d04-012", "kind": "housing_emergency_memo", "text": """주거지원 현장확인 ({{date:2024.01.15}})
확인자 [[PERSON:소태민]] / 동행 통장 [[PERSON:문영애]]
임시거소: [[KR_ADDRESS:수원시 권선구 서둔로 40번길 8-3, 다세대 302호]] (보증금 없음, 월 {{amount:40만}})
거주자 [[PERSON:주경란]](37), 아들 [[PERSON:주하민]](9, [[BIRTH_DATE:'15.03.04]]) 
아이 학교: {{org_name:서둔초}} 3학년, 학생번호 [[STUDENT_ID:3-2-17]]
집주인 [[PERSON:여필순]] [[PHONE_NUMBER:010-9340-1851]]"""},

{"id": "s4-d04-013", "kind": "application_status_export", "text": "신청번호\t성명\t생년월일\t지원종류\t신청일\t결정일\t금액\n{{receipt_number:EW-2403-0091}}\t[[PERSON:양민혁]]\t[[BIRTH_DATE:19740612]]\t생계\t{{date:20240311}}\t{{date:20240313}}\t{{amount:1,833,000}}\n{{receipt_number:EW-2403-0092}}\t[[PERSON:Sophia Lim]]\t[[BIRTH_DATE:19910203]]\t의료\t{{date:20240312}}\t{{date:20240318}}\t{{amount:2,500,000}}\n{{receipt_number:EW-2403-0093}}\t[[PERSON:길성호]]\t[[BIRTH_DATE:19570929]]\t주거\t{{date:20240312}}\t보류\t-"},

{"id": "s4-d04-014", "kind": "consent_form_ocr", "text": """개 인 정 보 수 집 · 이 용 동 의 서
(OCR 변환본 - 원본 스캔 참조)
성 명 : [[PERSON:김 윤 희]]        생 년 윌 일 : [[BIRTH_DATE:1 9 8 8 . 0 6 . 1 5]]
주 소 : [[KR_ADDRESS:경기도 용인시 처인구 백암면 백암로 2O1-4]]
연 락 처 : [[PHONE_NUMBER:010 - 47l9 - 2208]]
위 본인은 긴급지원 사업을 위하여 ... 동의합니다.
                    {{date:2024 년 5 월 7 일}}   동의자 [[PERSON:김윤희]] (인)"""},

{"id": "s4-d04-015", "kind": "welfare_call_center_transfer", "text": """[{{public_number:129}} 이관] 접수 {{date:2024-06-28}} {{time:22:47}}
요청자 [[PERSON:백승희]](이웃) [[PHONE_NUMBER:010-5062-8819]]
내용: 옆집 할머니([[PERSON:노말분]], 80대 추정) 며칠째 인기척 없음. 주소 [[KR_ADDRESS:수원시 장안구 파장로 12번길 5-9 1층]]
조치: 야간 → 다음날 {{time:09:00}} 동 맞춤형복지팀 현장방문 요청, 필요시 {{public_number:112}} 공조"""},

{"id": "s4-d04-016", "kind": "livelihood_loan_memo", "text": "[[PERSON:정다솜]]({{org_name:아주대}} 간호학과, 학번 [[STUDENT_ID:201923051]]) 학자금 때문에 통장 압류, 생계비 입금을 어머니 [[PERSON:유현숙]] 명의 수협 [[BANK_ACCOUNT:1010-2234-5561]]로 받을 수 있는지 문의 → 원칙상 본인명의만 가능 안내."},
]
