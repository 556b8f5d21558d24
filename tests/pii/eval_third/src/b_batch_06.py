# Writer b, batch 06: volunteer rosters, official vehicles, travel, system access logs. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b06-001", "kind": "volunteer_roster", "text": """2024 수원화성문화제 자원봉사자 배치표
조  성명     생년월일     연락처          배치장소
A  [[PERSON:문예린]]   [[BIRTH_DATE:2006.04.18]]   [[PHONE_NUMBER:010-4127-3390]]   {{place_name:화서문 안내부스}}
A  [[PERSON:석하진]]   [[BIRTH_DATE:2005.10.02]]   [[PHONE_NUMBER:010-8836-0071]]   {{place_name:화서문 안내부스}}
B  [[PERSON:John Miller]]  [[BIRTH_DATE:1988.01.30]]  [[PHONE_NUMBER:010-2204-9915]]  외국인 통역
C  [[PERSON:주경순]]   [[BIRTH_DATE:1961.07.07]]   [[PHONE_NUMBER:010-6653-1180]]   {{place_name:행궁광장 물품보관소}}
집결: {{date:10.5.(토)}} {{time:08:30}} 행궁광장"""},

{"id": "s3-b06-002", "kind": "driver_registration", "text": """공용차량 운전자 등록 신청
소속: 건설정책과   성명: [[PERSON:길도현]]   사번: [[EMPLOYEE_ID:2015-1187]]
운전면허번호: [[KR_DRIVER_LICENSE:경기 12-184203-61]]
면허종류: 1종보통   적성검사 만료일: {{date:2031.12.31}}
운행 차량: [[KR_CAR_PLATE:34보 1027]] → (관용차 {{code:시청 2호차}})
신청일 {{date:2024.03.05}}""".replace("[[KR_CAR_PLATE:34보 1027]] → (관용차 {{code:시청 2호차}})", "{{code:시청 2호차}}(관용, 스타리아)")},

{"id": "s3-b06-003", "kind": "access_log", "text": """[개인정보처리시스템 접속기록 점검]  대상기간 {{date:2024-08-01 ~ 2024-08-31}}
일시                  사번     성명     접속IP            처리내용
{{date:2024-08-05}} {{time:09:12:44}}  [[EMPLOYEE_ID:sw210345]]  [[PERSON:엄지수]]  [[IP_ADDRESS:10.20.31.145]]  수급자 조회(17건)
{{date:2024-08-05}} {{time:22:51:03}}  [[EMPLOYEE_ID:sw190882]]  [[PERSON:권태준]]  [[IP_ADDRESS:211.234.19.88]]  엑셀 다운로드(1,204건) ※ 외부IP·심야
{{date:2024-08-12}} {{time:14:03:17}}  [[EMPLOYEE_ID:sw230017]]  [[PERSON:변하윤]]  [[IP_ADDRESS:10.20.31.162]]  주민등록 등본 열람
시스템 버전 {{version:v4.2.17}} / 서버 {{code:WEB-02}}"""},

{"id": "s3-b06-004", "kind": "travel_form", "text": """공무국외출장 신청자 명단 (자매도시 교류)
1. [[PERSON:하정민]] / 국제협력팀장 / 여권 [[KR_PASSPORT:M38471920]] / 만료 {{date:2031.05.14}}
2. [[PERSON:피은서]] / 주무관 / 여권 [[KR_PASSPORT:M083K2271]] / 만료 {{date:2033.02.01}}
3. [[PERSON:Sophie Laurent]] (통역, 프랑스) / Passport [[KR_PASSPORT:19FV48211]] / 생년월일 [[BIRTH_DATE:1990-11-23]]
출장기간 {{date:2024.10.14~10.20}}  ※ 여권번호 형식 안내: {{code:M12345678}}""".replace("※ 여권번호 형식 안내: {{code:M12345678}}", "※ 여권번호 예시 {{code:M12345678}} 처럼 영문+숫자로 기재")},

{"id": "s3-b06-005", "kind": "volunteer_roster", "text": "봉사자명,1365아이디,생년월일,누적시간,최근활동\n[[PERSON:나혜선]],[[EMAIL_ADDRESS:hyesun.na@gmail.com]],[[BIRTH_DATE:19720316]],{{statistic:412}},{{date:20240911}}\n[[PERSON:김준]],[[EMAIL_ADDRESS:junkim0510@kakao.com]],[[BIRTH_DATE:20000510]],{{statistic:38}},{{date:20240907}}\n[[PERSON:예소윤]],[[EMAIL_ADDRESS:soyun_ye@naver.com]],[[BIRTH_DATE:19981225]],{{statistic:126}},{{date:20240830}}\n"},

{"id": "s3-b06-006", "kind": "parking_permit", "text": """청사 주차장 정기주차 신청서
신청인: [[PERSON:차민혁]] (교통정책과)
차량번호: [[KR_CAR_PLATE:123가4567]]
차종: 아반떼 / 흰색
보조차량(배우자): [[KR_CAR_PLATE:서울 31 루 5520]]
연락처 [[PHONE_NUMBER:내선 3312 / 010-7712-4039]]
기간: {{date:2024년 3월~6월}}""".replace("[[PHONE_NUMBER:내선 3312 / 010-7712-4039]]", "내선 {{public_number:3312}} / [[PHONE_NUMBER:010-7712-4039]]")},

{"id": "s3-b06-007", "kind": "volunteer_form", "text": """[이동봉사(차량) 자원봉사자 등록카드]
성명: [[PERSON:서동민]]          성별: 남
생년월일: [[BIRTH_DATE:1966년 2월 4일]]
주소: [[KR_ADDRESS:용인시 수지구 성복2로 76, 성복역 롯데캐슬골드타운 308동 2001호]]
연락처: [[PHONE_NUMBER:010-3319-5078]]
운전면허: [[KR_DRIVER_LICENSE:11-89-027714-03]] (1종보통)
봉사차량: [[KR_CAR_PLATE:27도 9916]] 카니발
보험: 봉사자 상해보험 가입({{date:2024.01.02}})"""},

{"id": "s3-b06-008", "kind": "accident_report", "text": """관용차량 사고 경위서
사고일시: {{date:2024. 7. 19.}} {{time:16:25}}경
사고장소: {{place_name:수원시 팔달구 중부대로 교차로}}
운전자: [[PERSON:금상철]] (시설7급, 면허 [[KR_DRIVER_LICENSE:131500284472]])
상대차량: [[KR_CAR_PLATE:66머 2014]] 운전자 [[PERSON:설경민]] [[PHONE_NUMBER:010-4420-1638]]
피해: 관용차 {{code:수원시 47호}} 후미 파손
보험접수번호: {{case_number:240719-0228-11}}"""},

{"id": "s3-b06-009", "kind": "email", "text": """보낸사람: [[PERSON:추윤아]] <[[EMAIL_ADDRESS:yuna.chu@seongnam.go.kr]]>
받는사람: 정보통신과 <{{public_email:it-help@seongnam.go.kr}}>
제목: VPN 접속 허용 요청

재택근무용으로 집 공유기 IP 등록 부탁드립니다.
공인IP: [[IP_ADDRESS:58.229.174.31]]
IPv6: [[IP_ADDRESS:2001:e60:8412:3a1c::5]]
사용 프로그램 {{version:FortiClient 7.0.9}}
기간 {{date:9/2~9/30}}"""},

{"id": "s3-b06-010", "kind": "volunteer_roster", "text": """사랑의 김장나눔 참가자(통장협의회)
[[PERSON:박정숙]] 1통장 / [[PERSON:임금순]] 3통장 / [[PERSON:우영자]] 5통장 / [[PERSON:함철수]] 7통장
[[PERSON:Mikhail Petrov]] 외국인주민 / [[PERSON:강○연]] 청년회
일시 {{date:11월 23일(토)}} 장소 {{place_name:매탄2동 주민센터 앞마당}}"""},

{"id": "s3-b06-011", "kind": "driver_registration", "text": "운전원 채용(기간제) 서류심사표 | 응시번호 {{code:D-07}} | [[PERSON:반석진]] | [[BIRTH_DATE:720813]] | 면허 [[KR_DRIVER_LICENSE:서울 03-442198-12]] 1종대형 | 경력 15년 | 적합"},

{"id": "s3-b06-012", "kind": "foreign_worker_form", "text": """외국인주민 한국어교실 수강신청
Name: [[PERSON:Rahimova Dilnoza]]   국적: 우즈베키스탄
외국인등록번호: [[KR_FRN:931120-6******]]
생년월일: [[BIRTH_DATE:20.11.1993]]
주소: [[KR_ADDRESS:수원시 권선구 경수대로 276번길 40, 3층 302호]]
전화: [[PHONE_NUMBER:010-8241-0573]]
남편 [[PERSON:Rahimov Jasur]] 외국인등록번호 [[KR_FRN:900305-5741062]]
수강반: 초급2  개강 {{date:2024.03.11}}"""},

{"id": "s3-b06-013", "kind": "access_log", "text": """# fail2ban / admin 로그인 실패 (민원포털)
{{date:2024-11-03}}T{{time:02:14:55}}+09:00 user={{code:yi_admin07}} src=[[IP_ADDRESS:183.96.205.14]] result=FAIL
{{date:2024-11-03}}T{{time:02:15:02}}+09:00 user={{code:yi_admin07}} src=[[IP_ADDRESS:183.96.205.14]] result=FAIL
gateway {{code:10.0.0.1/24}} OID {{oid:1.3.6.1.4.1.9.9.43}} build {{version:2.11.3.1}}""".replace("{{code:10.0.0.1/24}}", "{{code:vlan-24}}")},
]
