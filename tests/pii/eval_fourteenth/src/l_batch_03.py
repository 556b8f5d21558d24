# Writer l, batch 03: 출입국, 체류, 외국인주민 - CC0 1.0, all values invented.
DOCS = [
{"id": "s14-l03-001", "kind": "form", "text": """통합신청서 (신고서) / APPLICATION FORM
[ ] 외국인등록  [v] 체류기간 연장허가  [ ] 체류자격 변경

성 Surname: [[PERSON:NGUYEN]]   명 Given names: [[PERSON:THI LAN ANH]]
생년월일 Date of Birth: [[BIRTH_DATE:1993 년 07 월 21 일]]   성별: F
국적 Nationality: VIETNAM
외국인등록번호 Alien Registration No.: [[KR_FRN:930721-6123457]]
여권번호 Passport No.: [[KR_PASSPORT:C4827106]]  여권발급일 {{date:2022.05.10}}  여권유효기간 {{date:2032.05.10}}
대한민국 내 주소: [[KR_ADDRESS:경기도 수원시 권선구 세권로 214, 104동 1102호(권선동)]]
전화번호: (없음)  휴대전화: [[PHONE_NUMBER:010-2391-8846]]
신청일 {{date:2025. 4. 16.}}   신청인 서명 [[PERSON:Nguyen Thi Lan Anh]]"""},

{"id": "s14-l03-002", "kind": "complaint", "text": """출입국 예약이 너무 어렵습니다. 하이코리아에서 수원출입국 체류연장 예약이 {{date:한 달 뒤}}까지 꽉 차 있어요. 제 아내 [[PERSON:리우팡]](刘芳, [[BIRTH_DATE:1990.11.02]]) F-6 비자 만료가 {{date:5월 31일}}인데 어떡하나요? 외국인등록번호는 [[KR_FRN:901102-6******]]입니다.
남편 [[PERSON:강재성]] [[PHONE_NUMBER:010-4021-7785]]
※ 외국인종합안내센터 {{public_number:1345}}는 계속 통화중입니다."""},

{"id": "s14-l03-003", "kind": "letter", "text": """출입국에 관한 사실증명 (출력)
성명: [[PERSON:이 수 아]]     생년월일: [[BIRTH_DATE:1988-03-09]]
여권번호: [[KR_PASSPORT:M82391047]]
조회기간: {{date:2023-01-01}} ~ {{date:2024-12-31}}
| 출국일 | 입국일 | 출입국항 |
| {{date:2023-02-11}} | {{date:2023-02-19}} | 인천공항 |
| {{date:2024-07-30}} | {{date:2024-08-06}} | 김해공항 |
발급번호 {{document_number:1234-5678-9012-3456}} / 발급일 {{date:2025-01-08}}"""},

{"id": "s14-l03-004", "kind": "chat", "text": """(외국인주민지원센터 카톡 상담)
상담사: 안녕하세요 [[PERSON:Aziz]]님, 외국인등록증 재발급은 출입국에서만 돼요.
[[PERSON:Aziz]]: teacher, my card lost. number [[KR_FRN:870315-5280414]]. passport [[KR_PASSPORT:FA3328109]] ok?
상담사: 네 여권 가지고 가시면 돼요. 수수료 {{amount:3만원}}이에요.
[[PERSON:Aziz]]: my boss [[PERSON:정현우]] 사장님 say go {{date:friday}}
상담사: 예약하세요~ 도움 필요하면 [[PERSON:사라]] 선생님(우즈벡어) 수요일 계세요."""},

{"id": "s14-l03-005", "kind": "form", "text": """체류지 변경신고서
성명: [[PERSON:WANG, XIAOMING]] (王晓明)
외국인등록번호: [[KR_FRN:950828-5043916]]
구 체류지: [[KR_ADDRESS:서울특별시 구로구 디지털로32길 97, 3층 302호]]
신 체류지: [[KR_ADDRESS:경기도 성남시 수정구 산성대로 382, 태평빌라 B01호]]
전입일: {{date:2025.03.02}}  신고일: {{date:2025.03.10}}
연락처: [[PHONE_NUMBER:010-5830-2214]]
※ 전입일로부터 {{date:15일}} 이내 신고 (위반 시 과태료)"""},

{"id": "s14-l03-006", "kind": "complaint", "text": """결혼이민자 [[PERSON:Maria Cristina Santos]](필리핀, [[BIRTH_DATE:12 MAY 1991]])의 남편입니다. 아내 국적취득(귀화) 신청을 {{date:2023년 10월}}에 했는데 아직도 면접 안내가 없습니다. 접수번호 {{case_number:귀화-2023-0918772}}입니다. 용인시 다문화센터에 물어도 모른다네요.
아내 여권 [[KR_PASSPORT:P4410972A]], 외국인등록번호 [[KR_FRN:910512-6******]]
저 [[PERSON:전상훈]] / [[KR_ADDRESS:용인시 처인구 백암면 백암로 201-14]] / [[PHONE_NUMBER:010-9128-4406]]"""},

{"id": "s14-l03-007", "kind": "table", "text": """고용허가제 외국인근로자 명부 (사업장: {{org_name:대성농산}} / 대표 [[PERSON:오대성]] / 사업자번호 [[KR_BRN:124-23-5510?]])
No.	성명	국적	생년월일	외국인등록번호	입국일
1	[[PERSON:SAMAN KUMARA]]	스리랑카	[[BIRTH_DATE:1995.09.14]]	[[KR_FRN:950914-5918371]]	{{date:2023.04.20}}
2	[[PERSON:PHEAK VANNAK]]	캄보디아	[[BIRTH_DATE:1998.01.30]]	[[KR_FRN:980130-5720118]]	{{date:2023.04.20}}
3	[[PERSON:BAYARMAA]]	몽골	[[BIRTH_DATE:2001.06.05]]	[[KR_FRN:010605-8021547]]	{{date:2024.11.02}}"""},

{"id": "s14-l03-008", "kind": "email", "text": """보낸사람: [[PERSON:Tanaka Yuki]] <[[EMAIL_ADDRESS:yuki.tanaka.0822@yahoo.co.jp]]>
받는사람: 성남시 외국인주민지원팀 <{{public_email:foreigner@seongnam.go.kr}}>

はじめまして。성남시에 사는 일본인 [[PERSON:田中 由紀]]입니다. 한국어 조금 해요.
아이 [[PERSON:田中 陽太]] ([[BIRTH_DATE:2019年3月8日]]生まれ) 어린이집 입소를 위해 외국인등록사실증명이 필요하다고 합니다. 어디서 발급하나요?
私の外国人登録番号: [[KR_FRN:880822-6******]]
よろしくお願いします。"""},

{"id": "s14-l03-009", "kind": "memo", "text": """[외국인 지원 상담일지 {{date:2025-05-02}}]
내담자: [[PERSON:Olga Petrova]] (러시아, 고려인 4세, D-4→F-4 변경 희망)
생년월일: [[BIRTH_DATE:2004/10/17]]
연락처: [[PHONE_NUMBER:+7 915 208-44-61]](러시아), 국내 [[PHONE_NUMBER:010-3382-9071]]
주소: [[KR_ADDRESS:안산시 단원구 다문화길 27, 402호]]
상담내용: 한국어능력시험 4급 취득, 변경서류 안내함. 다음 상담 {{date:5/16}}
상담사: [[PERSON:심보람]]"""},

{"id": "s14-l03-010", "kind": "sms", "text": """[법무부] [[PERSON:HOANG MINH DUC]]님 체류기간({{date:2025.06.30}}까지) 만료 30일 전입니다. 하이코리아(www.hikorea.go.kr)에서 연장 신청하세요. 미신청 시 범칙금 부과. 문의 {{public_number:1345}}"""},

{"id": "s14-l03-011", "kind": "form", "text": """신원보증서 (Letter of Guarantee)
피보증외국인: [[PERSON:ZHANG WEI]] / 생년월일 [[BIRTH_DATE:1976.4.3]] / 여권 [[KR_PASSPORT:EJ5813204]]
신원보증인: [[PERSON:최경희]] / 주민등록번호 [[KR_RRN:680912-282441?]]
보증인 주소: [[KR_ADDRESS:수원시 장안구 정자천로 80 화서역파크푸르지오 101-2405]]
보증인 전화: [[PHONE_NUMBER:010 4491 2076]]
보증기간: {{date:2025.05.01}}부터 {{date:4년}}
관계: 시어머니"""},

{"id": "s14-l03-012", "kind": "complaint", "text": """성남 외국인주민센터 통역 서비스 칭찬합니다. 베트남어 통역 [[PERSON:쩐티투이]] 선생님 덕분에 병원에서 제 처 [[PERSON:팜티흐엉]] 출산 상담을 잘 받았어요. 아기는 [[BIRTH_DATE:4월 19일]]에 태어났습니다. 감사합니다. - [[PERSON:윤재호]] 드림"""},

{"id": "s14-l03-013", "kind": "report", "text": """불법체류 외국인 신고 접수 건 (내부)
신고일시 {{date:2025.02.27 15:20}}  신고자: 익명
피신고인 추정: [[PERSON:Akhmedov Bekzod]], 30대 남, 우즈벡
장소: [[KR_ADDRESS:화성시 팔탄면 율암길 112-7 제2공장]]
차량: 흰색 포터 [[KR_CAR_PLATE:경기91바4402]]
처리: 출입국·외국인청 통보 ({{document_number:외국인정책과-2231}})"""},

{"id": "s14-l03-014", "kind": "form", "text": """사증발급인정서 신청 - 초청인 정보
초청인: [[PERSON:김 민 혁]] 
주민번호: [[KR_RRN:850130-1******]]
피초청인: [[PERSON:Sri Wahyuni]] (INDONESIA) DOB: [[BIRTH_DATE:30-01-1996]]
Passport: [[KR_PASSPORT:C8213071]]
초청 사유: 결혼(F-6-1) / 혼인신고일 {{date:2024-12-20}}
초청인 소득: {{amount:연 3,420만원}} / 통장: 신한 [[BANK_ACCOUNT:110-382-559104]]"""},

{"id": "s14-l03-015", "kind": "notice", "text": """외국인등록증 → 외국인등록번호 안내
외국인등록번호는 {{code:YYMMDD-5XXXXXX}} 형식이며, 뒷자리 첫 숫자(5~8)로 성별과 출생연대를 구분합니다.
예) {{code:000101-7000000}} (예시이며 실제 번호 아님)
수수료 납부계좌: {{public_account:우체국 012345-01-000123}} (예금주 {{org_name:수원출입국·외국인사무소}})"""},
]
