# Writer a, batch 06: mixed (all three domains), IDs, licences, passports. CC0 1.0.
DOCS = [
{"id": "s11-a06-001", "kind": "official_form", "text": """재가장기요양기관 설치신고서 (방문요양·방문목욕)
기관명: 온새미재가복지센터
설치·운영자: [[PERSON:채은혜]] (개인)   생년월일: [[BIRTH_DATE:1974.08.26]]
사업자등록번호: [[KR_BRN:215-10-3317?]]   ※ 법인 위탁 전 사업자번호 {{business_number:215-81-44021}}은 폐업
소재지: [[KR_ADDRESS:성남시 중원구 광명로 377, 3층 302호 (금광동)]]
관리책임자(사회복지사): [[PERSON:설예진]]  [[PHONE_NUMBER:010-3620-8817]]
신고일: {{date:2025. 2. 26.}}   처리기한: 10일"""},

{"id": "s11-a06-002", "kind": "hr_document", "text": """[신규 요양보호사 인적사항 - 재외동포]
성명: [[PERSON:김 알렉산드라]] ([[PERSON:KIM ALEKSANDRA]])  국적: 우즈베키스탄
생년월일: [[BIRTH_DATE:1979/11/02]]
외국인등록번호: [[KR_FRN:791102-6053318]]  체류자격 F-4
여권번호: [[KR_PASSPORT:FA1742290]]
운전면허: 국제→국내 전환 완료 [[KR_DRIVER_LICENSE:28-25-004417-90]]
연락처: [[PHONE_NUMBER:010-2190-5573]], 주소 [[KR_ADDRESS:안산시 단원구 원곡로 45 302호]]
센터 근무 시작 {{date:2025-03-17}}"""},

{"id": "s11-a06-003", "kind": "phone_memo", "text": """{{date:4/8}} 활동지원 차량 이용 문의 — 활동지원사 [[PERSON:남경수]]([[PHONE_NUMBER:010-7741-0064]])
이용자 [[PERSON:염태진]]님 병원 이동 시 본인 차량 써도 되는지. → 가능, 단 운전면허([[KR_DRIVER_LICENSE:경기 11-045539-21]] 받아둠)와 차량보험 증빙 필요. 차량 [[KR_CAR_PLATE:63마 4019]]"""},

{"id": "s11-a06-004", "kind": "email", "text": """제목: 어머니 화장 절차 - 미국 거주 장남 위임 관련

성남시 노인복지과 담당자님,
저는 미국 시애틀에 사는 [[PERSON:송재훈]]입니다. 어머니 [[PERSON:신옥련]]([[BIRTH_DATE:1936.4.17]]) 께서 {{date:지난주 금요일}} 돌아가셨는데 제가 {{date:6/20}}에야 입국합니다.
그 전에 동생 [[PERSON:송재숙]]이 화장 신청을 하려는데, 장남 위임장에 제 여권번호를 쓰라고 해서 적어 드립니다: [[KR_PASSPORT:M48217309]] (대한민국 여권), 미국 영주권자입니다.
동생 연락처는 [[PHONE_NUMBER:010-6618-2243]], 제 메일은 [[EMAIL_ADDRESS:jhsong.sea@outlook.com]] 입니다.
- [[PERSON:Jae Hoon Song]]"""},

{"id": "s11-a06-005", "kind": "intake_memo", "text": """해외출생 출생신고 + 출산지원금 (재외국민 귀국)
부 [[PERSON:함지성]] / 모 [[PERSON:Emily Han]](한국명 [[PERSON:한은미]], 복수국적)
자 [[PERSON:함주원]] {{place_name:Vancouver, BC}}에서 출생 [[BIRTH_DATE:2025-01-09]]
자녀 대한민국 여권(긴급) [[KR_PASSPORT:M017A8842]] / 캐나다 여권 [[KR_PASSPORT:AB552093]]
입국 {{date:2025-04-02}}, 전입 {{date:2025-04-10}} → [[KR_ADDRESS:용인시 수지구 광교중앙로 311 수지 센트럴아이파크 108동 702호]]
출산지원금: 국내 출생아 요건 아님 → 용인시 조례상 전입 후 신청 가능 여부 법무 검토 요청"""},

{"id": "s11-a06-006", "kind": "spreadsheet_export", "text": """국가근로장학생 근무배치표 (영통노인복지관, 2025-1학기)
학번|성명|학과|근무요일|담당
[[STUDENT_ID:20231145]]|[[PERSON:노하람]]|사회복지학과|월·수|[[PERSON:전진영]]
[[STUDENT_ID:20220378]]|[[PERSON:차민서]]|간호학과|화·목|[[PERSON:전진영]]
[[STUDENT_ID:20241009]]|[[PERSON:Nguyen Van Duc]]|경영학과|금|[[PERSON:석상준]]
※ 근무시간 주 {{statistic:15시간}} 이하, 근무일지 매주 {{date:금요일}} 제출"""},

{"id": "s11-a06-007", "kind": "case_note", "text": """노인일자리(실버택배) 참여자 면담  {{date:2025.05.21}}
참여자 [[PERSON:국정태]] 어르신 ([[BIRTH_DATE:1955년 10월 3일]]생, 만 69세)
- 전동카트 운행 중 주차차량과 접촉({{date:5/19}}), 상대차량 [[KR_CAR_PLATE:232나 1180]] 운전자 [[PERSON:권보람]] 씨와 합의 중
- 어르신 1종보통 면허 [[KR_DRIVER_LICENSE:13-78-302219-11]], 적성검사 {{date:2026.12.31}} 만료
- 연락처 [[PHONE_NUMBER:031-213-5590]] (집), 주소 [[KR_ADDRESS:수원시 영통구 매탄로 120 매탄위브하늘채 305동 1603호]]
조치: 시니어클럽 보험사 사고접수(접수번호 {{receipt_number:2505-33-1028}})"""},

{"id": "s11-a06-008", "kind": "scanned_form_ocr", "text": """[신분증 사본 - 화장신청 첨부]
자 동 차 운 전 면 허 증
[[KR_DRIVER_LICENSE:경기 O9-O42215-3O]]
1종 보통
성명 [[PERSON:여 상 구]]
주민등록번호 [[KR_RRN:62O9l1-1******]]
주소 [[KR_ADDRESS:경기도 수원시 권선구 곡반정로 l22, 1O5동 7O3호]]
적성검사기간 {{date:2O27.O1.O1~2O27.12.31}}
{{date:2O17.O9.21}} 경기도지방경찰청장"""},

{"id": "s11-a06-009", "kind": "sms", "text": """[수원시] [[PERSON:국정례]] 어르신 기초연금 {{date:6월분}} {{amount:342,510원}} {{date:6/25}} 입금예정(계좌 [[BANK_ACCOUNT:***-**-**5627]]). 문의 매탄1동 {{public_number:031-228-7381}}"""},

{"id": "s11-a06-010", "kind": "system_log", "text": """Jun 11 02:14:09 meal-delivery-api[2231]: route.plan driver=[[EMPLOYEE_ID:VOL-0412]] stops=17 ok
Jun 11 02:14:09 meal-delivery-api[2231]: stop#3 recipient=[[PERSON:황보순덕]] addr="[[KR_ADDRESS:용인시 기흥구 중부대로 430-7 (영덕동) 101호]]" note=당뇨식
Jun 11 02:14:10 meal-delivery-api[2231]: stop#4 recipient=[[PERSON:임금례]] addr="[[KR_ADDRESS:용인시 기흥구 영덕동 1101-3]]" note=치아불편-죽
Jun 11 02:15:44 sshd[3301]: Accepted publickey for deploy from [[IP_ADDRESS:2406:5900:10f0:1::2a]] port 51882
Jun 11 02:15:44 sshd[3301]: OpenSSH_{{version:9.6p1}}"""},

{"id": "s11-a06-011", "kind": "kakaotalk", "text": """(우리동네 반상회 단톡)
302호: 혹시 1층 봉씨 할머니 요즘 보신 분 계세요? 우편물이 쌓여있어요
501호: 저 {{date:그저께}} 봤어요 경로당 가시던데
302호: 아 다행이다.. 할머니 아드님 번호 아시는 분?
관리소장 [[PERSON:이현철]]: 제가 알아요 [[PHONE_NUMBER:010-9105-3328]] 비상연락처로 받아둔거
302호: 감사해요 소장님"""},

{"id": "s11-a06-012", "kind": "complaint_letter", "text": """봉안당 유골함 위치가 바뀌어 있습니다.
{{date:2025년 4월 5일}} 한식에 아버지 [[PERSON:金容燮]]([[PERSON:김용섭]], [[BIRTH_DATE:1940년 음력 12월 2일]]생) 봉안함을 찾아갔는데 원래 자리(3층 {{room_number:C-12-05}})가 아닌 다른 칸에 있었고 명패도 [[PERSON:김용설]]로 잘못 적혀 있었습니다.
관리사무소는 리모델링 때 옮겼다고만 합니다. 유골이 바뀐 건 아닌지 확인해 주십시오.
민원인 [[PERSON:김은하]], [[KR_ADDRESS:서울특별시 송파구 오금로 32길 15-9 201호]], [[PHONE_NUMBER:02-431-7702]], [[EMAIL_ADDRESS:eunha.k@daum.net]]"""},

{"id": "s11-a06-013", "kind": "roster", "text": """사랑의 도시락 배달 봉사자 명단 ({{date:2025 하반기}})
- [[PERSON:조하민]] ({{org_name:수원외국어고}} 2학년, 학번 [[STUDENT_ID:20517]]) 토요일 도보 배달
- [[PERSON:서태웅]] (대학생, [[STUDENT_ID:2024113058]]) 토요일 도보
- [[PERSON:명은지]] 주부, 차량 [[KR_CAR_PLATE:20우 6634]], 면허 [[KR_DRIVER_LICENSE:경기 19-331842-14]] 화·목 차량 배달
- [[PERSON:어수길]] 퇴직교사, 차량 [[KR_CAR_PLATE:116수 9022]] 수요일
봉사 문의는 복지관 {{public_number:031-8012-6600}}"""},

{"id": "s11-a06-014", "kind": "official_letter", "text": """육아휴직 확인서

근로자 성명 [[PERSON:피예은]]   주민등록번호 [[KR_RRN:930604-217721?]]
사업장명 솔밭약국 (개인사업자, 사업자등록번호 [[KR_BRN:124-15-5590?]])
사업장 주소 [[KR_ADDRESS:수원시 권선구 권광로 153, 1층]]
대상 자녀 [[PERSON:허연우]] ([[BIRTH_DATE:2025. 2. 14.]]생)
육아휴직 기간 {{date:2025. 5. 1.}} ~ {{date:2026. 4. 30.}}
통상임금 {{amount:월 2,640,000원}}
위 사실을 확인합니다. {{date:2025. 4. 18.}}  대표 약사 [[PERSON:문경록]] (인)"""},

{"id": "s11-a06-015", "kind": "receipt", "text": """[카드매출전표]
가맹점: 봄날산후조리원  대표 [[PERSON:지혜련]]
사업자번호: [[KR_BRN:144-29-0318?]]
주소: [[KR_ADDRESS:성남시 분당구 백현로 97 다운타운빌딩 7층]]
카드번호: [[CREDIT_CARD:3560-11**-****-8820]] (JCB)
거래일시: {{date:2025/08/30 14:22:05}}
금액 {{amount:3,200,000}} (할부 6개월)
산모명: [[PERSON:함서영]] / 산후조리비 바우처 {{amount:500,000}} 차감"""},

{"id": "s11-a06-016", "kind": "memo", "text": """장애인 바우처택시 신청 [[PERSON:천우진]] [[BIRTH_DATE:'01.04.27]] 휠체어 전동 / [[KR_ADDRESS:중원구 둔촌대로 474 302동 110호]] / 보호자 母 [[PHONE_NUMBER:010-3317-6206]]"""},

{"id": "s11-a06-017", "kind": "scanned_form_ocr", "text": """분 묘 개 장 신 고 서
사망자 성명 : [[PERSON:韓 錫 武]] ([[PERSON:한석무]])  생년월일 : [[BIRTH_DATE:大正 12年 3月 5日]]  사망연월일 : {{date:1979. 8. 11.}}
분묘 소재지 : [[KR_ADDRESS:용인시 처인구 이동읍 묵리 산 12-1]]
개장 후 안치장소 : {{place_name:용인 평온의숲 봉안당}}
신고인 : [[PERSON:한 정 민]]  관계 : 손자  연락처 : [[PHONE_NUMBER:Ol0-8426-3l09]]
{{date:2O25 . 1O . 2O}}"""},

{"id": "s11-a06-018", "kind": "hr_document", "text": """보육교사 채용 결과 (해님어린이집, {{date:2025.02.24}})
합격: [[PERSON:송가은]] ([[BIRTH_DATE:1997.09.11]]) 보육교사 2급, 교직원번호 [[EMPLOYEE_ID:E2025-0031]], 입사 {{date:3/1}}
예비: [[PERSON:라해인]] ([[BIRTH_DATE:1999.01.30]])
불합격 통보: [[PERSON:심보영]], [[PERSON:엄채린]]
※ 합격자 범죄경력조회 동의서 회신 {{date:2/27}}까지, 연락 [[PERSON:송가은]] [[PHONE_NUMBER:010-8214-3357]]"""},
]
