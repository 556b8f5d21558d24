# Writer d, batch 05: 주민센터 counter memos, social workers' home-visit reports, system exports.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d05-001", "kind": "counter_memo", "text": """★ {{date:4/3}} 오후 창구 (담당 [[PERSON:봉은채]])
1) [[PERSON:염성훈]] 씨 - 기초연금 신청. 본인 [[BIRTH_DATE:1959.4.2]]생, 만65세 도래 {{date:4/2}} (생일 = 도래일 주의!). 배우자 [[PERSON:하윤자]] [[BIRTH_DATE:1961.10.9]]. 
2) 신분증 깜빡하셨다고 운전면허 번호 불러주심 [[KR_DRIVER_LICENSE:11-89-047731-62]] → 신분증 원본 필요하다 안내, 재방문.
3) 통장 사본 → 다음에 같이."""},

{"id": "s4-d05-002", "kind": "home_visit_report", "text": """통합사례관리 가정방문 일지

사례번호: {{case_number:2024-권선-0173}}
방문일: {{date:2024년 6월 11일}} / 방문자: [[PERSON:민서진]] 사례관리사, [[PERSON:최지호]] 간호직
대상 가구: [[PERSON:우진태]](세대주, [[BIRTH_DATE:1971.12.30]]) / 모 [[PERSON:김간난]]([[BIRTH_DATE:1944.02.08]], 와상)
주소: [[KR_ADDRESS:수원시 권선구 권광로 153번길 35, 1층 (권선동)]]

관찰내용: 대문 열려 있었고 [[PERSON:우진태]] 씨는 음주 상태였음. 모친 욕창 2단계 의심. 냉장고 비어 있음.
조치: 방문간호 연계, 푸드뱅크 연계, 아들 알코올 상담 권유(거부).
다음 방문: {{date:6/18}}"""},

{"id": "s4-d05-003", "kind": "system_access_log", "text": """# 행복e음 개인정보 조회 이력 (감사 요청분)
timestamp            | emp_no   | name   | src_ip          | menu          | subject
{{date:2024-03-05 10:14:02}} | [[EMPLOYEE_ID:19920417]] | [[PERSON:심윤정]] | [[IP_ADDRESS:10.130.8.44]]    | 수급자조회    | [[PERSON:차명순]]
{{date:2024-03-05 10:14:55}} | [[EMPLOYEE_ID:19920417]] | [[PERSON:심윤정]] | [[IP_ADDRESS:10.130.8.44]]    | 가구원조회    | [[PERSON:차명순]]
{{date:2024-03-05 22:41:19}} | [[EMPLOYEE_ID:20150983]] | [[PERSON:편동욱]] | [[IP_ADDRESS:211.36.142.77]]  | 수급자조회    | [[PERSON:편정애]]
※ {{time:22:41}} 건: 근무시간 외 외부 IP 접속, 조회대상이 직원 친족(모)으로 추정 → 소명 요청"""},

{"id": "s4-d05-004", "kind": "phone_call_note", "text": "{{date:9.2}} {{time:10:20}} 대림아파트 관리소장 전화. 703동 [[PERSON:하정수]] 할아버지 관리비 5개월 체납, 전기 끊길 예정이라 함. 할아버지 번호 [[PHONE_NUMBER:010-3394-6O11]] 불통. 관리소 {{public_number:031-213-5500}}. 주소 [[KR_ADDRESS:영통동 대림아파트 703동 1205호]]. 오후 방문 예정 → [[PERSON:지서영]] 주무관"},

{"id": "s4-d05-005", "kind": "transfer_record", "text": """전입 처리 확인 메모
전입자: [[PERSON:Zhang Wei]] / [[PERSON:장웨이]] (중국, 영주권 F-5)
외국인등록번호: [[KR_FRN:790215-6034218]]
전입지: [[KR_ADDRESS:성남시 수정구 수정로 319, 신흥역 하늘채 랜더스원 112동 901호]]
동거인: [[PERSON:Liu Fang]]([[BIRTH_DATE:1982-07-04]]) [[KR_FRN:820704-6******]]
전입일: {{date:2024.10.28}}  처리자: [[PERSON:어수민]]"""},

{"id": "s4-d05-006", "kind": "home_visit_report", "text": """방문 결과 ({{date:12/11}}) — 독거어르신 안부확인
[[PERSON:함금순]] 어르신(89, 음 [[BIRTH_DATE:35.9.17]]) 댁 [[KR_ADDRESS:구미동 무지개마을 4단지 408동 304호]]
- 문 두드려도 응답X → 아파트 관리실 통해 딸 [[PERSON:조미정]]([[PHONE_NUMBER:010-2264-0397]]) 연락, 딸이 비번 알려줌
- 안방에서 낙상 상태로 발견, 의식 있음, {{public_number:119}} 신고 {{time:11:42}} → {{org_name:분당제생병원}} 이송
- 동행: 통장 [[PERSON:석현숙]], 사회복무요원 [[PERSON:남태우]]"""},

{"id": "s4-d05-007", "kind": "staff_directory", "text": """맞춤형복지팀 비상연락망 ({{date:2024.07.01}} 기준)
이름 / 직급 / 사번 / 휴대폰 / 메일
[[PERSON:변재희]] / 팀장 / [[EMPLOYEE_ID:S0412037]] / [[PHONE_NUMBER:010-9012-4471]] / [[EMAIL_ADDRESS:byunjh@korea.kr]]
[[PERSON:노경수]] / 주무관 / [[EMPLOYEE_ID:S1909214]] / [[PHONE_NUMBER:010-4418-2073]] / [[EMAIL_ADDRESS:nks1909@korea.kr]]
[[PERSON:Julia Kang]] / 통합사례관리사(계약) / [[EMPLOYEE_ID:C2301118]] / [[PHONE_NUMBER:010-7753-9148]] / [[EMAIL_ADDRESS:julia.kang@korea.kr]]
팀 공용 {{public_email:welfare-gs@seongnam.go.kr}} / 팀 대표 {{public_number:031-729-7421}}"""},

{"id": "s4-d05-008", "kind": "counter_memo", "text": "주민등록 등본 발급 대리 — 위임자 [[PERSON:소정임]](母, [[KR_RRN:510808-261830?]]) 수임자 [[PERSON:소기현]](子). 위임장 도장 본인 것 맞는지 확인. 수임자 신분증 운전면허 [[KR_DRIVER_LICENSE:경기 04-551902-33]]. 발급 1통."},

{"id": "s4-d05-009", "kind": "case_conference_minutes", "text": """사례회의록 ({{date:2024.05.16.}} {{time:15:00}}, 2층 소회의실)
참석: [[PERSON:정해원]](동 복지팀장), [[PERSON:주보람]](복지관), [[PERSON:왕소영]](정신건강복지센터), [[PERSON:방태수]](지구대 경위)
대상: [[PERSON:유재철]] (남, [[BIRTH_DATE:1968년 8월 22일]]생)
- 저장강박 의심, 이웃 민원 {{statistic:7회}}
- 거주: [[KR_ADDRESS:수원시 팔달구 지동 286-14]] 단독주택(자가)
- 친동생 [[PERSON:유재영]] [[PHONE_NUMBER:010-8803-5124]] 협조 의사 있음
결정: 대청소 지원(동의서 징구 후), 정신건강 평가 의뢰"""},

{"id": "s4-d05-010", "kind": "cctv_request_form", "text": """행복이음센터 방문기록 열람 요청
요청자 [[PERSON:기영훈]] ([[PHONE_NUMBER:010-6420-1903]])
사유: 모친 [[PERSON:은옥선]]([[BIRTH_DATE:1947.05.26]])께서 {{date:3월 8일}} 센터 방문 시 지갑 분실
차량 방문 [[KR_CAR_PLATE:123호 4567]] ← 주차장 CCTV 확인 희망
※ 열람은 경찰 요청 시에만 가능, 분실신고 접수번호 {{receipt_number:LOST-20240308-0021}}"""},

{"id": "s4-d05-011", "kind": "vpn_access_report", "text": """[보안] 재택근무 VPN 접속 이상 탐지 리포트
user: [[PERSON:석지원]] (사번 [[EMPLOYEE_ID:YG-17-2284]])
login {{date:2024-08-17T03:12:44+09:00}} from [[IP_ADDRESS:2001:e60:a14c:3f02::1b]] (KR, mobile)
prev login from [[IP_ADDRESS:121.162.48.203]] 
gateway {{version:SSL-VPN 9.1.3}}, policy {{oid:1.3.6.1.4.1.12356.101}}
조치: 세션 종료 및 본인 확인 ({{time:09:05}} 통화 완료)"""},

{"id": "s4-d05-012", "kind": "resident_visit_summary", "text": """[[PERSON:계순옥]] 할머니 오셔서 ‘우리 손자 [[PERSON:계준]]이 주소 옮기고 싶다’ 하심. 손자 [[BIRTH_DATE:2010년 1월 5일]]생, 아빠([[PERSON:계동민]])랑 엄마([[PERSON:배수련]]) 이혼해서 할머니랑 산다고. 세대합가 신청 안내. 할머니 주소 [[KR_ADDRESS:용인시 수지구 죽전로 152, 202동 1103호]]"""},

{"id": "s4-d05-013", "kind": "welfare_survey_sheet", "text": """복지사각지대 발굴 조사표 (찾아가는 보건복지)
조사일 {{date:24.09.24}}  조사원 [[PERSON:태하나]]
응답자 [[PERSON:마경순]]    생년 [[BIRTH_DATE:1950년]]    ☑ 독거  ☐ 부부
주소 [[KR_ADDRESS:성남시 중원구 하대원동 122-3, 2층]]
전화 [[PHONE_NUMBER:(031) 748-0923]]  휴대폰 없음
건강 ☑만성질환(고혈압)  ☐장애
경제 월 소득 {{amount:약 35만 원}} (기초연금)
욕구 ☑반찬 ☑말벗 ☐주거"""},

{"id": "s4-d05-014", "kind": "handover_email", "text": """제목: [인수인계] 하반기 전보 관련
[[PERSON:은재]]샘~ 제가 내일부터 {{org_name:신갈동}}으로 가서 남은 건 정리해 드려요.
- [[PERSON:손명화]] 어르신 건 : 요양등급 재신청 {{date:다음주 수}}. 따님 [[PERSON:윤서진]] [[PHONE_NUMBER:010-5579-2318]]
- 모니터링 대상 4가구 엑셀은 공유폴더 \\\\[[IP_ADDRESS:10.52.3.19]]\\복지팀\\2024\\ 에 있어요.
- 제 개인번호 [[PHONE_NUMBER:010-3381-7762]] 는 급할 때만..ㅎㅎ
[[PERSON:구하연]] 드림"""},

{"id": "s4-d05-015", "kind": "id_verification_note", "text": "신분확인: 면허증 [[KR_DRIVER_LICENSE:28-01-112340-07]] / 사진 대조 OK / 주소 [[KR_ADDRESS:화성시 동탄대로 537 동탄역 롯데캐슬 2403동 3703호]] / 성명 [[PERSON:표현수]] / 생년 [[BIRTH_DATE:01.08.12]]"},

{"id": "s4-d05-016", "kind": "counter_memo", "text": """창구 메모 (주민센터 → 보건소 전달)
외국인 주민 [[PERSON:Maria Cristina Santos]] 님 (필리핀, 결혼이민 F-6)
여권 [[KR_PASSPORT:P4408172A]] / 외국인등록 [[KR_FRN:880917-6******]]
남편 [[PERSON:윤대철]] [[PHONE_NUMBER:010-4126-9903]]
아기 [[PERSON:윤하나]] 출생 [[BIRTH_DATE:2024.11.02]], 출생신고 {{date:11.20}} 완료 → 보건소 영유아 등록 연계 요청"""},
]
