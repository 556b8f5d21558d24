# Writer r, batch 01: immigration and multicultural families. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r01-001", "kind": "csv_export", "text": """순번,접수번호,성명(영문),국적,체류자격,외국인등록번호,여권번호,연락처,방문예약일
1,{{receipt_number:2024-SW-0412}},[[PERSON:NGUYEN THI HOA]],VNM,F-6-1,[[KR_FRN:910823-6123457]],[[KR_PASSPORT:C4837261]],[[PHONE_NUMBER:010-4821-7730]],{{date:2024-05-13}}
2,{{receipt_number:2024-SW-0413}},[[PERSON:SANTOS MARIA CRISTINA]],PHL,F-2-1,[[KR_FRN:880217-6034218]],[[KR_PASSPORT:P3318024B]],[[PHONE_NUMBER:01093320418]],{{date:2024-05-13}}
3,{{receipt_number:2024-SW-0414}},[[PERSON:TASHPULATOV JASUR]],UZB,E-9-1,[[KR_FRN:950604-5287716]],[[KR_PASSPORT:FA2081374]],[[PHONE_NUMBER:010-7715-2093]],{{date:2024-05-14}}
4,{{receipt_number:2024-SW-0415}},[[PERSON:ZHANG MEILING]],CHN,F-4,[[KR_FRN:830930-6412085]],[[KR_PASSPORT:EG3720915]],,{{date:2024-05-14}}
※ 대기번호 발급 후 30분 내 미도착 시 자동 취소 / 문의 {{public_number:1345}}"""},

{"id": "s16-r01-002", "kind": "case_note", "text": """[수원시가족센터 결혼이민자 사례관리 기록지]

사례번호: {{case_number:MF-23-0871}}      작성일: {{date:2023. 11. 02.}}      작성자: 상담사 [[PERSON:오세린]]

대상자: [[PERSON:레 티 란]]([[PERSON:LE THI LAN]]) / 베트남 / 생년월일 [[BIRTH_DATE:1996. 4. 19.]]
배우자: [[PERSON:박용철]] ([[BIRTH_DATE:1971년 8월 3일]]생, 농업)
자녀: [[PERSON:박하윤]] (여, [[BIRTH_DATE:2019.01.27]]) - 어린이집 재원 중
주소: [[KR_ADDRESS:경기도 화성시 정남면 괘랑길 43-7]]
연락처: 본인 [[PHONE_NUMBER:010-2274-9015]] / 배우자 [[PHONE_NUMBER:010 6630 1182]]

상담내용: [[PERSON:란]]씨는 입국 5년차로 한국어 중급. 배우자와 나이차({{statistic:25세}}) 및 시어머니와의 갈등 호소. 최근 남편이 여권을 보관하고 돌려주지 않는다고 함(여권번호 [[KR_PASSPORT:C7102583]], 만료 {{date:2027.06.30}}). 다누리콜센터({{public_number:1577-1366}}) 안내함.
다음 상담 예정: {{date:11/16(목)}} 14시 방문상담"""},

{"id": "s16-r01-003", "kind": "dispatch_log", "text": """통역 파견 일지 ({{date:2024년 3월}}) - 성남 외국인주민지원센터

일자 | 통역사 | 언어 | 파견처 | 대상자 | 비고
{{date:03.04}} | [[PERSON:바트바야르 엥흐체첵]] | 몽골어 | 분당서울대병원 산부인과 | [[PERSON:Oyunchimeg]] | 산전검사
{{date:03.07}} | [[PERSON:왕샤오리]] | 중국어 | 성남중원경찰서 | [[PERSON:刘建国]]([[PERSON:류젠궈]]) | 교통사고 조사, 차량 [[KR_CAR_PLATE:38머 4417]]
{{date:03.12}} | [[PERSON:Nguyen Thu Trang]] | 베트남어 | 수정구청 민원실 | [[PERSON:쩐 반 득]] | 출생신고
{{date:03.12}} | [[PERSON:왕샤오리]] | 중국어 | 성남시의료원 | [[PERSON:孙丽华]] | 외래
{{date:03.19}} | [[PERSON:손 소피아]] | 크메르어 | 고용센터 | [[PERSON:Chan Sophea]] | 사업장변경 상담

통역사 연락처: [[PERSON:엥흐체첵]] [[PHONE_NUMBER:010-3391-0428]], [[PERSON:샤오리]] [[PHONE_NUMBER:010-8804-1276]]
* 통역비 지급은 {{date:4월 10일}}까지 정산"""},

{"id": "s16-r01-004", "kind": "spreadsheet", "text": """외국인근로자 고용현황 (사업장: 청솔농원 / 대표 [[PERSON:한만복]] / 사업자등록번호 [[KR_BRN:135-09-6218?]])
사업장 소재지: [[KR_ADDRESS:경기도 용인시 처인구 백암면 근창리 412-3]]

No\t성명\t국적\t생년월일\t외국인등록번호\t입국일\t계약만료
1\t[[PERSON:Ram Bahadur Gurung]]\t네팔\t[[BIRTH_DATE:1993-02-11]]\t[[KR_FRN:930211-5******]]\t{{date:2021-09-06}}\t{{date:2024-09-05}}
2\t[[PERSON:Suman Thapa]]\t네팔\t[[BIRTH_DATE:1998-12-30]]\t[[KR_FRN:981230-5******]]\t{{date:2022-03-14}}\t{{date:2025-03-13}}
3\t[[PERSON:Kaewkla Somchai]]\t태국\t[[BIRTH_DATE:1987-07-08]]\t[[KR_FRN:870708-5******]]\t{{date:2019-11-20}}\t{{date:2024-11-19}}

급여이체: 농협 [[BANK_ACCOUNT:351-1042-7781-63]] ([[PERSON:Gurung]]) / 농협 [[BANK_ACCOUNT:351-1098-2230-14]] ([[PERSON:Thapa]])"""},

{"id": "s16-r01-005", "kind": "messenger_chat", "text": """[카카오톡] 센터 통번역 선생님
오후 3:12 [[PERSON:Sophea]]: 선생님 안녕하세요 저 [[PERSON:소피아]]에요
오후 3:12 [[PERSON:Sophea]]: 외국인등록증 잃어버렸어요 ㅠㅠ 어떻게 해요
오후 3:14 [[PERSON:김나래]]: [[PERSON:소피아]]씨 안녕하세요~ 재발급 신청하면 돼요. 여권이랑 사진 1장 필요해요
오후 3:15 [[PERSON:Sophea]]: 여권 번호 [[KR_PASSPORT:N01328774]] 이거 맞아요?
오후 3:15 [[PERSON:Sophea]]: 등록번호 [[KR_FRN:9603126284913]]
오후 3:17 [[PERSON:김나래]]: 네네 그런 번호는 여기 쓰지 마세요 ㅎㅎ 개인정보라서요. 출입국 예약은 하이코리아에서 해요
오후 3:18 [[PERSON:Sophea]]: 네 남편이 [[PERSON:민석]]이 차로 데려다줘요
오후 3:18 [[PERSON:Sophea]]: 남편 번호 [[PHONE_NUMBER:010-9120-334O]]"""},

{"id": "s16-r01-006", "kind": "ocr_scan", "text": """통 합 신 청 서 (신 고 서)
APPLICATION FORM
□ 외국인 등록 FOREIGN RESIDENT REGISTRATION   ■ 체류기간 연장허가 EXTENSION OF SOJOURN PERIOD

성 Surname [[PERSON:PHAM]]      명 Given names [[PERSON:QUOC BAO]]
생년월일 Date of Birth  년yyyy [[BIRTH_DATE:1 9 9 4  0 8  1 7]]     성별 Sex ■남M □여F
국 적 Nationality/Region  VIET NAM
외국인등록번호 [[KR_FRN:94O817-5l82O36]]
여권 번호 Passport No. [[KR_PASSPORT:C58l9O42]]   여권발급일자 {{date:2O19.O3.22}}   여권유효기간 {{date:2O29.O3.22}}
대한민국 내 주소 Address In Korea [[KR_ADDRESS:경기도 수원시 권선구 산업로156번길 88 , 2동 3O4호]]
전화 번호 Telephone No.            휴대 전화 Cell phone No. [[PHONE_NUMBER:O1O-5583-2O19]]
신청일 Date of application {{date:2O24. O2. O5.}}   신청인 서명 [[PERSON:Pham Quoc Bao]]"""},

{"id": "s16-r01-007", "kind": "email", "text": """보낸사람: [[PERSON:윤태경]] 행정사 <[[EMAIL_ADDRESS:tk.yoon.visa@gmail.com]]>
받는사람: [[PERSON:Mohamed Rizwan]] <[[EMAIL_ADDRESS:rizwan.m1989@yahoo.com]]>
날짜: {{date:2024-01-18 (목) 오전 10:41}}
제목: F-5 영주자격 변경 서류 안내

[[PERSON:Rizwan]] 님, 안녕하세요.
영주자격(F-5) 변경 신청에 필요한 서류 다시 정리해 드립니다.

1. 여권 원본 (현재 여권 [[KR_PASSPORT:N4471209]] 만료일 {{date:2025.10.02}} 확인하였습니다)
2. 외국인등록증 원본 ([[KR_FRN:890514-5******]])
3. 소득금액증명원 최근 2년 ({{date:2022}}, {{date:2023}}년 귀속)
4. 부동산 임대차계약서 ([[KR_ADDRESS:성남시 중원구 둔촌대로 101, 현대아파트 105동 1203호]])
5. 사회통합프로그램 이수증

접수는 {{date:2월 7일}} 오전 9시 수원출입국·외국인청 방문으로 예약했습니다. 
궁금한 점은 제 휴대폰 [[PHONE_NUMBER:010-5012-7784]]로 연락주세요.

[[PERSON:윤태경]] 행정사사무소 | 대표 {{public_number:031-8023-5500}}"""},

{"id": "s16-r01-008", "kind": "complaint", "text": """제목: 출입국 체류연장 대기가 너무 깁니다

저는 수원시 장안구에 사는 [[PERSON:정재훈]]입니다. 제 아내 [[PERSON:마리셀 델라크루즈]](필리핀, [[BIRTH_DATE:'90.11.04]]생)의 체류기간 연장 때문에 {{date:지난주 화요일}}에 연차를 내고 갔는데 새벽 6시부터 줄을 서도 번호표를 못 받았습니다. 온라인 예약은 {{date:3주 뒤}}까지 꽉 차 있고요.
아내 등록번호 [[KR_FRN:901104-6******]], 체류만료일이 {{date:4월 30일}}인데 이러다 불법체류가 될까 걱정입니다.
시청에서 출입국에 건의라도 해주실 수 있는지요.
회신: [[PHONE_NUMBER:010-4417-6602]] / [[KR_ADDRESS:장안구 정자천로 188 정자동 백설마을 삼환아파트 316동 902호]]"""},

{"id": "s16-r01-009", "kind": "form", "text": """외국인근로자 사업장 변경신청서
신청인(근로자) 성명: [[PERSON:AGUS SETIAWAN]]   국적: INDONESIA
여권번호: [[KR_PASSPORT:C 9312047]]   생년월일: [[BIRTH_DATE:23/05/1997]]
외국인등록번호: [[KR_FRN:970523-5903128]]
현 사업장: (주)대한정밀 (사업자 {{business_number:124-81-5530?}}) 
변경 사유: ■ 휴업·폐업 □ 근로조건 위반 □ 기타
신청일: {{date:2024.06.03}}
담당: 수원고용센터 외국인력팀 [[PERSON:이동욱]] (직통 [[PHONE_NUMBER:031-8007-2114]])"""},

{"id": "s16-r01-010", "kind": "sms", "text": """[Web발신]
[다누리] [[PERSON:응우옌 티 투 흐엉]]님, {{date:5/20(월)}} 오전10시 한국어교실 개강합니다. 장소: 용인시가족센터 3층 (문의 {{public_number:031-323-7133}})"""},

{"id": "s16-r01-011", "kind": "form", "text": """유학생 시간제취업 확인서 (Part-time Employment Confirmation)

성명: [[PERSON:Bui Minh Tuan]] / 학번 [[STUDENT_ID:2022310457]]
소속: 경영학과 3학년 / 체류자격 {{code:D-2-2}}
여권번호 [[KR_PASSPORT:C6630218]] | 외국인등록번호 [[KR_FRN:010304-7158420]]
생년월일: [[BIRTH_DATE:2001.03.04]]
근무처: 편의점 (개인사업자 [[KR_BRN:220-12-4471?]]), 주 20시간 이내
허가기간: {{date:2024.03.01 ~ 2024.08.31}}
유학생담당자: 국제교류처 [[PERSON:채민지]] ([[EMAIL_ADDRESS:mjchae@ajou-intl.ac.kr]])
확인일: {{date:2024년 2월 26일}}"""},

{"id": "s16-r01-012", "kind": "list", "text": """2024년 제2회 귀화 면접심사 대상자 (용인)
- [[PERSON:심계화]]([[PERSON:沈桂花]]), 생 [[BIRTH_DATE:1978.2]], 간이귀화
- [[PERSON:Tran Thi Mai]], 생 [[BIRTH_DATE:1992.10]], 간이귀화
- [[PERSON:사토 유키코]], 생 [[BIRTH_DATE:1985.6]], 일반귀화
면접일 {{date:7.11.}} / 장소 {{place_name:수원출입국·외국인청}} 2층 심사실"""},

{"id": "s16-r01-013", "kind": "checklist", "text": """국제결혼 혼인신고 구비서류 확인 (민원창구 메모)
남편: [[PERSON:구자혁]] 주민번호 [[KR_RRN:820417-109832?]], 등록기준지 경기 용인
처: [[PERSON:DANG THI NGOC ANH]] 여권 [[KR_PASSPORT:B2837110]] (베트남 구여권 양식), 생년월일 [[BIRTH_DATE:14/09/1999]]
□ 혼인신고서 (증인 2명: [[PERSON:구자영]], [[PERSON:이순례]])
□ 베트남 혼인증명서 번역본 + 공증
□ 여권 사본
접수 {{date:2024-04-22}} / 처리예정 {{date:2024-04-29}}"""},

{"id": "s16-r01-014", "kind": "bank_log", "text": """해외송금 내역 (본인 확인용 출력)
고객명 [[PERSON:TOSHMATOV BEKZOD]] | 외국인등록번호 [[KR_FRN:920125-5*******]] | 여권 [[KR_PASSPORT:FA1730552]]
출금계좌: 하나 [[BANK_ACCOUNT:573-910234-51207]]
{{date:2024.01.10}}  KRW {{amount:1,500,000}}  -> TASHKENT, 수취인 [[PERSON:Toshmatova Dilnoza]]
{{date:2024.02.10}}  KRW {{amount:1,300,000}}  -> TASHKENT, 수취인 [[PERSON:Toshmatova Dilnoza]]
{{date:2024.03.11}}  KRW {{amount:1,650,000}}  -> SAMARKAND, 수취인 [[PERSON:Toshmatov Akmal]]
송금번호 {{reference_number:FX2403110088271}}"""},

{"id": "s16-r01-015", "kind": "assignment_table", "text": """다문화가족 방문교육(자녀생활) 배정표 - 성남
아동명 | 생년월일 | 부/모 | 방문지도사 | 주소
[[PERSON:김지안]] | [[BIRTH_DATE:2018.05.02]] | 모 [[PERSON:장웨이]](중국) | [[PERSON:윤명희]] | [[KR_ADDRESS:성남시 수정구 수정로 171번길 22 201호]]
[[PERSON:이도현]] | [[BIRTH_DATE:2017.12.19]] | 모 [[PERSON:아이다 사비로바]](우즈벡) | [[PERSON:윤명희]] | [[KR_ADDRESS:성남시 중원구 금광동 3513 빌라 나동 102호]]
[[PERSON:최서아]] | [[BIRTH_DATE:2020. 3. 9]] | 모 [[PERSON:Jocelyn Reyes]](필리핀) | [[PERSON:노경숙]] | [[KR_ADDRESS:성남시 분당구 판교로 394, 107-1405]]
※ 방문기간: {{date:2024.04 ~ 2024.09}} (주 2회, 회당 {{time:2시간}})"""},

{"id": "s16-r01-016", "kind": "sms", "text": """[수원출입국]방문예약완료 예약번호 {{reservation_number:R2405-118842}} 일시 {{date:24.05.28 09:30}} 민원인 [[PERSON:NGUYEN VAN HUNG]] 업무:체류기간연장 ※여권,등록증 지참"""},

{"id": "s16-r01-017", "kind": "memo", "text": """[[PERSON:Tran Van Minh]] 여권 [[KR_PASSPORT:B9283746]] 분실 신고 받음 -> 대사관 안내. 연락처 [[PHONE_NUMBER:010 3348 9921]] (본인), 회사 반장 [[PERSON:오상철]] [[PHONE_NUMBER:010-2020-1188]]"""},

{"id": "s16-r01-018", "kind": "dormitory_roster", "text": """○○산업 외국인 기숙사 입실자 명부 (평택 공장 관리: 총무 [[PERSON:배진호]])
호실 | 성명 | 사번 | 국적 | 비상연락처
{{room_number:201호}} | [[PERSON:Mahmudov Sardor]] | [[EMPLOYEE_ID:FW-2107]] | UZB | [[PHONE_NUMBER:010-2231-7764]]
{{room_number:201호}} | [[PERSON:Yusupov Otabek]] | [[EMPLOYEE_ID:FW-2115]] | UZB | [[PHONE_NUMBER:010-2231-9902]]
{{room_number:202호}} | [[PERSON:Hein Htet Aung]] | [[EMPLOYEE_ID:FW-2203]] | MMR | -
입실일 {{date:2024.02.01}} / 다음 점검일 {{date:2024.08.01}}"""},
]
