# Writer j, batch 07: mixed (brokers, rentals, campus accidents, staff records). CC0 1.0. All values invented.
DOCS = [
{"id": "s14-j07-001", "kind": "broker_registry", "text": """[중개사무소 개설등록 현황 - 용인시 기흥구 (내부용)]
등록번호,사무소명,대표자,대표자 생년월일,사업자등록번호,소재지
{{document_number:41463-2019-00211}},{{org_name:보라공인중개사사무소}},[[PERSON:오세훈]],[[BIRTH_DATE:1970-06-14]],[[KR_BRN:142-13-9904?]],[[KR_ADDRESS:용인시 기흥구 보라동 615 민속마을 상가 103호]]
{{document_number:41463-2020-00057}},{{org_name:(주)한빛부동산중개법인}},[[PERSON:손희영]],[[BIRTH_DATE:1981-12-02]],{{business_number:135-86-21509}},[[KR_ADDRESS:용인시 기흥구 흥덕중앙로 120, 2층 214호]]
{{document_number:41463-2022-00133}},{{org_name:구갈역센트럴공인중개사}},[[PERSON:편지수]],[[BIRTH_DATE:1988-08-25]],[[KR_BRN:142-27-0183?]],[[KR_ADDRESS:용인시 기흥구 구갈로 71, 1층]]"""},

{"id": "s14-j07-002", "kind": "campus_accident", "text": """교내 안전사고 보고서
발생일시: {{date:2024. 4. 17.}} {{time:13:20}}
장소: {{place_name:공학관 B동 앞 주차장}}
관련자:
 - 피해 학생 [[PERSON:구예진]] (전자공학과 3학년, 학번 [[STUDENT_ID:20211583]], 생년월일 [[BIRTH_DATE:2002.11.08]])
 - 차량 운전자 [[PERSON:윤석규]] (시설팀 직원, 직번 [[EMPLOYEE_ID:F-0921]]), 차량 [[KR_CAR_PLATE:83도 1256]]
경위: 후진 중 보행 학생과 접촉, 학생 좌측 정강이 타박상
조치: 보건실 응급처치 후 {{org_name:성빈센트병원}} 진료, 학교 배상책임보험 접수 (증권번호 {{policy_number:30-2024-0021833}})
보고자: 학생안전팀 [[PERSON:변나연]] ({{date:2024.04.18}})"""},

{"id": "s14-j07-003", "kind": "rental_contract", "text": """자동차 대여 계약서 (개인사업자 렌터카)
상호: 동탄하모니렌트 / 대표 [[PERSON:기석훈]] / 사업자 [[KR_BRN:590-27-0441?]]
대여차량: [[KR_CAR_PLATE:38허 1052]] (K5, 흰색)
임차인: [[PERSON:정나래]] / 생년월일 [[BIRTH_DATE:1997.06.30]] / 면허 [[KR_DRIVER_LICENSE:11-16-602278-33]] (2종보통)
제2운전자: [[PERSON:최원빈]] / 면허번호 [[KR_DRIVER_LICENSE:28-19-014556-70]]
대여기간: {{date:2024.08.09 10:00}} ~ {{date:2024.08.11 10:00}}
요금 {{amount:198,000원}} 결제 [[CREDIT_CARD:5107 3710 2294 806?]]
임차인 연락처 [[PHONE_NUMBER:010-3842-6615]]"""},

{"id": "s14-j07-004", "kind": "complaint", "text": """제목: 대학생 원룸 관리비 과다 청구 및 보증금 미반환 (임대사업자 신고)

저는 {{org_name:단국대 죽전캠퍼스}} 재학생 [[PERSON:하서준]](학번 [[STUDENT_ID:32201447]])입니다. [[KR_ADDRESS:용인시 수지구 죽전동 1001-6 죽전하우스 407호]]에서 1년 살고 {{date:8월 20일}}에 퇴실했는데, 임대인 [[PERSON:반정희]](임대사업자 [[KR_BRN:215-09-3371?]])이 도배비 명목으로 보증금 {{amount:500만원}} 중 {{amount:180만원}}을 떼고 안 줍니다. 입주 때 사진 다 있어요.
연락처 [[PHONE_NUMBER:010-9311-4058]], [[EMAIL_ADDRESS:seojun.ha@dankook.ac.kr]]"""},

{"id": "s14-j07-005", "kind": "staff_record", "text": """[수원시 ○○구청 교통행정과 - 불법주정차 단속요원 현황]
성명	사번	담당구역	직통
[[PERSON:임채원]]	[[EMPLOYEE_ID:SW-24-0317]]	{{place_name:인계동 나혜석거리}}	[[PHONE_NUMBER:031-228-5716]]
[[PERSON:라승훈]]	[[EMPLOYEE_ID:SW-24-0322]]	{{place_name:수원시청역 일대}}	[[PHONE_NUMBER:031-228-5719]]
(대표 {{public_number:031-228-2114}}, 야간 {{public_number:120}})"""},

{"id": "s14-j07-006", "kind": "police_record", "text": "무면허 운전 적발) [[PERSON:노준서]]([[BIRTH_DATE:2007년 1월 12일]]생, 고2, 학생증상 번호 [[STUDENT_ID:10215]]) 부친 명의 차량 [[KR_CAR_PLATE:67버 8123]] 운전 중 단속. 부친 [[PERSON:노상우]]([[KR_DRIVER_LICENSE:11-89-412907-11]]) 호출. 귀가 조치, 소년부 송치 검토. {{date:2024.10.26}} {{time:23:48}} 매탄지구대."},

{"id": "s14-j07-007", "kind": "insurance_export", "text": """담당자별 처리건수 ({{date:2024.12 월간}})
보상담당|사번|처리|미결|평균처리일
[[PERSON:심재영]]|[[EMPLOYEE_ID:102284]]|{{statistic:148}}|{{statistic:12}}|{{statistic:6.3}}
[[PERSON:Lee Hana]]|[[EMPLOYEE_ID:102397]]|{{statistic:131}}|{{statistic:19}}|{{statistic:7.8}}
[[PERSON:원동준]]|[[EMPLOYEE_ID:102405]]|{{statistic:97}}|{{statistic:4}}|{{statistic:5.1}}
※ 고객센터 {{public_number:1566-0300}}"""},

{"id": "s14-j07-008", "kind": "jeonse_dispute", "text": """[[PERSON:정우]]야 내가 알아봤는데 집주인 [[PERSON:안광복]] 씨 개인사업자 번호가 [[KR_BRN:128-05-6612?]]로 임대사업자 등록돼 있더라. 그러면 보증보험 가입 의무 있는 거라 구청({{org_name:수지구청 주택과}})에 신고하면 과태료 대상이래. 생년월일은 등기부엔 [[BIRTH_DATE:630308]]로 나와. 너 계약서에 있는 주소 [[KR_ADDRESS:수지구 동천로 437번길 11, 203호]] 맞지?"""},
]
