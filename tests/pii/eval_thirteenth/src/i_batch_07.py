# Writer i, batch 07: payroll extracts, HR exports, emails and notes around labour cases. CC0 1.0, all invented.
DOCS = [
{"id": "s13-i07-001", "kind": "payroll_extract", "text": """급 여 명 세 서 ({{date:2025년 1월}}분)
사원번호 [[EMPLOYEE_ID:20190734]]   성명 [[PERSON:탁서윤]]   부서 경영지원팀
기본급 {{amount:2,850,000}}  식대 {{amount:200,000}}  연장수당 {{amount:174,300}}
국민연금 {{amount:128,250}}  건강보험 {{amount:101,030}}  소득세 {{amount:62,410}}
실지급액 {{amount:2,864,120}}
지급일 {{date:2025.01.24}} / 입금계좌 [[BANK_ACCOUNT:1002-339-018824]]"""},

{"id": "s13-i07-002", "kind": "email", "text": """From: "[[PERSON:Joo, Hyunwoo]]" <[[EMAIL_ADDRESS:hyunwoo.joo@sejinpack.com]]>
To: 인사팀 <{{public_email:hr@sejinpack.com}}>
Cc: [[EMAIL_ADDRESS:yeri.han@sejinpack.com]]
Date: {{date:Mon, 17 Feb 2025 08:41:27 +0900}}
Subject: 퇴사자 [[PERSON:김예은]] 최종 급여 정산 확인

인사팀 담당자님,
{{date:2월 14일}}자 퇴사한 [[PERSON:김예은]] 사원(사번 [[EMPLOYEE_ID:SJ-1187]]) 연차수당 8.5일분이 최종 급여에 빠졌다는 문의가 왔습니다. 본인 연락처 [[PHONE_NUMBER:010-2374-8916]] 으로 직접 회신 부탁드립니다.
[[PERSON:한예리]] 팀장님도 참조 드립니다."""},

{"id": "s13-i07-003", "kind": "hr_export", "text": """사번,성명,주민등록번호,입사일,부서,직급,휴대폰
[[EMPLOYEE_ID:100234]],[[PERSON:배수현]],[[KR_RRN:911205-203118?]],{{date:2018-03-05}},영업1팀,과장,[[PHONE_NUMBER:010-7204-1136]]
[[EMPLOYEE_ID:100291]],[[PERSON:Ethan Park]],[[KR_RRN:950716-523009?]],{{date:2020-09-01}},해외영업,대리,[[PHONE_NUMBER:010-4381-2290]]
[[EMPLOYEE_ID:100317]],[[PERSON:엄지혜]],[[KR_RRN:020430-429813?]],{{date:2023-01-02}},회계,사원,[[PHONE_NUMBER:010-9936-0472]]"""},

{"id": "s13-i07-004", "kind": "memo", "text": """법인카드 사적사용 징계위원회 자료
대상자: [[PERSON:계동환]] 부장(사번 [[EMPLOYEE_ID:K-07712]])
카드번호: [[CREDIT_CARD:5433-7102-8849-201?]] (법인 명의, 개인 사용자 지정)
사용내역: {{date:2024.10.05}} 골프장 {{amount:486,000원}} 외 14건, 총 {{amount:3,211,400원}}
본인 소명: 거래처 접대였다고 주장, 동반자 [[PERSON:소재웅]](거래처 상무) 확인 요청
위원회 개최일 {{date:2025.02.27}} 14:00 본사 3층 회의실"""},

{"id": "s13-i07-005", "kind": "email", "text": """[[PERSON:은지]]야 나 [[PERSON:수빈]]언니야. 회사 메일로 보내면 안될 것 같아서 네 개인메일로 보내. 지난주에 방팀장 말고 [[PERSON:방동혁]] 본부장이 회식자리에서 한 말 녹음한 거 있어. 노동청 직장내괴롭힘 신고할 때 같이 내자. 내 번호 바꼈어 [[PHONE_NUMBER:010-6648-2107]]
보낸사람 [[EMAIL_ADDRESS:subin_e.life@kakao.com]] → [[EMAIL_ADDRESS:eunji.ssong@naver.com]]"""},

{"id": "s13-i07-006", "kind": "payroll_extract", "text": """원천징수영수증(근로소득) 발급 요청 내역
귀속연도 2024 / 요청자 [[PERSON:현채린]] / 주민번호 [[KR_RRN:931017-2******]] / 주소 [[KR_ADDRESS:서울특별시 관악구 봉천로 545, 3층 302호]]
근무처 : 수원 ○○치과(대표 [[PERSON:장준택]], 사업자 [[KR_BRN:124-90-3315?]])
근무기간 : {{date:2024.03.04~2024.12.20}}
총급여 {{amount:28,640,000원}}"""},

{"id": "s13-i07-007", "kind": "log", "text": """[전자근로계약 서명 이력]
계약번호 {{document_number:EC-2025-00311}} / 근로자 [[PERSON:공태양]] / 생년월일 [[BIRTH_DATE:1998-05-14]]
{{date:2025-02-03 10:11:52}} 근로계약서 발송 (발신: [[EMAIL_ADDRESS:manager.oh@bluebakery.kr]])
{{date:2025-02-03 21:37:08}} 근로자 열람 IP [[IP_ADDRESS:118.235.14.92]] (모바일)
{{date:2025-02-03 21:39:44}} 근로자 서명 완료 IP [[IP_ADDRESS:118.235.14.92]] 본인인증: 휴대폰 [[PHONE_NUMBER:010-****-6620]]
서비스 버전 {{version:2.8.1}} / 감사 OID {{oid:1.2.410.200004.5.4.1.2}}"""},

{"id": "s13-i07-008", "kind": "note", "text": """인수인계 메모 (급여담당 [[PERSON:고은별]] → [[PERSON:우태경]])
- 매월 20일까지 근태 마감, 23일 이체 → 24일 지급
- 외국인 근로자 3명은 본국 송금 때문에 계좌 따로 관리: [[PERSON:Sunil]] [[BANK_ACCOUNT:620-218044-301]] / [[PERSON:Pradeep]] [[BANK_ACCOUNT:620-218044-412]] (둘 다 하나은행)
- 회사 급여이체 한도 {{amount:1억}}, OTP는 금고
- 문의 생기면 나한테 카톡 or [[PHONE_NUMBER:010 2931 5508]]"""},

{"id": "s13-i07-009", "kind": "form", "text": """출장비 정산서
성 명 : [[PERSON:최은재]]   직 급 : 주임   사원번호 : [[EMPLOYEE_ID:A23-0519]]
출장기간 : {{date:2025. 2. 10.(월) ~ 2. 12.(수)}}  출장지 : 베트남 호치민(현지 인력송출업체 면접)
여권번호 : [[KR_PASSPORT:M27804159]]
항공권 결제 : 개인카드 [[CREDIT_CARD:4673-12**-****-0385]]
숙박 : {{amount:USD 312.00}}  교통 : {{amount:VND 1,850,000}}
차량 이용 시 운전면허 : [[KR_DRIVER_LICENSE:12-09-551037-40]] (국제운전면허증 별도)"""},

{"id": "s13-i07-010", "kind": "call_note", "text": """[고객센터 상담이력] 급여대행 서비스
{{date:2025-02-19 14:02}} 인입 / 상담사 [[PERSON:용가희]]
고객사: 용인 ○○어린이집 / 원장 [[PERSON:석미진]] (담당자 직통 [[PHONE_NUMBER:031-8005-7314]])
문의: 보육교사 [[PERSON:여다은]] 급여 중 처우개선비 누락. 교사 생년월일 [[BIRTH_DATE:1997.01.31]]로 조회됨.
처리: 2월 급여 소급 반영 / 티켓 {{case_number:TK-2502-11407}}"""},

{"id": "s13-i07-011", "kind": "hr_export", "text": """{"employee_id":"[[EMPLOYEE_ID:E-55120]]","name":"[[PERSON:권도현]]","birth_date":"[[BIRTH_DATE:1986-09-19]]","email":"[[EMAIL_ADDRESS:dh.kwon@techpath.co.kr]]","hired":"{{date:2015-07-01}}","vpn_ip":"[[IP_ADDRESS:172.16.48.201]]","status":"leave"}
{"employee_id":"[[EMPLOYEE_ID:E-55203]]","name":"[[PERSON:Nadia Petrova]]","birth_date":"[[BIRTH_DATE:1992-02-04]]","email":"[[EMAIL_ADDRESS:n.petrova@techpath.co.kr]]","hired":"{{date:2021-11-15}}","vpn_ip":"[[IP_ADDRESS:172.16.48.77]]","status":"active"}"""},

{"id": "s13-i07-012", "kind": "email", "text": """제목: 현장실습생 산재 발생 보고

교수님, ○○전자 현장실습 담당 [[PERSON:진소라]]입니다.
현장실습생 [[PERSON:민준기]](기계공학부, 학번 [[STUDENT_ID:2021143022]])가 {{date:오늘 오전 10시경}} 라인에서 손가락을 다쳐 병원 진료 중입니다. 큰 부상은 아니며 실습협약에 따라 산재보험 처리 예정입니다.
학생 보호자(부 [[PERSON:민경석]], [[PHONE_NUMBER:010-5720-3314]])께도 연락드렸습니다.
[[PERSON:진소라]] 드림 / [[EMAIL_ADDRESS:sora.jin@ohelectronics.co.kr]]"""},

{"id": "s13-i07-013", "kind": "payroll_extract", "text": """[퇴직금 산정 내역]
성명: [[PERSON:차연우]] | 생년월일: [[BIRTH_DATE:1979년 6월 25일]] | 입사: {{date:2012년 4월 1일}} | 퇴사: {{date:2025년 1월 31일}}
근속: 12년 10개월 | 평균임금(일): {{amount:142,883원}}
퇴직금: {{amount:55,009,955원}} → DC형 이전 계좌 [[BANK_ACCOUNT:019-24-0418-771]] (IRP, 미래에셋증권)"""},

{"id": "s13-i07-014", "kind": "note", "text": "[[PERSON:Ngô Bảo Chi]] 아님 주의!! 우리 직원은 [[PERSON:Ngô Bảo Trâm]] ([[BIRTH_DATE:2000.12.09]]) 이고 여권 [[KR_PASSPORT:C1088472]]. 동명이인 같은 이름 때문에 EPS 조회 두번 틀림 — [[PERSON:은별]]"},
]
