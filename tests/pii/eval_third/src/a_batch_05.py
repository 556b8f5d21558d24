# Writer a, batch 05: short messages, rambling letters, staff memos, mixed exports.
# All values are invented. CC0 1.0.
DOCS = [
{"id": "s3-a05-001", "kind": "sms", "text": """주차단속 문자 받았는데 제 차 아닙니다 [[KR_CAR_PLATE:67소 0482]] 는 작년에 팔았어요 -[[PERSON:봉준석]]"""},

{"id": "s3-a05-002", "kind": "complaint_letter", "text": """안녕하세요. 이런 글 처음 써봐서 두서가 없어도 이해해 주세요.
저희 엄마(<<[[PERSON:윤정애]]>>, [[BIRTH_DATE:1950년 10월]] 생이 아니라 호적엔 [[BIRTH_DATE:1951. 3. 2]]로 되어 있어요)가 혼자 사시는데요, 요즘 옆집에서 밤마다 고성이 들리고 문을 두드린다고 무섭다고 하세요. 경찰(112)에도 {{date:두 번}} 신고했는데 출동만 하고 끝났대요.
엄마 집은 [[KR_ADDRESS:수원시 권선구 권선동 1019-3 다솜빌라 가동 202호]]이고 저는 서울 살아서 자주 못 가요. 제 번호는 [[PHONE_NUMBER:010 2719 4405]] 이고 이름은 [[PERSON:신유경]]입니다.
독거노인 안부 확인 서비스 같은 게 있는지도 궁금해요."""},

{"id": "s3-a05-003", "kind": "counsel_note", "text": """[민원콜 메모]
{{date:2024.06.14}} {{time:16:05}} 수신
[[PERSON:김ㅇㅇ]] 님 / 자칭 40대 남성 / 번호 비공개
공원 내 반려견 목줄 미착용 반복. 신고자 신원 공개 거부. 현장 계도 요청 → 공원녹지과 이관
(참고: 동일 내용 {{statistic:최근 1개월 12건}})"""},

{"id": "s3-a05-004", "kind": "email", "text": """[[PERSON:안재현]] 주무관님,

{{date:어제}} 통화드린 [[PERSON:라은영]]입니다. 말씀하신 서류 첨부합니다.
 - 주민등록등본 1부 (세대주 [[PERSON:라기석]], [[BIRTH_DATE:1957-02-10]])
 - 소득금액증명원 1부
 - 임대차계약서 사본 ([[KR_ADDRESS:성남시 수정구 태평로 55번길 8-2 302호]])

회신은 이 메일([[EMAIL_ADDRESS:ra.ey0210@gmail.com]])로 주세요.
[[PERSON:라은영]] 올림

Sent from my iPhone"""},

{"id": "s3-a05-005", "kind": "form_ocr", "text": """자동차 이전등록 신청서 (OCR)
양도인 성 명 [[PERSON:김 영 란]]  주민등록번호 [[KR_RRN:6O0815-2l47318]]
양수인 성 명 [[PERSON:이 준 호]]  운전면허번호 [[KR_DRIVER_LICENSE:12-O9-334871-5O]]
차량번호 [[KR_CAR_PLATE:23루 7O45]]  차대번호 {{vin:KMHD341BBLU182704}}
양수인 주소 [[KR_ADDRESS:용인시 기흥구 중부대로 4O2, 1O3동 7O1호]]"""},

{"id": "s3-a05-006", "kind": "kakao_chat", "text": """[[PERSON:박지호]] 주무관
> 선생님 혹시 따님 생년월일 여쭤봐도 될까요? 돌봄서비스 등록하려고요

[[PERSON:한상우]]
> [[BIRTH_DATE:2017]]년생이고 [[BIRTH_DATE:8월 30일]]이에요 이름은 [[PERSON:한예린]]

[[PERSON:박지호]] 주무관
> 감사합니다! 등록 완료되면 {{date:다음 주 월요일}}에 문자 드릴게요"""},

{"id": "s3-a05-007", "kind": "complaint_letter", "text": """구청장님 보세요

나는 [[PERSON:명철수]]이다. 이 동네에서 상가 건물을 갖고 있는데 [[KR_ADDRESS:분당구 서현동 263-4 명빌딩]] 앞 도로를 {{date:석 달째}} 파헤쳐 놓고 공사를 안 한다. 공사 안내판에 적힌 현장소장 [[PERSON:엄기석]] 이라는 사람 핸드폰([[PHONE_NUMBER:010-7081-3329]])은 받지도 않는다. 세입자들이 임대료를 깎아 달라고 한다. 손해배상 청구할 것이다."""},

{"id": "s3-a05-008", "kind": "portal_export", "text": """No,구분,성명,생년월일,연락처,주소,신청일
1,신규,[[PERSON:조승미]],[[BIRTH_DATE:1988-06-30]],[[PHONE_NUMBER:010-2291-4408]],"[[KR_ADDRESS:용인시 수지구 포은대로 435, 3동 1203호]]",{{date:2024-05-02}}
2,갱신,[[PERSON:마태오]],[[BIRTH_DATE:1979-12-05]],[[PHONE_NUMBER:031-896-2041]],"[[KR_ADDRESS:용인시 수지구 성복1로 35 성복역 롯데캐슬 골드타운 1105동 2302호]]",{{date:2024-05-03}}
3,신규,[[PERSON:표은실]],[[BIRTH_DATE:2001-01-01]],[[PHONE_NUMBER:010-9945-0012]],"[[KR_ADDRESS:용인시 수지구 상현동 1155]]",{{date:2024-05-03}}"""},

{"id": "s3-a05-009", "kind": "counsel_note", "text": """[시청 당직실 전화수신부]
{{date:2024.2.10(토)}} {{time:02:14}} 수신자 [[PERSON:천동민]](당직사령, 직번 [[EMPLOYEE_ID:150872]])
발신 [[PHONE_NUMBER:010-6233-5018]] [[PERSON:소진섭]]이라고 함(동명이인일 수 있음)
내용: [[KR_ADDRESS:장안구 파장동 581-9]] 앞 상수도관 파열, 도로 결빙 우려
조치: 상수도사업본부 당직({{public_number:031-228-4200}}) 통보 {{time:02:20}}"""},

{"id": "s3-a05-010", "kind": "notice", "text": """[공고] 수원시 공고 {{document_number:제2024-812호}}
불법 방치 자동차 강제처리 예고
1. 차량번호: [[KR_CAR_PLATE:49마 3307]] (쏘나타, 흰색)
2. 방치장소: {{place_name:권선구 금곡로 무지개공원 주차장}}
3. 소유자: [[PERSON:도○석]] (주소지 불명)
4. 공고기간: {{date:2024. 6. 17. ~ 2024. 7. 1.}}
위 기간 내 자진처리하지 않을 경우 「자동차관리법」 제26조에 따라 폐차 처리합니다.
수원시장"""},

{"id": "s3-a05-011", "kind": "application_letter", "text": """장학금 추천 요청서 (용인시 인재육성재단 제출용)
학생 성명: [[PERSON:차하은]]  생년월일: [[BIRTH_DATE:2007년 03월 22일]]
학교: 용인OO고등학교 3학년  학생번호 [[STUDENT_ID:30817]]
보호자: [[PERSON:차동혁]] (조부, [[BIRTH_DATE:1946.09.13]]) 연락처 [[PHONE_NUMBER:031-338-6627]]
가정환경: 조손가정, 기초생활수급
추천인: 담임교사 [[PERSON:함수정]] (교원번호 [[EMPLOYEE_ID:E20110348]])
작성일: {{date:2024. 04. 11.}}"""},

{"id": "s3-a05-012", "kind": "sms", "text": """[용인시 처인구청] 요청하신 대형폐기물 수거 예약 완료. 예약번호 {{reservation_number:YP-0614-2281}} / 수거일 {{date:6.18(화)}} / 배출장소 [[KR_ADDRESS:처인구 모현읍 외대로 55-12]] 대문 앞. 문의 {{public_number:031-324-4381}}"""},

{"id": "s3-a05-013", "kind": "email", "text": """제목: 여권 분실 신고 관련 (영문)

Dear Sir/Madam,
I lost my passport on {{date:May 25, 2024}} near Pangyo station. 
Name: [[PERSON:HUANG MEILING]] ([[PERSON:黄美玲]])
Passport: [[KR_PASSPORT:E83291746]] (PRC)
Date of birth: [[BIRTH_DATE:1993.11.08]]
Alien Registration No.: [[KR_FRN:931108-6330415]]
Address: [[KR_ADDRESS:Bundang-gu Seongnam-si, Baekhyeon-ro 101, 1502-804]]
Tel. [[PHONE_NUMBER:010-3312-8870]]
Regards, [[PERSON:Meiling]]"""},

{"id": "s3-a05-014", "kind": "complaint_letter", "text": """층간 흡연 민원
[[KR_ADDRESS:팔달구 매교동 221-3 SK뷰 2동 1503호]] 입니다. 아랫집 화장실 환풍구로 담배 연기가 올라와서 아이(만 2세, [[BIRTH_DATE:2021. 9.]]생)가 기침을 합니다. 관리사무소에서 방송만 하고 끝입니다.
공동주택관리법상 조치 가능한지 알려주세요. - 1503호 [[PERSON:석지훈]]"""},

{"id": "s3-a05-015", "kind": "counsel_note", "text": """카드 환불 요청 처리 내역 (체육공원 캠핑장)
예약자 [[PERSON:길민재]] / 예약번호 {{reservation_number:CP240720-0113}} / 이용일 {{date:07.20~07.21}}
결제카드 현대 [[CREDIT_CARD:4330-9201-5544-720?]] / 결제금액 {{amount:55,000원}} / 승인 {{approval_number:77120934}}
취소사유: 우천 / 환불 {{date:2024-07-19}} 처리
처리자: 시설관리공단 [[PERSON:소윤아]] (사번 [[EMPLOYEE_ID:YF1129]])"""},

{"id": "s3-a05-016", "kind": "complaint_letter", "text": """성남시장님께
저는 성남 토박이 [[PERSON:하판수]]라고 합니다. [[BIRTH_DATE:1961년]] 태어나 (호적은 [[BIRTH_DATE:1962. 1. 4.]]로 늦게 올라감) 한 번도 이사 안 가고 [[KR_ADDRESS:수정구 복정동 640-17]]에서 살았습니다. 그런데 이번에 재개발 보상 문제로 감정평가가 너무 낮게 나와 억울하여 글을 올립니다."""},

{"id": "s3-a05-017", "kind": "kakao_chat", "text": """나: 혹시 거기 주민센터 번호 알아?
[[PERSON:수빈]]: {{public_number:031-8075-...}} 아 그거 대표번호라 연결 잘 안돼 담당자 직통 줄게
[[PERSON:수빈]]: [[PHONE_NUMBER:031-8075-4563]] 복지팀 [[PERSON:조은비]] 주무관님
나: ㄱㅅㄱㅅ"""},

{"id": "s3-a05-018", "kind": "form_ocr", "text": """주 민 등 록 표 (등본)
세대주 성명 [[PERSON:류병국]]    세대구성 사유 및 일자 전입 {{date:2019-08-23}}
현주소 [[KR_ADDRESS:경기도 용인시 수지구 현암로 125번길 11, 101동 502호(죽전동, 벽산아파트)]]
번호 세대주관계 성명 주민등록번호 전입일/변동일
1 본인 [[PERSON:류병국]] [[KR_RRN:731019-1******]] {{date:2019-08-23}}
2 배우자 [[PERSON:금소라]] [[KR_RRN:760404-2******]] {{date:2019-08-23}}
3 자녀 [[PERSON:류시안]] [[KR_RRN:150211-3******]] {{date:2019-08-23}}
발급일 {{date:2024년 06월 10일}} 용인시 수지구 죽전1동장"""},
]
