# Writer c, batch 05: OCR-scanned forms, certificates, notices and press releases (hard negatives). All values invented. CC0 1.0.
DOCS = [
{"id": "s3-c05-001", "kind": "ocr_scan", "text": """전 입 신 고 서
신고인 성명 [[PERSON:엄 소 연]]   주민등록번호 [[KR_RRN:9l0722-2O48315]]
전 주 소 : [[KR_ADDRESS:서울특별시 관악구 봉천동 l629-ll 반지하]]
새 주 소 : [[KR_ADDRESS:경기도수원시영통구매탄동 l2O-4 3층]]
전입일 {{date:2O24.O3.O4}}   세대주와의 관계 : 본인
전화번호 [[PHONE_NUMBER:OlO-2l85-33O9]]
(서명) 엄소연""".replace("(서명) 엄소연", "(서명) [[PERSON:엄소연]]")},

{"id": "s3-c05-002", "kind": "press_release", "text": """보 도 자 료
배포일시 {{date:2024. 5. 7.(화)}} / 담당부서 {{org_name:교통정책과}} / 담당자 주무관 [[PERSON:석윤아]] ([[PHONE_NUMBER:031-228-3481]])

수원시, 1분기 불법 주정차 {{statistic:4만 2천여 건}} 단속
- 어린이보호구역 과태료 일반도로의 {{statistic:3배}} … 소화전 주변 {{statistic:5m}} 이내 절대 금지
수원시는 올해 {{date:1~3월}} 불법 주정차 {{statistic:42,318건}}을 단속해 과태료 {{amount:31억 원}}을 부과했다고 밝혔다.
단속 문자 알림 서비스는 차량번호(예: {{example_format:12가3456}})와 휴대전화번호를 등록하면 이용할 수 있다.
문의 {{public_number:031-228-2114}}"""},

{"id": "s3-c05-003", "kind": "notice", "text": """[안내] 민원서류 개인정보 가림 처리 기준
1. 주민등록번호는 뒷자리를 가립니다. 예) {{example_format:900101-1******}}
2. 전화번호는 가운데 자리를 가립니다. 예) {{example_format:010-****-1234}}
3. 계좌번호·카드번호는 끝 4자리만 표시합니다. 예) {{example_format:****-****-****-1234}}
4. 성명은 가운데 글자를 가립니다. 예) 홍○동
시행일 {{date:2024. 7. 1.}} / {{org_name:성남시 정보통신과}} ({{public_email:privacy@example-sn.go.kr}})""".replace("예) 홍○동", "예) {{example_format:홍○동}}")},

{"id": "s3-c05-004", "kind": "scholarship_application", "text": """2024학년도 2학기 ○○장학재단 장학금 신청서 (스캔본)
성  명 : [[PERSON:남도윤]]      학  번 : [[STUDENT_ID:2022-31087]]
생년월일 : [[BIRTH_DATE:2003 . 04 . 11]]     학과 : 컴퓨터공학과 3학년
주  소 : [[KR_ADDRESS:용인시 기흥구 서천동로 21번길 7-2, 나동 201호]]
휴대폰 : [[PHONE_NUMBER:010 - 7233 - 0915]]
장학금 입금계좌 : 토스뱅크 [[BANK_ACCOUNT:1000-4418-2290]]
가구원 : 부 [[PERSON:남재성]] ([[BIRTH_DATE:1970.12.19]]) / 모 [[PERSON:윤미옥]] ([[BIRTH_DATE:1972.02.08]])
제출일 {{date:2024. 08. 20.}}"""},

{"id": "s3-c05-005", "kind": "pension_application", "text": """기초연금 신청 접수증 (읍면동용)
신청인: [[PERSON:변춘자]]   생년월일: [[BIRTH_DATE:1959년 3월 28일]](음)  
배우자: [[PERSON:홍만식]]   생년월일: [[BIRTH_DATE:1956년 11월 2일]]
주소: [[KR_ADDRESS:용인시 처인구 양지면 남곡리 402-1]]
수령계좌: 농협 [[BANK_ACCOUNT:302-7718-2046-81]] (본인 명의)
접수일: {{date:2024.02.26}}  접수번호: {{receipt_number:2024-양지-0038}}
처리기한: {{date:2024.03.26}}  담당: [[PERSON:나은숙]]"""},

{"id": "s3-c05-006", "kind": "ocr_scan", "text": """통 장 사 본
ㅇㅇ은행  {{org_name:수원 영통지점}}  ☎ {{public_number:031-204-7700}}
계좌번호 [[BANK_ACCOUNT:1 0 0 2 - 8 3 1 - 5 5 0 2 7 4]]
예 금 주 [[PERSON:곽 재 희]]
신규일 {{date:2 0 1 8 . 0 9 . 1 4}}"""},

{"id": "s3-c05-007", "kind": "business_registration", "text": """사 업 자 등 록 증
( 일반과세자 )
등록번호 : [[KR_BRN:617-36-5201?]]
상      호 : {{org_name:영통 꽃피는 가게}}
성      명 : [[PERSON:금아름]]           생 년 월 일 : [[BIRTH_DATE:1989 년 07 월 15 일]]
개 업 연 월 일 : {{date:2021 년 03 월 02 일}}
사업장 소재지 : [[KR_ADDRESS:경기도 수원시 영통구 봉영로 1612, 1층 107호 (영통동)]]
업태 : 소매  종목 : 화훼
{{date:2021 년 03 월 05 일}}  {{org_name:동수원세무서장}}"""},

{"id": "s3-c05-008", "kind": "business_registration", "text": """사업자등록증 (법인사업자)
등록번호: {{business_number:128-86-40217}}   법인등록번호: {{corporate_number:134811-0193380}}
법인명: (주)하늘물류   대표자: [[PERSON:노정환]]
본점소재지: 경기도 용인시 처인구 백암면 (이하 생략)
개업연월일: {{date:2016년 05월 16일}}"""},

{"id": "s3-c05-009", "kind": "press_release", "text": """[보도자료] 용인시 등록외국인 {{statistic:4만명}} 돌파 … {{statistic:전년 대비 7.2%}} 증가
{{date:2024년 6월 말}} 기준 용인시 등록외국인은 {{statistic:40,213명}}으로, 국적별로는 중국({{statistic:11,052명}}), 베트남({{statistic:6,330명}}), 우즈베키스탄 순이었다.
시는 {{date:7월 15일}}부터 {{place_name:처인구 외국인주민지원센터}}에서 야간 상담을 운영한다. (문의 {{public_number:031-324-3519}})
※ 이 자료에 관한 문의: 외국인정책팀 [[PERSON:변지호]] 팀장"""},

{"id": "s3-c05-010", "kind": "ocr_scan", "text": """주 민 등 록 표 ( 등 본 )
세대주 성명 [[PERSON:탁정식]]   세대구성 사유 및 일자 : 전입세대구성 {{date:2015-11-02}}
현주소 : [[KR_ADDRESS:경기도 성남시 분당구 내정로 165번길 35, 118동 304호 (수내동, 양지마을)]]
번호 세대주관계 성명 주민등록번호 전입일/변동일
1  본인  [[PERSON:탁정식]]  [[KR_RRN:680304-1******]]  {{date:2015-11-02}}
2  처    [[PERSON:양혜정]]  [[KR_RRN:700915-2******]]  {{date:2015-11-02}}
3  자    [[PERSON:탁민규]]  [[KR_RRN:990427-1******]]  {{date:2015-11-02}}
4  자    [[PERSON:탁서영]]  [[KR_RRN:040830-4******]]  {{date:2015-11-02}}
발급일 {{date:2024년 10월 8일}}  발급번호 {{document_number:1302-2024-118832}}"""},

{"id": "s3-c05-011", "kind": "bid_notice", "text": """긴급 입찰 공고 제{{document_number:2024-0187}}호
1. 건명: 시청 전산실 UPS 교체
2. 입찰보증금 납부계좌: {{public_account:기업 005-018203-01-014}} (예금주: 성남시)
3. 개찰일시: {{date:2024. 9. 25. 11:00}}  장소: {{place_name:성남시청 2층 입찰집행실}}
4. 문의: 회계과 계약팀 {{public_number:031-729-2342}}, 전자조달 {{public_number:1588-0800}}
※ 기초금액 {{amount:87,230,000원}} (부가세 포함)"""},

{"id": "s3-c05-012", "kind": "ocr_scan", "text": """체육센터 회원가입신청서 (수기)
이름 [[PERSON:진효린]]  생년월일 [[BIRTH_DATE:`88.2.3]]  성별 여
주소 [[KR_ADDRESS:성남시 중원구 하대원동 37 l0l동 l5O3호]] (아파트명 모름?)
HP [[PHONE_NUMBER:OlO-55l2-8O4O]]
주차등록 차량 [[KR_CAR_PLATE:33고 l2O8]]
강좌: 수영 초급 (화목 {{time:06:00}})"""},

{"id": "s3-c05-013", "kind": "senior_center_roster", "text": """○○경로당 회원 명부 ({{date:2024.3. 현재}})
연번	성명	생년월일	주소	비상연락
1	[[PERSON:권말순]]	[[BIRTH_DATE:1937.5.2]]	[[KR_ADDRESS:수원시 장안구 연무동 221-14]]	딸 [[PHONE_NUMBER:010-8803-1126]]
2	[[PERSON:이복례]]	[[BIRTH_DATE:1941.10.29]]	[[KR_ADDRESS:수원시 장안구 연무동 230-2 2층]]	[[PHONE_NUMBER:031-251-6620]]
3	[[PERSON:도상만]]	[[BIRTH_DATE:1939.1.13]]	[[KR_ADDRESS:수원시 장안구 광교산로 154-3]]	아들 [[PHONE_NUMBER:010-3124-5580]]
4	[[PERSON:정금옥]]	[[BIRTH_DATE:1944.12.1]]	[[KR_ADDRESS:수원시 장안구 연무동 218-9]]	-"""},

{"id": "s3-c05-014", "kind": "employment_certificate", "text": """재 직 증 명 서
성       명 : [[PERSON:하도겸]]            사    번 : [[EMPLOYEE_ID:K20140317]]
주민등록번호 : [[KR_RRN:850118-1******]]
주       소 : [[KR_ADDRESS:경기도 화성시 동탄대로 636-3, 1204동 2101호]]
소       속 : 생산기술팀 / 책임
재 직 기 간 : {{date:2014. 03. 17.}} ~ 현재
용       도 : 금융기관 제출
{{date:2024. 10. 21.}}
{{org_name:(주)삼우테크}} 대표이사 [[PERSON:채명준]] (직인)"""},

{"id": "s3-c05-015", "kind": "enrollment_certificate", "text": """재 학 증 명 서
성명: [[PERSON:임하늘]]
학번: [[STUDENT_ID:21311042]]
생년월일: [[BIRTH_DATE:2002년 04월 11일]]생
소속: 공과대학 건축공학과 4학년 재학
입학일자: {{date:2021년 03월 02일}}
발급번호 {{document_number:제2024-11302호}}  발급일 {{date:2024년 9월 2일}}"""},

{"id": "s3-c05-016", "kind": "notice", "text": """[주의] 택배·과태료 사칭 문자 주의
최근 "고객님 택배 주소 불일치, 확인 바랍니다 hxxp://bit.ly/3xAb9" 또는 "[교통범칙금] 미납 고지서 확인" 문자가 다수 발송되고 있습니다.
- 송장번호 {{tracking_number:6893 1102 4471}}처럼 그럴듯한 숫자를 넣기도 합니다.
- 발신번호 {{public_number:02-3150-1234}}, {{public_number:1599-8899}} 등은 사칭에 도용된 번호입니다.
- 의심 문자는 {{public_number:118}}(불법스팸대응센터) 또는 {{public_number:112}}에 신고하세요.
{{date:2024. 11. 4.}} {{org_name:용인시 기흥구청}}"""},

{"id": "s3-c05-017", "kind": "csv_export", "text": """연번,성명,출생연도,연락처,거주지,신청일
1,[[PERSON:황보민]],[[BIRTH_DATE:1962]],[[PHONE_NUMBER:010-9031-2284]],[[KR_ADDRESS:수원시 영통구 청명남로 38 102-905]],{{date:2024-04-01}}
2,[[PERSON:선우진영]],[[BIRTH_DATE:1958]],[[PHONE_NUMBER:010-2271-4009]],[[KR_ADDRESS:수원시 영통구 영통로 200번길 5 1층]],{{date:2024-04-01}}
3,[[PERSON:모태준]],[[BIRTH_DATE:1971]],[[PHONE_NUMBER:010-5510-8832]],[[KR_ADDRESS:수원시 영통구 매영로 425 B동 1102호]],{{date:2024-04-02}}"""},

{"id": "s3-c05-018", "kind": "power_of_attorney", "text": """위 임 장
수임인(대리인) 성명 [[PERSON:류지민]]  주민등록번호 [[KR_RRN:910406-201723?]]  위임인과의 관계 : 딸
위임인 성명 [[PERSON:류창호]]  생년월일 [[BIRTH_DATE:1961. 6. 6]]  주소 [[KR_ADDRESS:성남시 수정구 수정로 171번길 12-7, 3층]]
위임내용 : 지방세 납세증명서 발급 및 수령 일체
{{date:2024 년 11 월 25 일}}   위임인 [[PERSON:류창호]] (인)"""},
]
