# Writer e, batch 07: tables exported from HR and student systems (CSV, TSV, fixed-width),
# payment and licence lists, mixed office exports. All values invented. CC0 1.0.

DOCS = [
{"id": "s4-e07-001", "kind": "fixed_width_export", "text": """HAKJUK_EXPORT  RUN={{date:20250204}} 0912  PAGE 001
HAKBUN    NAME          BIRTH     GENDER ADDR
[[STUDENT_ID:20250117]]  [[PERSON:KIM SEOYEON]]   [[BIRTH_DATE:20060311]]  F      [[KR_ADDRESS:경기 수원시 장안구 송원로 64 301-1205]]
[[STUDENT_ID:20250118]]  [[PERSON:이준서]]        [[BIRTH_DATE:20051229]]  M      [[KR_ADDRESS:서울 노원구 동일로 1414 12-803]]
[[STUDENT_ID:20250119]]  [[PERSON:DO THI LAN]]    [[BIRTH_DATE:20040605]]  F      [[KR_ADDRESS:경기 용인시 처인구 명지로 116 명지대 생활관 4동]]
[[STUDENT_ID:20250120]]  [[PERSON:황금별]]        [[BIRTH_DATE:20060101]]  F      [[KR_ADDRESS:경기 성남시 수정구 복정로 12 가-201]]
*** END OF REPORT *** 4 ROWS"""},

{"id": "s4-e07-002", "kind": "hr_tsv", "text": """사번	성명	소속	입사일	생년월일	휴대폰	메일
[[EMPLOYEE_ID:K0231]]	[[PERSON:구민정]]	교무행정실	{{date:2016-03-01}}	[[BIRTH_DATE:1984-02-18]]	[[PHONE_NUMBER:010-3392-7701]]	[[EMAIL_ADDRESS:mjkoo@sen.go.kr]]
[[EMPLOYEE_ID:K0487]]	[[PERSON:탁재형]]	시설관리	{{date:2019-09-16}}	[[BIRTH_DATE:1971-08-09]]	[[PHONE_NUMBER:010-5128-0443]]	
[[EMPLOYEE_ID:K0512]]	[[PERSON:오수빈]]	급식실	{{date:2020-03-02}}	[[BIRTH_DATE:1979-11-30]]	[[PHONE_NUMBER:01027718804]]	[[EMAIL_ADDRESS:osb1130@naver.com]]
[[EMPLOYEE_ID:K0603]]	[[PERSON:마리아 곤잘레스]]	원어민보조교사	{{date:2023-08-21}}	[[BIRTH_DATE:1995-04-14]]	[[PHONE_NUMBER:010-9440-2186]]	[[EMAIL_ADDRESS:maria.gonzalez.esl@gmail.com]]"""},

{"id": "s4-e07-003", "kind": "neis_csv", "text": """학년,반,번호,성명,생년월일,보호자명,보호자연락처,비상연락처
3,4,1,[[PERSON:강다인]],[[BIRTH_DATE:2009.05.02]],[[PERSON:강동욱]],[[PHONE_NUMBER:010-2231-8894]],[[PHONE_NUMBER:031-212-4057]]
3,4,2,[[PERSON:고은찬]],[[BIRTH_DATE:2009.08.17]],[[PERSON:이선미]],[[PHONE_NUMBER:010-6684-2093]],
3,4,3,"[[PERSON:김 루시아]]",[[BIRTH_DATE:2009.01.25]],"[[PERSON:김정호]], [[PERSON:Lucia Ferreira]]",[[PHONE_NUMBER:010-5507-3318]],[[PHONE_NUMBER:010-5507-3319]]
3,4,4,[[PERSON:나하율]],[[BIRTH_DATE:2009.12.08]],[[PERSON:나승철]],[[PHONE_NUMBER:010 2784 6105]],"""},

{"id": "s4-e07-004", "kind": "payroll_export", "text": """| 지급월 | 사번 | 성명 | 은행 | 계좌번호 | 실지급액 |
|---|---|---|---|---|---|
| {{date:2025-01}} | [[EMPLOYEE_ID:P-1127]] | [[PERSON:서보람]] | 국민 | [[BANK_ACCOUNT:942102-00-418837]] | {{amount:2,874,310}} |
| {{date:2025-01}} | [[EMPLOYEE_ID:P-1131]] | [[PERSON:육지환]] | 우리 | [[BANK_ACCOUNT:1002-961-334027]] | {{amount:3,102,550}} |
| {{date:2025-01}} | [[EMPLOYEE_ID:P-1204]] | [[PERSON:엄세린]] | 새마을 | [[BANK_ACCOUNT:9002-1987-4431-2]] | {{amount:2,210,900}} |
합계 {{amount:8,187,760}}  (세입세출외현금 계좌 {{public_account:농협 317-0001-2278-11}} 경유)"""},

{"id": "s4-e07-005", "kind": "tuition_payments", "text": """[교육비 결제내역 CSV - 학부모 제출용]
결제일,가맹점,사업자번호,카드번호,금액
{{date:2024-03-05}},다온수학교습소,[[KR_BRN:607-41-2290?]],[[CREDIT_CARD:9446-21**-****-0913]],{{amount:230000}}
{{date:2024-03-07}},리틀피아노,[[KR_BRN:220-90-5813?]],[[CREDIT_CARD:9446-21**-****-0913]],{{amount:150000}}
{{date:2024-03-10}},(주)비상에듀러닝,{{business_number:211-87-66093}},[[CREDIT_CARD:4673-0921-5518-207?]],{{amount:89000}}
{{date:2024-04-05}},다온수학교습소,[[KR_BRN:607-41-2290?]],[[CREDIT_CARD:9446-21**-****-0913]],{{amount:230000}}"""},

{"id": "s4-e07-006", "kind": "parking_registry", "text": """정기주차 등록 현황 (본청 지하주차장)
사번 / 성명 / 차량번호 / 차종 / 비고
[[EMPLOYEE_ID:2011-0347]] / [[PERSON:이서준]] / [[KR_CAR_PLATE:63저 0127]] / 아반떼 / 
[[EMPLOYEE_ID:2016-1122]] / [[PERSON:정하나]] / [[KR_CAR_PLATE:118모 5503]] / 니로EV / 전기차
[[EMPLOYEE_ID:2008-0090]] / [[PERSON:허동규]] / [[KR_CAR_PLATE:경기95마7741]] / 포터 / 영업용 아님
[[EMPLOYEE_ID:2022-2019]] / [[PERSON:편채윤]] / [[KR_CAR_PLATE:29 고 8416]] / 모닝 / 장애인 동승"""},

{"id": "s4-e07-007", "kind": "licence_list", "text": """운전직 공무원 운전면허 적성검사 도래자 (통보용)
성명		면허번호		종별		적성검사 기간
[[PERSON:배진혁]]		[[KR_DRIVER_LICENSE:13-97-184402-31]]	1종대형	{{date:2025.01.01~2025.12.31}}
[[PERSON:민덕수]]		[[KR_DRIVER_LICENSE:서울 88-052316-90]]	1종특수	{{date:2025.04.11~2025.10.10}}
[[PERSON:채광호]]		[[KR_DRIVER_LICENSE:28-02-907731-14]]	1종보통	{{date:2025.06.02~2025.12.01}}"""},

{"id": "s4-e07-008", "kind": "system_log", "text": """2025-02-19T09:02:11+09:00 NEIS-GW login ok empNo=[[EMPLOYEE_ID:t2015038]] name=[[PERSON:봉은혜]] src=[[IP_ADDRESS:10.47.122.31]] agent=NEIS/{{version:3.6.1.0}}
2025-02-19T09:04:57+09:00 NEIS-GW login fail empNo=[[EMPLOYEE_ID:t2019211]] name=[[PERSON:지성민]] src=[[IP_ADDRESS:172.16.8.204]] reason=PW_EXPIRED
2025-02-19T09:05:30+09:00 NEIS-GW export stu_list cls=2-4 rows=27 empNo=[[EMPLOYEE_ID:t2015038]] src=[[IP_ADDRESS:10.47.122.31]]"""},

{"id": "s4-e07-009", "kind": "startup_grant", "text": """2025 청년창업 지원사업 1차 선정자 (수원시 청년정책관)

연번 대표자   업체명         사업자등록번호   소재지
1   [[PERSON:윤바다]]   바다공방       [[KR_BRN:135-06-8123?]]   [[KR_ADDRESS:수원시 팔달구 정조로 808 , 2층]]
2   [[PERSON:예서진]]   코딩숲 교육    [[KR_BRN:124-52-3071?]]   [[KR_ADDRESS:수원시 영통구 덕영대로1556번길 16 C동 1015호]]
3   [[PERSON:강 마루]]  마루스튜디오   [[KR_BRN:693-28-0044?]]   [[KR_ADDRESS:수원시 권선구 서호로 89 ,지하 1층 B102]]
선정일 {{date:2025. 3. 7.}}  ※ 법인({{business_number:124-86-55012}}) 신청 1건 자격미달 제외"""},

{"id": "s4-e07-010", "kind": "ocr_scan", "text": """[스캔본 OCR 결과 - 검수 전]
성 멍 : [[PERSON:긴영희]]    셍년윌일 : [[BIRTH_DATE:1968 . O4 . l2]]
주 소 : [[KR_ADDRESS:경기도 수윈시 핀달구 우만동 l29-3]]
전화 : [[PHONE_NUMBER:0l0-83l7-2O95]]
신청일 : {{date:2O25 . O2 . O3}}
※ OCR 신뢰도 {{statistic:71%}} — 원본 대조 필요"""},

{"id": "s4-e07-011", "kind": "instructor_contract", "text": """방과후학교 외부강사 계약 정보 (행정실 보관)
강사명: [[PERSON:류하진]] (개인사업자, 사업자번호 [[KR_BRN:409-19-8813?]])
주민번호: [[KR_RRN:830719-2******]]
연락처: [[PHONE_NUMBER:010-7024-5561]] / [[EMAIL_ADDRESS:ryu.hajin.art@hanmail.net]]
주소: [[KR_ADDRESS:용인시 수지구 신봉2로 40 , 1203동 502호]]
강사료 입금: 하나 [[BANK_ACCOUNT:356-910331-72407]]
계약기간: {{date:2025.03.04~2025.12.19}}  시간당 {{amount:40,000원}}"""},

{"id": "s4-e07-012", "kind": "json_export", "text": """{"stuId":"[[STUDENT_ID:S24-07731]]","name":"[[PERSON:남예나]]","birth":"[[BIRTH_DATE:2007-10-03]]","guardian":{"name":"[[PERSON:남기석]]","tel":"[[PHONE_NUMBER:+821041197720]]"},"addr":"[[KR_ADDRESS:경기도 성남시 분당구 미금일로 90번길 10, 206동 101호]]","regDt":"{{date:2024-02-28T10:14:55}}","clientIp":"[[IP_ADDRESS:59.10.221.47]]"}"""},

{"id": "s4-e07-013", "kind": "academic_calendar", "text": """2025학년도 1학기 주요 학사일정
 - 개강: {{date:3월 4일(화)}}
 - 수강정정: {{date:3. 4. ~ 3. 10.}}
 - 중간고사: {{date:4. 21. ~ 4. 25.}} (고사실 {{room_number:인문관 B104}} 외)
 - 개교기념일: {{date:5월 15일}} (휴강)
 - 학위수여식(후기): {{date:8. 22.}}
문의 학사지원팀 [[PERSON:조아라]] {{public_number:내선 2231}} / {{public_email:haksa@hanbit.ac.kr}}"""},

{"id": "s4-e07-014", "kind": "admission_result", "text": """2025학년도 수시모집 최초합격자 (사회복지학과)
수험번호    성명       생년월일
{{code:2510-0412}}   [[PERSON:김*원]]    [[BIRTH_DATE:2006.**.**]]
{{code:2510-0419}}   [[PERSON:박*서]]    [[BIRTH_DATE:2006.03.**]]
{{code:2510-0533}}   [[PERSON:윤*]]      [[BIRTH_DATE:2005.**.27]]
등록기간: {{date:2024.12.16 ~ 12.18}}  (미등록 시 합격 취소)"""},
]
