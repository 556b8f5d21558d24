# batch 09 - mixed offices; partial/masked dates, no-PII notices. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-09-001", "kind": "call_note", "text": """[상담 요약] 상담번호 {{receipt_number:2411-0918}}
신청인: [[PERSON:홍○○]] (본인 요청으로 이름 일부 가림), [[BIRTH_DATE:90년 X월]]생이라고만 말함
내용: 전세사기 피해자 지원 신청 자격 문의. 계약일 {{date:2022.06.15}}, 경매개시일 {{date:2024.08.01}}.
피해주택: [[KR_ADDRESS:수원시 권선구 세류로 52번길 17-6, 401호]]
회신: 문자 [[PHONE_NUMBER:010-8821-3067]], 전세피해지원센터 {{public_number:1533-8119}} 안내"""},

{"id": "s2-09-002", "kind": "table", "text": """2024 하반기 공공근로 참여자 배치표
연번,성명,생년월일,배치부서,근무기간,비고
1,[[PERSON:태정순]],[[BIRTH_DATE:1961.11.11]],공원녹지과,{{date:2024.07.01}}~{{date:2024.12.20}},
2,[[PERSON:은민호]],[[BIRTH_DATE:1967.03.22]],자원순환과,{{date:2024.07.01}}~{{date:2024.12.20}},
3,[[PERSON:라경미]],[[BIRTH_DATE:1974.08.30]],민원여권과,{{date:2024.07.08}}~{{date:2024.12.20}},중도포기 {{date:2024.09.13}}
4,[[PERSON:변춘식]],[[BIRTH_DATE:1959.05.17]],공원녹지과,{{date:2024.07.01}}~{{date:2024.12.20}},"""},

{"id": "s2-09-003", "kind": "email", "text": """제목: RE: 교원 연수 등록 확인

[[PERSON:안채윤]] 선생님,
연수 등록 확인되었습니다. 연수번호 {{receipt_number:TR-2024-1183}}, 연수기간 {{date:2025.1.6}}~{{date:1.10}}.
등록 정보상 생년월일이 [[BIRTH_DATE:1988.12.3]]으로 되어 있는데 맞는지 확인 바랍니다.
교직원번호 [[EMPLOYEE_ID:J1301-4429]]도 함께 확인 부탁드립니다.

경기도교육연수원 [[PERSON:성지환]] 드림 | [[EMAIL_ADDRESS:jhsung@goe-edu.kr]] | 연수 문의 {{public_email:training@goe-edu.kr}}"""},

{"id": "s2-09-004", "kind": "notice", "text": """개인정보 처리방침 개정 안내
시행일자: {{date:2024년 12월 1일}}
주요 변경: 민원 신청 시 생년월일 수집 항목을 '선택'으로 변경
이전 방침: {{date:2023년 5월 1일}} ~ {{date:2024년 11월 30일}} 적용
개인정보 보호책임자: 정보통신과장 / {{public_email:privacy@yongin.go.kr}} / {{public_number:031-324-2114}}"""},

{"id": "s2-09-005", "kind": "intake", "text": """재가 방문요양 상담기록
상담일 {{date:2024.10.28}}
대상자: [[PERSON:표영자]]  만 91세  생일: 음력 [[BIRTH_DATE:4월 8일]] (석가탄신일과 같아 기억함)
주민등록상 생년월일: [[BIRTH_DATE:1933년 5월 31일]]
장기요양인정번호 L1234509876, 유효기간 {{date:2026.03.31}}
주보호자: 며느리 [[PERSON:차미숙]] [[PHONE_NUMBER:010-9350-6271]], 주소 [[KR_ADDRESS:용인시 처인구 모현읍 독조로 77, 가동 102호]]"""},

{"id": "s2-09-006", "kind": "complaint", "text": """우리 아버님([[PERSON:엄상철]], 올해 85세, [[BIRTH_DATE:39년 1월]]생) 교통카드 어르신 무임 등록을 {{date:10월 14일}} 동사무소에서 했는데 아직도 요금이 나갑니다.
{{date:10월 16일}} {{time:08:31}} {{amount:1,500원}}, {{date:10월 17일}} {{time:08:29}} {{amount:1,500원}} 찍혀 있어요.
확인 부탁드립니다. 며느리 [[PERSON:탁선희]], [[PHONE_NUMBER:010-7126-5304]], [[EMAIL_ADDRESS:sunhee.tak@gmail.com]]"""},

{"id": "s2-09-007", "kind": "hr_form", "text": """사원 등록 카드
Name (KOR/ENG): [[PERSON:문준서]] / [[PERSON:MOON JUNSEO]]
Employee ID: [[EMPLOYEE_ID:N24-00931]]
Birth: [[BIRTH_DATE:1998.06.30]]
Start date: {{date:2024.07.01}}  Probation ends: {{date:2024.09.30}}
Personal e-mail: [[EMAIL_ADDRESS:junseo.moon98@gmail.com]]  Work e-mail: [[EMAIL_ADDRESS:js.moon@nexgrid.co.kr]]
Address: [[KR_ADDRESS:성남시 분당구 대왕판교로 606번길 45, 6층]]"""},

{"id": "s2-09-008", "kind": "school_form", "text": """학생 건강 상태 조사서
학번: [[STUDENT_ID:2-1-24]]  성명: [[PERSON:제시우]]  생일: [[BIRTH_DATE:12월 24일]]
출생 시 체중: 2.6kg (예정일 {{date:1월 10일}}보다 일찍 태어남)
예방접종 최종: {{date:2023.10.15}}
보호자 서명일 {{date:2024.03.05}}  보호자 [[PERSON:제혜원]]"""},

{"id": "s2-09-009", "kind": "memo", "text": """사망자 명의 정리 체크
고 [[PERSON:피정길]] 님 (生 [[BIRTH_DATE:1941. 3. 1.]] / 卒 {{date:2024. 9. 21.}})
- 상속인: 장남 [[PERSON:피영수]](생 [[BIRTH_DATE:1966. 8. 12.]]), 장녀 [[PERSON:피영미]](생 [[BIRTH_DATE:1969. 1. 30.]])
- 자동차 이전 기한 {{date:2025. 3. 31.}}
- 상속세 신고기한 {{date:2025. 3. 31.}}
장남 주소 [[KR_ADDRESS:수원시 팔달구 팔달문로 123, 5층 502호]]"""},

{"id": "s2-09-010", "kind": "export", "text": """"id","name","birth","gender","joined","email"
"m0091","[[PERSON:한지후]]","[[BIRTH_DATE:2001-02-19]]","F","{{date:2023-02-19}}","[[EMAIL_ADDRESS:jihoo.han01@naver.com]]"
"m0092","[[PERSON:국시현]]","[[BIRTH_DATE:1999-09-09]]","M","{{date:2023-03-01}}","[[EMAIL_ADDRESS:sihyun99@kakao.com]]"
"m0093","[[PERSON:여세빈]]","[[BIRTH_DATE:2003-06-18]]","F","{{date:2023-06-18}}","[[EMAIL_ADDRESS:sebin.yeo@daum.net]]\""""},

{"id": "s2-09-011", "kind": "ocr", "text": """출 생 신 고 서
자녀  성명 [[PERSON:곽 도 원]]   출생일시 [[BIRTH_DATE:2024 년 10 월 13 일]] {{time:15 시 22 분}}
      출생장소 {{org_name:용인세브란스병원}}
부    성명 [[PERSON:곽 민 혁]]   생년월일 [[BIRTH_DATE:1991 . 07 . 08]]
모    성명 [[PERSON:성 아 름]]   생년월일 [[BIRTH_DATE:1993 . 12 . 27]]
신고일 {{date:2024 년 10 월 21 일}}   신고인 연락처 [[PHONE_NUMBER:010 - 4827 - 3390]]"""},

{"id": "s2-09-012", "kind": "sms", "text": """[[PERSON:서준]]아 아빠야. 학교 서류에 생년월일 [[BIRTH_DATE:2010.3.4]] 쓰고 학번 [[STUDENT_ID:30506]] 적어서 금요일({{date:3/8}})까지 내. 엄마 생일은 [[BIRTH_DATE:3월 14일]]이고 네 생일이 [[BIRTH_DATE:3월 4일]]이야 헷갈리지 말고 ㅋ"""},

{"id": "s2-09-013", "kind": "minutes", "text": """사례회의록 (통합사례관리)
일시 {{date:2024.10.10}} {{time:14:00}} / 장소 {{place_name:중원구청 4층 소회의실}}
사례: [[PERSON:길○영]] 가구 (세대주 [[BIRTH_DATE:1983.05.10]]생, 자녀 2명: [[BIRTH_DATE:2012.08.01]]생, [[BIRTH_DATE:2015.02.20]]생)
참석: [[PERSON:류민경]](구청), [[PERSON:황재희]](복지관), [[PERSON:신동진]](지역아동센터)
결정: 긴급생계비 {{amount:1,830,000원}} {{date:10.15}} 지급, 다음 회의 {{date:11.14}}"""},

{"id": "s2-09-014", "kind": "case_report", "text": """Incident report - fall in day-care centre
Resident: Mrs. [[PERSON:Oh Bok-nam]] (DOB [[BIRTH_DATE:12/05/1936]], age 88)
Date/time of incident: {{date:03/11/2024}} {{time:10:15}}
Reported by: [[PERSON:Yoon Sora]], care worker, staff no. [[EMPLOYEE_ID:CW-117]]
Family informed: son [[PERSON:Oh Jaesik]] [[PHONE_NUMBER:010-5519-2083]] on {{date:03/11/2024}}"""},

{"id": "s2-09-015", "kind": "complaint", "text": """{{date:24년 10월 30일}} 시청 홈페이지에 올린 민원 처리기한이 {{date:11월 13일}}인데 오늘 {{date:11월 14일}}이 되도록 답이 없습니다. 민원번호 {{receipt_number:2AA-2410-3351902}}.
[[PERSON:양다빈]] ([[KR_ADDRESS:수원시 장안구 송원로 55, 505동 1802호]])"""},

{"id": "s2-09-016", "kind": "table", "text": """교직원 연락망 (3학년부)
| 직원번호 | 성명 | 담당 | 휴대전화 | 메일 |
| [[EMPLOYEE_ID:T-0913]] | [[PERSON:노승희]] | 3-1 | [[PHONE_NUMBER:010-4403-8271]] | [[EMAIL_ADDRESS:shroh@school-demo.kr]] |
| [[EMPLOYEE_ID:T-1102]] | [[PERSON:맹정우]] | 3-2 | [[PHONE_NUMBER:010-2917-5560]] | [[EMAIL_ADDRESS:jwmaeng@school-demo.kr]] |
| [[EMPLOYEE_ID:T-1245]] | [[PERSON:심다정]] | 3-3 | [[PHONE_NUMBER:010-6682-0134]] | [[EMAIL_ADDRESS:djshim@school-demo.kr]] |
교무실 {{public_number:031-271-4020}} / 갱신 {{date:2024.03.02}}"""},
]
