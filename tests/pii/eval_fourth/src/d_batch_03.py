# Writer d, batch 03: disability services (장애인 복지) at the front desk.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d03-001", "kind": "parking_permit_application", "text": """장애인사용자동차 표지 발급 신청서
장애인 성명: [[PERSON:윤석진]]   주민등록번호: [[KR_RRN:780403-152201?]]
장애정도: 심한 장애(지체)
차량번호: [[KR_CAR_PLATE:157더 2284]]   차종: 카니발   소유자: [[PERSON:윤석진]]
공동명의: 배우자 [[PERSON:표은영]] ([[BIRTH_DATE:1980.09.14]])
주소: [[KR_ADDRESS:수원시 권선구 금곡로 102 LG빌리지 2단지 210동 1901호]]
신청일 {{date:2024.02.05}} / 표지 유효기간 {{date:2027.02.04}}"""},

{"id": "s4-d03-002", "kind": "activity_support_voucher", "text": """[활동지원 바우처 결제 내역 확인 요청]
이용자 [[PERSON:정한결]](만 19세, [[BIRTH_DATE:2005.01.27]]) 어머니 [[PERSON:서미란]]입니다.
국민행복카드 [[CREDIT_CARD:9430-0812-5517-302?]] 로 {{date:10월 8일}} 결제된 {{amount:41,760원}}이 중복 결제된 것 같아 확인 부탁드립니다. 제공기관은 {{org_name:○○장애인활동지원센터}}이고 활동지원사는 [[PERSON:마영숙]] 선생님입니다.
연락 [[PHONE_NUMBER:010-6728-3310]]"""},

{"id": "s4-d03-003", "kind": "counter_memo", "text": """장애인복지팀 인수인계)
- [[PERSON:추경호]] 민원인 (청각, 수어 필요) 다음주 화 {{time:2시}} 재방문. 수어통역사 [[PERSON:모혜린]] 섭외완료 ([[PHONE_NUMBER:010-2075-8846]] 문자만 가능)
- 보장구 업체 {{org_name:바른보조기}} 사업자 [[KR_BRN:135-09-4478?]] 견적서 접수됨, 대표 [[PERSON:심재욱]]
- [[PERSON:인효진]]씨 주차표지 분실 재발급 → 차량 [[KR_CAR_PLATE:28오7531]] 확인 필요"""},

{"id": "s4-d03-004", "kind": "disability_registration_table", "text": """순번,성명,생년월일,장애유형,정도,등록일,주소
1,[[PERSON:김예준]],[[BIRTH_DATE:2017-03-09]],자폐성,심한,{{date:2021-06-14}},"[[KR_ADDRESS:성남시 분당구 정자일로 95, 103동 804호]]"
2,[[PERSON:박 말 순]],[[BIRTH_DATE:1947-12-01]],지체,심하지않은,{{date:2019-10-02}},"[[KR_ADDRESS:성남시 중원구 광명로 24-1]]"
3,[[PERSON:Amina Yusupova]],[[BIRTH_DATE:1992-06-30]],시각,심한,{{date:2023-01-19}},"[[KR_ADDRESS:성남시 수정구 산성대로 301번길 7, 4층]]"
"""},

{"id": "s4-d03-005", "kind": "assistive_device_invoice", "text": """거 래 명 세 서
공급자  상호: 늘봄휠체어   대표: [[PERSON:남기훈]]   사업자등록번호: [[KR_BRN:212-23-0617?]]
        주소: [[KR_ADDRESS:용인시 기흥구 중부대로 242, 1층 104호]]   TEL {{public_number:031-286-1170}}
공급받는자  [[PERSON:양재필]] 귀하 (장애인보조기기 교부사업)
품목: 수동휠체어(경량형) 1대  {{amount:₩480,000}}
입금계좌: 기업 [[BANK_ACCOUNT:062-118273-01-011]] 예금주 [[PERSON:남기훈]]
작성일 {{date:2024-07-23}}"""},

{"id": "s4-d03-006", "kind": "home_visit_report", "text": """장애인 가구 방문 상담 기록
일시 {{date:2024. 3. 7.(목)}} / 상담자 [[PERSON:황지수]] 주무관
대상 [[PERSON:채동근]](뇌병변, 64세)·배우자 [[PERSON:이금자]](당뇨) 2인 가구
[[PERSON:채동근]] 씨 생년월일 [[BIRTH_DATE:1960년 4월 28일]]. 주민번호 뒷자리 제출 거부하셔서 복지로 조회는 앞 6자리+성별로만 함.
거주지 [[KR_ADDRESS:용인시 수지구 신봉동 866-1 그린빌라 나동 102호]] — 현관 경사로 없음, 주거환경개선 신청 안내.
차량: 없음 (장애인콜택시 이용, 회원번호 {{code:YI-CT-28410}})"""},

{"id": "s4-d03-007", "kind": "sms", "text": "[[PERSON:윤희]]야 엄마 복지카드 새로 나왔대 주민센터 가서 찾아와 엄마 도장이랑 신분증 갖고가 아빠 차 번호 [[KR_CAR_PLATE:경기 51 두 8820]] 주차스티커도 같이 바꿔준대"},

{"id": "s4-d03-008", "kind": "disability_pension_application", "text": """장애인연금 신청서 (발췌)
① 신청인
  성명 [[PERSON:Lê Thị Hoa]] → 한국명 [[PERSON:이화]]   국적: 대한민국(귀화, {{date:2016.05.10}})
  주민등록번호 [[KR_RRN:851122-280117?]]
  전화 [[PHONE_NUMBER:070-4418-2207]] / 휴대 [[PHONE_NUMBER:010-5530-7174]]
② 배우자
  성명 [[PERSON:고민석]]   생년월일 [[BIRTH_DATE:1971. 2. 6]]
③ 수령계좌  우체국 [[BANK_ACCOUNT:110058-02-271934]]
접수 {{date:2024.09.02}} 접수번호 {{receipt_number:2024-장연-0447}}"""},

{"id": "s4-d03-009", "kind": "voucher_card_reissue", "text": """발달재활서비스 바우처카드 재발급 요청
아동명 [[PERSON:송하람]]  생년월일 [[BIRTH_DATE:2019년 8월 3일]]
보호자 [[PERSON:송재원]] (부)  [[PHONE_NUMBER:010-8127-5502]]
분실카드 [[CREDIT_CARD:5365-10**-****-2281]] → 정지처리 {{date:2024.04.22}} {{time:11:05}}
신규카드 우편수령지 [[KR_ADDRESS:수원시 장안구 경수대로 1106, 정자동 화서역 파크푸르지오 B동 2104호]]"""},

{"id": "s4-d03-010", "kind": "complaint_email", "text": """보낸사람: [[PERSON:명도현]] <[[EMAIL_ADDRESS:dh.myung@daum.net]]>
받는사람: 장애인복지과 <{{public_email:disabled@yongin.go.kr}}>
날짜: {{date:2024년 8월 12일 (월) 오후 9:14}}
제목: 장애인 주차구역 단속 관련

안녕하세요. 저는 [[BIRTH_DATE:1983]]년생 지체장애인이고 [[KR_CAR_PLATE:62모 0913]] 차량 소유주입니다. 어제 {{place_name:죽전역}} 앞 공영주차장에서 표지를 붙였는데도 과태료 스티커가 붙었습니다. 표지 번호는 {{code:경기-용인-24-01177}}입니다.
휴대폰 [[PHONE_NUMBER:010-4409-8832]] 로 연락 주세요."""},

{"id": "s4-d03-011", "kind": "counter_memo", "text": "* 복지카드 발급대기: [[PERSON:전○희]]([[BIRTH_DATE:911014]]) [[PERSON:차*민]]([[BIRTH_DATE:040502]]) [[PERSON:권O식]]([[BIRTH_DATE:550917]]) — 사진 미제출 3명, {{date:금요일}}까지 연락. 담당 [[PERSON:곽수정]] 내선 {{public_number:8421}}"},

{"id": "s4-d03-012", "kind": "activity_support_timesheet", "text": """활동지원 제공기록지 ({{date:2024년 10월}})
활동지원사: [[PERSON:황보경아]] (직원번호 [[EMPLOYEE_ID:A-10472]])
이용자: [[PERSON:엄태준]]  [[BIRTH_DATE:1998-05-16]]
일자    시작   종료   내용
{{date:10/01}}   {{time:09:00}}  {{time:13:00}}  신변처리, 외출(병원)
{{date:10/02}}   {{time:09:00}}  {{time:12:30}}  가사, 식사도움
단말기 태그 오류({{date:10/03}}) → 수기 제출, 기관장 확인"""},

{"id": "s4-d03-013", "kind": "letter_from_family", "text": """주민센터 담당자님께,
제 동생 [[PERSON:나영순]]은 지적장애 2급(지금은 '심한 장애')으로 {{date:1987년}}에 처음 등록했습니다. 동생 생일은 음력 [[BIRTH_DATE:시월 초닷새]]이고 호적상으로는 [[BIRTH_DATE:1962년 11월 21일]]로 되어 있습니다.
동생이 지금 {{org_name:소망의집}}(시설)에 있는데 주소를 제 집 [[KR_ADDRESS:성남시 수정구 태평동 3308-4 2층]] 으로 옮기려 합니다.
제 번호는 [[PHONE_NUMBER:O1O-7711-2036]] 입니다. — 언니 [[PERSON:나영희]]"""},

{"id": "s4-d03-014", "kind": "taxi_member_form", "text": """장애인콜택시 회원가입
이름: [[PERSON:제갈윤호]] | 생년: [[BIRTH_DATE:1966]] | 휠체어: 전동
보호자: [[PERSON:제갈수빈]] [[PHONE_NUMBER:010-3362-4109]]
자주 가는 곳: {{place_name:분당서울대병원}} 재활의학과, {{place_name:야탑역 1번출구}}
자택: [[KR_ADDRESS:분당구 야탑로 139 장미마을 코오롱아파트 806-1203]]"""},

{"id": "s4-d03-015", "kind": "payment_log_export", "text": """결제일시,카드번호,가맹점,사업자번호,금액,승인번호
{{date:2024-06-03 10:12}},[[CREDIT_CARD:4579-72**-****-6034]],햇살언어치료실,[[KR_BRN:128-92-3310?]],{{amount:55000}},{{code:30117724}}
{{date:2024-06-10 10:08}},[[CREDIT_CARD:4579-72**-****-6034]],햇살언어치료실,[[KR_BRN:128-92-3310?]],{{amount:55000}},{{code:30220158}}
{{date:2024-06-12 16:40}},[[CREDIT_CARD:4579-72**-****-6034]],{{org_name:(재)경기도장애인체육회}},{{business_number:124-82-09931}},{{amount:20000}},{{code:30251006}}"""},

{"id": "s4-d03-016", "kind": "hearing_aid_subsidy", "text": """보청기 급여 확인 요청 ({{date:2024.12.03}})
수급자 [[PERSON:하복동]] ([[BIRTH_DATE:1952-10-**]], 남) 
주소 [[KR_ADDRESS:경기도 수원시 팔달구 고화로 33-8, 101호]]
판매업소 {{org_name:밝은소리보청기}} 담당 [[PERSON:길민정]] ([[EMAIL_ADDRESS:gil.mj@brightsound.co.kr]])
급여액 {{amount:1,310,000원}} (본인부담 {{amount:131,000원}})"""},
]
