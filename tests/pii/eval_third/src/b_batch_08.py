# Writer b, batch 08: top-up of thinner types in office records. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b08-001", "kind": "hr_record", "text": """공무직(환경미화) 근로자 인적사항 변경 신고
성명: [[PERSON:ANWAR Hossain]] (안와르 호세인)
외국인등록번호: [[KR_FRN:850104-5106233]] → 귀화 후 주민등록번호 [[KR_RRN:850104-138202?]]
변경일: {{date:2024.04.01}}
운전면허: [[KR_DRIVER_LICENSE:경기 19-032571-44]] (2종보통→1종보통 {{date:2024.02.20}} 취득)
청소차량 배정: {{code:환경 7호차}}
사번: [[EMPLOYEE_ID:GM-0871]]"""},

{"id": "s3-b08-002", "kind": "payment_record", "text": """[민원 수수료 카드 환불 요청]
요청인 [[PERSON:심재원]] ([[PHONE_NUMBER:010-2641-7705]])
결제일 {{date:2024-09-03}} / 결제금액 {{amount:31,000원}} (여권 재발급)
카드번호 [[CREDIT_CARD:3562-1100-8742-9813]] → 이중결제, 1건 취소 요망
승인번호 {{code:77420193}} / {{code:77420205}}
처리: 카드사 취소 완료 {{date:2024-09-05}}""".replace("3562-1100-8742-9813", "3562-1100-8742-981?")},

{"id": "s3-b08-003", "kind": "driver_registration", "text": """어린이 통학버스 운영자 신고 — 운전자 명단
1) [[PERSON:권오한]]  [[BIRTH_DATE:1962-03-19]]  면허 [[KR_DRIVER_LICENSE:11-95-118273-31]] 1종대형  안전교육 이수 {{date:2024-02-27}}
2) [[PERSON:맹수철]]  [[BIRTH_DATE:1958-12-01]]  면허 [[KR_DRIVER_LICENSE:충북 08-774102-50]] 1종대형  안전교육 이수 {{date:2024-02-27}}
차량: [[KR_CAR_PLATE:경기78자1142]] (25인승) / 동승보호자 [[PERSON:최경미]]
신고일 {{date:2024-03-04}}  원장 [[PERSON:이수정]]"""},

{"id": "s3-b08-004", "kind": "welfare_case", "text": """결혼이민자 긴급생계 상담 ({{date:24.11.19}})
[[PERSON:Lưu Thị Hằng]](류티항, [[BIRTH_DATE:1997.02.14]]) 님 방문. 남편 가출 {{date:10월 말}}.
외국인등록증 [[KR_FRN:970214-6******]] 사본 받음, 여권 [[KR_PASSPORT:C7731562]] 만료 {{date:2025.01.08}} 임박 → 출입국 연계.
자녀 [[PERSON:하민준]] 만2세([[BIRTH_DATE:2022.08.27]]) 어린이집 재원.
연락처 [[PHONE_NUMBER:010-3982-7740]], 주소 [[KR_ADDRESS:수원시 권선구 덕영대로 1097번길 8, B01호]]
담당 [[PERSON:최아진]]"""},

{"id": "s3-b08-005", "kind": "short_note", "text": "ㅇ [[PERSON:표지원]] 생일 [[BIRTH_DATE:3.14]] 화이트데이랑 같음ㅋ 입사 {{date:3.4}}, 사번 [[EMPLOYEE_ID:21-0098]]"},
]
