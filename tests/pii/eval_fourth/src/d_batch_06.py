# Writer d, batch 06: funerals, death registration and bereavement support.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d06-001", "kind": "death_registration", "text": """사 망 신 고 서 (요약)
사망자: [[PERSON:조만복]]   주민등록번호 [[KR_RRN:350412-104281?]]
  출생 [[BIRTH_DATE:1935년 4월 12일]]   사망 {{date:2024년 2월 3일 05시 20분}}
  사망장소: {{place_name:수원시 권선구 소재 요양병원}}
  등록기준지: 충청남도 예산군
신고인: [[PERSON:조태영]](자)  [[PHONE_NUMBER:010-2214-7305]]
  주소 [[KR_ADDRESS:수원시 권선구 호매실로 90, 호매실 휴먼시아 14단지 1408동 603호]]
신고일 {{date:2024. 2. 7.}}"""},

{"id": "s4-d06-002", "kind": "public_funeral_record", "text": """공영장례 지원 결과 보고
고인: [[PERSON:허창길]] (무연고, 신원 확인 {{date:2024.06.21}}) — 생년월일 [[BIRTH_DATE:1958.11.03]], 사망 {{date:2024.06.19}}
연고자: 형 [[PERSON:허창수]] 시신 인수 포기({{date:2024.06.24}} 포기서 제출)
빈소: {{org_name:성남시립장례식장}} 1분향실 / 발인 {{date:06.27}} {{time:08:00}}
추모 참석: 쪽방상담소 [[PERSON:임다경]] 외 이웃 4명
운구차량 [[KR_CAR_PLATE:78바 2301]] (장례업체 배정)"""},

{"id": "s4-d06-003", "kind": "funeral_invoice", "text": """견 적 서
상호: 하늘꽃화원   대표: [[PERSON:권수란]]   사업자: [[KR_BRN:129-11-5503?]]
소재지: [[KR_ADDRESS:성남시 분당구 야탑로 59, 1층 105호]]
수신: 고 [[PERSON:이순녀]] 님 유족 ([[PERSON:이재만]] 님)
근조화환 3단 × 2  {{amount:200,000원}}
입금: 국민 [[BANK_ACCOUNT:612101-04-228793]] [[PERSON:권수란]]
발행일 {{date:2024-09-12}}"""},

{"id": "s4-d06-004", "kind": "inheritance_one_stop", "text": """안심상속 원스톱서비스 신청서
사망자  성명 [[PERSON:변학수]]  생년월일 [[BIRTH_DATE:1949-06-30]]  사망일 {{date:2024-10-02}}
신청인  성명 [[PERSON:변지민]]  관계 자녀  주민등록번호 [[KR_RRN:770915-248530?]]
        주소 [[KR_ADDRESS:용인시 기흥구 언남동 413 장미빌라 B동 201호]]
        전화 [[PHONE_NUMBER:010-7102-5523]]
조회 신청: ☑금융 ☑국세 ☑연금 ☑자동차([[KR_CAR_PLATE:35거 6720]]) ☑토지
결과 수령: ☑문자 ☐우편 ☑방문"""},

{"id": "s4-d06-005", "kind": "condolence_sms", "text": """[부고] 故 [[PERSON:양춘자]]님(향년 88세)께서 {{date:2024년 12월 1일}} 별세하셨기에 삼가 알려드립니다.
상주: [[PERSON:김경호]], [[PERSON:김경미]]
빈소: {{org_name:아주대학교병원 장례식장}} 특3호실
발인: {{date:12월 3일}} {{time:오전 7시}}
장지: {{place_name:수원시 연화장}}
마음 전하실 곳: 농협 [[BANK_ACCOUNT:302-1187-4420-61]] (상주 [[PERSON:김경호]])"""},

{"id": "s4-d06-006", "kind": "funeral_subsidy_application", "text": """장제급여 신청 (기초생활수급자 사망)
수급자(사망) : [[PERSON:피순남]]  [[KR_RRN:411207-2******]]  사망 {{date:24.03.14}}
장제실시자 : [[PERSON:조현철]] (사위)  [[BIRTH_DATE:1966.05.19]]
  연락처 [[PHONE_NUMBER:010-8724-1106]]
  주소 [[KR_ADDRESS:경기도 수원시 장안구 송정로 19, 2동 401호 (조원동, 한일타운)]]
장제급여 {{amount:800,000원}} 지급계좌 : 새마을금고 [[BANK_ACCOUNT:9002-1883-4417-0]]
첨부: 사망진단서, 장례비 영수증(상조 [[KR_BRN:140-25-7719?]] 발행)"""},

{"id": "s4-d06-007", "kind": "foreign_death_memo", "text": """외국인 주민 사망 처리 메모 ({{date:2024.08.09}})
사망자: [[PERSON:TRAN VAN LONG]] (베트남), 여권 [[KR_PASSPORT:C7723140]], 외국인등록번호 [[KR_FRN:900301-5217403]]
생년월일 [[BIRTH_DATE:01/03/1990]] / 사망 {{date:08/08/2024}} 산업재해(추락)
유족: 배우자 [[PERSON:NGUYEN THI LAN]] (베트남 거주) — 대사관 통해 연락 중
국내 연고: 사촌 [[PERSON:Tran Minh Duc]] [[PHONE_NUMBER:010-3919-2740]] ({{org_name:주한베트남대사관}} 영사과 {{public_number:02-720-5124}})
송환 희망, 유해 송환비 모금 진행 중"""},

{"id": "s4-d06-008", "kind": "bereavement_counseling_note", "text": """[자살유족 심리지원 상담 기록]
내담자 [[PERSON:노은하]] (F/41) — 남편 [[PERSON:강재욱]]([[BIRTH_DATE:1980]]년생) {{date:지난 10월 17일}} 사망
자녀: [[PERSON:강도윤]](11), [[PERSON:강서윤]](8)
1회기 {{date:2024.11.05}}, 2회기 {{date:2024.11.12}}
상담자 [[PERSON:우민지]] 임상심리사 / 정신건강복지센터 ({{public_number:1577-0199}})
내담자 연락처 [[PHONE_NUMBER:010-2850-7734]] — 문자만 (전화 받기 힘들어함)"""},

{"id": "s4-d06-009", "kind": "letter_from_family", "text": """시청 복지과 담당자님께

돌아가신 저의 어머니 故 [[PERSON:한금분]]의 기초연금이 돌아가신 달 이후에도 들어와서 반납하려고 합니다. 어머니는 [[BIRTH_DATE:1937년 3월 8일]]생이시고 {{date:올해 5월 22일}}에 돌아가셨습니다.
어머니 통장(우체국 [[BANK_ACCOUNT:400126-01-118420]])은 아직 해지 전입니다.
반납할 계좌 알려주시면 바로 보내겠습니다.
큰딸 [[PERSON:정미옥]] 드림 ({{date:2024.07.03}})
연락처 [[PHONE_NUMBER:010-9318-2045]] / 이메일 [[EMAIL_ADDRESS:miok.jung@naver.com]]"""},

{"id": "s4-d06-010", "kind": "columbarium_register", "text": """봉안당 안치 대장 (발췌)
안치번호|고인|생년월일|사망일|연고자|연락처
{{code:B-3-0412}}|[[PERSON:문갑수]]|[[BIRTH_DATE:1929.09.09]]|{{date:2024.01.20}}|[[PERSON:문동식]]|[[PHONE_NUMBER:010-6622-3801]]
{{code:B-3-0413}}|[[PERSON:설복례]]|[[BIRTH_DATE:1932.02.29]]|{{date:2024.01.22}}|[[PERSON:진영호]](사위)|[[PHONE_NUMBER:031-332-7140]]
{{code:B-3-0414}}|[[PERSON:안정]]|[[BIRTH_DATE:1951.12.12]]|{{date:2024.01.22}}|(무연고)|-"""},

{"id": "s4-d06-011", "kind": "funeral_card_payment", "text": """장례식장 정산서
상주 [[PERSON:도재성]]  고인 [[PERSON:도명자]]
빈소사용료 2일 {{amount:760,000}} / 식당 {{amount:2,340,000}} / 안치료 {{amount:180,000}}
합계 {{amount:3,280,000원}}
결제: 신용카드 [[CREDIT_CARD:4673 09** **** 1147]] (할부 3개월) + 현금
정산일시 {{date:2024/04/15 11:32}}
{{org_name:(주)좋은이별장례서비스}} {{business_number:214-86-71235}}"""},

{"id": "s4-d06-012", "kind": "death_benefit_claim", "text": """사망일시금 청구서 (국민연금)
사망자 성명 [[PERSON:추봉식]]   생년월일 [[BIRTH_DATE:560704]]
청구인 [[PERSON:추미란]] (자녀, 생년월일 [[BIRTH_DATE:850213]])
청구인 주소 [[KR_ADDRESS:성남시 분당구 서현로 170, 풍림아이원플러스 912호]]
입금계좌 ([[PERSON:추미란]] 명의) 카카오뱅크 [[BANK_ACCOUNT:3333-21-5508194]]
사망일 {{date:2024-05-28}} / 청구일 {{date:2024-06-10}}"""},

{"id": "s4-d06-013", "kind": "counter_memo", "text": "사망신고 후 장애인주차표지 반납 — 고 [[PERSON:나상철]]([[BIRTH_DATE:1945.08.15]]생; 광복절이랑 생일 같다고 아드님 말씀) 차량 [[KR_CAR_PLATE:서울 28 너 4417]] 표지 반납 받음. 아들 [[PERSON:나현우]] 운전면허로 신분확인([[KR_DRIVER_LICENSE:서울 11-93-882014-60]])."},

{"id": "s4-d06-014", "kind": "memorial_donation_receipt", "text": """기부금 영수증
기부자: [[PERSON:서민혁]] ([[KR_RRN:880502-117330?]])
기부내용: 부친 고 [[PERSON:서철호]]님 조의금 일부 기부
기부일: {{date:2024.03.30}}  금액: {{amount:1,000,000원}}
기부처: {{org_name:사회복지법인 성남나눔}} (고유번호 {{business_number:129-82-60014}})"""},

{"id": "s4-d06-015", "kind": "family_text_message", "text": """오빠 할머니 제사 날짜 엄마가 물어봐. 할머니 돌아가신 날 {{date:음력 구월 열엿새}}고 생신은 음력 [[BIRTH_DATE:3월 3일]]이었잖아. 할머니 성함 [[PERSON:김옥련]] 맞지? 납골당 서류에 [[PERSON:김옥연]]으로 잘못 돼 있대. 관리사무소 번호 {{public_number:031-8021-4400}} ㅇㅇ"""},

{"id": "s4-d06-016", "kind": "unclaimed_body_notice", "text": """무연고 사망자 공고
성명: [[PERSON:장○수]] (남)   생년월일: [[BIRTH_DATE:1962. 1. **.]]
최종주소: [[KR_ADDRESS:용인시 처인구 중부대로 1441번길 6-12]]
사망일: {{date:2024. 11. 2.}}   사망장소: 자택
연고자께서는 공고일({{date:2024. 11. 8.}})부터 14일 이내에 {{org_name:용인시 처인구청 사회복지과}}({{public_number:031-324-4352}})로 연락 바랍니다."""},
]
