# Writer n, batch 02: 어촌계·내수면어업계 명부, 귀어, 농기계 임대. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s15-n02-001", "kind": "fishing_village_roster", "text": """궁평리 어촌계 계원 명부 (2024 정기총회 기준)
계번 | 성  명 | 생년월일 | 가입일 | 어선명 | 어선번호 | 연락처
01 | [[PERSON:조판식]] | [[BIRTH_DATE:1949.05.03]] | {{date:1978.03.01}} | 대성호 | {{vessel_number:9704001-6481207}} | [[PHONE_NUMBER:010-5231-0478]]
02 | [[PERSON:조영길]] | [[BIRTH_DATE:1975.10.12]] | {{date:2003.01.15}} | 대성2호 | {{vessel_number:1207015-6483512}} | [[PHONE_NUMBER:010-8874-2210]]
03 | [[PERSON:허금자]] | [[BIRTH_DATE:1952.01.20]] | {{date:1985.04.10}} | (맨손어업) | - | [[PHONE_NUMBER:031-357-2046]]
04 | [[PERSON:명재필]] | [[BIRTH_DATE:1968.07.07]] | {{date:2019.02.22}} | 궁평호 | {{vessel_number:1903002-6486633}} | [[PHONE_NUMBER:010 9120 3357]]
05 | [[PERSON:육미선]] | [[BIRTH_DATE:1971.11.30]] | {{date:2021.06.01}} | (양식·바지락) | - | [[PHONE_NUMBER:010-2207-6613]]
※ 계원 총 {{statistic:47명}} 중 5명 발췌 / 어촌계장 [[PERSON:조판식]]
"""},
{"id": "s15-n02-002", "kind": "return_fishing_application", "text": """귀어 창업 및 주택구입 지원 신청서

신청인: [[PERSON:표성우]]   (주민등록번호: [[KR_RRN:780514-120337?]])
현주소: [[KR_ADDRESS:경기도 수원시 영통구 매영로 345번길 21, 204동 1102호]]
이주 예정지: [[KR_ADDRESS:화성시 서신면 궁평리 515-2]]
연락처: [[PHONE_NUMBER:010-4476-1938]] / E-mail: [[EMAIL_ADDRESS:pyo.sungwoo@daum.net]]
희망 업종: 어선어업(연안복합) + 바지락 양식
귀어교육 이수: {{statistic:35시간}} (한국수산회 온라인), 현장실습 {{statistic:5일}}
배우자: [[PERSON:민혜경]] ([[BIRTH_DATE:1980.02.14]])  - 동반 이주 예정
신청일: {{date:2024년 04월 22일}}
"""},
{"id": "s15-n02-003", "kind": "foreign_crew_list", "text": """외국인 선원(E-9) 고용 현황 - 대성2호 (선주 [[PERSON:조영길]])

No. Name (영문) / 한글 | 국적 | 외국인등록번호 | Passport No. | 생년월일 | 입국일
1. [[PERSON:NGUYEN VAN TUAN]] / [[PERSON:응우옌 반 뚜언]] | VNM | [[KR_FRN:940316-5172038]] | [[KR_PASSPORT:C4471920]] | [[BIRTH_DATE:16/03/1994]] | {{date:2022.11.08}}
2. [[PERSON:AGUS SETIAWAN]] / [[PERSON:아구스 세티아완]] | IDN | [[KR_FRN:970802-5******]] | [[KR_PASSPORT:B 9023315]] | [[BIRTH_DATE:02-08-1997]] | {{date:2023.05.30}}
3. [[PERSON:TRAN MINH KHOA]] | VNM | [[KR_FRN:010125-7309144]] | [[KR_PASSPORT:P00382716]] | [[BIRTH_DATE:25 JAN 2001]] | {{date:2024.01.17}}
체류만료 {{date:2025.11.07}} / {{date:2026.05.29}} / {{date:2027.01.16}}
"""},
{"id": "s15-n02-004", "kind": "inland_fishing_permit", "text": """내수면어업 신고서 (이동저수지)

신고인 성명 [[PERSON:구본철]]   생년월일 [[BIRTH_DATE:1957. 8. 26.]]
주소 [[KR_ADDRESS:용인시 처인구 이동읍 송전리 612-9]]
어업의 종류: 내수면 정치망(각망) / 어구 {{code:각망 2틀}}
어업 장소: 이동저수지 송전리 지선 일원
신고 기간: {{date:2024.03.01.}} ~ {{date:2028.02.29.}}
어업인 확인: 이동저수지 내수면어업계 계원번호 {{registration_number:이동-023}}
연락처 [[PHONE_NUMBER:010-6643-0928]], 자택 [[PHONE_NUMBER:031-334-6112]]
처리기한 {{time:7일}} / 수수료 {{amount:1,000원}}
"""},
{"id": "s15-n02-005", "kind": "machinery_rental_application", "text": """농업기계 임대 신청서  (백암 농기계임대사업소)

신청인 [[PERSON:임재석]]    생년월일 [[BIRTH_DATE:690115]]
주소 [[KR_ADDRESS:처인구 백암면 청미로 120-5]]
휴대폰 [[PHONE_NUMBER:010-7729-4410]]
운전면허번호 [[KR_DRIVER_LICENSE:13-92-041187-51]] (1종보통)
농업경영체 {{registration_number:1004-7711-209}}

임대 기계: 트랙터 로터리(작업기) / 관리번호 {{code:YI-TR-0317}}
임대 기간: {{date:2024-04-15}} ~ {{date:2024-04-17}} (3일)
운반: 본인 차량 [[KR_CAR_PLATE:81보 3362]] (1톤 화물)
임대료 {{amount:75,000원}} (기계값의 {{statistic:0.5%}} ×일수)
"""},
{"id": "s15-n02-006", "kind": "sms_notice", "text": """[용인시 농기계임대] [[PERSON:임재석]]님 트랙터 로터리 예약 완료. 예약번호 {{reservation_number:R240415-088}}, {{date:4/15}} {{time:08:30}} 백암사업소 출고. 면허증 지참 필수. 취소는 전일 {{time:17시}}까지"""},
{"id": "s15-n02-007", "kind": "card_statement", "text": """농기계임대료 결제내역 조회 (기간 {{date:2024.03.01}}~{{date:2024.05.31}})
거래일        이용자   카드번호                 금액      상태
{{date:03-28}}  [[PERSON:왕춘자]]   [[CREDIT_CARD:5461-11**-****-2037]]      {{amount:22,000}}    승인
{{date:04-15}}  [[PERSON:임재석]]   [[CREDIT_CARD:9410 5303 2281 416?]]      {{amount:75,000}}    승인
{{date:04-16}}  [[PERSON:임재석]]   [[CREDIT_CARD:9410 5303 2281 416?]]      {{amount:-25,000}}   부분취소
{{date:05-02}}  [[PERSON:봉덕희]]   [[CREDIT_CARD:4579********8821]]         {{amount:48,000}}    승인
"""},
{"id": "s15-n02-008", "kind": "vehicle_log", "text": """농기계임대사업소 출입차량 기록부 ({{date:5월 둘째 주}})
{{date:5.13}} 07:52 입 [[KR_CAR_PLATE:92노7715]] [[PERSON:남상훈]] 이앙기 출고
{{date:5.13}} 08:10 입 [[KR_CAR_PLATE:경기82바1139]] [[PERSON:천옥분]](대리 아들) 관리기
{{date:5.14}} 16:45 입 [[KR_CAR_PLATE:123러 4856]] [[PERSON:남상훈]] 이앙기 반납, 식부조 파손 확인
{{date:5.15}} 09:03 입 업체 A/S차량 {{code:서비스-03}} (대동 용인대리점)
"""},
{"id": "s15-n02-009", "kind": "incident_statement", "text": """경 위 서

성명: [[PERSON:남상훈]]   생년월일: [[BIRTH_DATE:1963년 12월 8일]]
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 45-27 우성빌라 2층]]

{{date:2024. 5. 14.}} 오후에 저희 논(포곡읍 유운리)에서 이앙기로 모를 심던 중 논두렁 돌에 걸려서 식부조 2개가 휘었습니다. 고의가 아니며 수리비는 규정대로 부담하겠습니다.
수리비 입금은 제 명의 [[BANK_ACCOUNT:356-0233-8810-43]] 에서 이체하겠습니다.

{{date:2024. 5. 15.}}  위 본인 [[PERSON:남상훈]] (지장)
"""},
{"id": "s15-n02-010", "kind": "staff_contact_list", "text": """■ 농기계임대사업소 담당자 연락망 (내부용)
사업소 | 성명 | 직원번호 | 직통 | 이메일
본소(남사) | [[PERSON:탁윤기]] | [[EMPLOYEE_ID:20150331]] | [[PHONE_NUMBER:031-6193-4417]] | [[EMAIL_ADDRESS:tyk0331@korea.kr]]
백암 | [[PERSON:예소정]] | [[EMPLOYEE_ID:20180702]] | [[PHONE_NUMBER:031-6193-4425]] | [[EMAIL_ADDRESS:sojeong.ye@korea.kr]]
원삼(분소) | [[PERSON:곽민재]] (기간제) | [[EMPLOYEE_ID:T-2023-114]] | [[PHONE_NUMBER:010-3082-7716]] | -
대표번호 {{public_number:031-324-4090}} / 공용메일 {{public_email:nonggigye@yongin.go.kr}}
"""},
{"id": "s15-n02-011", "kind": "meeting_minutes", "text": """궁평리 어촌계 정기총회 회의록
일시: {{date:2024년 1월 27일(토)}} {{time:14:00}}  장소: 어촌계 사무실
참석: 계원 {{statistic:47명}} 중 {{statistic:39명}} (위임 {{statistic:6명}})

1. 계장 [[PERSON:조판식]] 인사 및 {{date:2023년도}} 결산 보고
   - 바지락 공동작업 수익 {{amount:1억 2천만원}}, 계원 배분 1인당 {{amount:215만원}}
2. 신규 계원 가입 승인: [[PERSON:표성우]](귀어, [[BIRTH_DATE:78]]년생), [[PERSON:하정란]]
   → 거주 요건 {{time:1년}} 미충족으로 [[PERSON:하정란]] 건은 보류
3. 기타: [[PERSON:허금자]] 할머니 맨손어업 면허 갱신 도와드리기로 함
서기 [[PERSON:육미선]]
"""},
{"id": "s15-n02-012", "kind": "tax_free_fuel_list", "text": """어업용 면세유 배정(안) - 궁평수협 관내
어업인|선명|톤수|배정량(ℓ)|수협계좌
[[PERSON:조판식]]|대성호|{{amount:4.97톤}}|{{amount:6,200}}|[[BANK_ACCOUNT:1011-22-041188]]
[[PERSON:명재필]]|궁평호|{{amount:2.1톤}}|{{amount:3,400}}|[[BANK_ACCOUNT:101-12-337410]]
[[PERSON:조영길]]|대성2호|{{amount:7.93톤}}|{{amount:9,800}}|[[BANK_ACCOUNT:1010-33-557102]]
배정기준일 {{date:2024.02.01}}
"""},
{"id": "s15-n02-013", "kind": "school_practicum", "text": """수산계 고교 현장실습 배치 명단 (어촌계 협조 요청)
학생 [[PERSON:모지훈]] 학번 [[STUDENT_ID:20240517]] 생일 [[BIRTH_DATE:2007.03.19]] → 대성2호 ({{date:7/22}}~{{date:8/2}})
학생 [[PERSON:설다은]] 학번 [[STUDENT_ID:20240533]] 생일 [[BIRTH_DATE:2007.10.04]] → 바지락 공동작업장
인솔교사 [[PERSON:계현우]] [[PHONE_NUMBER:010-9342-0185]]
보험: 학교안전공제 가입 완료 (증권번호 {{document_number:2024-81-00417}})
"""},
{"id": "s15-n02-014", "kind": "overdue_notice", "text": """미반납 농기계 반납 촉구 (2차)

[[PERSON:변석구]] 님 귀하
임대하신 관리기(관리번호 {{code:YI-MG-0051}})의 반납기한({{date:2024.06.07}})이 지났습니다.
연락이 되지 않아 등록 주소 [[KR_ADDRESS:용인시 처인구 남사읍 봉명리 280-6]] 로 우편 발송합니다.
등록 연락처 [[PHONE_NUMBER:010-****-3315]] 불통. 등록차량 [[KR_CAR_PLATE:경기 80 다 6624]].
{{date:6월 21일}}까지 반납하지 않으면 연체료(일 {{amount:5,000원}}) 부과 및 {{time:1년}}간 임대 제한됩니다.
"""},
{"id": "s15-n02-015", "kind": "ocr_scan", "text": """농 엄 기 계 임 대 신 청 서   (스캔본 OCR)
성 명 : [[PERSON:긴 옥 순]]     생녀월일 : [[BIRTH_DATE:1955 . O4 . 2l]]
주 소 : [[KR_ADDRESS:용인시 처인구 원삼면 두창리 l42-3]]
젼화 : [[PHONE_NUMBER:O1O-6O38-ll29]]
운전면허 : [[KR_DRIVER_LICENSE:경기 01-883210-42]]
임대기계 : 곡물건조기 / 임대일 {{date:2O24 . 1O . O2}}
"""},
{"id": "s15-n02-016", "kind": "crew_manifest", "text": """CREW LIST / 승선원 명부  - 궁평호 ({{date:2024-08-03}} 출항신고)
Master: [[PERSON:MYUNG JAE-PIL]] ([[PERSON:명재필]]), DOB [[BIRTH_DATE:07.07.1968]], Tel [[PHONE_NUMBER:+82 10-9120-3357]]
Crew 1: [[PERSON:JOKO PRASETYO]], INA, DOB [[BIRTH_DATE:1989-12-11]], ARC [[KR_FRN:891211-5430216]]
Crew 2: [[PERSON:육상철]], DOB [[BIRTH_DATE:1966.4.9]]
출항 {{time:04:40}} / 입항 예정 {{time:15:00}} / 어업허가번호 {{registration_number:경기-연복-2019-0112}}
"""},
{"id": "s15-n02-017", "kind": "phone_memo", "text": """{{date:6/10}} [[PERSON:봉덕희]] 어르신 전화 - 관리기 사용법 다시 알려달라심, 아드님([[PERSON:봉준기]] [[PHONE_NUMBER:010-4158-0627]]) 통해 영상 보내드림"""},
{"id": "s15-n02-018", "kind": "delivery_request", "text": """농기계 배송 서비스 신청 (70세 이상·여성농업인 대상)
신청자: [[PERSON:천옥분]] (만 76세, [[BIRTH_DATE:1948년 1월]]생)
배송지: [[KR_ADDRESS:용인시 처인구 양지면 평창리 58-1 (평창1리 마을회관 뒤 세번째 집)]]
연락처: 집 [[PHONE_NUMBER:031 338 2271]] / 딸 [[PERSON:이선영]] [[PHONE_NUMBER:010-2950-1876]]
기계: 관리기, 배송일 {{date:2024.05.20}} {{time:오전}}, 회수일 {{date:2024.05.22}}
배송기사 차량 {{code:사업소 3호차}} / 운송장 {{tracking_number:6082-1147-3390}}
"""},
]
