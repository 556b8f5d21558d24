# Writer r, batch 05: mixed domains, look-alikes. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r05-001", "kind": "notice", "text": """[안내] 체류기간 연장 온라인 신청 시 유의사항
1. 여권번호는 영문과 숫자를 띄어쓰기 없이 입력 (예: {{format_example:M12345678}}, 베트남 {{format_example:C1234567}})
2. 외국인등록번호 13자리 입력 (예: {{format_example:000000-5000000}})
3. 수수료 {{amount:60,000원}} 수입인지 또는 전자수입인지로 납부
   ※ 가상계좌 입금 불가, 출입국 수납계좌 {{public_account:079-01-003841}} 은 기관 전용
4. 신청기한: 체류만료일 {{date:4개월 전부터 만료일까지}}
문의: 외국인종합안내센터 {{public_number:1345}} / 담당 [[PERSON:차은호]] 주무관"""},

{"id": "s16-r05-002", "kind": "log_export", "text": """Log Name: Security  Source: Microsoft-Windows-Security-Auditing
Date: {{date:2024-05-21 오전 9:02:14}}  Event ID: {{code:4625}}
An account failed to log on.
  Account Name: hjjeon  ([[PERSON:전혜진]], 사번 [[EMPLOYEE_ID:P-20881]])
  Workstation Name: PC-ACC-117
  Source Network Address: [[IP_ADDRESS:10.12.7.53]]
OS Build {{version:10.0.19045.4291}}  Agent {{version:3.2.0.118}}
Date: {{date:2024-05-21 오전 9:02:41}}  Event ID: {{code:4624}}  Logon Type 10 from [[IP_ADDRESS:10.12.7.53]]"""},

{"id": "s16-r05-003", "kind": "applicant_list", "text": """배송기사(1톤) 채용 서류심사 통과자 - 물류센터
지원번호 | 성명 | 생년 | 운전면허번호 | 면허종류
{{exam_number:D-011}} | [[PERSON:석태민]] | [[BIRTH_DATE:1988]] | [[KR_DRIVER_LICENSE:12-08-118204-41]] | 1종보통
{{exam_number:D-014}} | [[PERSON:탁기훈]] | [[BIRTH_DATE:1979]] | [[KR_DRIVER_LICENSE:경남 97-231008-60]] | 1종대형
{{exam_number:D-019}} | [[PERSON:Kim Sergei]] | [[BIRTH_DATE:1991]] | [[KR_DRIVER_LICENSE:28-16-550713-03]] | 1종보통
면접: {{date:7월 3일}} / 실기(운전): {{date:7월 4일}}"""},

{"id": "s16-r05-004", "kind": "registration", "text": """외국인 근로자 통근차량 운전자 등록 (사장님 제출용)
운전자: [[PERSON:Nurlan Abdullaev]] (카자흐스탄, 고려인 F-4)
국내면허: [[KR_DRIVER_LICENSE:경기08-019934-27]]
차량: 스타렉스 [[KR_CAR_PLATE:68루 1150]] (본인 명의)
동승자: [[PERSON:Aibek]], [[PERSON:Dauren]], [[PERSON:Timur]]
출근 경로: 안산 원곡동 → 화성 {{place_name:마도산업단지}}
등록일 {{date:2024.04.08}}"""},

{"id": "s16-r05-005", "kind": "ocr_scan", "text": """[통장사본 - 스캔]
KB 국민은행 보통예금
계좌번호  [[BANK_ACCOUNT:O82-21-O4471-9]]... 
예금주    [[PERSON:나  인 영]]
신규일    {{date:2Ol8.O9.l1}}
※ 보험금 청구 첨부용 / 피보험자와 예금주 동일"""},

{"id": "s16-r05-006", "kind": "kiosk_log", "text": """KIOSK-03 수납로그 {{date:20240613}}
09:14:22 PT#{{code:00458211}} [[PERSON:길*희]] 외래 {{amount:12,300}} CARD [[CREDIT_CARD:5107-77**-****-3902]] OK APPR {{approval_number:17744021}}
09:16:05 PT#{{code:00390174}} [[PERSON:권*섭]] 외래 {{amount:4,800}} CARD [[CREDIT_CARD:3791-****-****-006]] OK APPR {{approval_number:17744108}}
09:17:49 PT#{{code:00511930}} [[PERSON:G**A R**S]] 외래 {{amount:51,000}} CARD [[CREDIT_CARD:4417-12**-****-8830]] FAIL(잔액부족)"""},

{"id": "s16-r05-007", "kind": "spreadsheet", "text": """2024 임직원 단체검진 명단 (지정병원: 수원 한마음검진센터)
사번,성명,성별,생년월일,휴대폰,검진희망일
[[EMPLOYEE_ID:2008-113]],[[PERSON:허정민]],남,[[BIRTH_DATE:1976-02-28]],[[PHONE_NUMBER:010-6612-9037]],{{date:9/10}}
[[EMPLOYEE_ID:2016-402]],[[PERSON:곽은채]],여,[[BIRTH_DATE:1990-09-14]],[[PHONE_NUMBER:010-2201-4583]],{{date:9/12}}
[[EMPLOYEE_ID:2021-077]],[[PERSON:Tran Quang Huy]],남,[[BIRTH_DATE:1995-04-01]],[[PHONE_NUMBER:010-3925-7710]],{{date:9/12}}
[[EMPLOYEE_ID:2023-210]],[[PERSON:이 슬]],여,[[BIRTH_DATE:2000-07-23]],[[PHONE_NUMBER:010-8140-0396]],{{date:9/19}}"""},

{"id": "s16-r05-008", "kind": "messenger_chat", "text": """[Zalo → 카톡 캡처] 
[[PERSON:Thuy]]: chị ơi 택배 주소 이거 맞아요? [[KR_ADDRESS:용인시 처인구 김량장동 123-45 그린빌 2층 201호]]
센터 [[PERSON:최유나]]: 네 맞아요~ 근데 우편번호도 써야돼요 17030
[[PERSON:Thuy]]: 감사합니다 chị 
[[PERSON:Thuy]]: 우리 아기 예방접종 수첩에 생일 [[BIRTH_DATE:2023.8.15]] 써있어요"""},

{"id": "s16-r05-009", "kind": "case_note", "text": """[이주여성 쉼터 입소 기록] ※ 비공개
입소일: {{date:2024.02.19 23:40}} (경찰 동행, 수원중부서 여성청소년계 [[PERSON:문○진]] 경사)
입소자: A씨 (캄보디아, 가명 '[[PERSON:스레이]]')
생년월일: [[BIRTH_DATE:2000.○○.○○]]
동반자녀: 1명 (남, [[BIRTH_DATE:2022]]년생)
가해자(배우자): [[PERSON:정○○]], 주소 [[KR_ADDRESS:수원시 권선구 ○○로 ○○ ○○아파트 1○○동]] ← 비공개
외부 연락 금지, 휴대폰 번호 변경 지원 예정"""},

{"id": "s16-r05-010", "kind": "web_complaint", "text": """[고객의 소리] 등록일 {{date:2024-04-29}}  분류: 불친절
작성자: winter_kyung님 (회원)
어제 어머니([[PERSON:박정례]], [[BIRTH_DATE:43]]년생) 모시고 신경과 외래 갔는데 접수 직원분이 어머니 귀가 어두운걸 알면서도 소리를 지르셨어요. 명찰에 [[PERSON:지현]]이라고 되어 있었습니다. 
환자번호는 {{code:10077214}} 입니다. 답변은 문자로 주세요 [[PHONE_NUMBER:010-55**-7102]]"""},

{"id": "s16-r05-011", "kind": "form", "text": """급여계좌 변경신청서 (외국인 근로자용 / 한국어·베트남어 병기)
성명 Họ tên: [[PERSON:VO VAN LONG]]     사번 Mã NV: [[EMPLOYEE_ID:F23-0091]]
변경 전 계좌 Tài khoản cũ: 우리은행 [[BANK_ACCOUNT:1002-948-330127]]
변경 후 계좌 Tài khoản mới: IBK기업 [[BANK_ACCOUNT:547-061882-02-017]]
사유: 외국인 전용 송금계좌로 변경
신청일 Ngày: {{date:2024/05/02}}   서명: [[PERSON:Long]]"""},

{"id": "s16-r05-012", "kind": "email", "text": """From: [[PERSON:Nadia Rahman]] <[[EMAIL_ADDRESS:nadia.rahman@lgtech-kr.com]]>
To: HR Service <{{public_email:hrservice@lgtech-kr.com}}>
Date: {{date:12 Feb 2024 14:05}}
Subject: Request - Certificate of Employment (English) for visa

Dear HR team,
Could you issue a Certificate of Employment in English? My parents are applying for a visitor visa.
Name: [[PERSON:Nadia Rahman]] / Employee No. [[EMPLOYEE_ID:LG-2209314]]
Joined: {{date:01 Aug 2022}}
Home address (for the certificate): [[KR_ADDRESS:Apt 1203, 55 Jeongja-ro, Bundang-gu, Seongnam-si, Gyeonggi-do]]
Passport: [[KR_PASSPORT:BX0847721]] (Bangladesh)
Thanks,
[[PERSON:Nadia]]"""},

{"id": "s16-r05-013", "kind": "handover_note", "text": """[인수인계 N→D] {{room_number:W62 15호}} [[PERSON:구말순]] 님 (F/81, [[BIRTH_DATE:430211]])
S: 새벽 3시경 낙상, 의식 명료
B: DM, HTN, 좌측 고관절 치환술 POD#4
A: BST {{statistic:212}}, BP {{statistic:158/92}}
R: 오전 라운딩 때 주치의 [[PERSON:윤석진]] 선생님께 보고, 보호자(아들 [[PHONE_NUMBER:010-4911-2638]]) 연락 완료"""},

{"id": "s16-r05-014", "kind": "asset_return", "text": """IT 자산 반납 확인서
반납자: [[PERSON:신예린]] / 사번 [[EMPLOYEE_ID:R-3318]] / 퇴직일 {{date:2024-03-29}}
노트북 LENOVO T14 S/N {{device_id:PF3XK2A9}} / MAC {{device_id:3C:52:82:1A:7F:0E}}
마지막 사용 IP: [[IP_ADDRESS:10.30.4.118]] (DHCP)
보안USB 반납 ○ / 출입카드 반납 ○
확인자: IT [[PERSON:엄재웅]]"""},

{"id": "s16-r05-015", "kind": "invitation_letter", "text": """INVITATION LETTER

To: Consular Section, Embassy of the Republic of Korea in Hanoi
Date: {{date:March 5, 2024}}

I, [[PERSON:LEE JUNHO]] (Korean, DOB [[BIRTH_DATE:Jul. 14, 1984]], Passport [[KR_PASSPORT:M47120835]]), hereby invite my parents-in-law to visit Korea for 90 days.
1. [[PERSON:NGUYEN VAN THANH]], DOB [[BIRTH_DATE:02/11/1958]], Passport [[KR_PASSPORT:C2091834]]
2. [[PERSON:PHAM THI NGA]], DOB [[BIRTH_DATE:19/06/1961]], Passport [[KR_PASSPORT:C2091907]]
They will stay at my home: [[KR_ADDRESS:201-1502, 120 Gwanggyo-ro, Yeongtong-gu, Suwon-si]]
Contact: [[PHONE_NUMBER:+82 10 3318 4720]] / [[EMAIL_ADDRESS:junho.lee84@naver.com]]"""},

{"id": "s16-r05-016", "kind": "tax_invoice", "text": """전자세금계산서 (공급자 보관용)   승인번호 {{approval_number:20240528-41000019-88472103}}
공급자: 미소드림치과의원 / 등록번호 [[KR_BRN:312-93-5507?]] / 성명 [[PERSON:함지원]]
사업장: [[KR_ADDRESS:경기도 성남시 분당구 불정로 90, 3층 301호]]
공급받는자: (주)한빛테크 / 등록번호 {{business_number:144-81-9920?}}
작성일자 {{date:2024-05-28}}  품목: 임직원 구강검진  공급가액 {{amount:2,400,000}}"""},

{"id": "s16-r05-017", "kind": "call_transcript", "text": """[상담녹취 STT 변환본] 보험금 청구 접수
상담사: 본인 확인을 위해 성함과 생년월일 말씀해주세요.
고객: [[PERSON:마경숙]]이고요 [[BIRTH_DATE:육십칠년 삼월 이일]]이요.
상담사: 네 연락처도 부탁드립니다.
고객: [[PHONE_NUMBER:공일공 팔팔이삼 사칠공일]]이요.
상담사: 감사합니다. 입금받으실 계좌는요?
고객: 농협 [[BANK_ACCOUNT:삼오일 공팔칠칠 구이일삼 팔삼]]
상담사: {{date:오늘}} 접수되면 {{date:3영업일}} 이내 지급됩니다."""},

{"id": "s16-r05-018", "kind": "sms", "text": """계좌 [[BANK_ACCOUNT:3333-04-8812093]] 로 병원비 보내주세요 -큰이모"""},

{"id": "s16-r05-019", "kind": "notice", "text": """2024년 하반기 간호직 경력채용 최종합격자 공고
수험번호   성명
{{exam_number:N24-0031}}   [[PERSON:김*연]]
{{exam_number:N24-0047}}   [[PERSON:박*은]]
{{exam_number:N24-0102}}   [[PERSON:Sarah J**]]
{{exam_number:N24-0118}}   [[PERSON:황보*주]]
※ 임용 예정일: {{date:2024.09.02}} / 신규자 교육 {{date:8.26~8.30}}
병원 인사팀 ({{public_email:recruit@snmc.or.kr}})"""},
]
