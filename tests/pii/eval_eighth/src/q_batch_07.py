# Writer q, batch 07: schools and exams, mixed short documents. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q07-001", "kind": "sms", "text": """[e알리미] 2학년 4반 [[PERSON:김도하]] 학생이 {{date:2025-04-10}} {{time:08:52}} 등교하였습니다."""},
{"id": "s8-q07-002", "kind": "after_school_roster", "text": """방과후 코딩반 수강생 (화/목)
[[PERSON:윤시우]] 3-1 ({{date:4.1}} 등록) 母 [[PHONE_NUMBER:010-4410-2285]]
[[PERSON:윤시아]] 1-2 (쌍둥이 아님, 남매) 母 동일
[[PERSON:Emma Choi]] 2-3 父 [[PHONE_NUMBER:010-8856-3074]]
[[PERSON:마준]] 3-2 조모 [[PHONE_NUMBER:031-205-7716]]"""},
{"id": "s8-q07-003", "kind": "scholarship_application", "text": """용인시 인재육성재단 장학생 신청서
성명 [[PERSON:단재희]]  생년월일 [[BIRTH_DATE:2008/02/11]]
학교/학년 {{org_name:용인외대부고}} 2학년
보호자 [[PERSON:단성우]] (부, [[BIRTH_DATE:1974/05/30]])
가구원 수 4명 / 기초생활수급 해당
주소 [[KR_ADDRESS:용인시 처인구 모현읍 외대로 54번길 3-12]]
입금계좌 신협 [[BANK_ACCOUNT:132-089-441207]] (예금주 [[PERSON:단성우]])
신청일 {{date:2025/03/14}}"""},
{"id": "s8-q07-004", "kind": "school_violence_statement", "text": """사안 확인서 (목격 학생 진술)
작성자: 2학년 3반 [[PERSON:조하늘]]
{{date:3월 27일}} 점심시간에 급식실 앞에서 [[PERSON:백민준]]이가 [[PERSON:윤서연]]한테 휴대폰을 던졌고, [[PERSON:서연]]이가 울면서 보건실에 갔습니다. 옆에 [[PERSON:류지호]]도 봤습니다.
작성일 {{date:2025.03.28}}"""},
{"id": "s8-q07-005", "kind": "certificate", "text": """성적증명서 / TRANSCRIPT
Name: [[PERSON:KANG, MIN-SEO]] (강민서)
Student No.: [[STUDENT_ID:2020-31207]]
Date of Birth: [[BIRTH_DATE:1st March 2001]]
Date of Admission: {{date:2nd March 2020}}   Date of Graduation: {{date:21st February 2024}}
Cumulative GPA {{statistic:3.87}}/4.5
Issued {{date:2025-01-08}}  No. {{document_number:UG-2501-08831}}"""},
{"id": "s8-q07-006", "kind": "parent_message", "text": """[[PERSON:하윤]]이 아빠입니다. [[PERSON:하윤]]이 다음주부터 아파트 단지 옮겨서 통학버스 정류장 바꿔야 될 것 같습니다. 새 주소는 [[KR_ADDRESS:영통구 영통로 498 황골마을 주공1단지 153동 804호]]입니다. - [[PERSON:임재혁]] 드림"""},
{"id": "s8-q07-007", "kind": "lms_access_log", "text": """2025-04-02T23:41:07+09:00 LOGIN user=[[STUDENT_ID:201944219]] ([[PERSON:손예진]]) ip=[[IP_ADDRESS:211.36.142.77]] ua=Mozilla/5.0 lms={{version:v4.12.3}}
2025-04-02T23:41:52+09:00 SUBMIT user=[[STUDENT_ID:201944219]] course=HRM301 file=report_final.hwp
2025-04-02T23:58:10+09:00 LOGIN user=[[STUDENT_ID:202281003]] ([[PERSON:탁민우]]) ip=[[IP_ADDRESS:2001:e60:8a21:41c0::1f]] mask={{subnet_mask:255.255.255.0}}"""},
{"id": "s8-q07-008", "kind": "dormitory_discipline", "text": """생활관 벌점 부과 통지
대상: [[PERSON:황승민]] (학번 [[STUDENT_ID:20213377]], {{room_number:A동 708호}})
사유: 외부인 출입 ({{date:2025.04.05}} 새벽 2시경, 동행인 [[PERSON:이수한]])
벌점: 10점 (누적 25점, 30점 초과 시 퇴사)
사감실"""},
{"id": "s8-q07-009", "kind": "email", "text": """선생님 안녕하세요, 3학년 2반 [[PERSON:최유나]] 엄마 [[PERSON:정소영]]입니다.
[[PERSON:유나]] 위탁교육(대안학교) 신청 관련해서 상담 받고 싶어 연락드려요. 상담은 {{date:다음 주 화요일}} 4시 이후면 괜찮습니다.
[[PERSON:정소영]] 드림 / [[EMAIL_ADDRESS:soyoung_j77@naver.com]]"""},
{"id": "s8-q07-010", "kind": "exam_seat_list", "text": """제12시험실 좌석배치
01 [[PERSON:강○우]] 생년 [[BIRTH_DATE:99.03]]
02 [[PERSON:고○진]] 생년 [[BIRTH_DATE:01.11]]
03 결시
04 [[PERSON:공○하]] 생년 [[BIRTH_DATE:97.07]]
감독관: [[PERSON:서미정]], [[PERSON:윤태경]]  시험일 {{date:25.06.21}}"""},
{"id": "s8-q07-011", "kind": "student_id_card_reissue", "text": """학생증 재발급(분실)  [[PERSON:허윤재]] / [[STUDENT_ID:32201845]] / 체크카드 겸용 → 카드번호 [[CREDIT_CARD:9410-6123-4455-782?]] 분실신고 완료({{date:4.3}})"""},
{"id": "s8-q07-012", "kind": "app_notification", "text": """🔔 클래스팅  |  [[PERSON:박서윤]] 선생님이 '5월 가정통신문'을 올렸습니다. 회신 마감 {{date:5/9}}."""},
{"id": "s8-q07-013", "kind": "transfer_request", "text": """전학(고등학교) 배정 신청서
학생: [[PERSON:구준서]] 男 [[BIRTH_DATE:2009년 7월 7일]]
현재 학교: {{org_name:부산해운대고}} 1학년
이사한 곳: [[KR_ADDRESS:성남시 분당구 판교역로 235 에이치스퀘어 N동 12층]]?? → (회사 주소임, 정정) [[KR_ADDRESS:성남시 분당구 운중로 100번길 11, 302동 1401호]]
보호자 [[PERSON:구형석]] [[PHONE_NUMBER:010-2015-7733]]"""},
]
