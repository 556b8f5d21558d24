# Writer h, batch 05: multicultural family support centres (registrations, case notes, programmes).
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h05-001", "kind": "registration_form", "text": """수원시가족센터(다문화) 이용자 등록카드
[결혼이민자]
성명: [[PERSON:응우옌 티 화]] / [[PERSON:NGUYEN THI HOA]]
국적: 베트남   입국일: {{date:2019.05.11}}   생년월일: [[BIRTH_DATE:1998.04.06]]
외국인등록번호: [[KR_FRN:980406-6147320]]
[배우자]
성명: [[PERSON:권혁진]]  생년월일: [[BIRTH_DATE:1983.09.14]]  휴대폰: [[PHONE_NUMBER:010-6612-3098]]
[자녀]
[[PERSON:권하린]] (여, [[BIRTH_DATE:2020.12.02]]) / [[PERSON:권도윤]] (남, [[BIRTH_DATE:2023.03.27]])
주소: [[KR_ADDRESS:수원시 권선구 서둔로 97번길 12-5, 202호]]
등록일: {{date:2025.01.20}}  담당: [[PERSON:한소영]]
"""},

{"id": "s13-h05-002", "kind": "case_note", "text": """사례관리 상담일지 #{{case_number:CM-25-0117}}
일시: {{date:2025년 2월 6일 오후 2시}} / 장소: 가정방문
대상: [[PERSON:Maria Cristina Santos]](필리핀, [[BIRTH_DATE:1990년생]]) / 남편 [[PERSON:봉정호]]
내용: 남편이 생활비를 주지 않는다고 호소. 자녀([[PERSON:봉지아]], 초2) 학습지원 요청. 본국 송금 문제로 부부갈등.
연계: 여성긴급전화 {{public_number:1366}}, 법률구조공단 {{public_number:132}}
상담자: 사례관리사 [[PERSON:여미진]]
"""},

{"id": "s13-h05-003", "kind": "class_roster", "text": """한국어교실 2단계(화·목 10시) 수강생
1. [[PERSON:왕리]]([[PERSON:王丽]]) 中 [[PHONE_NUMBER:010-4490-7125]]
2. [[PERSON:Dilnoza Karimova]] UZB [[PHONE_NUMBER:010-2308-6671]]
3. [[PERSON:쏙 짠]]([[PERSON:Sokha Chan]]) KHM [[PHONE_NUMBER:010-9917-3402]]
4. [[PERSON:엥흐자르갈]] MNG [[PHONE_NUMBER:010-7751-0286]]
5. [[PERSON:Pornpimol]] THA [[PHONE_NUMBER:010-6234-5108]]
강사 [[PERSON:심윤정]] / 교재 『여성결혼이민자와 함께하는 한국어 2』
"""},

{"id": "s13-h05-004", "kind": "kakaotalk", "text": """[센터 통역 요청방]
[[[PERSON:원은지]]] 선생님 내일 보건소 예방접종 동행 통역 가능하실까요? 베트남어요
[[[PERSON:응웬 티 투 짱]]] 네 가능해요 몇시예요?
[[[PERSON:원은지]]] 10시 반이요~ 대상은 [[PERSON:팜 티 리엔]]씨 아기 [[PERSON:도하준]]([[BIRTH_DATE:24년 11월]]생)이에요. 엄마 번호 [[PHONE_NUMBER:010-3391-2076]]
[[[PERSON:응웬 티 투 짱]]] 알겠습니다 보건소 앞에서 만나요
"""},

{"id": "s13-h05-005", "kind": "driver_license_program", "text": """결혼이민자 운전면허 취득 지원사업 - 합격자 현황
성명 | 국적 | 면허종류 | 면허번호 | 취득일
[[PERSON:Hoang Thi Mai]] | 베트남 | 2종보통 | [[KR_DRIVER_LICENSE:11-24-187223-60]] | {{date:2024.11.19}}
[[PERSON:李婷]] | 중국 | 1종보통 | [[KR_DRIVER_LICENSE:13-25-009381-22]] | {{date:2025.01.07}}
[[PERSON:Ana Reyes]] | 필리핀 | 2종보통 | [[KR_DRIVER_LICENSE:경기 25-041176-93]] | {{date:2025.02.14}}
※ 필기시험 다국어 교재 지원 / 도로주행 학원비 {{amount:1인 50만원}} 한도
"""},

{"id": "s13-h05-006", "kind": "official_letter", "text": """수신: [[PERSON:지문숙]] 님 ([[KR_ADDRESS:용인시 처인구 백암면 백암로 201번길 33]])
제목: 다문화가족 자녀 언어발달지원 서비스 대상 선정 안내
1. 귀 가정의 자녀 [[PERSON:지윤서]]([[BIRTH_DATE:2021. 6. 15.]]생)가 언어발달지원 서비스 대상자로 선정되었음을 알려드립니다.
2. 서비스 기간: {{date:2025. 3. 4. ~ 2025. 8. 29.}} (주 2회, 회당 40분)
3. 담당 언어발달지도사: [[PERSON:반소라]] ([[PHONE_NUMBER:031-323-7749]])
용인시가족센터장
"""},

{"id": "s13-h05-007", "kind": "interpreter_log", "text": """통번역서비스 제공 일지
일자 {{date:2025-03-12}} / 통번역사 [[PERSON:Bolortuya]](몽골어) 직원번호 [[EMPLOYEE_ID:YIFC-T07]]
의뢰인: [[PERSON:Tsetsegmaa Bat]] / 외국인등록번호 [[KR_FRN:850922-6******]]
내용: 출입국·외국인청 체류기간 연장 서류 번역(혼인관계증명서). 배우자 [[PERSON:마동훈]] 주민등록번호 [[KR_RRN:780305-1******]]
소요시간: {{time:2시간 30분}}
"""},

{"id": "s13-h05-008", "kind": "startup_support", "text": """다문화 창업지원 선정자 정보
대표자: [[PERSON:Lê Thị Ngọc Anh]] (한국명 [[PERSON:이나경]], {{date:2022년}} 귀화)
상호: 안비엣 쌀국수 (개인)
사업자등록번호: [[KR_BRN:135-15-7702?]]
사업장: [[KR_ADDRESS:수원시 팔달구 매산로 1가 37-8 1층]]
주민등록번호: [[KR_RRN:920117-254813?]]
지원금 입금계좌: 새마을금고 [[BANK_ACCOUNT:9002-1874-3360-5]]
"""},

{"id": "s13-h05-009", "kind": "complaint", "text": """다문화센터에 불만 있어요. 우리 와이프 ([[PERSON:누엔 티 란]]) 한국어 수업 신청했는데 정원 찼다고 대기 {{statistic:12번}}이래요. 작년에도 그랬어요. 애기([[BIRTH_DATE:2022년 8월]]생) 때문에 오전반만 되는데 오전반은 맨날 꽉 차있고. 반을 늘려주시던지 하세요. [[PERSON:성태민]] [[PHONE_NUMBER:010-2219-8845]]
"""},

{"id": "s13-h05-010", "kind": "visiting_education_log", "text": """방문교육지도사 활동보고 ({{date:3월 4주차}})
지도사: [[PERSON:국혜련]]
| 대상자 | 주소 | 방문일 | 내용 |
| [[PERSON:Jiang Yan]] | [[KR_ADDRESS:성남시 중원구 금빛로 21, 은행주공 103동 1408호]] | {{date:3/24}} | 한국어 4단계 7과 |
| [[PERSON:Siti Rahmawati]] | [[KR_ADDRESS:성남시 수정구 수정로 171번길 28-3 반지하]] | {{date:3/25}} | 부모교육(임신기) |
| [[PERSON:Kanokwan]] | [[KR_ADDRESS:성남시 중원구 상대원동 5-112]] | {{date:3/27}} | 자녀생활(초등 입학 준비) |
"""},

{"id": "s13-h05-011", "kind": "email", "text": """From: 통번역사 [[PERSON:우소현]] <[[EMAIL_ADDRESS:woosh.interp@gmail.com]]>
To: [[PERSON:김민아]] 팀장 <[[EMAIL_ADDRESS:mina.kim@snfamily.or.kr]]>
Cc: {{public_email:info@snfamily.or.kr}}
Date: {{date:2025.04.03 18:11}}

팀장님, 오늘 법원 통역 건 정리해서 보냅니다. 당사자 [[PERSON:Zhang Wei]]씨 여권번호는 [[KR_PASSPORT:EA7319406]], 생년월일은 [[BIRTH_DATE:1987.02.28]]로 확인했습니다. 다음 기일은 {{date:5월 8일}}입니다.
"""},

{"id": "s13-h05-012", "kind": "birth_notice", "text": """[센터 소식지 - 축하합니다]
한국어교실 [[PERSON:Thu Hang]]님 가정에 예쁜 딸([[PERSON:라온]])이 태어났어요! 산모와 아기 모두 건강합니다 🎉
※ 출생일과 같은 날짜 표기 주의: 아기 생일은 [[BIRTH_DATE:2025년 3월 30일]]이고 {{date:4월 2일}}은 퇴원일입니다(편집자)
"""},

{"id": "s13-h05-013", "kind": "children_program_list", "text": """이중언어 가족환경 조성사업 참여가정 (2025)
가정 | 부 | 모(국적) | 자녀(생년월)
A | [[PERSON:탁영민]] | [[PERSON:Yamada Aiko]](일본) | [[PERSON:탁유나]]([[BIRTH_DATE:2019.08]]), [[PERSON:탁유진]]([[BIRTH_DATE:2021.10]])
B | [[PERSON:엄기현]] | [[PERSON:Liu Fang]](중국) | [[PERSON:엄서아]]([[BIRTH_DATE:2020.02]])
C | [[PERSON:하상진]] | [[PERSON:Maricel Bautista]](필리핀) | [[PERSON:하준호]]([[BIRTH_DATE:2018.05]])
"""},

{"id": "s13-h05-014", "kind": "call_center_note", "text": """다누리콜센터 이관 메모
{{date:2025.05.09 22:40}} 러시아어 상담원 → 용인센터
내담자: [[PERSON:Aliya Nurlanovna]] (카자흐스탄) / [[PHONE_NUMBER:010-4106-3389]]
거주지: [[KR_ADDRESS:용인시 기흥구 신갈로 58번길 11-4 101호]]
주호소: 남편 폭언, 외국인등록증을 남편이 보관하고 돌려주지 않음(등록번호 본인도 모름)
긴급성: 중 / 익일 사례관리사 연락 요망
"""},

{"id": "s13-h05-015", "kind": "one_line", "text": """통역비 지급 [[PERSON:Batbayar]] 국민 [[BANK_ACCOUNT:057-21-0388-412]] {{amount:60,000원}} ({{date:5/21}} 법원)"""},

{"id": "s13-h05-016", "kind": "family_event_application", "text": """다문화가족 한마음 체육대회 참가신청
가족대표: [[PERSON:길태훈]] ☎ [[PHONE_NUMBER:010-7039-5124]]
가족구성원: 배우자 [[PERSON:Nguyen Thi Thanh Thuy]]([[BIRTH_DATE:1995.03.03]]), 자녀 [[PERSON:길하온]]([[BIRTH_DATE:2017.07.07]]), [[PERSON:길하람]]([[BIRTH_DATE:2019.11.22]])
참가종목: 가족 줄다리기, 이어달리기
차량 이용: 자가용 [[KR_CAR_PLATE:231러 8806]]
행사일 {{date:2025. 5. 24.(토)}} 용인시민체육공원
"""},

{"id": "s13-h05-017", "kind": "mentoring_match", "text": """결혼이민자 멘토링 매칭 결과
멘토 [[PERSON:진선화]] (선배 이민자, {{date:2011년}} 입국, 중국) - 멘티 [[PERSON:Wu Jing]] ({{date:2024년 9월}} 입국)
멘토 [[PERSON:Rosalinda]] (필리핀) - 멘티 [[PERSON:Jocelyn Dela Cruz]]
멘토 [[PERSON:팜 투 히엔]] (베트남) - 멘티 [[PERSON:레 티 꾹]]
첫 모임 {{date:6월 3일 화요일 오후 2시}}, 센터 2층 프로그램실
"""},

{"id": "s13-h05-018", "kind": "naturalization_support", "text": """귀화 필기시험 대비반 신청서
이름: [[PERSON:Olimova Gulnora]]
생년월일: [[BIRTH_DATE:16/10/1993]]
외국인등록번호: [[KR_FRN:931016 - 6082144]]
여권번호: [[KR_PASSPORT:FA0774315]] (우즈베키스탄)
주소: [[KR_ADDRESS:화성시 향남읍 발안로 45-11, 3층 302호]]
연락처: [[PHONE_NUMBER:010.5580.2761]]
"""},
]
