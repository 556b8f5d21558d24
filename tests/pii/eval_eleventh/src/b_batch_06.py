# Writer b, batch 06: mixed domains, hard look-alikes. CC0 1.0. All values invented.
DOCS = [
{"id": "s11-b06-001", "kind": "notice_letter", "text": """과태료 부과 사전통지서 (주정차위반)
납부자 [[PERSON:민 태 윤]] 님   주민등록번호 [[KR_RRN:910508-1******]]
주소 [[KR_ADDRESS:용인시 기흥구 상갈로 8, 상갈마을 금화 312동 1404호]]
차량번호 [[KR_CAR_PLATE:154보 2273]]
고지번호 {{document_number:260308-1177420}}   전자납부번호 {{payment_number:0410-2026-0311-8842}}
위반일시 {{date:2026-03-08 09:41}}  의견제출기한 {{date:2026-04-07}}
※ 위 고지번호는 주민등록번호가 아닙니다. 문의 기흥구청 교통과 {{public_number:031-324-5331}}"""},

{"id": "s11-b06-002", "kind": "application_form", "text": """투표사무원 지원서 (대학생)
성명 [[PERSON:어 유 진]]  학교 경희대(국제캠) 학번 [[STUDENT_ID:2022100417]]
주민등록번호 [[KR_RRN:030214-418052?]]
주소 [[KR_ADDRESS:용인시 기흥구 덕영대로 1732, 경희대 국제캠 제2기숙사 B-513]]
연락처 [[PHONE_NUMBER:010-5501-0284]]
수당계좌 카카오뱅크 [[BANK_ACCOUNT:3333-08-2210947]]
희망 투표소 {{place_name:서천동 행정복지센터}}"""},

{"id": "s11-b06-003", "kind": "spreadsheet_export", "text": """외국인 선거인명부 (성남시 중원구 중앙동 제2투표구) - 열람용
명부번호|성명|국적|외국인등록번호|생년월일|주소
{{code:외-0041}}|[[PERSON:장 해 연]]|중국(조선족)|[[KR_FRN:730601-6******]]|[[BIRTH_DATE:1973.06.01]]|[[KR_ADDRESS:성남시 중원구 중앙동 1441-3 202호]]
{{code:외-0042}}|[[PERSON:Rahimov Timur]]|우즈베키스탄|[[KR_FRN:851103-5******]]|[[BIRTH_DATE:1985.11.03]]|[[KR_ADDRESS:성남시 중원구 광명로 77번길 19, B102]]
{{code:외-0043}}|[[PERSON:리 메 이 링]]|대만|[[KR_FRN:990827-6******]]|[[BIRTH_DATE:1999.08.27]]|[[KR_ADDRESS:성남시 중원구 중앙동 2219 센트럴타운 803호]]
열람기간 {{date:5.14.~5.16.}} / 명부 작성 기준일 {{date:2026.5.8.}}"""},

{"id": "s11-b06-004", "kind": "kakaotalk", "text": """[다문화 통역 지원 - 동물등록]
[통역 [[PERSON:부 티 응옥]]] 선생님 이분 여권번호 [[KR_PASSPORT:B9917244]] 이고요 등록증은 아직 없대요
[[[PERSON:권나래]] 주무관] 네 여권으로 등록 가능해요. 생년월일도 여쭤봐주세요
[통역 [[PERSON:부 티 응옥]]] [[BIRTH_DATE:15/08/1996]] 이래요. 이름은 [[PERSON:Dang Thi Thu]] 
[[[PERSON:권나래]] 주무관] 감사합니다. 강아지 이름은요?
[통역 [[PERSON:부 티 응옥]]] 밍밍이요ㅎㅎ 2개월 됐대요"""},

{"id": "s11-b06-005", "kind": "receipt", "text": """[신용카드 매출전표]
가맹점명 : 수진카센터     대표자 : [[PERSON:모 기 석]]
사업자번호 : [[KR_BRN:129-14-9920?]]
가맹점주소 : [[KR_ADDRESS:성남시 수정구 수진동 3218-4]]
카드번호 : [[CREDIT_CARD:6243-11**-****-902?]]
거래일시 : {{date:2026/02/06 11:20}}
품명 : 하부 점검, 휠밸런스, 타이어 1본 (포트홀 파손)
금액 : {{amount:214,500}}   승인번호 : {{approval_number:00911245}}
※ 차량 [[KR_CAR_PLATE:04버 7723]]"""},

{"id": "s11-b06-006", "kind": "system_log", "text": """tow-yard release check {{date:2026-04-18}}
18:40:11 ID_VERIFY ok name=[[PERSON:송다빈]] dl=[[KR_DRIVER_LICENSE:11-16-227041-83]] plate=[[KR_CAR_PLATE:19오 5503]] term=[[IP_ADDRESS:192.168.20.14]]
18:52:03 PAY card=[[CREDIT_CARD:****-****-****-8817]] amt={{amount:40000}} res=OK
18:53:40 PAY card=[[CREDIT_CARD:****-****-****-8817]] amt={{amount:40000}} res=OK dup_warn=Y
19:05:12 ID_VERIFY fail name=[[PERSON:Jung Hoseok]] dl=[[KR_DRIVER_LICENSE:서울 03-551208-17]] reason=expired plate=[[KR_CAR_PLATE:서울34다5521]]
sys {{version:10.2.15.3}} / {{oid:2.16.410.0.1.4.1}}"""},

{"id": "s11-b06-007", "kind": "system_log", "text": """# 2027 주민참여예산 온라인 주민투표 - 이상접속 탐지 리포트
rule=same_ip_multi_vote window=10m
 [[IP_ADDRESS:121.190.44.17]]  votes=14  ids=[u_3381,u_3382,u_3390,...]  flag=REVIEW
 [[IP_ADDRESS:2001:2d8:e1a4:7f0c::2031]]  votes=6  flag=OK(아파트 공용와이파이 추정)
 [[IP_ADDRESS:61.78.3.250]]  votes=9  flag=REVIEW
note: [[IP_ADDRESS:121.190.44.0/24]] 대역은 {{org_name:영통구 OO아파트 관리사무소}} 공유기 추정. 검토자 [[PERSON:배성호]]
threshold {{version:1.0.4}} 적용, 총 투표 {{statistic:18,442건}}"""},

{"id": "s11-b06-008", "kind": "phone_memo", "text": """사전투표 관외 문의 - 대학생 ({{date:5/27}})
[[PERSON:성 다 은]] 학생, 주소지는 부산인데 기숙사 살아서 사전투표로 하고싶다고.
생년월일 [[BIRTH_DATE:2006년 2월 28일]] (첫 투표라고 함), 학번 [[STUDENT_ID:2025-31427]] (아주대)
기숙사 [[KR_ADDRESS:수원시 영통구 월드컵로 206, 아주대 남제관 312호]]
→ 관외 사전투표는 전국 어디서나 가능, 신분증만 지참하면 됨 안내. 회신번호 [[PHONE_NUMBER:010-2290-6613]]"""},

{"id": "s11-b06-009", "kind": "complaint_letter", "text": """거주자우선주차 부정사용 신고

{{code:장안3-A-07}} 구획 배정받은 사람은 [[PERSON:공 민 수]]씨인데 실제로는 매일 다른 차([[KR_CAR_PLATE:서울 29 너 6608]])가 대놓고 있습니다. 배정차량은 [[KR_CAR_PLATE:41무 8850]]인데 그 차는 몇달째 안보여요. 아마 돈받고 빌려주는거 같습니다.
저는 같은 골목 [[KR_ADDRESS:수원시 장안구 장안동 134-9]] 사는 [[PERSON:하덕순]]이고 대기번호 {{statistic:3번}}입니다. 조사해주세요."""},

{"id": "s11-b06-010", "kind": "sms", "text": """[[PERSON:서윤]]이 엄마예요. 어제 물린 애 보호자요. 치료비 영수증 사진 보냈어요 확인부탁드려요 [[PHONE_NUMBER:010-4882-1077]]"""},

{"id": "s11-b06-011", "kind": "opinion_statement", "text": """의견진술서 (과태료 감경 요청 - 국가유공자)
성명 [[PERSON:육 만 철]]  주민등록번호 [[KR_RRN:480719-107312?]]
보훈번호 {{veteran_number:11-027744}}  (국가유공자증 사본 첨부)
주소 [[KR_ADDRESS:수원시 권선구 세류로 31번길 7]]
연락처 자택 [[PHONE_NUMBER:(031)234-7705]]
차량 [[KR_CAR_PLATE:27다 3140]]
내용 : 질서위반행위규제법 시행령에 따라 국가유공자 50% 감경 신청합니다.
{{date:2026.3.2.}}"""},

{"id": "s11-b06-012", "kind": "case_note", "text": """보도 낙상 - 외국인 근로자 ({{date:2026.03.19}} 접수)
피해자 [[PERSON:KHAN MD RAFIQUL]] (방글라데시) 외국인등록번호 [[KR_FRN:890402-5910237]] 생년월일 [[BIRTH_DATE:1989-04-02]]
고용주 [[PERSON:석 재 만]] ('재만금속', 개인사업자 [[KR_BRN:135-30-1180?]]) ☎ [[PHONE_NUMBER:010-7745-0281]]
사업장 [[KR_ADDRESS:화성시 향남읍 발안공단로 4길 22]]
사고: 출근길 {{place_name:기흥구 공세동}} 버스정류장 앞 보도 침하부에서 넘어짐, 무릎 인대 손상
→ 산재 처리 여부 먼저 확인 요청 (고용주 측)"""},

{"id": "s11-b06-013", "kind": "claim_form", "text": """차량 파손 배상신청 - 개인택시
성명 [[PERSON:봉 재 철]]  생년월일 [[BIRTH_DATE:1963-10-22]]
개인택시 사업자등록번호 [[KR_BRN:124-41-0077?]]
차량번호 [[KR_CAR_PLATE:경기 33 바 7718]] / 운전자격증 번호 {{license_number:수원-2009-0412}}
운전면허 [[KR_DRIVER_LICENSE:13-88-047731-40]]
주소 [[KR_ADDRESS:수원시 권선구 곡반정동 517번지 1호]]
사고 {{date:2026. 2. 27.}} 21:30 {{place_name:덕영대로}} 포트홀. 휴업손해 2일분 포함 청구
계좌 농협 [[BANK_ACCOUNT:352-4418-0721-53]]"""},

{"id": "s11-b06-014", "kind": "notice", "text": """[용인시] 반려견 동물등록 자진신고 기간 운영
기간: {{date:2026. 5. 1.}} ~ {{date:6. 30.}} (이 기간 등록 시 과태료 면제)
대상: 2개월령 이상 개
신청서 작성 예시) 소유자: {{example_name:홍길동}}, 생년월일: {{example_date:1980.01.01}}, 연락처: {{example_phone:010-0000-0000}}
문의: 용인시 동물보호과 {{public_number:031-324-4472}}, 이메일 {{public_email:animal@yongin.go.kr}}"""},

{"id": "s11-b06-015", "kind": "phone_memo", "text": """입양 후 모니터링 콜 ({{date:6/2}})
입양자 [[PERSON:인수빈]] 님 [[PHONE_NUMBER:010-8237-5561]] - 누리(구 공고명 '갈색이') 잘 적응중, 중성화 {{date:5/20}} 완료. 남편분 [[PERSON:태오]]씨가 산책 전담이라고. 사진 보내주시기로.
통화자 [[PERSON:김가희]]"""},

{"id": "s11-b06-016", "kind": "spreadsheet_export", "text": """2026년 4월 통장 활동수당 지급내역 (영통2동)
통	성명	주민번호	은행	계좌	금액
1	[[PERSON:전 영 자]]	[[KR_RRN:590311-2******]]	농협	[[BANK_ACCOUNT:302-0118-4471-21]]	{{amount:400,000}}
2	[[PERSON:주 민 호]]	[[KR_RRN:6612251******]]	국민	[[BANK_ACCOUNT:94460201335872]]	{{amount:400,000}}
3	[[PERSON:Nam Kyung-hee]]	[[KR_RRN:720818-2******]]	새마을금고	[[BANK_ACCOUNT:9002-1877-3390-4]]	{{amount:400,000}}
4	[[PERSON:태 미 경]]	[[KR_RRN:800102-2******]]	우체국	[[BANK_ACCOUNT:014422-02-118907]]	{{amount:400,000}}
지급예정일 {{date:2026.04.25}}"""},

{"id": "s11-b06-017", "kind": "register", "text": """민원 처리대장 (교통·동물·도로 통합) 4월 4주
{{case_number:2AA-2604-0998811}} | 견인 이의 | [[PERSON:곽재민]] | [[PHONE_NUMBER:010-8836-0052]] | 처리중
{{case_number:2AA-2604-0998840}} | 길고양이 | [[PERSON:육정아]] | [[PHONE_NUMBER:010-7420-0938]] | 완료({{date:4/24}})
{{case_number:2AA-2604-1002231}} | 포트홀 | [[PERSON:황 인 성]] | [[PHONE_NUMBER:010-5519-3308]] | 이관(도로과)
{{case_number:2AA-2604-1002279}} | 개물림 | [[PERSON:Morgan Lee]] | [[PHONE_NUMBER:+82-10-4420-9981]] | 접수
{{case_number:2AA-2604-1004003}} | 선거인명부 | [[PERSON:류승환]] | [[PHONE_NUMBER:010-9021-4475]] | 완료({{date:4/27}})"""},

{"id": "s11-b06-018", "kind": "scanned_form_ocr", "text": """동 물 등 록 변 경 신 고 서 (소 유 자 주 소 변 경)
소유자   [[PERSON:나 현 식]]     생년월일 [[BIRTH_DATE:１９７９．０３．１５]]
변경 전  [[KR_ADDRESS:성남시 분당구 금곡동 １６５ 청솔마을 ３０７동 ５０２호]]
변경 후  [[KR_ADDRESS:용인시 수지구 상현동 ８４１ 만현마을 ９단지 ９１１동 １２０３호]]
전화     [[PHONE_NUMBER:０１０ ３３０８ ７７２１]]
등록번호 {{animal_registration_number:４１００７１０００８８２０１３}}   변경사유발생일 {{date:２０２６．０４．２０}}"""},

{"id": "s11-b06-019", "kind": "memo", "text": """도로과 [[PERSON:임하준]] 주무관 휴대폰 [[PHONE_NUMBER:010-6120-3374]] (현장 나가 있을 때), 사무실 {{public_number:031-729-4300}}"""},

{"id": "s11-b06-020", "kind": "email", "text": """보낸 사람: [[EMAIL_ADDRESS:h.jiyeon.0514@gmail.com]]
받는 사람: {{public_email:minwon@suwon.go.kr}}
제목: 보도블록 넘어짐 사고 처리 경과 문의 (접수번호 {{receipt_number:2603-0417}})

안녕하세요. {{date:3월 4일}}에 접수한 [[PERSON:황지연]]입니다. 제 딸 [[PERSON:민하]]([[BIRTH_DATE:2014년생]])가 등교길에 {{place_name:권선초등학교}} 앞 보도블록 깨진 데서 넘어져 앞니가 부러졌어요.
치과 견적이 나왔는데 어디로 보내야 하나요? 한달 넘게 연락이 없네요.
주소 [[KR_ADDRESS:수원시 권선구 권선로 654번길 11-3, 나동 202호]] / [[PHONE_NUMBER:010-8831-2290]] (엄마)"""},
]
