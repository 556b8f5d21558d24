# Writer q, batch 07: mixed education / childcare leftovers (유치원, 교환학생, 급식 납품, 대관).
# Hand-written; CC0 1.0. All people and values are invented.

DOCS = [
{"id": "s16-q07-001", "kind": "notice", "text": """[처음학교로] 2025학년도 유치원 일반모집 선발 결과
지원자: [[PERSON:설아윤]] (만 4세, [[BIRTH_DATE:2020-10-05]])
보호자 주소: [[KR_ADDRESS:용인시 기흥구 보정로 30 죽전역 SK뷰 A동 1108호]]
결과: 1지망 {{org_name:보정유치원}} 합격 / 등록기간 {{date:2024.12.18~12.20}}
※ 기간 내 미등록 시 합격이 취소됩니다."""},

{"id": "s16-q07-002", "kind": "spreadsheet", "text": """2025-2 Outbound 교환학생 파견 확정자 (국제교류팀)
학번,성명,영문명,파견교,여권번호,여권만료일
[[STUDENT_ID:2022310458]],[[PERSON:탁서현]],[[PERSON:TAK SEOHYEON]],Univ. of Helsinki,[[KR_PASSPORT:M227F9031]],{{date:2031-04-07}}
[[STUDENT_ID:2021120933]],[[PERSON:변도경]],[[PERSON:BYUN DOKYUNG]],NTU Singapore,[[KR_PASSPORT:M61093825]],{{date:2028-11-22}}
[[STUDENT_ID:2023150072]],[[PERSON:Emily CHO]],[[PERSON:CHO EMILY]],TU Delft,[[KR_PASSPORT:548201377]](미국),{{date:2030-01-15}}
※ 비자 발급 일정: 출국 {{date:8월 중순}}"""},

{"id": "s16-q07-003", "kind": "table", "text": """2025 방과후학교 위탁강사(개인사업자) 원천징수 대상 확인
강사명 | 강좌 | 사업자등록번호 | 비고
[[PERSON:추하늘]] | 바둑 | [[KR_BRN:410-19-6630?]] | 간이
[[PERSON:용정미]] | 플루트 | [[KR_BRN:503-27-1184?]] | 일반
[[PERSON:선민기]] | 드론 | 미등록(주민번호 [[KR_RRN:870225-1******]]로 사업소득 처리) |
위탁업체 ㈜드림방과후 {{business_number:105-86-77214}} 소속 강사는 제외"""},

{"id": "s16-q07-004", "kind": "contract", "text": """학교급식 식재료(두부·콩나물) 납품 계약 현황
업체: 맑은콩식품 (대표 [[PERSON:방순덕]], 개인사업자 [[KR_BRN:312-08-4021?]])
사업장: [[KR_ADDRESS:경기도 안성시 공도읍 진사길 45-7]]
배송차량: [[KR_CAR_PLATE:82소 1147]] (냉장탑차) / 배송기사 [[PERSON:방현수]] [[PHONE_NUMBER:010-3382-0916]]
계약기간: {{date:2025.3.1~2025.8.31}}
※ 비교견적 업체 {{org_name:농업회사법인 ㈜푸른들}} ({{business_number:125-81-90342}})"""},

{"id": "s16-q07-005", "kind": "email", "text": """Dear Ms. [[PERSON:Kwon Mirae]],

This is [[PERSON:Farida NURLANOVA]] (student no. [[STUDENT_ID:2024840019]]). I received my Alien Registration Card yesterday.
My registration number is [[KR_FRN:010412-8371509]]. Please update the dormitory record.
My new phone number in Korea is [[PHONE_NUMBER:010-9921-4037]].
Thank you!
---
(기숙사 행정 메모: 여권 [[KR_PASSPORT:N12907736]](카자흐스탄) → 외국인등록증으로 대체, 처리 {{date:3/29}})"""},

{"id": "s16-q07-006", "kind": "receipt", "text": """아이돌봄 본인부담금 결제내역 (2025년 5월)
이용자 [[PERSON:정해린]]
1회차 {{date:05.02}} {{amount:46,200원}} 카드 [[CREDIT_CARD:5137-92**-****-6031]]
2회차 {{date:05.09}} {{amount:46,200원}} 카드 [[CREDIT_CARD:5137-92**-****-6031]]
3회차 {{date:05.16}} {{amount:23,100원}} 카드 [[CREDIT_CARD:4835 1107 2264 905?]] (배우자 [[PERSON:손현석]] 명의)"""},

{"id": "s16-q07-007", "kind": "ocr_scan", "text": """등 기 우 편 물  도 착 안 내 (방과후 수강료 체납 최고서)
받는 분 : [[PERSON:양 재 석]] 님
주    소 : [[KR_ADDRESS:경기도 수원시 팔달구 효원로 249번길 3l, 대원빌라 가동 2O1호]]
체납 학생 : [[PERSON:양지후]] (4학년 1반)
체납액 : {{amount:216,OOO원}} ({{date:2O24. 9월~11월분}})
납부기한 : {{date:2O25. 2. 28.}}"""},

{"id": "s16-q07-008", "kind": "application_form", "text": """청소년수련관 시설 대관 신청서
신청 단체: 동네 학부모 독서모임 '책먹는엄마들'
대표자: [[PERSON:지은혜]] / 생년월일 [[BIRTH_DATE:1985년 4월 2일]]
주소: [[KR_ADDRESS:수원시 영통구 봉영로 1612, 살구골 현대아파트 718동 501호]]
연락처: [[PHONE_NUMBER:010-2644-9702]]
대관 시설: 세미나실 2 / 일시 {{date:2025. 6. 21.(토) 10:00~13:00}}
대관료 결제: 카드 [[CREDIT_CARD:9411-0837-2251-664?]] {{amount:18,000원}}"""},

{"id": "s16-q07-009", "kind": "memo", "text": """학원 차량 안전점검 지적사항 ({{date:5/14}} 교육지원청 점검)
- 수학의정석학원 차량 [[KR_CAR_PLATE:경기 75 아 3092]]: 하차 확인 장치 미작동
- 운전기사 [[PERSON:전만호]]: 면허 [[KR_DRIVER_LICENSE:13-99-017740-35]] 적성검사 기한 경과({{date:2024.12.31}})
- 원장 [[PERSON:허경민]]에게 {{date:5/30}}까지 시정 요구
- 동승보호자 [[PERSON:고윤미]] 교육 미이수"""},

{"id": "s16-q07-010", "kind": "sms", "text": """어머니 [[PERSON:가온]]이 오늘 태권도 끝나고 [[KR_ADDRESS:곡선동 1192 한신아파트 104동]] 앞에 내려줬습니다~ 관장 [[PERSON:석현우]]"""},

{"id": "s16-q07-011", "kind": "messenger_chat", "text": """[장학금 상담] 
학생: 교수님 국가장학금 2유형 서류 때문에 연락드렸습니다. 4학년 [[PERSON:임찬영]]입니다
학생: 생년월일이 가족관계증명서랑 학적부랑 달라요ㅠ 학적부엔 [[BIRTH_DATE:2001.05.08]]인데 실제는 [[BIRTH_DATE:2001.05.18]]이에요
교수 [[PERSON:표상진]]: 학사지원팀에 정정신청 먼저 하세요. 마감은 {{date:이번 주 금요일}}입니다
학생: 네 감사합니다 교수님!!"""},

{"id": "s16-q07-012", "kind": "notice", "text": """[행정실] 개인정보가 포함된 서류 제출 시 유의사항
· 주민등록번호 뒷자리는 가리고 제출하세요. (예: {{format_example:******-*******}} → 앞 6자리만)
· 통장 사본은 계좌번호가 보이도록 제출하세요. 학교 세입계좌 {{public_account:신한 140-013-552891}}로 잘못 입금하지 마세요.
· 제출 기한: {{date:2025. 3. 14.(금)}} / 문의: 행정실 {{public_number:031-206-4480}} (내선 {{public_number:213}})"""},
]
