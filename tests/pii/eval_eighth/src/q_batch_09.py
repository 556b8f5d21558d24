# Writer q, batch 09: thin types (licences, plates, cards, FRN) in job/school settings. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q09-001", "kind": "school_bus_driver_roster", "text": """통학차량 운전자 현황 ({{org_name:수원효원초}})
성명/면허번호/차량/주소
[[PERSON:임두식]] / [[KR_DRIVER_LICENSE:경기 04-183302-71]] / [[KR_CAR_PLATE:경기70자1183]] / [[KR_ADDRESS:수원시 권선구 세권로 210, 9동 407호]]
[[PERSON:엄순길]] / [[KR_DRIVER_LICENSE:13-11-552940-08]] / [[KR_CAR_PLATE:71나 5529]] / [[KR_ADDRESS:화성시 병점동로 27-6]]
안전교육 이수일 {{date:2025.02.26}}"""},
{"id": "s8-q09-002", "kind": "foreign_worker_roster", "text": """외국인근로자 고용현황 (사업장: {{org_name:동진산업}}, 사업자 [[KR_BRN:312-09-7718?]])
성명 | 국적 | 외국인등록번호 | 여권번호 | 숙소
[[PERSON:Phan Minh Tuan]] | VNM | [[KR_FRN:950211-5281147]] | [[KR_PASSPORT:C7734019]] | [[KR_ADDRESS:용인시 처인구 원삼면 사암리 233-1 기숙사 2층]]
[[PERSON:Sokha Chan]] | KHM | [[KR_FRN:930706-6******]] | [[KR_PASSPORT:N01829374]] | [[KR_ADDRESS:용인시 처인구 원삼면 사암리 233-1 기숙사 3층]]"""},
{"id": "s8-q09-003", "kind": "exam_fee_receipt", "text": """응시수수료 결제 완료
주문번호 {{order_number:20250314-0081772}}
결제자 [[PERSON:반서윤]]
결제카드 신한 [[CREDIT_CARD:4518-42**-****-9017]]
결제금액 {{amount:18,800원}}  결제일시 {{date:2025.03.14 21:03}}"""},
{"id": "s8-q09-004", "kind": "parking_permit_intern", "text": """인턴 주차 허가: [[PERSON:조가람]] [[KR_CAR_PLATE:123루4567]] / [[PERSON:설민혁]] [[KR_CAR_PLATE:서울 38 더 9021]] (기간 {{date:7.1~8.29}})"""},
{"id": "s8-q09-005", "kind": "address_change_request", "text": """주소 변경 신청 (재직자 인사기록)
사번 [[EMPLOYEE_ID:YI-19-00432]] 성명 [[PERSON:명지수]]
변경 전: [[KR_ADDRESS:용인시 기흥구 상갈로 8 금화마을 주공 4단지 406동 1103호]]
변경 후: [[KR_ADDRESS:경기도 용인시 수지구 포은대로 435 (죽전동) 새터마을 힐스테이트 1001동 2004호]]
전입일 {{date:2025.03.29}}"""},
{"id": "s8-q09-006", "kind": "refund_request", "text": """대학원 입학전형료 환불 신청 - [[PERSON:Wang Lei]](王磊), 생년월일 [[BIRTH_DATE:1997.02.18]], 결제카드 [[CREDIT_CARD:6250 9412 3380 552?]] (UnionPay), 연락 [[EMAIL_ADDRESS:wanglei0218@163.com]], 주소 [[KR_ADDRESS:수원시 장안구 서부로 2066 성균관대 기숙사 의관 317호]]"""},
{"id": "s8-q09-007", "kind": "license_copy_check", "text": """운전직 공무직 채용 - 면허 진위확인 결과
[[PERSON:강태곤]] 1종보통 [[KR_DRIVER_LICENSE:서울 92-448210-15]] → 유효
[[PERSON:류정식]] 1종대형 [[KR_DRIVER_LICENSE:28-05-102938-44]] → 유효(벌점 15)
확인일 {{date:2025-05-13}} / 확인자 [[PERSON:오수빈]]"""},
]
