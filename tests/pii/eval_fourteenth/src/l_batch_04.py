# Writer l, batch 04: 유학생, 국제교류처 - CC0 1.0, all values invented.
DOCS = [
{"id": "s14-l04-001", "kind": "form", "text": """시간제취업 확인서 (유학생 D-2)
Name: [[PERSON:BATBOLD Enkhjin]]    Student No.: [[STUDENT_ID:202291034]]
Dept: 경영학과 3학년    DOB: [[BIRTH_DATE:2001.02.14]]
ARC No.: [[KR_FRN:010214-7102338]]
근무처: {{org_name:GS25 영통중앙점}} (사업자 [[KR_BRN:124-35-8870?]], 점주 [[PERSON:한동석]])
근무처 주소: [[KR_ADDRESS:수원시 영통구 영통로 214번길 6, 1층 102호]]
근무시간: 주 {{statistic:20시간}} (토,일 {{time:10:00-20:00}})
TOPIK: 4급   평균학점: {{statistic:3.62/4.5}}
유학생 담당자 확인: [[PERSON:정수빈]] (국제교류팀, [[PHONE_NUMBER:031-249-9173]])"""},

{"id": "s14-l04-002", "kind": "email", "text": """Dear Ms. [[PERSON:Jeong Subin]],

My name is [[PERSON:Ahmed Raza Khan]] (Student ID [[STUDENT_ID:20241588]], Korean Language Institute). My D-4 visa expires on {{date:2025-08-31}} and I want to change to D-2 because I was admitted to the graduate school (starts {{date:Sept 1}}).
Could you issue the 재학증명서 and 표준입학허가서? My passport number is [[KR_PASSPORT:AB7712045]] (Pakistan) and my date of birth is [[BIRTH_DATE:9th March 1998]].

Best regards,
[[PERSON:Ahmed]]
Phone: [[PHONE_NUMBER:010-7712-3015]]"""},

{"id": "s14-l04-003", "kind": "table", "text": """2025-1 신입 유학생 공항픽업 명단 (국제교류처)
이름 | 국적 | 항공편 | 도착 | 학번 | 휴대폰(로밍)
[[PERSON:LI JIAQI]] (李佳琪) | 중국 | {{code:KE892}} | {{date:02/24 13:40}} | [[STUDENT_ID:2025600112]] | [[PHONE_NUMBER:+86 138 1024 7756]]
[[PERSON:NGUYEN DUC THANH]] | 베트남 | VN416 | {{date:02/25 07:05}} | [[STUDENT_ID:2025600117]] | [[PHONE_NUMBER:+84 90 318 4420]]
[[PERSON:Sophie Martin]] | 프랑스 | AF264 | {{date:02/25 11:20}} | [[STUDENT_ID:2025600131]] | 미정
※ 픽업 버스 {{code:KE892}}편 기준 1차 출발, 인솔 [[PERSON:국현아]] 조교"""},

{"id": "s14-l04-004", "kind": "complaint", "text": """안녕하세요. 저는 베트남 유학생 [[PERSON:Le Thi Hoa]]입니다. 한국말 잘 못해서 미안합니다.
{{date:지난 달}}에 {{org_name:성남시청}} 옆 원룸 계약했는데 집주인이 보증금 {{amount:300만원}} 안 돌려줘요. 계약서에 주소 [[KR_ADDRESS:성남시 중원구 상대원동 3802-5 201호]]. 집주인 이름 [[PERSON:채만식]]?? 전화 [[PHONE_NUMBER:010-2008-6671]] 안 받아요.
제 번호 [[PHONE_NUMBER:010-4485-1290]], 학교 메일 [[EMAIL_ADDRESS:hoa.le2003@gachon.ac.kr]]
도와주세요"""},

{"id": "s14-l04-005", "kind": "form", "text": """재정능력 입증 - 잔고증명서 확인
학생명: [[PERSON:ISLOMOV Jasurbek]]   국적: 우즈베키스탄
여권: [[KR_PASSPORT:FA1209784]]   생년월일: [[BIRTH_DATE:14.11.2003]]
은행: Kapitalbank / 계좌 [[BANK_ACCOUNT:20206000904512738001]]
잔액: {{amount:USD 20,150}} (기준일 {{date:2024.12.20}})
국내 송금용 계좌: 하나은행 [[BANK_ACCOUNT:163-910482-31507]]
검토자: 국제처 [[PERSON:봉선화]]"""},

{"id": "s14-l04-006", "kind": "chat", "text": """[유학생 단톡방 - 한국어학당 3급 B반]
[[PERSON:Minh]]: 오늘 수업 몇시?
[[PERSON:Yerlan]]: {{time:9시}} 반
선생님 [[PERSON:한소연]]: 여러분 {{date:내일}}부터 중간시험이에요~ 출석 안 하면 비자 연장 불이익 있어요!
[[PERSON:Minh]]: 네 선생님 ㅠㅠ
[[PERSON:Chloe]]: 저 {{date:3/19}} 병원 가서 결석해요. 진단서 [[EMAIL_ADDRESS:han.soyeon@kgu.ac.kr]]로 보내도 돼요?"""},

{"id": "s14-l04-007", "kind": "letter", "text": """표준입학허가서 Certificate of Admission
성명 Name: [[PERSON:AYDIN, Elif]]
생년월일 Date of Birth: [[BIRTH_DATE:1999-06-30]]
국적 Nationality: TURKEY      여권번호 Passport No.: [[KR_PASSPORT:U18420935]]
과정 Program: 석사 Master's / 컴퓨터공학과
학번 Student No.: [[STUDENT_ID:M2025-0413]]
수업기간 Period: {{date:2025.03.01}} ~ {{date:2027.02.28}}
등록금 납부 Tuition paid: {{amount:KRW 4,870,000}}
발급번호 {{document_number:CA-2025-00791}}   발급일 {{date:2025.01.15}}
{{org_name:아주대학교}} 총장 (직인)"""},

{"id": "s14-l04-008", "kind": "memo", "text": """유학생 소재불명 보고 ({{date:2025.04.03}})
- [[PERSON:Mohammad Al-Hassan]] (학번 [[STUDENT_ID:20231207]]) {{date:3월}} 이후 출석 0, 기숙사 퇴사, 전화 [[PHONE_NUMBER:010-5524-0893]] 불통
- 마지막 주소: [[KR_ADDRESS:수원시 팔달구 인계로 166번길 43-7 해피하우스 305호]]
- 외국인등록번호 [[KR_FRN:971024-5******]]
→ 출입국 통보 대상 (담당 [[PERSON:곽지원]], [[EMAIL_ADDRESS:kwak.jw@ajou.ac.kr]])"""},

{"id": "s14-l04-009", "kind": "complaint", "text": """Hello, I am exchange student [[PERSON:Lukas Becker]] from Germany. I paid the 외국인등록 fee with my card but the kiosk cancelled and charged me twice. Card: VISA [[CREDIT_CARD:4921 8102 6673 015?]]. Charged {{amount:30,000 KRW}} x2 on {{date:2025-03-14}}. Please refund. I live at [[KR_ADDRESS:용인시 기흥구 덕영대로 1732, 국제학사 B동 714호]].
mail: [[EMAIL_ADDRESS:lukas.becker99@web.de]]"""},

{"id": "s14-l04-010", "kind": "form", "text": """[유학생 건강보험 가입 확인]
성명: [[PERSON:SHRESTHA Bikash]]  생년월일: [[BIRTH_DATE:1997/12/05]]
외국인등록번호: [[KR_FRN:971205-5632019]]
건강보험증번호: {{code:5-1234567890}}
보험료 자동이체: 국민 [[BANK_ACCOUNT:941302-00-611847]]
주소: [[KR_ADDRESS:용인시 처인구 명지로 116, 명지빌 302]]
※ 6개월 이상 체류 유학생은 지역가입 의무 ({{date:2021.3.1}} 시행)"""},

{"id": "s14-l04-011", "kind": "letter", "text": """추천서

본인은 [[PERSON:Keo Sopheap]] 학생(캄보디아, [[BIRTH_DATE:2000년 8월 11일]]생)의 지도교수로서, 이 학생이 {{date:2023년 가을학기}}부터 성실히 연구에 참여했음을 확인합니다. GKS 장학생 연장 심사에 긍정적 검토를 부탁드립니다.

{{date:2025. 5. 9.}}
{{org_name:단국대학교 죽전캠퍼스}} 토목공학과 교수 [[PERSON:여운석]]
[[EMAIL_ADDRESS:yeows@dankook.ac.kr]] / [[PHONE_NUMBER:031-8005-3521]]"""},

{"id": "s14-l04-012", "kind": "export", "text": """id,name_kr,name_en,birth,nation,visa,visa_exp,login_ip
1041,[[PERSON:왕하오]],[[PERSON:WANG HAO]],[[BIRTH_DATE:2002-09-01]],CN,D-2-2,{{date:2026-02-28}},[[IP_ADDRESS:203.252.18.44]]
1042,[[PERSON:투안]],[[PERSON:TRAN VAN TUAN]],[[BIRTH_DATE:2003-01-19]],VN,D-4-1,{{date:2025-09-10}},[[IP_ADDRESS:2001:2d8:6a14:1c07::3f]]
1043,[[PERSON:아미나]],[[PERSON:AMINA YUSUF]],[[BIRTH_DATE:2001-04-22]],NG,D-2-3,{{date:2026-08-31}},[[IP_ADDRESS:175.223.11.206]]"""},

{"id": "s14-l04-013", "kind": "sms", "text": """[국제교류처] [[PERSON:Eva]] 학생, 외국인등록증 수령 준비됐어요. {{date:금요일}}까지 국제관 {{room_number:107호}}로 오세요. 여권 꼭 가져오세요. -[[PERSON:민경]] 선생님"""},

{"id": "s14-l04-014", "kind": "notice", "text": """유학생 비자 연장 일괄신청 안내
- 대상: D-2 재학생 중 체류만료일이 {{date:2025.8.31.}} 이전인 학생
- 제출: 여권 사본, 외국인등록증 사본, 재학증명서, 수수료 {{amount:60,000원}}
- 접수: {{date:6.2.(월)~6.13.(금)}} 국제관 1층 / 문의 {{public_email:intl@kgu.ac.kr}}, {{public_number:031-249-9170}}
※ 여권번호 기재 예: {{code:M12345678}}, {{code:E00000000}}"""},

{"id": "s14-l04-015", "kind": "form", "text": """보험금 청구서 (유학생 단체보험)
피보험자: [[PERSON:KIM, Anastasia]] / 학번 [[STUDENT_ID:22-10357]]
생년월일: [[BIRTH_DATE:2002. 7. 7]]
사고일: {{date:2025. 3. 29}}  진료기관: {{org_name:분당서울대병원}}
청구금액: {{amount:187,300원}}
지급계좌: 우리 [[BANK_ACCOUNT:1002-953-220418]] (예금주 [[PERSON:KIM ANASTASIA]])
연락처 [[PHONE_NUMBER:010-9923-0412]]"""},
]
