# Writer w, batch 08: 축제 셔틀 운전봉사, 신분 확인 기록, 기타.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s17-w08-001", "kind": "spreadsheet", "text": """2025 성남 탄천 페스티벌 셔틀 운전 자원봉사자 (보험가입용)
성명,생년월일,운전면허번호,면허종별,차량,연락처
[[PERSON:백 승 호]],[[BIRTH_DATE:1968-04-02]],[[KR_DRIVER_LICENSE:13-88-104417-62]],1종대형,{{vehicle_id:셔틀1호}},[[PHONE_NUMBER:010-3349-7021]]
[[PERSON:길 수 영]],[[BIRTH_DATE:1975-12-19]],[[KR_DRIVER_LICENSE:11-02-551803-17]],1종보통,{{vehicle_id:셔틀2호}},[[PHONE_NUMBER:010-2871-4460]]
[[PERSON:탁 민 서]],[[BIRTH_DATE:1983-07-25]],[[KR_DRIVER_LICENSE:경기 08-317225-49]],1종대형,{{vehicle_id:셔틀3호}},[[PHONE_NUMBER:010-6670-3312]]
[[PERSON:Park Daniel]],[[BIRTH_DATE:1990-01-30]],[[KR_DRIVER_LICENSE:131902883091]],1종보통,{{vehicle_id:예비}},[[PHONE_NUMBER:010-9114-2208]]
보험사 제출일 {{date:2025-09-22}} / 담당 [[PERSON:봉예슬]]"""},

{"id": "s17-w08-002", "kind": "memo", "text": """CCTV 열람 신분확인 기록 ({{date:2025.09.03}})
청구인 [[PERSON:피승우]] 방문, 신분증 확인: 운전면허증 (번호 [[KR_DRIVER_LICENSE:12-98-0413**-**]]), 생년월일 [[BIRTH_DATE:81.07.19]] 일치
열람시간 {{time:15:10~15:35}}, 입회자 [[PERSON:곽태현]]
영상 내 제3자 [[KR_CAR_PLATE:104하 2290]] 차량 번호판 모자이크 처리 후 열람"""},

{"id": "s17-w08-003", "kind": "sms", "text": """[만석체육관] [[PERSON:국민호]]님 {{date:11/15}} A코트 대관 취소 완료. 카드([[CREDIT_CARD:457972******1048]]) 승인취소 {{amount:44,000원}}. 3~7일 내 반영"""},

{"id": "s17-w08-004", "kind": "complaint", "text": """과태료 이의신청 사유서
저는 차량 [[KR_CAR_PLATE:221마 8054]]의 소유자 [[PERSON:연 지 우]]입니다 (면허번호 [[KR_DRIVER_LICENSE:경기14-220195-33]]).
{{date:10월 29일}} {{time:19:40}} 단속된 장소([[KR_ADDRESS:용인시 수지구 포은대로 536]] 앞)는 당일 축제 임시주차장으로 안내받은 곳이었습니다. 안내요원 사진과 현수막 사진 첨부합니다.
참고로 당시 운전자는 제 남편 [[PERSON:권 도 훈]]([[BIRTH_DATE:1986. 9. 1.]]생, 면허 [[KR_DRIVER_LICENSE:13-06-774512-10]])이었습니다.
연락처 [[PHONE_NUMBER:010-4091-2276]]"""},

{"id": "s17-w08-005", "kind": "booking_export", "text": """[회의실 예약 #{{reservation_number:40017}}] 결제 영수
예약자: [[PERSON:송 하 준]] (학번 [[STUDENT_ID:2020162231]], {{org_name:아주대}} 창업동아리)
일시: {{date:2025-12-03}} {{time:18:00~21:00}} / {{place_name:영통 청년지원센터 회의실 B}}
결제: 체크카드 [[CREDIT_CARD:4214-8302-1177-650?]] / {{amount:15,000원}}
예약 IP [[IP_ADDRESS:1.234.57.102]]"""},
]
