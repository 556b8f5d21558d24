# Writer c, batch 03: passport, visa and foreign resident (외국인 주민) support notes. All values invented. CC0 1.0.
DOCS = [
{"id": "s3-c03-001", "kind": "counseling_log", "text": """외국인주민 상담일지  No.{{case_number:2024-다문화-0412}}
상담일: {{date:2024.04.09}}  상담원: [[PERSON:석지윤]] (베트남어 통역 [[PERSON:Trần Thị Mai]])
내담자: [[PERSON:응우옌 티 홍]] ([[PERSON:NGUYEN THI HONG]]) / 베트남 / {{code:F-6}}
생년월일 [[BIRTH_DATE:15/08/1994]]   외국인등록번호 [[KR_FRN:940815-6208417]]
배우자: [[PERSON:장동민]] ([[BIRTH_DATE:1979]]년생)
주소: [[KR_ADDRESS:수원시 팔달구 매산로 2가 45-3, 302호]]
연락처: [[PHONE_NUMBER:010-2941-7035]] (본인), 남편 [[PHONE_NUMBER:010-8112-4460]]
내용: 남편과 다툼 후 시댁에서 여권 보관 중이라고 함. 여권 번호 모름. 체류만료 {{date:2025.01.22}}. 연장 절차 안내."""},

{"id": "s3-c03-002", "kind": "visa_extension_memo", "text": """체류기간 연장 서류 확인 메모
- 성명: [[PERSON:TURSUNOV BEKZOD]] (투르수노프 베크조드) / UZB
- 여권: [[KR_PASSPORT:FA1234567]]  만료 {{date:2029-03-14}}
- 외국인등록증: [[KR_FRN:910305-5******]]
- 체류자격 {{code:E-9}}, 현재 체류기간 ~{{date:2024-06-30}}
- 사업장: {{org_name:(주)대영정밀}} 사업자번호 {{business_number:124-81-55201}}, 사업주 [[PERSON:홍기철]]
- 숙소: [[KR_ADDRESS:화성시 팔탄면 서해로 1120-7 기숙사동 203호]]
※ 사업주 고용유지 확인서 빠짐 → [[PERSON:베크조드]]씨에게 {{date:6/20}}까지 제출 요청""".replace("(투르수노프 베크조드)", "([[PERSON:투르수노프 베크조드]])")},

{"id": "s3-c03-003", "kind": "notice", "text": """[여권 발급 안내]
○ 차세대 전자여권 번호 형식이 변경되었습니다. 예) 기존 {{example_format:M12345678}} → 신규 {{example_format:M123A4567}}
○ 접수시간: 평일 {{time:09:00~18:00}} (목요일 {{time:20:00}}까지 연장)
○ 준비물: 여권용 사진 1매, 신분증, 기존 여권(유효기간이 남은 경우)
○ 수수료: 10년 복수 58면 {{amount:53,000원}}
○ 문의: {{org_name:용인시청 민원여권과}} {{public_number:031-324-2175}}, 외교부 여권안내 {{public_number:02-733-2114}}
게시일 {{date:2024. 1. 2.}}"""},

{"id": "s3-c03-004", "kind": "passport_loss_report", "text": """여권 분실 신고서
성명(한글) [[PERSON:노승희]]   성명(영문) [[PERSON:NOH SEUNGHEE]]
주민등록번호 [[KR_RRN:880519-226841?]]
여권번호 [[KR_PASSPORT:M70482315]]   발급일 {{date:2019.08.22}}
분실일시/장소 {{date:2024.09.28}}경 / 베트남 다낭 공항 추정
현주소 [[KR_ADDRESS:경기도 용인시 수지구 성복2로 88, 104동 602호(성복동, 래미안)]]
휴대전화 [[PHONE_NUMBER:+82 10-3384-1902]]"""},

{"id": "s3-c03-005", "kind": "counseling_log", "text": """조선족 동포 상담 ({{date:10/17}})
[[PERSON:金美花]] / [[PERSON:김미화]] / [[PERSON:JIN MEIHUA]], 中国, {{date:2008년}} 입국
出生日期 [[BIRTH_DATE:1966年3月2日]]
护照号 [[KR_PASSPORT:E58203917]]  / 거소신고번호 [[KR_FRN:660302-6031855]]
거소: [[KR_ADDRESS:안산시 단원구 원곡동 771-3 3층]]
딸 [[PERSON:李佳怡]](이가이) 초등학교 편입 문의. 학교 배정은 교육지원청 소관 안내함.""".replace("(이가이)", "([[PERSON:이가이]])")},

{"id": "s3-c03-006", "kind": "email", "text": """Subject: alien card lost pls help

hello i am [[PERSON:Maria Cristina Dela Cruz]] from philippines. i lost my alien registration card in bus yesterday. my number is [[KR_FRN:870611 6281934]] and passport [[KR_PASSPORT:P4829103B]].
i live in [[KR_ADDRESS:성남시 중원구 성남동 3372-1 201호]]
my birthday [[BIRTH_DATE:June 11, 1987]]. 
can i go to immigration office without reservation? my phone [[PHONE_NUMBER:010 5529 8817]]
thank you po
[[PERSON:Cris]]"""},

{"id": "s3-c03-007", "kind": "dormitory_roster", "text": """외국인 근로자 기숙사 현황 ({{date:24.05 기준}})
호실|성명|국적|외국인등록번호|생년월일|입사일
{{room_number:101}}|[[PERSON:SHRESTHA RAM BAHADUR]]|네팔|[[KR_FRN:900214-5******]]|[[BIRTH_DATE:1990.02.14]]|{{date:2022.11.03}}
{{room_number:101}}|[[PERSON:GURUNG SURESH]]|네팔|[[KR_FRN:950730-5******]]|[[BIRTH_DATE:1995.07.30]]|{{date:2023.02.16}}
{{room_number:102}}|[[PERSON:SOK DARA]]|캄보디아|[[KR_FRN:980101-5******]]|[[BIRTH_DATE:1998.01.01]]|{{date:2023.08.21}}
{{room_number:103}}|[[PERSON:Phan Van Quang]]|베트남|[[KR_FRN:930925-5******]]|[[BIRTH_DATE:1993.09.25]]|{{date:2024.01.09}}
관리자: [[PERSON:성창우]] 반장 [[PHONE_NUMBER:010-6027-1380]]"""},

{"id": "s3-c03-008", "kind": "interpretation_request", "text": """통번역서비스 신청 - 태국어
신청인 [[PERSON:시리폰 깨우마니]] ([[PERSON:Siriporn Kaewmanee]]), 생 [[BIRTH_DATE:1991. 12. 5]]
요청내용: {{date:12월 12일}} 오전 {{place_name:아주대병원}} 산부인과 진료 동행 통역
연락: 남편 [[PERSON:하성규]] [[PHONE_NUMBER:010-7790-3351]]
담당: 센터 [[PERSON:소은정]] 팀장"""},

{"id": "s3-c03-009", "kind": "industrial_accident_counsel", "text": """산재 상담 기록 (외국인노동자지원센터)
이름: [[PERSON:TAMANG BIKASH]] / 타망 비카스 / 네팔
여권 [[KR_PASSPORT:09847215]] 외국인등록 [[KR_FRN:960418-5412209]] 생년월일 [[BIRTH_DATE:18-04-1996]]
사고일 {{date:2024-07-05}} 프레스 작업 중 왼손 검지 절단. 사업주는 산재 처리 말고 공상으로 하자고 함.
회사: {{org_name:○○금속}} (화성 향남), 사장 [[PERSON:탁용남]] [[PHONE_NUMBER:010-3391-0072]]
본인 연락처: [[PHONE_NUMBER:010-9180-5514]] (한국어 조금 가능)""".replace("/ 타망 비카스 /", "/ [[PERSON:타망 비카스]] /")},

{"id": "s3-c03-010", "kind": "international_student", "text": """유학생 체류 관련 확인서 발급 요청
성명: [[PERSON:WANG HAORAN]] (왕하오란)  국적: 중국
학번: [[STUDENT_ID:202187034]]  학과: 경영학과 3학년
여권번호: [[KR_PASSPORT:EJ4720915]]   외국인등록번호: [[KR_FRN:020815-7208891]]
생년월일: [[BIRTH_DATE:2002-08-15]]
체류자격 {{code:D-2}} 만료 {{date:2025.02.28}}
담당: 국제교류팀 [[PERSON:명수아]] [[EMAIL_ADDRESS:sua.myung@example-univ.ac.kr]] / 팀 공용 {{public_email:intl@example-univ.ac.kr}}""".replace("(왕하오란)", "([[PERSON:왕하오란]])")},

{"id": "s3-c03-011", "kind": "attendance_sheet", "text": """결혼이민자 한국어교실 출석부 (3월)
1. [[PERSON:Dilnoza]] (우즈벡) 등록 [[KR_FRN:920117-6******]] - 출석 8/8
2. [[PERSON:쩐 티 투 하]] (베트남) 등록 [[KR_FRN:990303-6******]] - 출석 6/8
3. [[PERSON:Ayumi Tanaka]] (일본) - 출석 7/8
4. [[PERSON:마리셀]] (필리핀) - 출석 2/8  ※ 출산 예정 {{date:4월 말}}
강사 [[PERSON:길혜선]]"""},

{"id": "s3-c03-012", "kind": "overseas_korean_residence", "text": """국내거소신고 사실증명 발급 신청 (재외동포 F-4)
성명: [[PERSON:KIM, DANIEL JOON]] / [[PERSON:김준]]
여권(미국): [[KR_PASSPORT:548201937]]
거소신고번호: [[KR_FRN:800923-5187702]]
생년월일: [[BIRTH_DATE:09/23/1980]] (MM/DD/YYYY)
거소: [[KR_ADDRESS:성남시 분당구 백현로 97, 다운타운 오피스텔 1123호]]
이메일 [[EMAIL_ADDRESS:djkim1980@outlook.com]]
※ {{date:2024.03.01}}~{{date:2024.03.31}} 출입국 기록 포함 요청"""},

{"id": "s3-c03-013", "kind": "notice", "text": """외국인 주민 생활 안내
- 외국인등록번호는 {{example_format:YYMMDD-5XXXXXX}} 형식이며 주민등록번호 대신 사용됩니다.
- 체류지 변경 시 {{statistic:15일}} 이내 신고해야 합니다 (과태료 최대 {{amount:100만원}}).
- 외국인종합안내센터 {{public_number:1345}} (20개 언어)
- 경기도외국인인권지원센터 {{public_number:031-8008-2415}}, 이메일 {{public_email:help@example-migrant.or.kr}}
{{date:2024년 2월}} {{org_name:수원시 외국인복지센터}}"""},

{"id": "s3-c03-014", "kind": "hotel_registration", "text": """REGISTRATION CARD
Guest Name: [[PERSON:OKAFOR CHINEDU]]    Nationality: NGA
Passport No.: [[KR_PASSPORT:A09183746]]    Date of Birth: [[BIRTH_DATE:12 MAR 1987]]
Arrival: {{date:04 NOV 2024}}   Departure: {{date:09 NOV 2024}}   Room: {{room_number:1207}}
Conf. No. {{reservation_number:RSV88130271}}
Phone: [[PHONE_NUMBER:+234 803 551 7720]]"""},

{"id": "s3-c03-015", "kind": "child_birth_registration", "text": """외국인 자녀 출생 관련 상담
아동: [[PERSON:아이샤]] (여) 출생 [[BIRTH_DATE:2024. 8. 14.]] {{place_name:수원 ○○산부인과}}
부: [[PERSON:ALI HASSAN]] 외국인등록번호 [[KR_FRN:860101-5093318]] (파키스탄)
모: [[PERSON:FATIMA BIBI]] 외국인등록번호 [[KR_FRN:920625-6******]]
출생신고는 본국 대사관, 국내 체류는 {{date:출생일부터 90일}} 이내 체류자격 부여 신청 필요 안내.
주소 [[KR_ADDRESS:수원시 권선구 고색동 1003-8 (2층)]]"""},

{"id": "s3-c03-016", "kind": "phone_call_record", "text": """전화상담 {{date:2024.10.30}} {{time:14:05}}
러시아어 사용자 [[PERSON:이바노바 올가]]([[PERSON:IVANOVA OLGA]]), [[BIRTH_DATE:1985]]년생, 고려인 아님.
남편 [[PERSON:Sergei]] 가 체불임금 {{amount:320만원}}. 통역 필요.
회신번호 [[PHONE_NUMBER:010-2277-90I8]] (숫자 하나가 불명확 - 재확인 필요)"""},

{"id": "s3-c03-017", "kind": "refugee_support", "text": """난민신청자 긴급지원 대상자 메모
- [[PERSON:아흐메드]] (예멘, [[BIRTH_DATE:1992]]년생), 신청일 {{date:2023.12.11}}, 심사 대기
- 배우자 [[PERSON:라니아]] 임신 7개월, 자녀 [[PERSON:유수프]]([[BIRTH_DATE:2019]]년생)
- 거주지 [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 233-4 컨테이너]]
- 생계비 지원 {{amount:월 45만원}} 검토 / 담당 [[PERSON:황인영]]"""},

{"id": "s3-c03-018", "kind": "entry_exit_certificate", "text": """출입국에 관한 사실증명 발급신청서
성명 [[PERSON:진세라]]  주민번호 [[KR_RRN:930201-2******]]
여권번호 [[KR_PASSPORT:M123A9087]]
조회기간 {{date:2019.01.01 ~ 2024.06.30}}
용도: 회사 제출(해외근무 확인)
신청일 {{date:2024.7.2}}  대리인 없음  ☎ [[PHONE_NUMBER:010-4400-1297]]"""},
]
