# Writer o, batch 04: public health centre records (보건소 예방접종 대장, 방문 간호 기록).
# All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o04-001", "kind": "vaccination_register", "text": """[영통구보건소 영유아 예방접종 대장]  {{date:2025년 3월}}분  / 접종실

접종일 | 성명 | 생년월일 | 주민번호 | 보호자(관계) | 백신 | 차수 | 제조번호 | 접종자
{{date:03.04}} | [[PERSON:이도하]] | [[BIRTH_DATE:2024.01.02]] | [[KR_RRN:240102-3******]] | [[PERSON:이정란]](모) | DTaP-IPV | 4차 | {{lot_number:A22CE018B}} | 간호사 [[PERSON:설지은]]
{{date:03.04}} | [[PERSON:Pham Gia Bao]] | [[BIRTH_DATE:2023.11.19]] | [[KR_FRN:231119-7******]] | [[PERSON:Pham Thi Thu]](모) | MMR | 1차 | {{lot_number:Y013742}} | 간호사 [[PERSON:설지은]]
{{date:03.11}} | [[PERSON:최윤]] | [[BIRTH_DATE:2024.09.05]] | [[KR_RRN:240905-4******]] | [[PERSON:최강민]](부) | PCV | 3차 | {{lot_number:HX8821}} | 간호사 [[PERSON:남궁혜진]]
{{date:03.18}} | [[PERSON:장아윤]] | [[BIRTH_DATE:2019.06.24]] | [[KR_RRN:190624-4******]] | [[PERSON:장세훈]](부) | 일본뇌염(사백신) | 5차 | {{lot_number:JEV24-0310}} | 간호사 [[PERSON:설지은]]
※ 예방접종등록 : 질병관리청 시스템 전송 완료({{date:2025.03.31}})
"""},

{"id": "s15-o04-002", "kind": "home_visit_nursing_record", "text": """방문건강관리 기록지

대상자 : [[PERSON:구판례]] (여)   생년월일 : [[BIRTH_DATE:1937년 8월 15일]](음)   등록번호 {{case_number:HV-2023-00412}}
주  소 : [[KR_ADDRESS:수원시 팔달구 고화로 130번길 7-2 반지하]]
독거 여부 : 독거 / 보호자 아들 [[PERSON:박종만]] ([[PHONE_NUMBER:010-4488-2170]], 인천 거주)
방문일 : {{date:2025.04.15 (화) 10:20~11:05}}
측정 : 혈압 {{statistic:158/92mmHg}}, 혈당(식후2h) {{statistic:212mg/dL}}, 체중 41kg
상담내용 : 최근 약 복용 거르심. 약통 요일별로 정리해 드림. 다리 부종 있음. 계단 이동 어려워하심.
계획 : {{date:2주 후}} 재방문, {{org_name:팔달구 정신건강복지센터}} 연계 검토
방문간호사 : [[PERSON:홍유진]] (사번 [[EMPLOYEE_ID:PD-0371]])
"""},

{"id": "s15-o04-003", "kind": "flu_outreach_list", "text": """경로당 찾아가는 독감 예방접종 명단 (세류2동 {{place_name:세류경로당}}, {{date:10/21}})

1. [[PERSON:조순임]]  [[BIRTH_DATE:400312]]  [[KR_ADDRESS:권선구 세류로 33-1]]
2. [[PERSON:박영길]]  [[BIRTH_DATE:1943.05.01]]  [[KR_ADDRESS:세류동 1024-3 2층 201호]]
3. [[PERSON:한복녀]]  [[BIRTH_DATE:45/07/19]]  [[KR_ADDRESS:수원시 권선구 세류동 881-14]]
4. [[PERSON:방○석]]  [[BIRTH_DATE:1949]]년생  (주소 경로당 동일, 기초수급)
5. [[PERSON:林 春 子]]  [[BIRTH_DATE:1938. 12. 25]]  [[KR_ADDRESS:권선구 경수대로 161번길 8, 세류하이츠빌 B동 103호]]
접종 간호사 [[PERSON:천가은]] / 예진의 [[PERSON:하승태]]   백신 : 4가 인플루엔자 {{lot_number:FLQ25-K0913}}
"""},

{"id": "s15-o04-004", "kind": "foreign_worker_screening", "text": """외국인 근로자 결핵검진 및 예방접종 연계 명단
사업장 : {{org_name:성우금속}} (개인사업자 [[KR_BRN:124-52-0873?]], 대표 [[PERSON:노성우]])
사업장 주소 : [[KR_ADDRESS:용인시 처인구 남사읍 봉무로 214-8]]
담당 : [[PERSON:노성우]] 대표 [[PHONE_NUMBER:010-5231-7004]]

No | 성명(영문) | 국적 | 생년월일 | 외국인등록번호 | 여권번호
1 | [[PERSON:RAHMAN MD HABIBUR]] | BGD | [[BIRTH_DATE:1994-08-10]] | [[KR_FRN:940810-5381226]] | [[KR_PASSPORT:EK0193374]]
2 | [[PERSON:SOVANN DARA]] | KHM | [[BIRTH_DATE:1999-03-02]] | [[KR_FRN:990302-5724013]] | [[KR_PASSPORT:N01662981]]
3 | [[PERSON:THAPA BIKASH]] | NPL | [[BIRTH_DATE:1996-12-28]] | 등록 대기 | [[KR_PASSPORT:09873516]]
검진일 : {{date:2025.05.27}} 오전 / 흉부 X선, 파상풍(Td) 접종 희망자 2명
"""},

{"id": "s15-o04-005", "kind": "adverse_event_report", "text": """예방접종 후 이상반응 발생 신고서

피접종자 성명 : [[PERSON:남다온]]         성별 : 남
주민등록번호 : [[KR_RRN:150429-315220?]]
주       소 : [[KR_ADDRESS:경기도 용인시 기흥구 동백중앙로 191, 호수마을 동일하이빌 2404동 1101호]]
보호자 : [[PERSON:김지혜]] (모) / 연락처 [[PHONE_NUMBER:010-2917-8326]]
접종일시 : {{date:2025. 10. 13. 16:30}}   백신명 : 인플루엔자(4가)  제조번호 {{lot_number:GC25F-2217}}
이상반응 발생일시 : {{date:2025. 10. 13. 21:00경}}
증상 : 접종 부위 발적(지름 6cm), 38.9℃ 발열
신고자 : {{org_name:하늘소아청소년과의원}} 의사 [[PERSON:봉재혁]] (면허번호 {{license_number:의사 제103377호}})
"""},

{"id": "s15-o04-006", "kind": "nursing_visit_schedule", "text": """[방문간호팀 {{date:6/12(목)}} 방문 동선]  차량 : 관용 [[KR_CAR_PLATE:141무 2285]] / 운전 [[PERSON:표지선]] 간호사

09:30 [[PERSON:손막례]] 어르신 - [[KR_ADDRESS:중원구 둔촌대로 83번길 12-6, 2층]] (당뇨, 인슐린 교육)
10:40 [[PERSON:우만석]] - [[KR_ADDRESS:성남시 중원구 하대원동 155-9 가동 지하 1호]] (욕창 드레싱) 현관 비번 {{code:*1357#}}
11:50 [[PERSON:Kim Ludmila]] (고려인, 러시아어 통역 필요) - [[KR_ADDRESS:중원구 광명로 377 (금광동) 402호]]
14:00 [[PERSON:정연옥]] - [[KR_ADDRESS:성남시 중원구 은행동 1890 현대아파트 9동 1203호]] 딸 [[PERSON:민혜경]] [[PHONE_NUMBER:010-6231-0098]] 동석
15:30 팀 회의 ({{place_name:중원구보건소 3층 회의실}})
"""},

{"id": "s15-o04-007", "kind": "certificate_request_email", "text": """보낸 사람 : [[EMAIL_ADDRESS:sumin.yoo.1990@gmail.com]]
받는 사람 : {{public_email:health_vaccine@yongin.go.kr}}
제목 : 예방접종증명서 영문 발급 요청 (유학용)

안녕하세요. 미국 유학 준비 중인 [[PERSON:유수민]]입니다(생년월일 [[BIRTH_DATE:1990-04-03]]).
대학 제출용으로 MMR 2회, B형간염 3회 접종 증명서(영문)가 필요합니다. 어릴 때 수지구 보건소에서 맞은 기록이 있다고 들었는데, 예방접종도우미 사이트에는 {{date:2002년}} 이전 기록이 안 나옵니다.
여권 영문명 [[PERSON:YOO SUMIN]], 여권번호 [[KR_PASSPORT:M482K1930]] 입니다.
우편 수령 주소 : [[KR_ADDRESS:용인시 수지구 성복2로 86, 성복역 롯데캐슬 골드타운 3102동 2003호]] / 전화 [[PHONE_NUMBER:010-7745-1203]]
"""},

{"id": "s15-o04-008", "kind": "nursing_case_note", "text": """[사례관리 메모] {{date:25.08.05}}
대상 [[PERSON:함덕수]] 님(81) 댁 방문. 며느리 [[PERSON:경희]]씨가 오늘은 출근해서 손주 [[PERSON:지후]](고1)가 문 열어줌. 할아버지가 어제 저녁 화장실에서 미끄러지셨다고 함 – 왼쪽 엉덩이 통증, 보행 가능. 
[[PERSON:경희]]씨와 통화([[PHONE_NUMBER:010-9182-4470]]) → 내일 {{org_name:기흥연세정형외과}} 진료 예약하기로. 욕실 미끄럼방지 매트 지원 신청(주거환경개선 담당 [[PERSON:여승민]] 주무관 직통 [[PHONE_NUMBER:031-324-8817]]).
[[PERSON:함덕수]] 님 생신이 [[BIRTH_DATE:9월 2일]]이라 그 주 방문 때 미역 챙겨드리기로 팀에서 얘기함.
"""},

{"id": "s15-o04-009", "kind": "hpv_vaccination_list", "text": """청소년 HPV 무료접종 미접종자 안내 대상 ({{org_name:수원매탄중학교}} 협조 요청)

학년-반-번호 | 학번 | 성명 | 생년월일 | 보호자 연락처
1-3-12 | [[STUDENT_ID:2503012]] | [[PERSON:김채린]] | [[BIRTH_DATE:2012.02.17]] | [[PHONE_NUMBER:010-3317-2085]]
1-5-04 | [[STUDENT_ID:2505004]] | [[PERSON:Ahmed Sara]] | [[BIRTH_DATE:2012.07.30]] | [[PHONE_NUMBER:010-2206-7731]]
2-1-21 | [[STUDENT_ID:2401021]] | [[PERSON:오예나]] | [[BIRTH_DATE:2011.10.08]] | [[PHONE_NUMBER:010-4409-5562]]
※ 안내문 발송일 {{date:2025.09.01}} / 접종 기한 {{date:2025.12.31}}
"""},

{"id": "s15-o04-010", "kind": "civil_complaint", "text": """예방접종 기록이 누락되었어요. 
우리 아이 [[PERSON:배준우]]([[BIRTH_DATE:2022년 12월 30일]]생) 수두 접종을 {{date:작년 12월 28일}} 동네 소아과에서 맞았는데 예방접종도우미에 안 떠서 어린이집에서 미접종이라고 합니다. 
병원에서는 전송했다고 하고 보건소는 병원에 물어보라 하고.. 핑퐁 그만하시고 확인 부탁드립니다.
[[PERSON:배준우]] 엄마 [[PERSON:고은별]] / [[PHONE_NUMBER:010-8839-1146]] / 사이트 접속 IP([[IP_ADDRESS:220.76.104.33]])에서 조회 캡처 첨부합니다.
"""},

{"id": "s15-o04-011", "kind": "health_registration_card", "text": """방문건강관리사업 대상자 등록카드

성명 [[PERSON:왕점순]]      주민등록번호 [[KR_RRN:421107-2******]]
주소 [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 427-5]]
연락처 자택 [[PHONE_NUMBER:031-338-0426]] / 이웃 도씨 아주머니 통해 연락 가능
가구유형 □독거 ■부부 □기타   배우자 [[PERSON:서만식]] ([[BIRTH_DATE:1939.02.20]])
건강위험군 : 고위험(치매 의심, MMSE {{statistic:19점}})
등록일 {{date:2025. 2. 14.}}   담당 [[PERSON:진영주]]
"""},

{"id": "s15-o04-012", "kind": "tb_contact_investigation", "text": """결핵 접촉자 조사 명단 (지표환자 사례번호 {{case_number:TB-25-0088}})

지표환자 : [[PERSON:류○○]] (만 34세, 직장 동료)
접촉자 :
 - [[PERSON:하동건]]  [[BIRTH_DATE:91.06.14]]  [[PHONE_NUMBER:010-3356-1980]]  동일 사무실, 1일 8시간
 - [[PERSON:문예슬]]  [[BIRTH_DATE:95.01.07]]  [[PHONE_NUMBER:010-5123-9047]]  옆자리
 - [[PERSON:Jason Lim]]  [[BIRTH_DATE:88.11.30]]  [[PHONE_NUMBER:010-7718-0372]]  회의 주 2회 (이메일 [[EMAIL_ADDRESS:jason.lim@hanbit-tech.kr]])
흉부 X선 검사일 : {{date:2025-06-19}} / 잠복결핵 검사(IGRA) {{date:8주 후}} 재검
조사자 : 감염병관리팀 [[PERSON:소민혁]] (사번 [[EMPLOYEE_ID:YI-20180277]])
"""},

{"id": "s15-o04-013", "kind": "vehicle_log", "text": """관용차량 운행일지 (방문보건)
차량번호 [[KR_CAR_PLATE:263두 7104]] (레이 EV)   {{date:2025년 7월}}

일자 | 운전자 | 면허번호 | 출발km | 도착km | 목적
{{date:7/1}} | [[PERSON:허수정]] | [[KR_DRIVER_LICENSE:11-09-331872-40]] | 18,204 | 18,251 | 모현읍 방문 3가구
{{date:7/2}} | [[PERSON:변태희]] | [[KR_DRIVER_LICENSE:13-14-092216-11]] | 18,251 | 18,297 | 백암면 방문 2가구
{{date:7/3}} | [[PERSON:허수정]] | [[KR_DRIVER_LICENSE:11-09-331872-40]] | 18,297 | 18,330 | 이동읍
"""},

{"id": "s15-o04-014", "kind": "vaccination_export_csv", "text": """접종일자,피접종자,생년월일,성별,백신코드,차수,기관코드,등록자
{{date:20251101}},[[PERSON:손영호]],[[BIRTH_DATE:19510823]],M,{{code:FLU-Q}},1,{{code:41135C0012}},[[PERSON:엄하나]]
{{date:20251101}},[[PERSON:강복희]],[[BIRTH_DATE:19530317]],F,{{code:FLU-Q}},1,{{code:41135C0012}},[[PERSON:엄하나]]
{{date:20251103}},[[PERSON:백도현]],[[BIRTH_DATE:20180502]],M,{{code:FLU-Q}},2,{{code:41135C0012}},[[PERSON:이희경]]
{{date:20251103}},[[PERSON:Mohammed Rashid]],[[BIRTH_DATE:19870105]],M,{{code:COV-JN1}},1,{{code:41135C0012}},[[PERSON:이희경]]
"""},

{"id": "s15-o04-015", "kind": "clinic_claim", "text": """[위탁의료기관 국가예방접종 비용상환 청구서]
의료기관명 : {{org_name:새봄가정의학과의원}}  요양기관기호 {{code:31312455}}
대표자 : [[PERSON:천승혁]]  사업자등록번호 : [[KR_BRN:135-91-2274?]]
소재지 : [[KR_ADDRESS:수원시 영통구 봉영로 1612, 4층 401호]]
청구기간 : {{date:2025.10.01~2025.10.31}}  청구건수 {{statistic:412건}}  청구금액 {{amount:8,424,560원}}
입금계좌 : 하나 [[BANK_ACCOUNT:620-218874-901]] (예금주 [[PERSON:천승혁]](새봄가정의학과))
담당 : 원무 [[PERSON:길소연]] [[PHONE_NUMBER:031-8006-2241]] / [[EMAIL_ADDRESS:gilsy@saebomclinic.kr]]
"""},

{"id": "s15-o04-016", "kind": "reminder_sms", "text": """[용인시처인구보건소] [[PERSON:장하람]] 아기 보호자님, {{date:11월 4일(화)}} 오전 B형간염 3차 접종 예약되어 있습니다. 아기수첩 지참해주세요. 변경 {{public_number:031-324-4901}}"""},

{"id": "s15-o04-017", "kind": "vaccination_screening", "text": """영유아 BCG(피내용) 접종 예진표
아기 이름 : [[PERSON:송이안]]      출생일 : [[BIRTH_DATE:2025년 9월 3일]]  출생 체중 3.12kg
보호자 : [[PERSON:송재원]] / 생년월일 [[BIRTH_DATE:1989년 5월 11일]] / 휴대폰 [[PHONE_NUMBER:010-5590-8162]]
주소 : [[KR_ADDRESS:수원시 장안구 천천로 22번길 48, 정자동 백설마을 코오롱아파트 307동 804호]]
오늘 아픈 곳 있나요? □예 ■아니오    접종일 {{date:2025. 9. 24.}}
"""},

{"id": "s15-o04-018", "kind": "visit_referral", "text": """[방문간호 의뢰서] 발신 : {{org_name:신갈동 행정복지센터}} 맞춤형복지팀 → 수신 : 기흥구보건소 방문보건팀
의뢰일 {{date:2025.02.26}} / 문서번호 {{document_number:신갈동-1327}}

대상자 : [[PERSON:탁연화]] ([[BIRTH_DATE:1946. 4. 2.]]) / 주소 : [[KR_ADDRESS:기흥구 신갈동 62-15번지 3층]]
연락처 : [[PHONE_NUMBER:010-28O4-3391]] (본인 폰 자주 꺼져 있음) / 조카 [[PERSON:탁민규]] [[PHONE_NUMBER:010-7261-0053]]
의뢰 사유 : 최근 낙상 후 거동 불편, 복약 관리 안 됨, 식사 거르심
의뢰자 : 사회복지공무원 [[PERSON:주예림]] ([[EMAIL_ADDRESS:yerim.joo@korea.kr]])
"""},
]
