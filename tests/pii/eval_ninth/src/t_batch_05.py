# Writer t, batch 05: passports issued at the city hall, naturalisation interviews and registration after naturalisation.
# CC0 1.0. All people, numbers and addresses are invented.
DOCS = [
{"id": "s9-t05-001", "kind": "ocr_form", "text": """여권발급신청서 (전자여권)                     접수번호 {{receipt_number:P2024-41135-008812}}
여권종류 ☑일반 □관용 □외교관   여권기간 ☑10년 □5년 □1년 단수   면수 ☑58면
한글성명 [[PERSON:김민서]]      로마자성명 성 [[PERSON:KIM]] 이름 [[PERSON:MINSEO]]
주민등록번호 [[KR_RRN:000228-416502?]]
연락처 [[PHONE_NUMBER:010-3358-0914]]   (이메일 [[EMAIL_ADDRESS:minseo.k0228@icloud.com]])
긴급연락처 성명 [[PERSON:이정화]]  관계 모  전화 [[PHONE_NUMBER:010-9961-4037]]
기존여권 번호 [[KR_PASSPORT:M80517264]]  (□분실 ☑유효기간만료)
※ 로마자성명 변경을 원하지 않으면 기존여권과 동일하게 기재"""},

{"id": "s9-t05-002", "kind": "ocr_form", "text": """[여권 사본 OCR]
REPUBLIC OF KOREA  PASSPORT  Type PM  Code KOR  Passport No. [[KR_PASSPORT:M305K8821]]
Surname/Given names [[PERSON:PARK SEOYEON]] / 한글성명 [[PERSON:박서연]]
Date of birth [[BIRTH_DATE:07 AUG 1993]]   Sex F
Date of issue {{date:19 JAN 2023}}   Date of expiry {{date:19 JAN 2033}}
Authority MINISTRY OF FOREIGN AFFAIRS
PMKOR[[PERSON:PARK<<SEOYEON]]<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
[[KR_PASSPORT:M305K8821]]6KOR[[BIRTH_DATE:930807]]2F{{date:330119}}4<<<<<<<<<<<<<<02"""},

{"id": "s9-t05-003", "kind": "sms", "text": """[Web발신]
[성남시청 여권민원실] [[PERSON:홍*준]]님의 여권이 발급되었습니다. 접수번호 {{receipt_number:41310-240715-0331}}. 본인 신분증 지참 후 {{date:8/14}}까지 수령 바랍니다(평일 {{time:09~18시}}, 목요일 {{time:20시}}까지). 문의 {{public_number:031-729-2631}}"""},

{"id": "s9-t05-004", "kind": "kakao_chat", "text": """[[PERSON:서윤맘]]: 혹시 애들 여권 만들 때 아빠 동의서 필요해요?
[[PERSON:준혁엄마]]: 18세 미만은 법정대리인 동의서요~ 엄마가 같이 가면 엄마 신분증만 있으면 돼요
[[PERSON:서윤맘]]: 아 감사해요 ㅎㅎ 우리 [[PERSON:서윤]]이 [[BIRTH_DATE:2017년 3월]]생이라 5년짜리 하려구요
[[PERSON:준혁엄마]]: 만 8세 미만은 5년 유효기간 {{amount:33,000원}}인가 그래요. 사진은 흰 배경!
[[PERSON:서윤맘]]: 넹 용인시청 예약했어요 {{date:금요일 오후 3시}}"""},

{"id": "s9-t05-005", "kind": "officer_memo", "text": """여권 분실신고 및 재발급 접수 메모  {{date:2024.06.18}}
신고인: [[PERSON:우진표]] ([[BIRTH_DATE:1975. 9. 22.]])
분실 여권: [[KR_PASSPORT:M4471O923]] (OCR 판독, 원번호 확인 필요) / 분실일 {{date:2024. 6. 10.}} 인천공항 추정
신분확인: 주민등록증 분실 상태 → 운전면허증 [[KR_DRIVER_LICENSE:13-98-021775-60]] 진위확인 OK
연락처 [[PHONE_NUMBER:010-2716-5548]], 자택 [[KR_ADDRESS:용인시 기흥구 흥덕1로 79번길 27, 흥덕마을 11단지 1106동 302호]]
5년 내 2회 이상 분실 → 유효기간 제한 대상 여부 확인 (직전 분실 {{date:2021. 3.}})
담당 [[PERSON:봉유라]]"""},

{"id": "s9-t05-006", "kind": "system_export", "text": """여권수수료 결제내역 (POS 출력)
거래일시 {{date:2024/07/02 11:28:46}}
단말기번호 {{code:T-31207715}}
가맹점 {{org_name:용인시청 여권민원실}}
카드번호 [[CREDIT_CARD:9410-61**-****-7736]]
승인번호 {{code:47710295}}   할부 일시불
금액 {{amount:50,000원}} (복수여권 10년 58면)
구매자 [[PERSON:도예준]]
--- 취소 재승인 ---
카드번호 [[CREDIT_CARD:4092 2751 3348 917?]]  금액 {{amount:50,000원}}"""},

{"id": "s9-t05-007", "kind": "call_transcript", "text": """민원인: 제가 대학생인데 병역 미필이라 여권 5년짜리밖에 안 된다던데 맞나요?
직원: 25세 이상이시면 국외여행허가 받으셔야 되고요, 그 전에는 일반 발급 가능해요. 생년월일이 어떻게 되세요?
민원인: [[BIRTH_DATE:2000년 12월 30일]]이요.
직원: 그럼 만 24세라서 아직 괜찮으세요. 성함은요?
민원인: [[PERSON:염도경]]이요. 학교에서 교환학생 가는 건데 학교 서류에 학번 [[STUDENT_ID:2019312054]] 적어서 냈거든요, 병무청에도 내야 돼요?
직원: 그건 병무청 {{public_number:1588-9090}}에 문의하셔야 되고요, 여권은 바로 가능하세요."""},

{"id": "s9-t05-008", "kind": "register", "text": """여권 교부대장 ({{date:2024-08-09}}, 수원시청)
순번 | 여권번호 | 성명 | 생년월일 | 수령인 | 교부시간
1 | [[KR_PASSPORT:M613D2094]] | [[PERSON:임채원]] | [[BIRTH_DATE:88.02.17]] | 본인 | {{time:09:21}}
2 | [[KR_PASSPORT:M613D2101]] | [[PERSON:진유나]] | [[BIRTH_DATE:16.07.05]] | 모 [[PERSON:진혜숙]] | {{time:09:40}}
3 | [[KR_PASSPORT:S02274815]] | [[PERSON:편성우]] | [[BIRTH_DATE:71.11.29]] | 본인(관용) | {{time:10:05}}
4 | [[KR_PASSPORT:M613D2116]] | [[PERSON:주아인]] | [[BIRTH_DATE:93.09.14]] | 본인 | {{time:10:12}}"""},

{"id": "s9-t05-009", "kind": "notice", "text": """여권 발급 안내 (2024년 개정)
· 신형 여권번호 체계: 영문 1자리 + 숫자 3자리 + 영문 1자리 + 숫자 4자리 (예: {{code:M123A4567}})
· 구형 여권번호 예: {{code:M12345678}}
· 수수료: 10년 58면 {{amount:50,000원}}, 26면 {{amount:47,000원}}, 단수 {{amount:20,000원}}
· 18세 미만 미성년자는 법정대리인 동의 필요
· 발급 소요기간 약 {{duration:4~5일}} (공휴일 제외)
· 외교부 영사콜센터 {{public_number:02-3210-0404}}"""},

{"id": "s9-t05-010", "kind": "email", "text": """받는사람: 여권민원실
보낸사람: [[PERSON:Yoo Jae-seong]] <[[EMAIL_ADDRESS:jaeseong.yoo@snu.ac.kr]]>
제목: 여권 로마자 성명 변경 가능 여부

기존 여권에 제 이름이 [[PERSON:YU JAESUNG]]으로 되어 있는데, 논문과 학위증에는 [[PERSON:YOO JAE-SEONG]]으로 쓰고 있습니다. 해외 학회 등록 때 불일치가 문제가 돼서 변경하고 싶습니다.
기존 여권번호 [[KR_PASSPORT:M91204377]], 생년월일 [[BIRTH_DATE:1989.10.05]]입니다.
주소지는 [[KR_ADDRESS:수원시 장안구 율전로 108번길 15-2, 302호]]이고 연락처는 [[PHONE_NUMBER:010-4477-2901]]입니다.
[[PERSON:유재성]] 드림"""},

{"id": "s9-t05-011", "kind": "officer_memo", "text": """귀화(간이) 면접심사 기록  {{date:2024. 5. 28.}} 14:00  수원출입국 2면접실
신청인: [[PERSON:TRAN THI MY LINH]] / [[KR_FRN:920316-6183025]] / [[BIRTH_DATE:1992. 3. 16.]] / 베트남
배우자: [[PERSON:변준호]] (자영업, 사업자등록번호 [[KR_BRN:124-23-6071?]])
주소: [[KR_ADDRESS:수원시 권선구 호매실로 104번길 36, 금호어울림 203동 1501호]]
생계유지 입증: 배우자 명의 예금 잔고증명 (국민 [[BANK_ACCOUNT:472801-04-118273]], {{amount:31,200,000원}})
질문 요지: 애국가 1절 낭송 – 양호 / 대한민국 국경일 – 양호 / 자녀 [[PERSON:변지아]]([[BIRTH_DATE:2020.7.1]]) 양육 현황 – 진술 일치
면접관 소견: 한국어 의사소통 원활, 합격 의견
면접관 [[PERSON:진기섭]] (직원번호 [[EMPLOYEE_ID:MOJ-15-2281]])"""},

{"id": "s9-t05-012", "kind": "officer_memo", "text": """귀화자 가족관계등록부 창설 처리
- 귀화허가 통보: 법무부 {{document_number:국적-2024-0412-1185}}, 허가일 {{date:2024.04.12}}
- 종전 성명: [[PERSON:LI XIAOMEI]] ([[PERSON:李晓梅]]) / 국적 중국
- 창설 성명: [[PERSON:이소미]], 성·본 창설: 수원 이(李)씨
- 출생연월일: [[BIRTH_DATE:1985년 11월 20일]]
- 부 [[PERSON:李建国]], 모 [[PERSON:王秀英]] (외국인, 등록부 기재만)
- 주민등록번호 부여: [[KR_RRN:851120-2******]] (통보 후 주민센터 신고)
- 등록기준지: 경기도 수원시 팔달구 (본인 희망)"""},

{"id": "s9-t05-013", "kind": "kakao_chat", "text": """[귀화면접 준비반 🇰🇷 단톡]
[[PERSON:마이]] 선생님 면접 날짜 나왔어요!! {{date:6월 11일}}
[[PERSON:로사]] 축하해요~ 저는 아직 ㅠㅠ
선생님([[PERSON:김다정]]) [[PERSON:마이]]씨 축하해요. 면접 때 외국인등록증, 여권 꼭 챙기세요. 혹시 번호 바뀐 사람 있으면 저한테 개인톡으로 주세요 (단톡에 올리지 마세요!)
[[PERSON:로사]] 네 쌤. 저 여권 새로 받았어요 [[KR_PASSPORT:P8824106A]] 
선생님([[PERSON:김다정]]) [[PERSON:로사]]씨 ㅠㅠ 방금 말한 거... 얼른 지우세요~
[[PERSON:아지즈]] 저는 대학교 다녀서 수업 빠져야 돼요 학번 [[STUDENT_ID:22-10417]] 출석인정 서류 필요해요"""},

{"id": "s9-t05-014", "kind": "spreadsheet", "text": """귀화자 성·본 창설 신고 목록 (팔달구, 상반기)
No,허가일,종전성명,창설성명,생년월일,원국적
1,{{date:2024-01-19}},[[PERSON:Nguyen Thi Hoa]],[[PERSON:원화영]],[[BIRTH_DATE:1994-06-02]],VNM
2,{{date:2024-02-23}},[[PERSON:Santos Maria Luz]],[[PERSON:산미루]],[[BIRTH_DATE:1987-12-15]],PHL
3,{{date:2024-03-08}},[[PERSON:Ganbaatar Oyun]],[[PERSON:강오윤]],[[BIRTH_DATE:1990-09-30]],MNG
4,{{date:2024-05-31}},[[PERSON:Kurbanova Dilfuza]],[[PERSON:구딜라]],[[BIRTH_DATE:1983-03-03]],UZB
계,4명,,,,"""},

{"id": "s9-t05-015", "kind": "officer_memo", "text": """여권 대리수령 처리 (본인 입원)
본인 [[PERSON:곽민재]] [[BIRTH_DATE:1958.04.03]] / 여권 [[KR_PASSPORT:M702A5518]]
대리인 배우자 [[PERSON:윤선희]], 신분증 운전면허 [[KR_DRIVER_LICENSE:28-11-047732-53]]
위임장 + 입원확인서({{org_name:아주대학교병원}}, 발급일 {{date:2024.10.21}}) 확인
대리인 연락처 [[PHONE_NUMBER:010 6138 2290]]  교부일 {{date:2024.10.22}}"""},

{"id": "s9-t05-016", "kind": "system_export", "text": """[PASSPORT-ISSUE] {{date:2024-03-12 15:02:11}} op=[[EMPLOYEE_ID:SN-2020-1173]] ws=[[IP_ADDRESS:10.31.8.62]] act=ENROLL appl=[[PERSON:전하람]] rrn=[[KR_RRN:990607-2******]] pp_prev=[[KR_PASSPORT:M15577032]]
[PASSPORT-ISSUE] {{date:2024-03-12 15:05:49}} op=[[EMPLOYEE_ID:SN-2020-1173]] ws=[[IP_ADDRESS:10.31.8.62]] act=PHOTO_CHECK result=FAIL(배경색)
[PASSPORT-ISSUE] {{date:2024-03-12 15:11:20}} op=[[EMPLOYEE_ID:SN-2016-0548]] ws=[[IP_ADDRESS:10.31.8.64]] act=APPROVE appl=[[PERSON:전하람]]"""},

{"id": "s9-t05-017", "kind": "citizen_letter", "text": """여권 영문 철자 오기 정정 요청

{{date:지난주}}에 발급받은 딸 [[PERSON:채이안]]의 여권에 이름이 [[PERSON:CHAE IAN]]이 아니라 [[PERSON:CHAE LAN]]으로 인쇄되어 나왔습니다. 신청서에는 분명히 [[PERSON:IAN]]이라고 썼습니다(접수 직원분이 [[PERSON:배은정]] 주무관님이셨습니다).
딸은 [[BIRTH_DATE:2014.02.11]]생이고, 여권번호는 [[KR_PASSPORT:M388B6601]]입니다. {{date:8월 2일}} 출국 예정이라 급합니다.
연락처: [[PHONE_NUMBER:010-8803-4150]] (모 [[PERSON:한유경]])"""},

{"id": "s9-t05-018", "kind": "phone_note", "text": """여권 긴급 발급 문의, [[PERSON:남궁수현]] 님 ([[PHONE_NUMBER:01052913377]]), 부친상 해외 장례 참석 {{date:모레}} 출국, 항공권 사본 제출 예정."""},
]
