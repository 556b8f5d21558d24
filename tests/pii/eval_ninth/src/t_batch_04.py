# Writer t, batch 04: foreign residents' registration, visas and stays.
# CC0 1.0. All people, numbers and addresses are invented.
DOCS = [
{"id": "s9-t04-001", "kind": "ocr_form", "text": """외국인등록증  RESIDENCE CARD
[[KR_FRN:950412-6234517]]
성명 Name  [[PERSON:NGUYEN VAN AN]]
국가/지역 Country  VIETNAM   성별 M
체류자격 Status  비전문취업(E-9)
발급일자 Issue Date  {{date:2023.05.10}}
수원출입국·외국인사무소장
CHIEF, {{org_name:SUWON IMMIGRATION OFFICE}}"""},

{"id": "s9-t04-002", "kind": "kakao_chat", "text": """[[PERSON:An]] 🇻🇳: 누나 저 비자 연장 해야돼요 언제까지 해요?
[[PERSON:정미]] 쌤: 외국인등록증 뒤에 보면 체류기간 있어~ 사진 찍어서 보내봐
[[PERSON:An]] 🇻🇳: (사진) [[KR_FRN:950412-6234517]] 이거요
[[PERSON:정미]] 쌤: 앗 번호 이렇게 다 보내면 안돼ㅋㅋ 지워줄게. 만료일 {{date:2024.09.14}} 이네. 한달 전부터 하이코리아 방문예약 해
[[PERSON:An]] 🇻🇳: 사장님 사업자번호도 필요해요? [[KR_BRN:135-12-5529?]] 이거
[[PERSON:정미]] 쌤: 응 고용계약서랑 같이 가져가면 돼. 사장님 폰번호도 [[PHONE_NUMBER:010-2290-8174]] 맞지?"""},

{"id": "s9-t04-003", "kind": "ocr_form", "text": """체류지 변경신고서 / REPORT ON CHANGE OF ADDRESS
성 Surname [[PERSON:SHRESTHA]]  명 Given names [[PERSON:RAM BAHADUR]]
생년월일 Date of Birth [[BIRTH_DATE:1990 . 11 . 02]]   외국인등록번호 [[KR_FRN:901102-5O83149]]
여권번호 Passport No. [[KR_PASSPORT:PA0981273]]
신 체류지 New address [[KR_ADDRESS:경기도 용인시 처인구 백암면 백암로 201-15, 기숙사 2층]]
전화 Tel. [[PHONE_NUMBER:010-8O31-2264]]
신고일 Date of report {{date:2O24. 3. 5.}}   신고인 서명 Signature [[PERSON:RAM B. SHRESTHA]]
※ 전입일로부터 {{duration:15일}} 이내 신고"""},

{"id": "s9-t04-004", "kind": "email", "text": """From: {{public_email:oia@kyonggi-intl.ac.kr}}
To: 광교1동 행정복지센터 담당자님
Cc: [[EMAIL_ADDRESS:hyejin.choi@kyonggi-intl.ac.kr]]

안녕하세요, 국제교류처 [[PERSON:최혜진]] 주임입니다 (직통 [[PHONE_NUMBER:031-249-8812]]).
기숙사 입사 유학생 체류지 변경신고 일괄 접수 건으로 연락드립니다.
1. [[PERSON:WANG Lei]] / 학번 [[STUDENT_ID:20241183]] / [[KR_FRN:040723-7******]] / D-2
2. [[PERSON:Dilnoza Karimova]] / 학번 [[STUDENT_ID:20241207]] / [[KR_FRN:021130-8******]] / D-2
3. [[PERSON:Ochirbat Bold]] / 학번 [[STUDENT_ID:20232950]] / 등록증 발급 전 (여권 [[KR_PASSPORT:E1742093]]) / D-4
기숙사 주소: [[KR_ADDRESS:수원시 영통구 광교산로 154-42, 글로벌하우스]]
개인정보가 포함되어 있으니 열람 후 삭제 부탁드립니다."""},

{"id": "s9-t04-005", "kind": "spreadsheet", "text": """[[PERSON:백승호]] 정밀 외국인근로자 현황 (사업자 [[KR_BRN:142-04-8831?]], 대표 [[PERSON:백승호]])
사번	성명	국적	외국인등록번호	여권번호	체류자격	만료일
[[EMPLOYEE_ID:F-0117]]	[[PERSON:Ahmed Karim]]	방글라데시	[[KR_FRN:880305-5147266]]	[[KR_PASSPORT:BW0518872]]	E-9	{{date:2025-02-27}}
[[EMPLOYEE_ID:F-0121]]	[[PERSON:Thet Naing]]	미얀마	[[KR_FRN:930819-5******]]	[[KR_PASSPORT:MH482019]]	E-9	{{date:2024-12-03}}
[[EMPLOYEE_ID:F-0125]]	[[PERSON:Siriporn Kaewta]]	태국	[[KR_FRN:970114-6******]]	[[KR_PASSPORT:AA6650214]]	E-9	{{date:2026-06-18}}
사업장: [[KR_ADDRESS:용인시 처인구 남사읍 봉무로 437-21]] / 담당 [[PHONE_NUMBER:010-4128-0552]]"""},

{"id": "s9-t04-006", "kind": "call_transcript", "text": """직원: 결혼이민 비자 연장하시려면 혼인관계증명서 떼 가셔야 돼요.
민원인(남편): 네 제 와이프 건데요, 와이프는 [[PERSON:Maria Santos]]고 필리핀 사람이에요. 제 이름은 [[PERSON:곽성진]]이요.
직원: 남편분 주민번호 확인할게요.
민원인: [[KR_RRN:780621-145]]... 아 잘못 말했다, 다시 할게요 [[KR_RRN:780621-145903?]]
직원: 네 확인됐습니다. 혼인일자 {{date:2019년 10월 12일}} 맞으시죠?
민원인: 네. 와이프 생일은 [[BIRTH_DATE:91년 4월 30일]]이고 외국인등록번호는 [[KR_FRN:910430-6******]]요.
직원: 네 본인 것만 출력되니까 남편분 기준으로 발급해 드릴게요."""},

{"id": "s9-t04-007", "kind": "officer_memo", "text": """외국인 주민세 체납자 안내 (다국어 안내문 발송 대상)
- [[PERSON:LIU Yang]] ([[PERSON:刘洋]]), [[KR_FRN:860527-5******]], [[KR_ADDRESS:성남시 수정구 수정로 318번길 20, 401호]], {{amount:11,250원}}
- [[PERSON:Tuan Pham]], 등록증 미확인, [[KR_ADDRESS:성남시 중원구 순환로 102번길 6-1 옥탑]], {{amount:11,250원}}
- [[PERSON:Ivanova Olga]], [[KR_FRN:890901-6******]], 출국 ({{date:2023.12.19}}) → 결손 검토
※ 안내문은 중국어/베트남어/러시아어로, 발송일 {{date:10. 14.}}"""},

{"id": "s9-t04-008", "kind": "sms", "text": """[Suwon City] Dear Mr. [[PERSON:Ahmed Khan]], your period of stay ends on {{date:2024-08-31}}. Please apply for extension at HiKorea or call {{public_number:1345}} (Immigration Contact Center). Your registered address: [[KR_ADDRESS:Unit 203, 17 Gyeongsu-daero 1045beon-gil, Jangan-gu, Suwon]]. Ignore if already done."""},

{"id": "s9-t04-009", "kind": "register", "text": """외국인 체류지변경 신고 접수부 ― 신갈동
접수일 / 성명 / 국적 / 등록번호 / 생년월일 / 신 체류지
{{date:24.04.02}} / [[PERSON:ZHANG Min]] / 중국 / [[KR_FRN:790306-6******]] / [[BIRTH_DATE:79.03.06]] / [[KR_ADDRESS:신갈로 112 204호]]
{{date:24.04.02}} / [[PERSON:Batbayar G.]] / 몽골 / [[KR_FRN:000215-7******]] / [[BIRTH_DATE:00.02.15]] / [[KR_ADDRESS:기흥구 갈곡로 9 반지하]]
{{date:24.04.04}} / [[PERSON:Yusupov Timur]] / 우즈베키스탄 / [[KR_FRN:970707-5******]] / [[BIRTH_DATE:97.07.07]] / [[KR_ADDRESS:기흥구 신갈동 55-19 2층]]"""},

{"id": "s9-t04-010", "kind": "notice", "text": """외국인 주민 체류 안내 (다국어 게시)
- 외국인등록번호 형식: {{code:YYMMDD-5XXXXXX}} (남 5·7, 여 6·8)
- 체류지 변경 시 {{duration:15일}} 이내 신고 (읍·면·동 주민센터 가능)
- 체류기간 연장 신청: 만료 {{duration:4개월}} 전부터 만료일까지
- 외국인종합안내센터 {{public_number:1345}} / {{place_name:수원출입국·외국인사무소}}(영통구)
- Vietnamese / 中文 / English / Русский 안내 가능"""},

{"id": "s9-t04-011", "kind": "email", "text": """보낸사람: [[PERSON:Joanna Reyes]] <[[EMAIL_ADDRESS:jo.reyes.teach@gmail.com]]>
Subject: E-2 visa – address change & tax certificate

Hello, I'm an English teacher at a hagwon in Bundang. I moved from [[KR_ADDRESS:Sinheung-dong 2461, Sujeong-gu, Seongnam]] to [[KR_ADDRESS:Jeongja-il-ro 121, 104-1203, Bundang-gu, Seongnam-si]] on {{date:May 3rd}}.
My ARC no. is [[KR_FRN:880214-6019237]] and my passport is [[KR_PASSPORT:P4418273B]] (Philippines). DOB [[BIRTH_DATE:14 Feb 1988]].
I also need a 지방세 납세증명서 for my visa renewal. My phone: [[PHONE_NUMBER:010-3391-0427]]. Thank you!
[[PERSON:Joanna]]"""},

{"id": "s9-t04-012", "kind": "kakao_chat", "text": """[[PERSON:张伟]]: 你好，我是[[PERSON:张伟]]，请问外国人登记证丢了怎么办？
통역봉사 [[PERSON:왕리]]: 출입국사무소 가서 재발급 받아야 한대요. 여권이랑 사진 필요해요
[[PERSON:张伟]]: 护照号 [[KR_PASSPORT:EJ5521836]]，出生日期 [[BIRTH_DATE:1987年5月3日]]
통역봉사 [[PERSON:왕리]]: 네 예약 도와드릴게요. 지금 사는 곳 주소요?
[[PERSON:张伟]]: [[KR_ADDRESS:水原市 八达区 华西门路 41号 302室]]"""},

{"id": "s9-t04-013", "kind": "officer_memo", "text": """외국인등록사실증명 대리발급 검토
신청 대상: [[PERSON:KIM ALEKSANDR]] (고려인, F-4) [[KR_FRN:750118-5203346]]
대리인: 딸 [[PERSON:김나탈리아]] ([[KR_FRN:020606-8******]], [[BIRTH_DATE:2002.06.06]])
위임장 서명이 러시아어 필기체로 여권 서명과 상이 → 여권 [[KR_PASSPORT:751264038]] 사본 대조 후 접수
※ 대상자 거주지 [[KR_ADDRESS:안산시 단원구 원곡로 45, 3층 305호]] (관외, 발급은 전국 가능)
담당 [[PERSON:육소희]] / 직원번호 [[EMPLOYEE_ID:YI-2211-087]]"""},

{"id": "s9-t04-014", "kind": "system_export", "text": """FR_STAY_SYNC job={{code:JOB-20240902-03}} started {{date:2024-09-02 02:00:01}}
host=[[IP_ADDRESS:10.120.5.44]] peer=[[IP_ADDRESS:203.248.117.9]] tls={{version:TLSv1.3}}
rec 0001 frn=[[KR_FRN:830412-5******]] name=[[PERSON:HOANG DUC MINH]] dob=[[BIRTH_DATE:1983-04-12]] addr_chg=Y
rec 0002 frn=[[KR_FRN:990101-6******]] name=[[PERSON:RAHMAN NUSRAT]] dob=[[BIRTH_DATE:1999-01-01]] addr_chg=N
finished {{date:2024-09-02 02:00:47}} ok=2 err=0"""},

{"id": "s9-t04-015", "kind": "call_transcript", "text": """상담원: 네 외국인 주민 상담입니다.
민원인: 안녕하세요 저 우즈벡 사람이에요, 이름 [[PERSON:라힘 토시모프]]. 체류지 변경 했는데 건강보험에서 편지가 왔어요.
상담원: 외국인등록번호 앞자리만 말씀해 주시겠어요?
민원인: [[KR_FRN:921009]] 이요.
상담원: 네 확인됐어요. 건강보험은 지역가입자로 자동 가입되셔서 고지서 나온 거예요. 공단 외국인 민원센터 {{public_number:033-811-2000}}으로 문의하시면 돼요.
민원인: 근데 회사 다니는데요? 회사 이름 {{org_name:(주)한솔산업}}.
상담원: 그럼 직장가입 신고가 안 된 거라 회사에 말씀하셔야 해요."""},

{"id": "s9-t04-016", "kind": "phone_note", "text": """외국인 방문: [[PERSON:Lakshmi Iyer]], 등록증 [[KR_FRN:850723-6******]], 남편 [[PERSON:Arun Iyer]] 연락처 [[PHONE_NUMBER:010-5527-9013]], 자녀 [[PERSON:Anika]] 출생 [[BIRTH_DATE:2023.12.01]] 국내출생 외국인 등록 안내함 ({{duration:90일}} 이내)"""},

{"id": "s9-t04-017", "kind": "officer_memo", "text": """다문화가족 방문교육 연계 메모
가구주 [[PERSON:천영길]]([[BIRTH_DATE:1969.08.14]]) + 배우자 [[PERSON:THAI THI NGOC]]([[BIRTH_DATE:1996.2.3]], 베트남, F-6)
자녀 [[PERSON:천하늘]] [[BIRTH_DATE:2018.04.21]], [[PERSON:천바다]] [[BIRTH_DATE:2021.09.09]]
주소 [[KR_ADDRESS:용인시 처인구 양지면 남평로 73-4]]
배우자 한국어 초급, 통역 필요. 연락은 남편 [[PHONE_NUMBER:010-9241-3608]]
교육 시작 {{date:2024. 10. 7.}} / 주 2회"""},

{"id": "s9-t04-018", "kind": "sms", "text": """[[PERSON:Thet Naing]] 씨 연장 허가 났어요. 새 만료일 {{date:2027.12.02}}. 등록증 찾으러 {{date:다음주 화요일}} 같이 가요 - [[PERSON:백승호]] 사장"""},
]
