# Writer r, batch 03: IT help desk and HR. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r03-001", "kind": "ticket", "text": """[ITSM] {{case_number:REQ-240611-0087}} 신규 계정 생성 요청
요청자: [[PERSON:권도윤]] ([[EMPLOYEE_ID:A2024117]]) / 재무회계팀
대상자: [[PERSON:엄지수]] 사원 (사번 [[EMPLOYEE_ID:A2024139]], 입사일 {{date:2024.06.17}})
필요 권한: 그룹웨어, ERP(FI 조회), 공유폴더 \\\\fs01\\finance
메일 계정 희망: [[EMAIL_ADDRESS:jisu.eom@hanulsteel.co.kr]]
PC 자산번호 {{code:HS-NB-02231}} / 할당 IP [[IP_ADDRESS:10.20.31.147]] (고정) / GW [[IP_ADDRESS:10.20.31.1]] / Mask {{subnet_mask:255.255.255.0}}
처리자: [[PERSON:임재혁]] / 상태: 완료 {{date:2024-06-14 16:20}}"""},

{"id": "s16-r03-002", "kind": "log_export", "text": """# SSL-VPN access log  exported {{date:2024-04-02 08:10:55}}  (FortiClient {{version:7.0.12}})
time,user,src_ip,assigned_ip,result
{{date:2024-04-01 22:41:07}},hyunwoo.ko,[[IP_ADDRESS:211.36.142.88]],[[IP_ADDRESS:172.16.200.14]],success
{{date:2024-04-01 22:58:33}},hyunwoo.ko,[[IP_ADDRESS:211.36.142.88]],-,fail(bad password)
{{date:2024-04-01 23:02:19}},sbpark,[[IP_ADDRESS:2001:e60:8a41:7c2::1f]],[[IP_ADDRESS:172.16.200.21]],success
{{date:2024-04-02 01:17:45}},admin,[[IP_ADDRESS:45.148.10.212]],-,fail(user locked)
{{date:2024-04-02 01:17:49}},admin,[[IP_ADDRESS:45.148.10.212]],-,fail(user locked)
비고: hyunwoo.ko = [[PERSON:고현우]] 책임(재택), sbpark = [[PERSON:박소빈]] 선임"""},

{"id": "s16-r03-003", "kind": "payslip", "text": """2024년 5월분 급여명세서
성  명: [[PERSON:하승민]]    사  번: [[EMPLOYEE_ID:20170455]]    부  서: 생산관리팀
입사일: {{date:2017.03.02}}    지급일: {{date:2024.05.24}}
------------------------------------------
기본급        {{amount:3,120,000}}   | 소득세      {{amount:148,270}}
연장근로수당  {{amount:412,500}}     | 지방소득세  {{amount:14,820}}
식대          {{amount:200,000}}     | 국민연금    {{amount:171,000}}
------------------------------------------
실지급액 {{amount:3,204,110}}원  →  기업은행 [[BANK_ACCOUNT:010-2281744-01-011]]
※ 본 명세서는 본인 외 열람을 금합니다."""},

{"id": "s16-r03-004", "kind": "official_notice", "text": """인 사 발 령
{{document_number:인사 제2024-031호}}                                        {{date:2024. 7. 1.}}

발령일자: {{date:2024년 7월 1일}}자
구분 | 사번 | 성명 | 현 소속 | 발령 소속 | 직위
승진 | [[EMPLOYEE_ID:H09-0312]] | [[PERSON:구본혁]] | 영업1팀 | 영업1팀 | 팀장
전보 | [[EMPLOYEE_ID:H13-0877]] | [[PERSON:신다혜]] | 인사팀 | 경영지원팀 | 과장
전보 | [[EMPLOYEE_ID:H19-1204]] | [[PERSON:Daniel Kim]] | 해외영업팀 | 베트남법인 | 대리
휴직 | [[EMPLOYEE_ID:H21-1530]] | [[PERSON:모수빈]] | 품질팀 | - | 사원 (육아휴직 {{date:2024.07.01~2025.06.30}})

대표이사 (직인생략)"""},

{"id": "s16-r03-005", "kind": "card_statement", "text": """법인카드 사용내역 ({{date:2024년 3월}} 청구분)  ※ 개인별 지정카드
카드번호 [[CREDIT_CARD:5585-26**-****-4417]]  사용자 [[PERSON:여준호]] ([[EMPLOYEE_ID:K-10382]])
이용일   가맹점                     금액       용도
{{date:03/04}}  한우마을 광교점             {{amount:184,000}}   거래처 접대
{{date:03/11}}  GS칼텍스 동탄주유소         {{amount:72,310}}    업무차량 [[KR_CAR_PLATE:172허 5531]] 주유
{{date:03/19}}  코레일 KTX                  {{amount:59,800}}    부산 출장
카드번호 [[CREDIT_CARD:9490 8833 2107 515?]]  사용자 [[PERSON:남윤서]] ([[EMPLOYEE_ID:K-11025]])
{{date:03/07}}  교보문고 광화문            {{amount:38,500}}    도서구입
사업자번호 {{business_number:107-81-2231?}} (당사)"""},

{"id": "s16-r03-006", "kind": "application_form", "text": """입 사 지 원 서   (지원분야: 전산직 / 수험번호 {{exam_number:IT-0217}})

성명(한글) [[PERSON:배성현]]   (한자) [[PERSON:裵星賢]]   (영문) [[PERSON:BAE SEONGHYEON]]
생년월일 [[BIRTH_DATE:1998년 11월 03일]] (만 25세)
현 주 소 [[KR_ADDRESS:서울특별시 관악구 봉천로 447-12, 302호 (봉천동, 하늘빌)]]
휴 대 폰 [[PHONE_NUMBER:010-4183-2290]]       E-mail [[EMAIL_ADDRESS:seonghyeon.bae98@gmail.com]]

[학력사항]
{{date:2014.03 ~ 2017.02}}  수원고등학교 졸업
{{date:2017.03 ~ 2024.02}}  아주대학교 소프트웨어학과 졸업 (학번 [[STUDENT_ID:201720938]], 평점 {{statistic:3.78/4.5}})
[병역] 육군 병장 만기전역 {{date:2018.05 ~ 2019.11}}
[자격] 정보처리기사 ({{date:2023.09}}), 1종보통 운전면허"""},

{"id": "s16-r03-007", "kind": "email", "text": """From: [[PERSON:Lee Seojin]] <[[EMAIL_ADDRESS:sjlee@kdsemi.com]]>
To: {{public_email:helpdesk@kdsemi.com}}
Sent: {{date:Monday, March 18, 2024 8:47 AM}}
Subject: [긴급] 비밀번호 잠김 해제 요청

헬프데스크 담당자님,
주말 동안 비번 5회 오류로 계정이 잠겼습니다. 사번 [[EMPLOYEE_ID:KD19-0093]], 내선 {{public_number:4471}} 입니다.
오전 10시 고객사 미팅 전까지 해제 부탁드립니다. 모바일로 연락 주셔도 됩니다 ([[PHONE_NUMBER:010-9482-1067]]).

[[PERSON:이서진]] 드림 / 생산기술팀"""},

{"id": "s16-r03-008", "kind": "firewall_request", "text": """방화벽 정책 신청서
신청자  : [[PERSON:장우석]] / 개발2팀 / 사번 [[EMPLOYEE_ID:2019A0418]]
출발지  : [[IP_ADDRESS:192.168.35.102]] (신청자 PC), [[IP_ADDRESS:192.168.35.0/24]] (개발2팀 대역)
목적지  : {{code:DB-PRD-02}} [[IP_ADDRESS:10.1.8.42]] / TCP 1521
기  간  : {{date:2024.05.02 ~ 2024.05.31}}
사  유  : 운영 DB 데이터 이관 검증
승  인  : 정보보호팀 [[PERSON:한서율]] ({{date:05/02}})
※ {{version:v2.4.1}} 배포 완료 후 즉시 회수"""},

{"id": "s16-r03-009", "kind": "messenger_chat", "text": """[사내메신저] IT지원센터 ↔ [[PERSON:윤채원]]
IT [[PERSON:김건우]]: 원격 들어가려고 하는데 PC IP 좀 알려주세요. 명령프롬프트에서 ipconfig 치시면 나와요
[[PERSON:윤채원]]: IPv4 주소 . . . . : [[IP_ADDRESS:10.44.12.209]]
[[PERSON:윤채원]]: 서브넷 마스크 . . : {{subnet_mask:255.255.252.0}}
IT [[PERSON:김건우]]: 넵 원격 요청 보냈어요. 사번이 [[EMPLOYEE_ID:E231045]] 맞으시죠?
[[PERSON:윤채원]]: 넹 맞아요 ㅎㅎ [[PERSON:채원]]이라고 검색하면 두명 나와서 헷갈리실거에요"""},

{"id": "s16-r03-010", "kind": "checklist", "text": """신규입사자 제출서류 확인표 (총무팀)
성명: [[PERSON:도경태]]   입사일: {{date:2024-08-05}}   사번: [[EMPLOYEE_ID:23-0884]]
☑ 주민등록등본 (주민번호 [[KR_RRN:951120-125473?]])
☑ 급여통장 사본 (신한 [[BANK_ACCOUNT:110-482-771025]])
☑ 운전면허증 사본 - 영업직 차량 배정용 (면허번호 [[KR_DRIVER_LICENSE:13-15-027731-80]])
☐ 최종학교 졸업증명서
☐ 건강진단서 (검진일 {{date:7/29}})
거주지: [[KR_ADDRESS:경기도 성남시 수정구 위례광장로 300, 위례오벨리스크 A동 1805호]]"""},

{"id": "s16-r03-011", "kind": "ticket", "text": """#{{case_number:INC0041872}}  퇴사자 계정 회수
- 대상: [[PERSON:마승철]] 부장 / emp_no [[EMPLOYEE_ID:100482]] / 퇴사일 {{date:2024-02-29}}
- AD 계정 비활성화 완료, 메일 포워딩 → 후임 [[PERSON:류한결]] ([[EMAIL_ADDRESS:hg.ryu@daemyung-eng.kr]]) {{date:90일}}
- 노트북 반납 확인 (자산 {{code:DM-LT-1187}})
- 마지막 접속 IP [[IP_ADDRESS:175.223.14.61]] (모바일망), {{date:2024-02-28 19:03}}"""},

{"id": "s16-r03-012", "kind": "tax_form", "text": """연말정산 부양가족 명세 (근로자: [[PERSON:심재원]], 사번 [[EMPLOYEE_ID:S2015-022]])
관계 | 성명 | 주민등록번호 | 기본공제
본인 | [[PERSON:심재원]] | [[KR_RRN:840716-108221?]] | O
배우자 | [[PERSON:고은영]] | [[KR_RRN:860302-2******]] | X (소득초과)
자녀 | [[PERSON:심도윤]] | [[KR_RRN:150924-3******]] | O
자녀 | [[PERSON:심나윤]] | [[KR_RRN:181205-4******]] | O
직계존속 | [[PERSON:한정임]] | [[KR_RRN:520830-2******]] | O (경로우대)
제출일 {{date:2024.01.19}}"""},

{"id": "s16-r03-013", "kind": "expense_report", "text": """출장비 정산서
출장자: [[PERSON:봉민재]] 과장 (사번 [[EMPLOYEE_ID:M0716]])
출장지: 경북 구미 협력사 / 기간 {{date:4.22~4.24}}
자가차량 이용: [[KR_CAR_PLATE:경기 58 다 2209]] 왕복 {{statistic:512km}} x {{amount:230원}}
숙박: 개인카드 결제 [[CREDIT_CARD:3565-****-****-0093]] {{amount:132,000}}
정산금 입금계좌: 우리 [[BANK_ACCOUNT:1002 553 918204]] (본인)
결재: 팀장 [[PERSON:옥준영]]"""},

{"id": "s16-r03-014", "kind": "log_export", "text": """{{date:Jun 12 03:14:22}} gw-01 sshd[20417]: Failed password for invalid user oracle from [[IP_ADDRESS:218.92.0.107]] port 41822 ssh2
{{date:Jun 12 03:14:25}} gw-01 sshd[20417]: Failed password for invalid user oracle from [[IP_ADDRESS:218.92.0.107]] port 41822 ssh2
{{date:Jun 12 08:55:01}} gw-01 sshd[21930]: Accepted publickey for jhkwon from [[IP_ADDRESS:fe80::a4c3:1bff:fe2e:9d10]] port 52144 ssh2
{{date:Jun 12 08:55:01}} gw-01 systemd-logind[702]: New session 4413 of user jhkwon.
# jhkwon = [[PERSON:권준혁]] (인프라팀), OpenSSH_{{version:8.9p1}}, OID {{oid:1.3.6.1.4.1.2021.10.1.3.1}}"""},

{"id": "s16-r03-015", "kind": "email", "text": """제목: [한울스틸] 2차 면접 일정 안내

[[PERSON:석지후]] 님 안녕하세요, 한울스틸 인사팀 [[PERSON:탁수경]]입니다.
1차 면접 합격을 축하드립니다. 2차 임원면접 일정은 아래와 같습니다.

- 일시: {{date:2024년 6월 27일(목) 14:00}}
- 장소: 본사 12층 대회의실 ({{place_name:판교 알파돔타워}})
- 지참: 신분증, 최종학교 성적증명서

지원서상 생년월일([[BIRTH_DATE:1999.02.14]])과 신분증이 다르면 현장에서 말씀해 주세요.
문의: 채용담당 [[PHONE_NUMBER:031-789-5012]](직통) / 대표 {{public_number:031-789-5000}}"""},

{"id": "s16-r03-016", "kind": "ocr_scan", "text": """사 원 증 재 발 급 신 청 서
소   속 : 물류센터 입고파트
성   명 : [[PERSON:편 은 주]]
사   번 : [[EMPLOYEE_ID:2O2l-O773]]
생년월일 : [[BIRTH_DATE:l993 . O6 . 2l]]
사   유 : □훼손  ■분실  □기타
신청일자 : {{date:2O24 . O5 . 27}}
확 인 자 : 총무 [[PERSON:석 영 호]] (인)"""},

{"id": "s16-r03-017", "kind": "contract", "text": """소프트웨어 개발 용역 계약서 (개인 프리랜서)
"을": 상호 코드라인 / 대표 [[PERSON:표정우]] / 사업자등록번호 [[KR_BRN:129-26-7735?]]
     주소 [[KR_ADDRESS:경기도 성남시 분당구 황새울로 200번길 34, 5층 502호]]
     연락처 [[PHONE_NUMBER:010-2219-8870]] / [[EMAIL_ADDRESS:jwpyo.codeline@gmail.com]]
계약기간: {{date:2024.03.01 ~ 2024.08.31}}
대금 지급: 월 {{amount:5,500,000원}}(VAT 별도), 매월 {{date:10일}} 을의 계좌(하나 [[BANK_ACCOUNT:620-218833-921]])로 지급
"갑": (주)에이치엘소프트 / 사업자번호 {{business_number:220-87-1092?}}"""},

{"id": "s16-r03-018", "kind": "csv_export", "text": """emp_no;name;dept;birth;hire_date;mobile;email
[[EMPLOYEE_ID:10234]];[[PERSON:국현수]];QA;[[BIRTH_DATE:19890413]];{{date:20150105}};[[PHONE_NUMBER:01045218870]];[[EMAIL_ADDRESS:hs.kook@sunbiz.kr]]
[[EMPLOYEE_ID:10588]];[[PERSON:어윤희]];HR;[[BIRTH_DATE:19921127]];{{date:20180702}};[[PHONE_NUMBER:01093314402]];[[EMAIL_ADDRESS:yh.eo@sunbiz.kr]]
[[EMPLOYEE_ID:11020]];[[PERSON:Pavel Sokolov]];R&D;[[BIRTH_DATE:19860309]];{{date:20210915}};[[PHONE_NUMBER:01077203391]];[[EMAIL_ADDRESS:p.sokolov@sunbiz.kr]]"""},
]
