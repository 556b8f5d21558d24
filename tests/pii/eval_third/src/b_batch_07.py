# Writer b, batch 07: mixed office forms (label: value), OCR'd scans, exports. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b07-001", "kind": "ocr_scan", "text": """주 민 등 록 표 등 본 (OCR 결과, 검수 전)
세대주 성명 [[PERSON:김 영 수]]   세대구성 사유 및 일자 전입 {{date:2019-O4-22}}
주소 [[KR_ADDRESS:경기도 수원시 팔달구 인계로 1O8번길 15, 3O2호]]
번호 관계 성명 주민등록번호
1 본인 [[PERSON:김 영 수]] [[KR_RRN:73O5I8-1******]]
2 처 [[PERSON:이 미 경]] [[KR_RRN:75I1O2-2******]]
3 자 [[PERSON:김 도 현]] [[KR_RRN:O611O9-3******]]
발급일 {{date:2O24년 6월 3일}}"""},

{"id": "s3-b07-002", "kind": "form", "text": """차량 등록 관련 민원 처리 결과
민원인: [[PERSON:소윤재]] / [[PHONE_NUMBER:010-5539-2284]]
차량: [[KR_CAR_PLATE:경기31바1234]] → 신규번호 [[KR_CAR_PLATE:212머 4473]] 변경 완료
운전면허 확인: [[KR_DRIVER_LICENSE:경기-13-219944-82]] (유효)
처리일 {{date:2024.10.08}}  처리자 [[PERSON:왕소연]]"""},

{"id": "s3-b07-003", "kind": "hr_record", "text": """[채용 서류] 운전직 공무원 경력경쟁 응시원서
응시번호: {{code:운전-2024-011}}
성명(한글): [[PERSON:도상현]]  (한자): [[PERSON:都相賢]]
생년월일: [[BIRTH_DATE:1984년 11월 11일]] (만 39세)
주소: [[KR_ADDRESS:성남시 분당구 내정로 165번길 35, 양지마을 금호아파트 411동 1402호]]
운전면허: 1종대형 [[KR_DRIVER_LICENSE:12-05-338711-20]] / 1종특수(대형견인) 
연락처: [[PHONE_NUMBER:010-2773-9150]]   E-mail: [[EMAIL_ADDRESS:dosh84@hotmail.com]]
접수일: {{date:2024. 2. 26.}}"""},

{"id": "s3-b07-004", "kind": "meeting_minutes", "text": """○○동 주민자치회 제7차 월례회의록
일 시 : {{date:2024년 7월 9일(화)}} {{time:19:00}}
참석자(11명): [[PERSON:하상윤]](회장), [[PERSON:권미애]](부회장), [[PERSON:이만석]], [[PERSON:진혜림]], [[PERSON:방기순]], [[PERSON:도인숙]], [[PERSON:Park Ji-won]], [[PERSON:오세훈]]... 외 3명
주요내용
 - 하반기 마을축제 일정: {{date:9월 28일}}
 - 회계: 통장 잔액 {{amount:3,418,200원}}, 감사 [[PERSON:방기순]] 위원 확인
 - 신규 위원 위촉: [[PERSON:설하나]]({{statistic:42세}}), 주소 [[KR_ADDRESS:매탄동 810-3 매탄위브하늘채 107동 1504호]]
다음 회의 {{date:8월 13일}}""".replace("[[PERSON:오세훈]]", "[[PERSON:오세진]]")},

{"id": "s3-b07-005", "kind": "form", "text": """신용카드 자동납부 신청서 (상하수도 요금)
고객번호 {{case_number:4102-88173-01}}
납부자 [[PERSON:엄정화]]... """.replace("[[PERSON:엄정화]]... ", "[[PERSON:엄정아]]\n사용장소 [[KR_ADDRESS:용인시 기흥구 보정로 30번길 11-4]]\n카드번호 [[CREDIT_CARD:5522 8104 3376 019?]]  유효기간 {{code:08/27}}\n카드소유자 생년월일 [[BIRTH_DATE:781009]]\n신청일 {{date:2024.04.30}}")},

{"id": "s3-b07-006", "kind": "immigration_form", "text": """다문화가족지원센터 방문교육 신청
결혼이민자: [[PERSON:Pham Thi Lan]] (팜티란)
외국인등록번호: [[KR_FRN:950718-6023154]]
여권: [[KR_PASSPORT:B9128837]]
입국일: {{date:2022.09.14}}   생년월일: [[BIRTH_DATE:1995.07.18]]
배우자: [[PERSON:강대웅]]  [[PHONE_NUMBER:010-9184-2270]]
주소: [[KR_ADDRESS:경기도 용인시 처인구 원삼면 고당로 22-7]]
자녀: [[PERSON:강유나]] ([[BIRTH_DATE:2023.05.12]])"""},

{"id": "s3-b07-007", "kind": "csv_export", "text": """"성명","주민등록번호","주소","전화번호","신청일"
"[[PERSON:탁민규]]","[[KR_RRN:8904121??????]]","[[KR_ADDRESS:수원시 영통구 영통로 214번길 56, 벽적골 8단지 832동 303호]]","[[PHONE_NUMBER:01056613092]]","{{date:20240311}}"
"[[PERSON:현서영]]","[[KR_RRN:920830-2******]]","[[KR_ADDRESS:수원시 영통구 원천동 35 원천주공 1단지 104-1203]]","[[PHONE_NUMBER:010.2287.5461]]","{{date:20240312}}"
"[[PERSON:석미래]]","[[KR_RRN:0103144******]]","[[KR_ADDRESS:화성시 동탄대로 537, 동탄역 센트럴자이 2407동 801호]]","[[PHONE_NUMBER:(010)4418-2095]]","{{date:20240312}}\"""".replace("8904121??????", "8904121******").replace('{{date:20240312}}\\"', '{{date:20240312}}"')},

{"id": "s3-b07-008", "kind": "form", "text": """여권 발급 신청서 (민원여권과 접수분)
성명 [[PERSON:양지훈]]  로마자 [[PERSON:YANG JIHUN]]
주민등록번호 [[KR_RRN:011225-3******]]
구여권번호 [[KR_PASSPORT:M7720184]]1 (기재 오류, 9자리 재확인) → [[KR_PASSPORT:M77201841]]
연락처 [[PHONE_NUMBER:010-6637-0418]]
접수일 {{date:2024.07.22}}  교부예정일 {{date:2024.08.01}}""".replace("[[KR_PASSPORT:M7720184]]1 (기재 오류, 9자리 재확인) → [[KR_PASSPORT:M77201841]]", "[[KR_PASSPORT:M772O1841]] (O/0 판독 불명, 재확인)")},

{"id": "s3-b07-009", "kind": "hr_record", "text": "전보 대상자: [[PERSON:선우진]]({{org_name:도시계획과}}) [[BIRTH_DATE:87.9.12]]생 / [[PERSON:독고영재]]({{org_name:세무과}}) [[BIRTH_DATE:79.1.4]]생 / 발령 {{date:'24.1.29}} / 문의 [[PHONE_NUMBER:031-729-2134]]([[PERSON:윤다솜]])"},

{"id": "s3-b07-010", "kind": "welfare_case", "text": """바우처 카드 분실 재발급
대상: [[PERSON:조은서]] (국민행복카드, 보호자 [[PERSON:조성민]])
기존카드 [[CREDIT_CARD:9440-55**-****-1290]] 정지
신규카드 [[CREDIT_CARD:9440-5561-1174-205?]]
아동 생년월일 [[BIRTH_DATE:2022-10-31]]
처리일 {{date:2024-05-13}}"""},

{"id": "s3-b07-011", "kind": "form", "text": """주민등록 사실조사 결과표
조사대상: [[PERSON:명수현]] ([[BIRTH_DATE:1990. 05. 05.]])
등록주소: [[KR_ADDRESS:경기도 성남시 수정구 수정북로 33번길 12-1 (신흥동) 201호]]
실거주 여부: 무단전출 (이웃 진술: {{date:작년 가을}}경 이사)
조사일시: {{date:2024. 9. 24.}} {{time:15:10}}
조사자: 통장 [[PERSON:임순애]], 담당 [[PERSON:홍태호]]
차량 [[KR_CAR_PLATE:63우 1882]] 주차장에 없음"""},

{"id": "s3-b07-012", "kind": "form", "text": """민원 회신 요청서
성함: [[PERSON:류상미]] 님
주소: [[KR_ADDRESS:용인시 수지구 동천로 437번길 19, 201동 304호]]
생년월일: [[BIRTH_DATE:1979-08]]-** (앞자리만 기재)
회신방법: 이메일 [[EMAIL_ADDRESS:sangmi.ryu@outlook.kr]]
접수 {{date:2024-06-17}} {{time:11:05}} / 처리기한 {{date:2024-06-28}}""".replace("[[BIRTH_DATE:1979-08]]-** (앞자리만 기재)", "[[BIRTH_DATE:1979-08-**]] (일자 미기재)")},

{"id": "s3-b07-013", "kind": "school_form", "text": """학교운영위원 후보자 등록
성명: [[PERSON:남궁소희]]  학부모위원(2-3 [[PERSON:김하진]] 모)
생년월일: [[BIRTH_DATE:1983.02.28]]
주소: [[KR_ADDRESS:수원시 장안구 송원로 72, 한일타운 120동 1705호]]
휴대전화: [[PHONE_NUMBER:010-3392-8104]]
자녀 학번: [[STUDENT_ID:20314]]
등록일: {{date:2024.03.15}}"""},
]
