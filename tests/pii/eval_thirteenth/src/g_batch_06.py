# Writer g, batch 06: civil-defence drills, volunteer fire brigades, local disaster-prevention corps. CC0 1.0. All values invented.
DOCS = [
{"id": "s13-g06-001", "kind": "register", "text": """2024년 민방위대 편성 명부 (영통2동 제3지역대)
연번  성명      생년월일     주소                                   휴대전화         직장
1    [[PERSON:표진우]]    [[BIRTH_DATE:1986.03.11]]   [[KR_ADDRESS:영통로 200번길 35, 932동 1502호]]       [[PHONE_NUMBER:010-7734-1026]]   {{org_name:삼성전자}}
2    [[PERSON:하승재]]    [[BIRTH_DATE:1989.10.30]]   [[KR_ADDRESS:봉영로 1612, 704동 302호]]             [[PHONE_NUMBER:010-2059-6648]]   자영업
3    [[PERSON:국태민]]    [[BIRTH_DATE:1991.01.25]]   [[KR_ADDRESS:청명북로 22번길 6-4 (3층)]]            [[PHONE_NUMBER:010-4186-3320]]   
4    [[PERSON:Park Daniel]]  [[BIRTH_DATE:1993.07.04]]  [[KR_ADDRESS:매영로 269번길 12, 201호]]           [[PHONE_NUMBER:010-9920-4471]]   (복수국적)
편성일 {{date:2024.01.02}} / 지역대장 [[PERSON:문상현]]"""},

{"id": "s13-g06-002", "kind": "log", "text": """민방위 사이버교육 이수 로그 (성남시 수정구, 추출 {{date:2024-04-01}})
교육생,생년월일,로그인ID,접속IP,시작,종료,진도율
[[PERSON:구현모]],[[BIRTH_DATE:19880912]],hmkoo88,[[IP_ADDRESS:121.134.77.20]],{{date:2024-03-04 21:02}},{{date:2024-03-04 21:58}},{{statistic:100%}}
[[PERSON:명승원]],[[BIRTH_DATE:19920227]],sw_myung,[[IP_ADDRESS:223.38.14.201]],{{date:2024-03-05 12:31}},{{date:2024-03-05 12:40}},{{statistic:17%}}
[[PERSON:이 준]],[[BIRTH_DATE:19850106]],leejun0106,[[IP_ADDRESS:2001:e60:8712:3c0::a4]],{{date:2024-03-06 23:15}},{{date:2024-03-07 00:12}},{{statistic:100%}}
※ 223.x 대역은 모바일 접속"""},

{"id": "s13-g06-003", "kind": "sms", "text": """[수정구청] 민방위 [[PERSON:명승원]]님, 2024 민방위 사이버교육 진도율 17%입니다. {{date:4월 30일}}까지 미이수 시 집합교육 대상이 됩니다. 교육 사이트 접속 후 생년월일([[BIRTH_DATE:920227]]) 로 본인인증하세요. 문의 {{public_number:031-729-5172}}"""},

{"id": "s13-g06-004", "kind": "form", "text": """의용소방대원 임명 신청서

성      명: [[PERSON:탁영미]]           한자: [[PERSON:卓英美]]
주민등록번호: [[KR_RRN:781205-203391?]]
주      소: [[KR_ADDRESS:경기도 용인시 처인구 양지면 양지로 128-3]]
직      업: 자영업 ({{org_name:양지꽃집}}, 사업자 [[KR_BRN:142-25-3318?]])
연  락  처: [[PHONE_NUMBER:010-3141-7720]]     전자우편: [[EMAIL_ADDRESS:flower.tak@daum.net]]
희망 대: 양지면 여성의용소방대
추천인: 대장 [[PERSON:소경희]]
신청일: {{date:2024년 2월 13일}}"""},

{"id": "s13-g06-005", "kind": "spreadsheet", "text": """의용소방대 활동수당 지급 명단 ({{date:2024년 3월분}})
대원번호\t성명\t출동(회)\t수당\t은행\t계좌번호
{{code:YI-V-0211}}\t[[PERSON:탁영미]]\t4\t{{amount:200,000}}\t농협\t[[BANK_ACCOUNT:356-1217-4470-53]]
{{code:YI-V-0187}}\t[[PERSON:소경희]]\t6\t{{amount:300,000}}\t우리\t[[BANK_ACCOUNT:1002-731-884502]]
{{code:YI-V-0094}}\t[[PERSON:차동원]]\t5\t{{amount:250,000}}\t국민\t[[BANK_ACCOUNT:540101-01-228714]]
{{code:YI-V-0233}}\t[[PERSON:권보라]]\t2\t{{amount:100,000}}\t케이뱅크\t[[BANK_ACCOUNT:100-124-558910]]
지급일 {{date:2024.04.10}} / 작성 용인소방서 대응총괄과 [[PERSON:진서하]]"""},

{"id": "s13-g06-006", "kind": "official_letter", "text": """2024년 상반기 민방위의 날 훈련 계획 알림

1. 일시: {{date:2024. 5. 15.(수) 14:00~14:20}}
2. 내용: 공습대비 대피훈련(경계경보 → 공습경보 → 경보해제)
3. 대피장소: {{place_name:수원시청역 지하 대합실}}, {{place_name:인계동 나혜석거리 지하주차장}} 등 관내 민방위 대피시설 {{statistic:312개소}}
4. 차량 통제: 경수대로 일부 구간 (14:05~14:15)
5. 협조: 수원남부경찰서, 수원소방서
문의: 수원시 민방위과 {{public_number:031-228-2761}}
{{document_number:민방위과-3307}}"""},

{"id": "s13-g06-007", "kind": "register", "text": """외국인 주민 소방안전 체험훈련 참가자 (용인시 외국인복지센터)
1. [[PERSON:NGUYEN THI LAN]]  Vietnam  여권 [[KR_PASSPORT:C9012447]]  등록 [[KR_FRN:910330-6284517]]  [[PHONE_NUMBER:010-8172-0563]]
2. [[PERSON:Bakhrom Tursunov]]  Uzbekistan  여권 [[KR_PASSPORT:FA3017826]]  등록 [[KR_FRN:890602-5******]]
3. [[PERSON:王 丽娜]]  China  여권 [[KR_PASSPORT:EJ7718053]]  연락처 [[PHONE_NUMBER:010-2480-9931]]
4. [[PERSON:Maria Santos]]  Philippines  여권 [[KR_PASSPORT:P4402918B]]
훈련일 {{date:2024.04.21(일)}} / 장소 {{place_name:용인소방서 안전체험관}}
※ 여권번호는 보험가입용이며 훈련 후 파기"""},

{"id": "s13-g06-008", "kind": "list", "text": """[대학생 의용소방대 2기] 합격자 명단
학과         학번         성명      연락처
소방방재학과  [[STUDENT_ID:2022330417]]   [[PERSON:석준영]]    [[PHONE_NUMBER:010-5527-3108]]
간호학과      [[STUDENT_ID:2023410082]]   [[PERSON:어수아]]    [[PHONE_NUMBER:010-6634-2291]]
응급구조학과  [[STUDENT_ID:2021370155]]   [[PERSON:라건우]]    [[PHONE_NUMBER:010-4770-1854]]
오리엔테이션: {{date:3/16(토) 10시}}, {{place_name:수원소방서 2층 대회의실}}"""},

{"id": "s13-g06-009", "kind": "form", "text": """의용소방대 연합회비 자동납부 신청서
대원: [[PERSON:차동원]] (성남의용소방대 단대동 지역대)
납부방법: 신용카드 자동이체  카드사: 삼성카드
카드번호: [[CREDIT_CARD:5310 7412 0083 516?]]   유효기간: {{code:08/27}}
카드 소유자 생년월일: [[BIRTH_DATE:700418]]
월 회비: {{amount:10,000원}} (매월 {{date:25일}} 출금)
신청일 {{date:2024.02.01}}"""},

{"id": "s13-g06-010", "kind": "letter", "text": """민방위 교육훈련 면제(유예) 신청서
성명 [[PERSON:빈태준]], 생년월일 [[BIRTH_DATE:1987년 8월 16일]]
주소 [[KR_ADDRESS:성남시 분당구 판교역로 146, 605동 1101호]]
사유: 해외 장기출장 ({{date:2024.03.01~2024.08.31}}, 베트남 하노이)
증빙: 출입국사실증명, 여권사본(여권번호 [[KR_PASSPORT:M291A4406]])
연락처: [[PHONE_NUMBER:010-2847-7093]] / [[EMAIL_ADDRESS:tjbin87@outlook.com]]
신청일 {{date:2024. 2. 20.}}   신청인 [[PERSON:빈태준]] (서명)"""},

{"id": "s13-g06-011", "kind": "sms_log", "text": """[비상소집 발송이력] {{date:2024-07-18 02:14}} 호우경보 - 성남의용소방대 복정지역대
[[PHONE_NUMBER:010-****-1026]] [[PERSON:표진우]]  전송성공  응답 "출동가능"
[[PHONE_NUMBER:010-5931-4082]] [[PERSON:허민규]]  전송성공  응답 없음
[[PHONE_NUMBER:010-3307-6615]] [[PERSON:권다희]]  전송실패(번호변경)
[[PHONE_NUMBER:010-8826-0190]] [[PERSON:이상진]]  전송성공  응답 "30분 후 합류"
집결: {{place_name:복정동 119안전센터}} 03:00"""},

{"id": "s13-g06-012", "kind": "report", "text": """훈련 중 안전사고 보고
{{date:2024.05.15}} 민방위의 날 훈련 중 인계동 지하주차장 대피 유도하던 자율방재단원 [[PERSON:임정숙]]([[BIRTH_DATE:1962.11.8]]생, [[PHONE_NUMBER:010-4051-3382]])님이 계단에서 미끄러져 발목 염좌. 
{{place_name:성빈센트병원}} 응급실 이송({{date:14:32}}), 깁스 2주. 단원 상해보험 청구 예정 (보험증권 {{document_number:DB-2024-338201}}).
보고: 팔달구 안전총괄과 [[PERSON:편서윤]]"""},

{"id": "s13-g06-013", "kind": "email", "text": """제목: 다음주 소방기술경연대회 연습 일정 공지

대원 여러분 안녕하세요, 수지 남성의용소방대장 [[PERSON:옥진만]]입니다.
연습은 {{date:6월 3일(월)}}, {{date:5일(수)}} 저녁 7시 {{place_name:수지119안전센터}} 차고 앞입니다.
호스 전개 조는 [[PERSON:어태경]], [[PERSON:심재형]], [[PERSON:도하율]] 대원, 심폐소생술 조는 [[PERSON:노미숙]] 대원이 책임지고 진행해 주세요.
불참 시 총무 [[PERSON:차유경]]([[PHONE_NUMBER:010-7205-3119]])에게 미리 연락 바랍니다.

[[PERSON:옥진만]] / [[EMAIL_ADDRESS:okjm1964@hanmail.net]]"""},

{"id": "s13-g06-014", "kind": "checklist", "text": """민방위 대피시설 점검표 (영통구)
시설명: {{place_name:영통역 지하 2층 대합실}}  면적 {{statistic:4,120㎡}}  수용 {{statistic:4,993명}}
안내표지판: 양호 / 조명: 양호 / 비상급수: 해당없음
관리주체 담당: {{org_name:한국철도공사}} 영통역 부역장 [[PERSON:공태윤]] ([[PHONE_NUMBER:010-6218-3370]])
점검일: {{date:2024. 4. 3.}}  점검자: 영통구 [[PERSON:마유진]]"""},

{"id": "s13-g06-015", "kind": "register", "text": """의용소방대 피복 지급대장
성명|상의|하의|활동화|지급일|수령확인
[[PERSON:권보라]]|95|28|245|{{date:24.03.02}}|[[PERSON:권보라]]
[[PERSON:차동원]]|105|34|275|{{date:24.03.02}}|차
[[PERSON:張 美 蘭]]|90|26|235|{{date:24.03.09}}|대리수령([[PERSON:장혜원]])"""},

{"id": "s13-g06-016", "kind": "short_note", "text": """자율방재단 신규단원 [[PERSON:손창호]]({{org_name:창호철물}} 사장님, 사업자 [[KR_BRN:12425 1880?]]) 가입서류 받음. 방재단 조끼 XL"""},

{"id": "s13-g06-017", "kind": "list", "text": """수원시 권선구 곡반정동 지역자율방재단 명단
단장 [[PERSON:왕재석]] (곡반정 새마을지도자, [[PHONE_NUMBER:010-2210-9477]])
총무 [[PERSON:도은숙]] ([[PHONE_NUMBER:010-6650-3013]])
단원 [[PERSON:예창민]] ({{org_name:곡반정카센터}} 대표, 사업자등록 [[KR_BRN:124-31-6620?]])
단원 [[PERSON:우혜경]] ({{org_name:곡반정약국}}), [[PERSON:성대호]], [[PERSON:Jose Ramirez]]
장비보관: {{place_name:곡반정동 방재창고}} (곡반정동 행정복지센터 뒤)"""},

{"id": "s13-g06-018", "kind": "receipt", "text": """[주문확인] 민방위 비상대비용품 세트 (시 지원 50%)
주문번호 {{order_number:20240407-0038821}}
주문자: [[PERSON:함소라]] / [[PHONE_NUMBER:010-3592-8804]]
배송지: [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 701동 304호 (중동, 어은목마을)]]
결제: 체크카드 [[CREDIT_CARD:9410-61**-****-0725]] / {{amount:29,500원}}
배송조회 {{tracking_number:CJ 6891-2230-4417}}"""},
]
