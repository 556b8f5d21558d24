# Writer g, batch 07: mixed messy records across the disaster/safety domains. CC0 1.0. All values invented.
DOCS = [
{"id": "s13-g07-001", "kind": "ocr_scan", "text": """재 난 지 원 금  수 령 확 인 서
성명：[[PERSON:소 팔 순]]　　생년월일：[[BIRTH_DATE:１９４３．０５．２７]]
주소：[[KR_ADDRESS:경기도　용인시　처인구　모현읍　왕산리　３８１－２번지]]
전화：[[PHONE_NUMBER:０３１－３３７－４０９２]]
수령액：{{amount:금　일백만원정}}　　수령일：{{date:２０２３．０８．１１．}}
상기 금액을 틀림없이 수령하였음.　　수령인　[[PERSON:소팔순]]　（인）"""},

{"id": "s13-g07-002", "kind": "call_note", "text": """120 상담메모 {{date:23/08/14 15:02}} (상담사 #{{code:0417}})
- 민원인 [[PERSON:권 미 향]] / 본인 생일 [[BIRTH_DATE:780615]] 불러줌 / 회신번호 [[PHONE_NUMBER:O1O-3827-5564]] (O 아니고 0)
- 재난지원금 신청 때 카드로 받는 걸로 했는데 지역화폐 카드 번호가 [[CREDIT_CARD:9490 8870 2231 045?]] 맞냐고 문의
- 시스템상 카드 끝자리 일치, 충전예정일 {{date:8/18}} 안내
- 주소 변경 여부: 기존 [[KR_ADDRESS:권선구 금곡로 102번길 20 (금곡동, 엘지빌리지 308동 1401호)]] 그대로"""},

{"id": "s13-g07-003", "kind": "email", "text": """> -----Original Message-----
> From: [[PERSON:Hyun-woo Seok]] <[[EMAIL_ADDRESS:hw.seok@snu.example]]>
> Sent: Monday, July 17, 2023 9:12 PM
> Subject: My parents' house in Suwon - flood damage

Dear Sir/Madam, my parents [[PERSON:Seok Man-gu]] (b. [[BIRTH_DATE:Mar 2, 1950]]) and [[PERSON:Kang Ok-ja]] live at [[KR_ADDRESS:27-4, Maesan-ro 3-ga, Paldal-gu, Suwon]]. Their basement flooded on {{date:July 15}}. They do not use email; could you call my mother at [[PHONE_NUMBER:+82-10-6205-1147]]? Thank you.

--
회신: [[PERSON:석현우]]님, 부모님께 {{date:7/18}} 방문 조사 완료했습니다. 매산동 [[PERSON:지태호]] 드림"""},

{"id": "s13-g07-004", "kind": "short_note", "text": """[[PERSON:최○○]](여, [[BIRTH_DATE:'58]]) 대피소 입소 거부→경로당 임시거처. 담당 복지사 [[PHONE_NUMBER:010-9172-XXXX]]"""},

{"id": "s13-g07-005", "kind": "form", "text": """화재피해 주민 긴급지원 신청서(세대원 현황)
관계 | 성명 | 주민등록번호 | 비고
본인 | [[PERSON:양재호]] | [[KR_RRN:720301-1******]] | 
처 | [[PERSON:육 혜 진]] | [[KR_RRN:741122 - 2 ******]] | 
자 | [[PERSON:양지호]] | [[KR_RRN:051018-3******]] | 고2 (학생증 학번 [[STUDENT_ID:20517]])
자 | [[PERSON:양서호]] | [[KR_RRN:080229-4******]] | 
화재주소: [[KR_ADDRESS:수원시 장안구 조원로 18번길 11-3]] / 화재일 {{date:2024.1.27}} / 소실면적 {{statistic:66㎡}}
현재 거처: 큰아버지 댁 [[KR_ADDRESS:화성시 봉담읍 동화길 41, 102-1503]]"""},

{"id": "s13-g07-006", "kind": "spreadsheet", "text": """이름;생년월일;실종신고일;발견일;발견장소;보호자연락처
[[PERSON:마순덕]];[[BIRTH_DATE:1941/7/19]];{{date:2024/2/3}};{{date:2024/2/3}};{{place_name:광교역 대합실}};[[PHONE_NUMBER:010-2257-0931]]
[[PERSON:남귀남]];[[BIRTH_DATE:1944/12/24]];{{date:2024/2/11}};{{date:2024/2/12}};{{place_name:원천저수지 둘레길}};[[PHONE_NUMBER:010-4136-8820]]
[[PERSON:허OO]];[[BIRTH_DATE:1939/1/1]](주민등록상);{{date:2024/3/5}};미발견;-;[[PHONE_NUMBER:031-203-5516]]"""},

{"id": "s13-g07-007", "kind": "letter", "text": """[[PERSON:은주]]야 고마워, 어제 불났을 때 우리 [[PERSON:하람]]이 데리고 나와준 거 평생 못 잊을 거야. 
소방서에서 연락 와서 감사장 준다고 네 이름이랑 연락처 알려달래서 [[PHONE_NUMBER:010 2739 4418]]로 알려줬어. 괜찮지? 
- [[KR_ADDRESS:태평동 7301번지 3층]] 언니가"""},

{"id": "s13-g07-008", "kind": "export", "text": """{"claim_id":"{{case_number:SW-FLD-23-08812}}","applicant":"[[PERSON:하은결]]","dob":"[[BIRTH_DATE:1995-04-09]]","addr":"[[KR_ADDRESS:경기도 수원시 팔달구 덕영대로 899번길 8-2 B01호]]","tel":"[[PHONE_NUMBER:01048820317]]","email":"[[EMAIL_ADDRESS:eungyeol95@kakao.com]]","bank":"088","acct":"[[BANK_ACCOUNT:110471092285]]","submitted_at":"{{date:2023-07-19T10:44:21+09:00}}","client_ip":"[[IP_ADDRESS:175.223.19.48]]","status":"APPROVED"}"""},
]
