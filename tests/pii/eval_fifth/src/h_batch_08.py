# Writer h, batch 08: mixed (foreign residents, ID checks) across h's domains.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s5-h08-001", "kind": "disaster_claim", "text": """재난지원금 외국인 주민 신청 접수표 (영통구)
접수 {{case_number:YT-F-0087}} / {{date:2025.08.04}}
신청인 [[PERSON:SHARMA PRIYA]] (샤르마 프리야)
외국인등록번호 [[KR_FRN:890112-6083347]]  체류자격 F-6 (결혼이민)
배우자 [[PERSON:권영태]] [[KR_RRN:820930-1******]]
주소 [[KR_ADDRESS:영통구 봉영로 1612, 신나무실 주공5단지 523동 1104호]]
연락 [[PHONE_NUMBER:010-5530-2187]] (한국어 가능)"""},

{"id": "s5-h08-002", "kind": "library_form", "text": """Library card application / 도서관 회원가입
Name: [[PERSON:Ekaterina Volkova]]
Alien Registration No.: [[KR_FRN:910527 - 6142208]]
DOB: [[BIRTH_DATE:May 27, 1991]]
Address: [[KR_ADDRESS:분당구 내정로 165번길 35, 2층]]
Mobile: [[PHONE_NUMBER:010-8826-4071]]
Issued on {{date:2025/10/02}} at {{place_name:Bundang Central Library}}"""},

{"id": "s5-h08-003", "kind": "id_check", "text": """공용차량(전기차 카셰어링) 대여 신청 — 주민센터 공유차량
신청자 : [[PERSON:구민지]] / [[BIRTH_DATE:'99.9.9]]생
운전면허번호 : [[KR_DRIVER_LICENSE:12 - 19 - 004417 - 81]]  (2종 보통, 적성검사 {{date:2029.12.31}}까지)
대여차량 : {{code:공유-03호}} (니로EV, 주민센터 소유)
대여일 : {{date:2025. 5. 30. 13:00~17:00}}"""},

{"id": "s5-h08-004", "kind": "complaint", "text": """안녕하세요. 저는 성남 은행동 사는 [[PERSON:Hossain Md Rafiq]] 입니다. 방글라데시 사람이고 외국인 등록번호는 [[KR_FRN:8704195******]]입니다. 우리 집 지하 물 들어와서 재난 신청했는데 아직 연락 없어요. 집 주소 [[KR_ADDRESS:중원구 은행로 31번길 22-4 지하]]. 전화 [[PHONE_NUMBER:01094418023]] 감사합니다"""},

{"id": "s5-h08-005", "kind": "memo", "text": """[당직 인수인계]
- 투표소 설치 장비 반입 차량: 1톤 [[KR_CAR_PLATE:80무 1173]] 기사 [[PERSON:조인호]] (면허 [[KR_DRIVER_LICENSE:경기16-551204-81]]) {{time:06시}} 도착 예정
- 체육관 열쇠: 시설팀 [[PERSON:어진성]] 주임 보관
- {{date:6/2}} 오후 {{org_name:한국전력}} 점검 ({{public_number:123}})"""},

{"id": "s5-h08-006", "kind": "volunteer_form", "text": """재난현장 자원봉사자 현장등록부 ({{place_name:수원 세류동 침수지역}}, {{date:7/18}})
연번/성명/생년월일/소속/연락처
1/[[PERSON:한결]]/[[BIRTH_DATE:2001.02.28]]/개인/[[PHONE_NUMBER:010-2286-5519]]
2/[[PERSON:차 윤 서]]/[[BIRTH_DATE:1998.06.03]]/대학생/[[PHONE_NUMBER:010-7719-3308]]
3/[[PERSON:오정숙]]/[[BIRTH_DATE:1965.11.11]]/새마을부녀회/[[PHONE_NUMBER:010-3445-1290]]
4/[[PERSON:Nguyen Minh Khoa]]/[[BIRTH_DATE:1996.09.20]]/외국인자원봉사단/[[PHONE_NUMBER:010-6098-2274]]
현장책임 [[PERSON:라재우]]"""},
]
