# Writer i, batch 03: E-9 foreign workers, employment permits and their employers. CC0 1.0, all invented.
DOCS = [
{"id": "s13-i03-001", "kind": "form", "text": """외국인근로자 고용허가서 발급신청서
사업주 성명 [[PERSON:엄태식]]   생년월일 [[BIRTH_DATE:1968.04.30]]
사업장명 {{org_name:태식농원}}(개인) / 사업자등록번호 [[KR_BRN:124-21-6031?]]
소재지 [[KR_ADDRESS:경기도 용인시 처인구 원삼면 고당로 285-11]]
업종 : 작물재배업(시설원예) / 상시근로자 {{statistic:3명}}
구인신청 인원 : 2명 (E-9, 캄보디아 희망)
담당자 연락처 [[PHONE_NUMBER:010-5237-4018]] / 팩스 {{public_number:031-332-4019}}
신청일 {{date:2025년 1월 9일}}"""},

{"id": "s13-i03-002", "kind": "register", "text": """외국인근로자 명부 (사업장: 금강주물)
순번	성명(영문)	국적	외국인등록번호	여권번호	입국일	생년월일
1	[[PERSON:SOK PISETH]]	캄보디아	[[KR_FRN:960722-5491027]]	[[KR_PASSPORT:N01298344]]	{{date:2022-11-03}}	[[BIRTH_DATE:22-JUL-1996]]
2	[[PERSON:HENG SOVANNARA]]	캄보디아	[[KR_FRN:990114-5220839]]	[[KR_PASSPORT:N02117560]]	{{date:2023-04-18}}	[[BIRTH_DATE:14-JAN-1999]]
3	[[PERSON:MUHAMMAD RIZKI PRATAMA]]	인도네시아	[[KR_FRN:010305-7163405]]	[[KR_PASSPORT:C4471920]]	{{date:2024-02-27}}	[[BIRTH_DATE:05-MAR-2001]]
4	[[PERSON:DILSHOD TOSHMATOV]]	우즈베키스탄	[[KR_FRN:910918-5077312]]	[[KR_PASSPORT:FA2087714]]	{{date:2021-09-09}}	[[BIRTH_DATE:18-SEP-1991]]"""},

{"id": "s13-i03-003", "kind": "complaint", "text": """사업장 변경 신청 사유서 (본인 작성, 한국어 서툼)
저는 [[PERSON:타파 비카스]] 입니다. 네팔 사람 이에요. 생일 [[BIRTH_DATE:1998년11월02일]].
사장님 [[PERSON:하동근]] 이 월급 3달 안줬어요. 기숙사는 비닐하우스 안에 컨테이너 이고 겨울에 너무 추워요.
주소 [[KR_ADDRESS:경기 이천시 마장면 서이천로 412번길 87-2]] 농장 이에요.
제 전화 [[PHONE_NUMBER:010 8821 9O47]] 입니다. 도와주세요."""},

{"id": "s13-i03-004", "kind": "email", "text": """From: [[EMAIL_ADDRESS:mlt.recruit.asia@gmail.com]]
To: [[EMAIL_ADDRESS:kim.jh@daeyoungplastic.co.kr]]
Subject: E-9 worker arrival schedule / 입국 일정

Dear Mr. [[PERSON:Kim Jong-hyeok]] ([[PERSON:김종혁]] 과장님),
Two workers will arrive at Incheon on {{date:March 4, 2025}} (flight {{code:VN 416}}).
 1) [[PERSON:PHAM DUC ANH]], DOB [[BIRTH_DATE:09/11/1995]], passport [[KR_PASSPORT:C7734021]]
 2) [[PERSON:LE THI NGOC]], DOB [[BIRTH_DATE:23/06/1999]], passport [[KR_PASSPORT:P00418637]]
Employment training at HRD Korea will be {{date:Mar 5-7}}.
Best regards,
[[PERSON:Tran Minh Quan]] / Hanoi office"""},

{"id": "s13-i03-005", "kind": "memo", "text": """고용센터 외국인고용팀 민원 메모 ({{date:2/11}})
사업주 [[PERSON:진성필]] 방문(사업자번호 [[KR_BRN:503-08-2217?]], 돈사 운영). 근로자 [[PERSON:Md. Rakibul Hasan]](방글라데시, 외국인등록번호 [[KR_FRN:950630-5******]]) 이탈 신고하러 옴.
→ 근로자 본인은 어제 전화로 폭언 주장, 통역 [[PERSON:라나]] 선생님 통해 확인 예정. 이탈신고 보류.
사업주 휴대폰 [[PHONE_NUMBER:010-3319-7740]]"""},

{"id": "s13-i03-006", "kind": "sms_log", "text": """[발신] 한국산업인력공단 EPS → [[PHONE_NUMBER:010-2914-6608]]
Dear [[PERSON:ARUN KUMAR SHRESTHA]], your visa extension (재고용) was approved. New stay until {{date:2027.04.30}}. Call {{public_number:1577-0071}}.
[수신] [[PHONE_NUMBER:010-2914-6608]] → 사업주 [[PERSON:석명호]] 사장님
사장님 비자 연장 됐어요 감사합니다. 여권 번호 바꼈어요 새 여권 [[KR_PASSPORT:PA1193852]] 회사에 드릴게요"""},

{"id": "s13-i03-007", "kind": "letter", "text": """확 인 서

성      명 : [[PERSON:NYEIN CHAN AUNG]] ([[PERSON:녜인 찬 아웅]])
국      적 : 미얀마
외국인등록번호 : [[KR_FRN:930101-5601448]]
체 류 지 : [[KR_ADDRESS:경기도 화성시 팔탄면 시청로 1082-5, 기숙사 2동 104호]]
위 사람은 당사에서 {{date:2023. 5. 15.}}부터 현재까지 사출성형 업무에 종사하고 있음을 확인합니다.
(월 기본급 {{amount:2,096,270원}} / 주 40시간)
{{date:2025. 2. 19.}}
{{org_name:(주)새한폴리텍}} 대표이사 [[PERSON:봉준영]] (직인)"""},

{"id": "s13-i03-008", "kind": "spreadsheet", "text": """고용허가 갱신 대상자 (만료 90일 전)
사업장,대표,연락처,근로자,FRN,체류만료
우성축산,[[PERSON:편재만]],[[PHONE_NUMBER:010-6427-1103]],[[PERSON:Chanthy Roeun]],[[KR_FRN:970212-6184205]],{{date:2025-05-02}}
한빛정밀,[[PERSON:지혜련]],[[PHONE_NUMBER:031-8041-2296]],[[PERSON:Sanjeewa Perera]],[[KR_FRN:890727-5291116]],{{date:2025-05-19}}
한빛정밀,[[PERSON:지혜련]],[[PHONE_NUMBER:031-8041-2296]],[[PERSON:Kasun Dilshan]],[[KR_FRN:000304-7027419]],{{date:2025-05-19}}"""},

{"id": "s13-i03-009", "kind": "call_note", "text": """통역지원센터 3자통화 기록
- 시간: {{date:2025-02-24}} 11:05~11:31 / 언어: 베트남어 / 통역원 [[PERSON:응우옌 티 투이]]
- 근로자: [[PERSON:보 반 남]] ([[PERSON:Võ Văn Nam]]), [[BIRTH_DATE:1994년 12월 8일]]생
- 요지: 기숙사비 월 {{amount:35만원}} 공제에 동의한 적 없다고 주장. 계약서에는 {{amount:15만원}}으로 되어 있음.
- 사업주 측 담당 [[PERSON:육성희]] 실장(직통 [[PHONE_NUMBER:031)339-5817]])"""},

{"id": "s13-i03-010", "kind": "form", "text": """Standard Labor Contract / 표준근로계약서 (농축산업)
Employer / 사업주: [[PERSON:이창순]]   Tel: [[PHONE_NUMBER:010-9038-2451]]
Address / 소재지: [[KR_ADDRESS:경기도 안성시 일죽면 화봉리 377-4]]
Employee / 근로자: [[PERSON:KHIN MAUNG THAN]]   Date of birth: [[BIRTH_DATE:1992. 02. 16]]
Passport No. [[KR_PASSPORT:MH772014]]
Contract period: {{duration:36 months}} from the date of entry
Wage: {{amount:KRW 2,096,270}} per month / Bank account for wage: [[BANK_ACCOUNT:351-1190-4427-83]] (NH)"""},

{"id": "s13-i03-011", "kind": "note", "text": "외국인 여권번호 기재 예시: 베트남 {{code:C1234567}}, 캄보디아 {{code:N00000000}} 형식 — 실제 번호는 여권 사진면 우측 상단 확인. 문의: 외국인력상담센터 {{public_number:1644-0644}}"},

{"id": "s13-i03-012", "kind": "hr_export", "text": """[EPS 조회화면 복사]
근로자성명 : [[PERSON:GANBOLD TUMURBAATAR]]   성별 : 남   국가 : 몽골
생년월일 : [[BIRTH_DATE:19900725]]   여권번호 : [[KR_PASSPORT:E1920447]]
외국인등록번호 : [[KR_FRN:900725-5******]]
근로개시일 : {{date:20230612}}   고용허가기간만료 : {{date:20260611}}
사업장 : 대일판넬(사업자 {{business_number:220-81-66402}})"""},

{"id": "s13-i03-013", "kind": "complaint", "text": """Gửi trung tâm hỗ trợ lao động nước ngoài. Tôi là [[PERSON:Đỗ Thị Lan]], sinh ngày [[BIRTH_DATE:03/04/1996]]. Công ty ở [[KR_ADDRESS:화성시 양감면 정문송산로 162]] không trả lương tháng 12. Số điện thoại của tôi: [[PHONE_NUMBER:010-7145-2860]]. Chủ công ty tên là Park sajang. Xin giúp tôi."""},

{"id": "s13-i03-014", "kind": "memo", "text": """외국인 기숙사 점검 결과 — 점검자 [[PERSON:여민호]], [[PERSON:전가을]]
점검일 {{date:2025. 1. 30.}}
업체: {{org_name:성원농산}}(대표 [[PERSON:노성원]], [[KR_BRN:131-15-0482?]])
기숙사 위치: [[KR_ADDRESS:여주시 가남읍 본두리 238-1번지 내 조립식 건물]]
거주 근로자 {{statistic:4명}} 중 1명([[PERSON:Ratha]]) 부재. 화재감지기 미설치, 난방 전기패널 1개. 시정명령 예정."""},

{"id": "s13-i03-015", "kind": "form", "text": """외국인등록사실증명 발급 신청 (대리)
대상자 [[PERSON:Maria Cristina Dela Cruz]]
Alien Reg. No. [[KR_FRN:870419-6022915]]
Date of Birth [[BIRTH_DATE:April 19, 1987]]
대리인 [[PERSON:윤성애]] (사업장 인사담당) 주민번호 [[KR_RRN:770610-2******]]
대리인 연락처 [[PHONE_NUMBER:010-4400-1528]]"""},

{"id": "s13-i03-016", "kind": "email", "text": """안녕하세요 [[PERSON:배준호]] 사장님, 행정사 [[PERSON:우다현]]입니다.
사업장 변경 건 진행하려면 근로자 [[PERSON:Zarina Yusupova]] 씨 여권번호가 필요합니다. 보내주신 사진에서 [[KR_PASSPORT:AB1447092]]까지만 보이고 만료일 부분({{date:2029.06.11}})은 잘렸어요.
회신은 [[EMAIL_ADDRESS:dh.woo.visa@gmail.com]] 으로 부탁드립니다."""},
]
