# Writer r, batch 05: death registration, inheritance paperwork (안심상속 원스톱). All invented. CC0 1.0.
DOCS = [
{"id": "s8-r05-001", "kind": "application_form", "text": """사망자 등 재산조회 통합처리 신청서 (안심상속 원스톱서비스)
■ 사망자  성명 [[PERSON:오덕만]]  주민등록번호 [[KR_RRN:400312-105118?]]
          사망일 {{date:2024. 7. 28.}}   최종주소 [[KR_ADDRESS:수원시 권선구 호매실로 90, 호매실 스위첸 1108동 502호]]
■ 신청인  성명 [[PERSON:오은주]]  주민등록번호 [[KR_RRN:690904-220931?]]  관계: 자녀
          주소 [[KR_ADDRESS:서울특별시 관악구 남부순환로 1820, 에그옐로우 1201호]]  휴대전화 [[PHONE_NUMBER:010-2556-9143]]
■ 조회 신청: 금융거래 ☑ 토지 ☑ 건축물 ☑ 자동차 ☑ 국세 ☑ 지방세 ☑ 연금 ☑
■ 결과 수령: 문자 ☑ 우편 □ 방문 □
신청일 {{date:2024. 8. 12.}}   접수 공무원 [[PERSON:변재민]] (인)"""},

{"id": "s8-r05-002", "kind": "case_note", "text": """상속재산 조회 결과 안내 통화 {{date:2024-09-03}}
상속인 [[PERSON:송지호]] 님께 안내: 피상속인 [[PERSON:송병규]]([[BIRTH_DATE:1938.04.22]]생, 사망 {{date:2024.08.05}}) 명의
 - 자동차 [[KR_CAR_PLATE:31누 4418]] (쏘나타, 2011년식) 1대 → 이전등록 또는 말소 필요
 - 개인사업자 등록 [[KR_BRN:124-05-7731?]] (송씨네정육점) 폐업신고 미처리 → 세무서 안내
 - 예금: 우체국 [[BANK_ACCOUNT:510021-02-118874]] 잔액 있음
상속인 연락처 [[PHONE_NUMBER:010-7041-6629]]"""},

{"id": "s8-r05-003", "kind": "table", "text": """구분,성명,관계,주민등록번호,주소
사망자,[[PERSON:진말례]],본인,[[KR_RRN:361120-2******]],[[KR_ADDRESS:용인시 처인구 남사읍 봉무로 44-2]]
신고인,[[PERSON:진영호]],자,[[KR_RRN:620301-1******]],[[KR_ADDRESS:용인시 처인구 남사읍 봉무로 44-2]]
상속인,[[PERSON:진영숙]],자,[[KR_RRN:650814-2******]],[[KR_ADDRESS:대전광역시 유성구 노은동로 75, 열매마을 7단지 702동 301호]]
사망일시,{{date:2024-01-19 22:10}},,,"""},

{"id": "s8-r05-004", "kind": "email_from_abroad", "text": """제목: 아버지 사망신고 및 안심상속 신청 위임 문의

안녕하세요. 저는 미국 LA에 거주하는 [[PERSON:신재원]]입니다(미국 시민권자, 여권 [[KR_PASSPORT:567241903]]). 아버지 [[PERSON:신동열]]([[BIRTH_DATE:1944년 6월 30일]]생)께서 {{date:지난 10월 2일}} [[KR_ADDRESS:성남시 분당구 불정로 6, 정자동 한솔마을 4단지 408동 1106호]] 자택에서 돌아가셨습니다. 한국에 있는 사촌 [[PERSON:신민철]]([[PHONE_NUMBER:010-9982-0731]])에게 위임하려 하는데 영사관 위임장 양식이 따로 있나요?
회신: [[EMAIL_ADDRESS:jaewon.shin.la@yahoo.com]]"""},

{"id": "s8-r05-005", "kind": "ocr_form", "text": """사  망  신  고  서
① 사망자 성명 한글 [[PERSON:김 팔 용]]  한자 [[PERSON:金 八 龍]]
   주민등록번호 [[KR_RRN:3 4 0 5 1 1 - 1 * * * * * *]]
   등록기준지 {{place_name:경상북도 안동시}}
② 사망일시 {{date:2024 년 2 월 9 일 14 시 20 분}}  장소 {{org_name:용인시 처인구 다보스병원}}
③ 신고인 [[PERSON:김 명 자]] (배우자)  전화 [[PHONE_NUMBER:O31-335-7l82]]
   주소 [[KR_ADDRESS:용인시 처인구 중부대로 1470번길 3]]"""},

{"id": "s8-r05-006", "kind": "chat_export", "text": """[형제방]
[[PERSON:태호]]: 안심상속 결과 나왔대. 아빠 카드 [[CREDIT_CARD:5327 6120 4418 903?]] 이거 연회비 빠져나가고 있어서 해지해야돼
[[PERSON:수경]]: 통장은? 
[[PERSON:태호]]: 하나은행 [[BANK_ACCOUNT:228-910417-11507]] 에 {{amount:340만원}} 정도. 국민연금 미지급금도 있대
[[PERSON:수경]]: 아빠 차 [[KR_CAR_PLATE:경기41거6720]] 은 내가 가져갈게 ㅇㅋ?
[[PERSON:태호]]: 엄마랑 얘기해봐 ㅋ 상속포기 기한 {{date:11월 25일}}까지다"""},

{"id": "s8-r05-007", "kind": "notice", "text": """안심상속 원스톱서비스 신청 안내
신청기한: 사망일이 속한 달의 말일부터 {{duration:1년}} 이내 (예: {{date:2024.3.15.}} 사망 → {{date:2025.3.31.}}까지)
구비서류: 신청인 신분증, 가족관계증명서
※ 신분증 번호 기재 예시: 운전면허 {{code:11-00-000000-00}}, 여권 {{code:M00000000}}
문의: 정부민원안내콜센터 {{public_number:110}}, {{org_name:수원시청 민원여권과}} {{public_number:031-228-2160}}"""},

{"id": "s8-r05-008", "kind": "referral_letter", "text": """[사망 처리 협조 요청]
수신: {{org_name:용인시 기흥구 상갈동 행정복지센터}}
무연고 사망자 [[PERSON:추영길]] (추정 [[BIRTH_DATE:1957]]년생, 주민등록번호 [[KR_RRN:570208-1******]]) {{date:2024.06.11.}} {{org_name:용인세브란스병원}}에서 사망. 최종 주소지 [[KR_ADDRESS:용인시 기흥구 상갈로 8, 금화마을 주공 305동 1204호]], 연고자 미확인.
유류품: 운전면허증([[KR_DRIVER_LICENSE:경기 91-554902-12]]), 우리은행 체크카드([[CREDIT_CARD:5387-20**-****-7710]])
작성: 병원 사회사업팀 [[PERSON:노하경]] [[PHONE_NUMBER:031-5189-8277]]"""},

{"id": "s8-r05-009", "kind": "sms", "text": """[수원시] [[PERSON:유정란]]님, 안심상속 조회결과 중 '지방세' 항목 회신되었습니다. 정부24 또는 {{org_name:영통구청 세무과}}({{public_number:031-228-8621}}) 확인. 접수번호 {{receipt_number:2024-41170-00382}}"""},

{"id": "s8-r05-010", "kind": "case_note", "text": """상속포기/한정승인 상담 메모 – 법률홈닥터 [[PERSON:기성훈]] 변호사
피상속인 [[PERSON:모상진]] 채무 약 {{amount:2억}} (개인사업자 [[KR_BRN:609-17-0452?]] 운영 중 폐업).
상속인: 처 [[PERSON:왕미경]]([[BIRTH_DATE:1966.10.09]]), 장녀 [[PERSON:모지안]]([[BIRTH_DATE:1995.02.17]]), 차남 [[PERSON:모준서]]([[BIRTH_DATE:2007.08.21]], 미성년 – 특별대리인 필요?)
사망일 {{date:2024.05.30}} → 3개월 기한 {{date:2024.08.30}}. {{org_name:수원가정법원}} 제출.
장녀 주소 [[KR_ADDRESS:수원시 영통구 청명남로 17, 청명마을 주공4단지 416동 707호]]"""},

{"id": "s8-r05-011", "kind": "letter_from_abroad", "text": """To whom it may concern,

I, [[PERSON:Yumi Tanaka]] ([[PERSON:田中由美]]), Japanese national, was married to the late [[PERSON:한정수]] (DOB [[BIRTH_DATE:1952-11-18]]), who passed away on {{date:2024-04-04}}. I request the Safe Inheritance one-stop inquiry. My alien registration no. is [[KR_FRN:600215-6******]] (expired) and my passport no. is [[KR_PASSPORT:TR4418207]]. Our Korean address was [[KR_ADDRESS:Apt 1503, Bldg 201, 55 Gwanggyo-ro, Yeongtong-gu, Suwon]].
Phone (Japan): +81 [[PHONE_NUMBER:90-3318-2745]]"""},

{"id": "s8-r05-012", "kind": "system_log", "text": """[sangsok-1stop] {{date:2024-12-17 13:48:02}} REQ id={{case_number:IH-202412-0044871}} operator=[[EMPLOYEE_ID:41170-2211]] ws=[[IP_ADDRESS:10.110.4.62]]
 decedent=[[PERSON:편정희]] rrn=[[KR_RRN:480615-207713?]] applicant=[[PERSON:편상욱]] tel=[[PHONE_NUMBER:010-3300-8127]]
 agencies=[FSS,MOLIT,NTS,NPS,KCOMWEL] status=SENT"""},

{"id": "s8-r05-013", "kind": "short_memo", "text": """망 [[PERSON:함춘식]] 님 차량 [[KR_CAR_PLATE:수원 가 3117]](구형 지역번호판) 폐차 말소 요청, 유족 [[PERSON:함은희]] 방문 예정 {{date:금요일}}"""},

{"id": "s8-r05-014", "kind": "form", "text": """상속인 금융거래조회 위임장
위임인(상속인): [[PERSON:석혜진]]  생년월일 [[BIRTH_DATE:1979-03-26]]  여권번호 [[KR_PASSPORT:M227X4915]] (해외체류)
수임인: [[PERSON:장동훈]]  운전면허번호 [[KR_DRIVER_LICENSE:13-02-481726-51]]  전화 [[PHONE_NUMBER:010-4419-3802]]
피상속인: [[PERSON:석대근]] (사망일 {{date:2024.10.01}})
위 사람에게 조회 신청 권한을 위임합니다. {{date:2024년 10월 16일}}"""},

{"id": "s8-r05-015", "kind": "table", "text": """| 상속재산 | 명의 | 번호 | 비고 |
|---|---|---|---|
| 예금 | [[PERSON:반규철]] | [[BANK_ACCOUNT:1002-438-119027]] | 우리 |
| 예금 | [[PERSON:반규철]] | [[BANK_ACCOUNT:02-7730-3318-2]] | 새마을금고? |
| 신용카드 | [[PERSON:반규철]] | [[CREDIT_CARD:4009-1412-7733-218?]] | 해지요 |
| 차량 | [[PERSON:반규철]] | [[KR_CAR_PLATE:219무8841]] | |
| 사업자 | [[PERSON:반규철]] | [[KR_BRN:410-29-8812?]] | 반씨철물 |
| 법인 지분 | {{org_name:(주)대성건재}} | {{business_number:124-86-40117}} | 법인이라 별도 |"""},

{"id": "s8-r05-016", "kind": "call_transcript", "text": """민원인: 할머니 돌아가셔서 사망신고 하려는데요, 할머니가 원래 [[KR_ADDRESS:성남시 수정구 시민로 213번길 25-4 다세대 B01호]]에 사셨고요.
직원: 네 사망자분 성함하고 생년월일 말씀해 주세요.
민원인: [[PERSON:변옥순]]이고요 [[BIRTH_DATE:삼삼년 구월 이십일]]이요.
직원: 신고하시는 분은요?
민원인: 손자 [[PERSON:변준우]]요. 학생인데요, 학생증 번호 [[STUDENT_ID:2021-31457]] 이거 신분증으로 돼요?
직원: 학생증은 안 되고요, 주민등록증이나 운전면허증 가져오셔야 해요."""},
]
