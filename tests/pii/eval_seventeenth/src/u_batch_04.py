# Writer u, batch 04: 보건소 진료·예방접종, 치매안심센터 (수원·성남·용인). Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s17-u04-001", "kind": "vaccination_record", "text": """예방접종 내역 확인서 (아동)
피접종자: [[PERSON:길서후]]   생년월일: [[BIRTH_DATE:2023-08-14]]   성별: 남
보호자: [[PERSON:길민아]] (모)  연락처 [[PHONE_NUMBER:010-3381-6502]]
백신명          차수   접종일          접종기관
BCG(피내)        1     {{date:2023-08-30}}   수원시 장안구보건소
B형간염          2     {{date:2023-09-14}}   ○○소아청소년과
DTaP-IPV        1     {{date:2023-10-16}}   ○○소아청소년과
MMR              1     {{date:2024-08-20}}   장안구보건소
다음 접종 예정: DTaP 4차 ({{date:2025-02-14}} ~ {{date:2025-05-14}})
발급일: {{date:2025-01-09}}"""},

{"id": "s17-u04-002", "kind": "system_log", "text": """{{date:2025-01-09T08:58:12+09:00}} PHIS login user=[[EMPLOYEE_ID:JA-N-2231]] ([[PERSON:용혜진]]) src=[[IP_ADDRESS:10.12.3.45]]
{{date:2025-01-09T09:14:40+09:00}} PHIS reg patient=[[PERSON:길서후]] dob=[[BIRTH_DATE:20230814]] guardian_tel=[[PHONE_NUMBER:01033816502]] visit={{case_number:V250109-0031}}
{{date:2025-01-09T09:15:03+09:00}} PHIS print cert=vacc_hist copies=1 printer={{ip_like:10.12.3.250}}
{{date:2025-01-09T09:40:27+09:00}} PHIS login fail user=[[EMPLOYEE_ID:JA-N-2240]] src=[[IP_ADDRESS:10.12.3.61]] reason=pwd_expired"""},

{"id": "s17-u04-003", "kind": "report", "text": """치매안심센터 선별검사 결과 통보
대상자: [[PERSON:국영자]] (女, [[BIRTH_DATE:1943. 9. 27.]]생, 만 81세)
주  소: [[KR_ADDRESS:수원시 장안구 송원로 77, 42동 1207호 (율전동, 삼성아파트)]]
검사일: {{date:2025. 2. 4.}}   검사자: 간호사 [[PERSON:단소희]]
CIST 점수: {{statistic:14점}} / 30점 (인지저하 의심, 기준 {{statistic:16점}} 미만)
→ 진단검사(2차) 협약병원 의뢰: 성균관대 ○○병원 신경과
보호자: 아들 [[PERSON:국승환]] [[PHONE_NUMBER:010-2730-9946]], 며느리 [[PERSON:하선영]]"""},

{"id": "s17-u04-004", "kind": "spreadsheet", "text": """배회가능어르신 인식표 발급 대장
고유번호\t성명\t생년\t보호자\t보호자 연락처\t발급일
{{code:41111-0417}}\t[[PERSON:국영자]]\t[[BIRTH_DATE:1943]]\t[[PERSON:국승환]]\t[[PHONE_NUMBER:010-2730-9946]]\t{{date:2025.02.18}}
{{code:41111-0418}}\t[[PERSON:모석찬]]\t[[BIRTH_DATE:1938]]\t[[PERSON:모유경]]\t[[PHONE_NUMBER:010-9412-0573]]\t{{date:2025.02.18}}
{{code:41111-0419}}\t[[PERSON:천○순]]\t[[BIRTH_DATE:1940]]\t요양원\t{{public_number:031-247-8800}}\t{{date:2025.02.20}}
※ 인식표 고유번호는 경찰청 {{public_number:182}} 조회용, 개인 식별 정보 미기재"""},

{"id": "s17-u04-005", "kind": "sms", "text": """[장안구보건소] [[PERSON:길서후]] 어린이 DTaP 4차 접종시기입니다({{date:~5/14}}). 가까운 지정의료기관 방문. 접종예약 없이 가능. 문의 {{public_number:031-228-5772}}"""},

{"id": "s17-u04-006", "kind": "chat", "text": """[수정구보건소 감염병팀]
[[PERSON:빈혜원]]: 내일 경로당 순회접종 명단 최종본 올렸어요
[[PERSON:빈혜원]]: 신흥3동 [[PERSON:여봉수]] 어르신 [[BIRTH_DATE:1949.1.5]] 중복접종 의심이라 제외했습니다 (12/3 의원에서 맞으심)
반장님: ㅇㅋ 근데 12/3 맞으신거 전산엔 안 떴던데?
[[PERSON:빈혜원]]: 의원에서 등록 늦게했대요. 오늘 확인됨
반장님: 아 그럼 [[PERSON:봉수]] 어르신 따님한테 전화 한번 드려요 [[PHONE_NUMBER:010-7158-3302]]
[[PERSON:빈혜원]]: 넵넵"""},

{"id": "s17-u04-007", "kind": "ocr", "text": """INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS
This is to certify that [name] [[PERSON:SEOL KYUNG HO]]
date of birth [[BIRTH_DATE:O3 JUL 1990]]   sex M   nationality REPUBLIC OF KOREA
national identification document  PASSPORT [[KR_PASSPORT:M2O7A1884]]
whose signature follows ____
has on the date indicated been vaccinated against YELLOW FEVER
Date {{date:14 FEB 2025}}   Official stamp: 국립인천공항검역소 / Certificate valid from {{date:24 FEB 2025}} until life
Signature of clinician: [[PERSON:Dr. Yoon Garam]]"""},

{"id": "s17-u04-008", "kind": "email", "text": """받는사람: [[EMAIL_ADDRESS:hr.kimjh@daesung-metal.co.kr]]
보내는사람: 성남시 중원구보건소 결핵관리실 <{{public_email:tb-jw@korea.kr}}>
제목: 외국인 근로자 잠복결핵 검진 결과 회신 (귀사 직원 2명)

담당자님 안녕하세요. 요청하신 귀사 직원 검진 결과 알려드립니다.
1) [[PERSON:Rahimov Sardor]] / 외국인등록번호 [[KR_FRN:950612-5******]] / 사번 [[EMPLOYEE_ID:DS-F-1127]] — IGRA 양성, 치료 권고
2) [[PERSON:Thapa Bikash]] / 여권 [[KR_PASSPORT:PA0918273]] (네팔) / 사번 [[EMPLOYEE_ID:DS-F-1131]] — 음성
1번 직원은 {{date:3월 5일}}까지 보건소 내소하여 치료 상담 받도록 안내 부탁드립니다.
결핵관리실 [[PERSON:연수아]] 드림 (직통 [[PHONE_NUMBER:031-729-3917]])"""},

{"id": "s17-u04-009", "kind": "csv", "text": """순번,성명,생년월일,성별,연락처,접종희망일,비고
1,[[PERSON:어상진]],[[BIRTH_DATE:1955-03-30]],M,[[PHONE_NUMBER:010-2200-4471]],{{date:2025-03-10}},
2,[[PERSON:맹순임]],[[BIRTH_DATE:1952-11-11]],F,[[PHONE_NUMBER:031-262-3308]],{{date:2025-03-10}},수급자(무료)
3,[[PERSON:옥태식]],[[BIRTH_DATE:1950-07-04]],M,[[PHONE_NUMBER:010-9973-8201]],{{date:2025-03-11}},
4,[[PERSON:탁미선]],[[BIRTH_DATE:1954-01-21]],F,,{{date:2025-03-11}},전화없음-아들 연락
# 대상포진 무료접종 (만 65세 이상, 기초수급·차상위) — 상록수보건소 접수"""},

{"id": "s17-u04-010", "kind": "letter", "text": """치매치료관리비 지원 결정 통지
귀하: [[PERSON:모석찬]] 님 (보호자 [[PERSON:모유경]] 님 수령)
생년월일: [[BIRTH_DATE:1938년 6월 2일]]
지원내용: 치매약제비 및 진료비 본인부담금 {{amount:월 3만원}} 한도 (연 {{amount:36만원}})
지원기간: {{date:2025.03.01.}} ~ {{date:2026.02.28.}}
지급계좌: 신한 [[BANK_ACCOUNT:110-274-908815]] (예금주 [[PERSON:모유경]])
수원시 권선구 치매안심센터장 (담당 [[PERSON:남궁예린]] ☎ [[PHONE_NUMBER:031-228-6845]])"""},

{"id": "s17-u04-011", "kind": "case_note", "text": """쉼터 프로그램 관찰기록 {{date:25/02/11}} (화)
참여자 [[PERSON:천○순]] 어르신 — 오전 인지활동 중 "딸 [[PERSON:미영]]이 데리러 온다"며 반복 출입문 확인. 실제 딸 [[PERSON:천미영]] 씨는 대전 거주.
낮잠 후 안정. 점심 70% 섭취.
어르신 스스로 "나 [[BIRTH_DATE:경진년]] 용띠야"라고 하심 (실제 [[BIRTH_DATE:1940]]년생 맞음) → 장기기억 비교적 보존.
기록자: 작업치료사 [[PERSON:선예나]]"""},

{"id": "s17-u04-012", "kind": "form", "text": """건강진단결과서(구 보건증) 발급 신청서
성명 [[PERSON:노가연]]   주민등록번호 [[KR_RRN:010412-4**8***]]
업소명: {{org_name:가연분식}} / 영업자: [[PERSON:노재만]] / 사업자등록번호 [[KR_BRN:124-12-6605?]]
업소 주소: [[KR_ADDRESS:수원시 팔달구 인계로 124번길 17-1 (인계동)]]
직원번호(업소 내부): [[EMPLOYEE_ID:GY-03]]
검사일 {{date:2025.02.19}} / 결과 통보 예정일 {{date:2025.02.26}} / 수수료 {{amount:3,000원}}"""},

{"id": "s17-u04-013", "kind": "pipe_table", "text": """|후견사건번호|피후견인|생년월일|공공후견인|후견인 연락처|개시결정일|
|{{case_number:2024느단51207}}|[[PERSON:우O길]]|[[BIRTH_DATE:1941.08.03]]|[[PERSON:변정애]]|[[PHONE_NUMBER:010-5881-7729]]|{{date:2024.10.22}}|
|{{case_number:2024느단51388}}|[[PERSON:하*섭]]|[[BIRTH_DATE:1947.04.15]]|[[PERSON:석민우]]|[[PHONE_NUMBER:010-6634-0185]]|{{date:2024.11.29}}|
치매공공후견 사업 — 성남시 치매안심센터 관리"""},

{"id": "s17-u04-014", "kind": "notice", "text": """■ 수원시 영통구보건소 진료 안내
- 진료시간: 평일 {{time:09:00~18:00}} (점심 {{time:12:00~13:00}})
- 위치: 영통구 영통로 235 (보건소 본관 2층 진료실)
- 대표전화 {{public_number:031-228-8710}} / 팩스 {{public_number:031-228-8749}}
- {{date:2025년 설 연휴}}({{date:1.28.~1.30.}}) 휴진
※ 주소는 기관 위치로, 개인정보 아님"""},

{"id": "s17-u04-015", "kind": "school_list", "text": """HPV 예방접종 미완료자 명단 ({{org_name:○○여자중학교}} 보건실 → 기흥구보건소, {{date:2025.03.17}})
학번\t이름\t생년월일\t1차\t2차
[[STUDENT_ID:10312]]\t[[PERSON:예서진]]\t[[BIRTH_DATE:2012.05.11]]\t{{date:2024.09.02}}\t미접종
[[STUDENT_ID:10527]]\t[[PERSON:함다온]]\t[[BIRTH_DATE:2012.12.30]]\t미접종\t미접종
[[STUDENT_ID:20104]]\t[[PERSON:기지유]]\t[[BIRTH_DATE:2011.03.06]]\t{{date:2023.11.20}}\t미접종
보건교사 [[PERSON:마현정]] (교내 {{public_number:내선 214}})"""},

{"id": "s17-u04-016", "kind": "memo", "text": """국가건강검진 미수검자 전화 독려 — [[PERSON:염재춘]]님 ([[BIRTH_DATE:63년 10월]]생) 통화, 이번달 말 수검 약속. 다른 번호 [[PHONE_NUMBER:０１０－３３４５－７７１２]] 부인 [[PERSON:하명숙]]. 메모 {{date:3/4}} [[PERSON:용혜진]]"""},

{"id": "s17-u04-017", "kind": "complaint", "text": """보건소 주차장 관련 민원입니다.
어제({{date:2월 20일}}) 아이 예방접종 때문에 분당구보건소 갔는데 장애인주차구역에 표지 없는 차([[KR_CAR_PLATE:64너 3309]])가 1시간 넘게 서 있었어요.
직원분께 말씀드렸는데 "우리 직원 차"라고 하시더라고요. 너무 황당합니다.
제 연락처는 [[PHONE_NUMBER:010-4482-0917]], 이름은 [[PERSON:탁수정]]입니다. 사진 첨부합니다."""},

{"id": "s17-u04-018", "kind": "form", "text": """실종예방 지문 등 사전등록 신청서 (치매환자)
대상자: [[PERSON:모석찬]]  생년월일: [[BIRTH_DATE:38.06.02]]  키 165cm / 체중 58kg
주소: [[KR_ADDRESS:권선구 권선로 308번길 12, 세림아파트 2동 505호]]
보호자: [[PERSON:모유경]] (딸) 신분증 운전면허 [[KR_DRIVER_LICENSE:경기 13-071445-82]]
보호자 전화: [[PHONE_NUMBER:010-9412-0573]]
등록일 {{date:2025.02.18}}, 권선경찰서 여성청소년계 (☎{{public_number:031-8012-4321}})"""},
]
