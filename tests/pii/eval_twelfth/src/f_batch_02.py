# Writer f, batch 02: rural life (귀농·귀촌 지원, 빈집 정비, 마을 이장 업무). CC0 1.0, all invented.
DOCS = [
    {"id": "s12-f02-001", "kind": "application_form", "text": """2025년 귀농 농업창업 및 주택구입 지원사업 융자 신청서

1. 신청인
 성명: [[PERSON:배성우]]   주민등록번호: [[KR_RRN:840603-1******]]
 현 주소: [[KR_ADDRESS:경기도 용인시 처인구 남사읍 봉무로 23-14]]
 귀농 전 주소: [[KR_ADDRESS:서울특별시 관악구 신림로 59길 16, 4층 402호]]
 전입일: {{date:2023.10.16}}   휴대폰: [[PHONE_NUMBER:010-7718-2356]]
 이메일: [[EMAIL_ADDRESS:swbae84@gmail.com]]
2. 가족사항
 배우자 [[PERSON:조하나]] ([[BIRTH_DATE:1986. 1. 22.]]) / 자녀 [[PERSON:배서윤]] ([[BIRTH_DATE:2016. 8. 5.]]), [[PERSON:배도윤]] ([[BIRTH_DATE:2019. 12. 30.]])
3. 융자 신청액: 창업자금 {{amount:1억 5천만원}}, 주택구입 {{amount:7,500만원}}
4. 영농계획: 시설하우스 토마토 2,640㎡ ([[KR_ADDRESS:남사읍 방아리 516-2]])"""},

    {"id": "s12-f02-002", "kind": "email", "text": """From: [[EMAIL_ADDRESS:jiyoon.kwak@kakao.com]]
To: 처인구 농업정책과 [[PERSON:오민재]] 주무관님 <[[EMAIL_ADDRESS:omj0712@korea.kr]]>
Sent: {{date:Tue, 15 Apr 2025 08:47:12 +0900}}
Subject: RE: 청년 귀촌 주거비 지원 서류 보완

주무관님 안녕하세요, [[PERSON:곽지윤]]입니다.
말씀하신 임대차계약서 사본과 주민등록등본 다시 첨부합니다.
계약 주소는 [[KR_ADDRESS:처인구 원삼면 문촌로 48-3 (문촌리) 단독주택 2층]]이고 보증금 {{amount:2,000만원}}에 월 {{amount:35만원}}입니다.
동거인은 없고, 생년월일은 [[BIRTH_DATE:1997년 3월 4일]]입니다 (만 28세라 청년 기준 해당).
혹시 급하면 [[PHONE_NUMBER:010-2094-6613]]로 전화 주세요!
-----Original Message-----
From: "[[PERSON:오민재]]" <[[EMAIL_ADDRESS:omj0712@korea.kr]]>
> 접수번호 {{receipt_number:귀촌-25-0098}} 관련하여 임대차계약서가 누락되어 보완 요청드립니다."""},

    {"id": "s12-f02-003", "kind": "application_form", "text": """농어촌 빈집 정비(철거) 신청서 [빈집 소유자 및 상속인]
빈집 소재지: [[KR_ADDRESS:용인시 처인구 백암면 가창리 244-1]] (1975년 사용승인, 블록조 슬레이트)
소유자(망): 故 [[PERSON:전봉례]]
 - 생년월일 [[BIRTH_DATE:1931.02.11]] / 사망일 {{date:2018.09.03}}
상속인 대표: [[PERSON:전재수]] (장남, [[BIRTH_DATE:1956.07.19]]) [[PHONE_NUMBER:010-8827-1120]]
  주소: [[KR_ADDRESS:인천광역시 부평구 부평대로 88, 15동 706호 (부평동, 동아아파트)]]
기타 상속인: [[PERSON:전미자]]([[BIRTH_DATE:1959.04.02]]), [[PERSON:전재희]]([[BIRTH_DATE:1963.10.28]]) - 동의서 첨부
정비 후 활용: 마을 공용주차장 3년 무상 제공"""},

    {"id": "s12-f02-004", "kind": "field_memo", "text": """빈집 실태조사 현장메모 (조사원 [[PERSON:허진영]], {{date:6/3}})
- [[KR_ADDRESS:이동읍 묵리 산58-2]] 뒤편 폐가. 지붕 절반 무너짐, 석면 슬레이트 노출.
- 옆집 할머니([[PERSON:김분이]], 84세) 진술 : "주인 아들이 수원 사는데 10년째 안 와"
- 아들로 추정되는 [[PERSON:심재철]] 연락처 확보 못함. 마을 이장 [[PERSON:박태수]] 통해 확인 예정
- 등급 판정: 3등급(철거 필요) / 사진 12매"""},

    {"id": "s12-f02-005", "kind": "spreadsheet_export", "text": """송전2리 주민 비상연락망 (이장 작성, 경로잔치 명단 겸)
반,성명,나이,출생연도,연락처,비고
1반,[[PERSON:권태순]],88,[[BIRTH_DATE:1937]],[[PHONE_NUMBER:031-333-2671]],보청기
1반,[[PERSON:이갑수]],79,[[BIRTH_DATE:1946]],[[PHONE_NUMBER:010-3121-4077]],
2반,[[PERSON:정순덕]],91,[[BIRTH_DATE:1934]],[[PHONE_NUMBER:(031)333-5508]],딸 [[PERSON:김영희]] [[PHONE_NUMBER:010-9917-0034]]
2반,[[PERSON:마동길]],74,[[BIRTH_DATE:1951]],[[PHONE_NUMBER:01055720918]],휠체어
3반,[[PERSON:Maria Santos]],41,[[BIRTH_DATE:1984]],[[PHONE_NUMBER:010-4038-2915]],필리핀 결혼이민"""},

    {"id": "s12-f02-006", "kind": "meeting_minutes", "text": """어비1리 마을총회 회의록
- 일시 : {{date:2025년 1월 18일(토)}} {{time:오전 10시}}, 마을회관
- 참석 : 주민 34명 (위임 5명)
- 사회 : 이장 [[PERSON:최광식]]
1. 2024년 마을기금 결산 보고 (총무 [[PERSON:홍미선]])
   수입 {{amount:8,420,000원}} / 지출 {{amount:6,115,500원}} / 잔액 {{amount:2,304,500원}}
   마을기금 통장은 농협 {{public_account:301-0287-1102-11}}(어비1리마을회) 그대로 유지
2. 차기 이장 선출
   후보 [[PERSON:최광식]](현 이장), [[PERSON:김용만]] → 거수 결과 [[PERSON:김용만]] 21표, [[PERSON:최광식]] 13표
   신임 이장 [[PERSON:김용만]] 임기 {{date:2025.2.1~2027.1.31}}
3. 기타: 귀촌 가구 [[PERSON:송재헌]]씨네 진입로 포장 문제는 면사무소에 건의하기로 함
                                        기록: [[PERSON:홍미선]]"""},

    {"id": "s12-f02-007", "kind": "kakaotalk", "text": """[대대리 주민방] 
[이장 [[PERSON:류동혁]]] [오전 8:03] 공지) 내일 {{date:24일}} 아침 7시 마을 안길 제초작업 합니다. 예초기 있는 분 지참
[이장 [[PERSON:류동혁]]] [오전 8:04] 귀농하신 [[PERSON:강현우]]씨 새로 들어오셨어요 인사들 하세요ㅎㅎ 집은 [[KR_ADDRESS:대대리 413-6]] 전에 [[PERSON:노인순]] 할매댁
[[[PERSON:강현우]]] [오전 8:11] 안녕하세요! 잘 부탁드립니다 ^^ 제 번호 [[PHONE_NUMBER:010-6291-0583]] 저장해주세요
[[[PERSON:명순]]엄마] [오전 8:15] 반가워요 젊은사람 와서 좋네
[이장 [[PERSON:류동혁]]] [오전 8:20] 불참하시는 분 벌금 없음~ 대신 막걸리값 찬조 환영"""},

    {"id": "s12-f02-008", "kind": "sms", "text": """[용인시 귀농귀촌지원센터] [[PERSON:배성우]]님 멘토링 일정 안내: 멘토 [[PERSON:염기철]](토마토 20년) {{date:5/9(금)}} {{time:14시}} 남사읍 현장. 멘토 연락처 [[PHONE_NUMBER:010-5530-1817]]. 센터 {{public_number:031-324-4098}}"""},

    {"id": "s12-f02-009", "kind": "spreadsheet_export", "text": """2025 귀농인 정착지원금 지급내역 (1차)
| 순번 | 성명   | 생년월일     | 전입일      | 정착지      | 은행   | 계좌번호            | 지급액   |
| 1    | [[PERSON:윤성진]] | [[BIRTH_DATE:1979-11-03]] | {{date:2024-05-20}} | [[KR_ADDRESS:원삼면 독성리 702-4]] | 농협   | [[BANK_ACCOUNT:356-0419-2281-03]] | {{amount:3,000,000}} |
| 2    | [[PERSON:이소라]] | [[BIRTH_DATE:1990-02-28]] | {{date:2024-08-01}} | [[KR_ADDRESS:백암면 고안리 15-3]]  | 신한   | [[BANK_ACCOUNT:110-482-551903]]     | {{amount:3,000,000}} |
| 3    | [[PERSON:하정훈]] | [[BIRTH_DATE:1968-06-16]] | {{date:2024-09-11}} | [[KR_ADDRESS:양지면 정수리 377]]   | 우체국 | [[BANK_ACCOUNT:013958-02-117420]]   | {{amount:2,000,000}} |
| 4    | [[PERSON:Kim Andrew]] | [[BIRTH_DATE:1975-09-09]] | {{date:2024-11-25}} | [[KR_ADDRESS:이동읍 천리 88-12]] | 국민 | [[BANK_ACCOUNT:412601-04-338219]] | {{amount:2,000,000}} |"""},

    {"id": "s12-f02-010", "kind": "ocr_scan", "text": """실 거 주 확 인 서 (이장 확인용)
성   명 : [[PERSON:곽 지 윤]]           생년월일 : [[BIRTH_DATE:1997 . 0З . 04]]
주   소 : [[KR_ADDRESS:용인시 처인구 원삼면 문촌로 48-З]]
위 사람이 상기 주소지에 {{date:2O25 . O2 . 1O}} 부터 실제 거주하고 있음을 확인합니다.
             {{date:2O25 년 4 월 14 일}}
   확인자 : 문촌리 이장  [[PERSON:양 철 규]]  (인)   연락처 [[PHONE_NUMBER:O1O-3372-9O45]]"""},

    {"id": "s12-f02-011", "kind": "quotation", "text": """견 적 서
수신: 백암면 빈집정비 담당 ([[PERSON:엄태희]] 주무관)
공사명: [[KR_ADDRESS:백암면 가창리 244-1]] 빈집 철거 및 석면 슬레이트 처리
업체: {{org_name:한길철거}} 대표 [[PERSON:석만호]]  사업자등록번호 [[KR_BRN:124-19-5530?]]
주소: [[KR_ADDRESS:용인시 처인구 백암면 청미로 1042]]  Tel {{public_number:031-334-7700}}  H.P [[PHONE_NUMBER:010-2238-4461]]
합계: {{amount:₩6,380,000}} (부가세 포함)   견적일 {{date:2025. 06. 27}}   유효기간 {{date:30일}}"""},

    {"id": "s12-f02-012", "kind": "consultation_card", "text": """2025 귀농귀촌 박람회(aT센터) 상담카드 No.{{code:0417}}
이름 [[PERSON:Lee Jae-won]] / [[PERSON:이재원]]   성별 남   출생 [[BIRTH_DATE:'71.05]]
현 거주지 [[KR_ADDRESS:성남시 분당구 황새울로 200번길 34, 1203동 501호]]
연락처 [[PHONE_NUMBER:+82 10-4411-6092]]   e-mail [[EMAIL_ADDRESS:jwlee_71@hanmail.net]]
희망지역: 용인 처인구 / 관심작목: 표고버섯, 블루베리
상담자 메모: 퇴직 예정({{date:내년 6월}}), 배우자 [[PERSON:안경숙]] 씨는 귀촌 반대 중. 교육 이수 0시간."""},

    {"id": "s12-f02-013", "kind": "payment_list", "text": """이통장 활동수당 지급명세 (양지면, {{date:2025년 5월분}})
마을      이장      계좌                         금액
양지1리   [[PERSON:정대근]]    농협 [[BANK_ACCOUNT:352-1122-0457-33]]   {{amount:400,000}}
남곡2리   [[PERSON:추영자]]    새마을금고 [[BANK_ACCOUNT:9002-1876-4405-1]]  {{amount:400,000}}
제일리    [[PERSON:반석진]]    농협 [[BANK_ACCOUNT:208047-52-190338]]  {{amount:400,000}}
※ 회의 참석수당 별도 ({{amount:2만원}}×2회)"""},

    {"id": "s12-f02-014", "kind": "system_log", "text": """[returnfarm-edu] 2025-03-02T21:14:55+09:00 session start uid=swbae84 ip=[[IP_ADDRESS:211.36.142.88]] course={{code:RF-ONL-104}}
[returnfarm-edu] 2025-03-02T21:58:01+09:00 progress uid=swbae84 lesson=7/20
[returnfarm-edu] 2025-03-03T06:30:44+09:00 session start uid=jwlee_71 ip=[[IP_ADDRESS:2001:e60:d03:1a6::4f2]] course={{code:RF-ONL-201}}
[returnfarm-edu] 2025-03-03T06:31:02+09:00 WARN duplicate login uid=jwlee_71 ip=[[IP_ADDRESS:175.223.19.40]]
[returnfarm-edu] build {{version:v2.8.14}}"""},

    {"id": "s12-f02-015", "kind": "phone_memo", "text": """{{date:7.8}} 오후 민원전화 (받음: [[PERSON:진유나]])
발신자 [[PERSON:하태민]] ([[PHONE_NUMBER:010-4419-27XX]]) - 옆집 빈집 마당에 풀이 사람키만큼 자라고 뱀 나옴, 담도 기울어짐
빈집 주소 [[KR_ADDRESS:포곡읍 신원리 560-3]], 본인은 [[KR_ADDRESS:신원리 560-5]] 거주
소유자 찾아서 안전조치 명령 요청. 회신 원함."""},

    {"id": "s12-f02-016", "kind": "application_form", "text": """농기계 임대 신청서 (처인구 농기계임대사업소 동부분소)
임차인: [[PERSON:우정남]]  생년월일: [[BIRTH_DATE:62.08.11]]  전화: [[PHONE_NUMBER:010-9008-3517]]
주소: [[KR_ADDRESS:처인구 양지면 양지로 116-5]]
운반차량 운전자: [[PERSON:우정남]] (1톤 화물 [[KR_CAR_PLATE:91로 6238]])
운전면허번호: [[KR_DRIVER_LICENSE:경기 13-048819-72]]
임대 기종: 관리기, 퇴비살포기 / 기간 {{date:4.21 ~ 4.23}} / 임대료 {{amount:45,000원}}"""},

    {"id": "s12-f02-017", "kind": "register_export", "text": """임대일자;반납일자;임차인;면허번호;차량;기종
{{date:2025-04-02}};{{date:2025-04-03}};[[PERSON:문경호]];[[KR_DRIVER_LICENSE:13-91-206574-31]];[[KR_CAR_PLATE:80서 1952]];트랙터(50마력)
{{date:2025-04-02}};{{date:2025-04-05}};[[PERSON:최진숙]];[[KR_DRIVER_LICENSE:11-04-772103-60]];[[KR_CAR_PLATE:경기88자3307]];땅속작물수확기
{{date:2025-04-07}};;[[PERSON:임춘식]];[[KR_DRIVER_LICENSE:충북 05-331947-19]];[[KR_CAR_PLATE:119가 5104]];승용이앙기"""},

    {"id": "s12-f02-018", "kind": "letter", "text": """면장님께.
저는 고당리 이장 [[PERSON:남기창]]입니다. 우리 마을 [[PERSON:신옥분]] 할머니([[BIRTH_DATE:1939년 9월]]생)가 혼자 사시는 집이 지난 장마에 흙벽이 무너져서 빈집 정비 말고 주거환경 개선으로 도와주실 수 있는지 부탁드립니다. 할머니 주소는 [[KR_ADDRESS:고당리 155번지]]이고 전화가 없어 제 번호([[PHONE_NUMBER:010-5567-0912]])로 연락 주십시오."""},
]
