# Writer j, batch 06: lost-and-found. CC0 1.0. All values invented.
DOCS = [
{"id": "s14-j06-001", "kind": "lost_found_register", "text": """습득물 접수대장 ({{org_name:수원역}} 유실물센터)
관리번호|습득일|물품|내용물(신분확인)|상태
{{receipt_number:SW-0312-01}}|{{date:03-12}}|검정 반지갑|운전면허증 [[PERSON:허동욱]] [[KR_DRIVER_LICENSE:11-97-338210-41]], 신한카드 [[CREDIT_CARD:4518-44**-****-6021]]|본인 연락중([[PHONE_NUMBER:010-8127-**58]])
{{receipt_number:SW-0312-02}}|{{date:03-12}}|사원증 목걸이|{{org_name:삼성전자}} 사원증 [[PERSON:최유나]] 사번 [[EMPLOYEE_ID:21F47732]]|회사 통보
{{receipt_number:SW-0312-03}}|{{date:03-12}}|학생증|{{org_name:경기대학교}} [[PERSON:나윤재]] [[STUDENT_ID:202321905]]|학교 학생지원팀 인계
{{receipt_number:SW-0312-04}}|{{date:03-12}}|외국인등록증|[[PERSON:RAHMAN MD ASIF]] [[KR_FRN:930617-5103349]]|출입국 통보 예정"""},

{"id": "s14-j06-002", "kind": "lost_report_online", "text": """[LOST112 분실신고]
분실물명: 여권
분실일자: {{date:2024년 04월 06일}}
분실지역: {{place_name:용인시 기흥구 보라동}} 인근
상세: 여권(대한민국, 여권번호 [[KR_PASSPORT:M71920384]]) 및 여권케이스, 케이스 안에 운전면허증(경기 [[KR_DRIVER_LICENSE:12-05-119384-22]]) 있음
신고자: [[PERSON:인소희]] / [[PHONE_NUMBER:010-2298-7031]] / [[EMAIL_ADDRESS:sohee.in.0202@gmail.com]]
생년월일: [[BIRTH_DATE:2002.02.02]]"""},

{"id": "s14-j06-003", "kind": "lost_found_sms", "text": "[경찰청 유실물] [[PERSON:나윤재]]님 분실하신 학생증이 {{org_name:수원역}} 유실물센터에 보관중입니다. 관리번호 {{receipt_number:SW-0312-03}} 신분증 지참 후 수령하세요. 보관기한 ~{{date:6/12}}"},

{"id": "s14-j06-004", "kind": "complaint", "text": """버스에 두고 내린 가방 찾습니다ㅠ

{{date:5월 19일}} {{time:오후 6시 20분}}쯤 7770번 버스 타고 {{place_name:사당역}}에서 {{place_name:수원 KT위즈파크}} 방향으로 가다가 중간에 내렸는데 회색 에코백을 놓고 내렸어요. 안에 노트북이랑 아이 의료보험 서류(아이 이름 [[PERSON:강서윤]], 생일 [[BIRTH_DATE:2019.09.09]])가 있어요. 버스회사 {{org_name:경기고속}}에도 전화했는데 없대요.
찾으시면 [[PHONE_NUMBER:010-6033-2748]] 로 연락 주세요. [[PERSON:강민지]]"""},

{"id": "s14-j06-005", "kind": "found_item_handover", "text": """습득물 인계서
습득자: [[PERSON:유승철]] (택시기사, {{org_name:성남개인택시조합}}) [[KR_CAR_PLATE:경기 33아 4102]]
습득일시: {{date:2024.06.01}} {{time:01:40}}
습득장소: 차량 뒷좌석
물품: 갤럭시 폴드 1대(IMEI {{serial_number:355487112093418}}), 신용카드 1매([[CREDIT_CARD:3562 11** **** 8840]], 명의 [[PERSON:JEON HAYUN]])
인수자: {{org_name:분당경찰서}} 서현지구대 순경 [[PERSON:여민호]]
※ 습득자 보상금 청구 희망 / 연락 [[PHONE_NUMBER:010-4913-2860]]"""},

{"id": "s14-j06-006", "kind": "chat_log", "text": """[당근 채팅]
A: 안녕하세요 공원에서 지갑 주웠는데 게시글 보고 연락드려요 혹시 [[PERSON:여은비]]님 맞으세요?
B: 헐 네 맞아요!!! 어디서 주우셨어요
A: [[KR_ADDRESS:광교호수로 57]] 앞 벤치요. 신분증 사진 보니까 [[BIRTH_DATE:98년 7월 1일]]생 맞으시죠? 본인확인차
B: 네네 맞아요 ㅠㅠ 감사합니다 지금 바로 갈게요"""},

{"id": "s14-j06-007", "kind": "unclaimed_notice", "text": """[공고 제2024-유실-0419호] 습득물 공고
습득물 | 습득일 | 습득장소 | 보관장소
현금 {{amount:57만원}} 및 수표 | {{date:2024.04.02}} | {{place_name:성남 모란시장}} | {{org_name:성남중원경찰서}}
외국인등록증([[PERSON:Ahmadov Rustam]], [[KR_FRN:870509-5******]]) | {{date:2024.04.05}} | {{place_name:야탑역 3번출구}} | {{org_name:분당경찰서}}
학생증({{org_name:가천대}}, [[PERSON:김○린]], 학번 [[STUDENT_ID:2022*****]]) | {{date:2024.04.08}} | 마을버스 | {{org_name:성남수정경찰서}}
※ 공고 후 6개월 이내 권리자가 나타나지 않으면 습득자에게 소유권이 이전됩니다."""},

{"id": "s14-j06-008", "kind": "lost_found_email", "text": """제목: 분실물 회수 요청 (사원증)
보낸이: [[EMAIL_ADDRESS:taeyang.park@hyundai-ite.com]]

총무팀 담당자님, 어제 퇴근길 {{org_name:판교역}}에서 사원증을 분실했다가 역무실에 보관되어 있다는 연락을 받았습니다. 회사 보안 규정상 사원증 재발급이 필요한지 확인 부탁드립니다.
성명 [[PERSON:박태양]] / 사번 [[EMPLOYEE_ID:E2019-04418]] / 부서 생산기술팀 / 내선 {{public_number:4307}} / 휴대 [[PHONE_NUMBER:010-7152-3349]]"""},

{"id": "s14-j06-009", "kind": "police_lost_report", "text": """분실물 신고서 (지구대 접수)
신고인 [[PERSON:반예준]]  ([[BIRTH_DATE:71.3.25]])  [[PHONE_NUMBER:010-9028-1144]]
주소 [[KR_ADDRESS:수원시 권선구 금곡로 197, 101동 1201호 (금곡동, 호반베르디움)]]
분실물: 차량 스마트키 (차량 [[KR_CAR_PLATE:144머 7029]]) 및 현관 카드키
분실추정: {{date:2024.07.15}} 저녁 {{place_name:호매실동 먹자골목}}
접수 경장 [[PERSON:사공민준]] / {{date:2024.07.16}} {{time:09:05}}"""},

{"id": "s14-j06-010", "kind": "lost_found_register", "text": """【수지구청 민원실 습득물 보관 목록】
1) {{date:08.02}} 신분증: 주민등록증 [[PERSON:옥정란]] [[KR_RRN:480902-2******]] 주소 [[KR_ADDRESS:용인시 수지구 성복2로 86, 604동 303호]] → 본인 수령({{date:08.05}})
2) {{date:08.07}} 청소년증: [[PERSON:도건우]] [[BIRTH_DATE:2011.12.30]] → 보호자 연락({{date:08.07}}, 모 [[PHONE_NUMBER:010-6691-3024]])
3) {{date:08.13}} 우산, 텀블러 → 주인 미상"""},

{"id": "s14-j06-011", "kind": "sns_post", "text": "지갑 찾아요!! {{date:9/1}} 밤 [[KR_ADDRESS:영통구 봉영로 1623 영통역 먹자골목]]쪽에서 잃어버렸어요. 갈색 카드지갑이고 안에 운전면허증([[PERSON:배진혁]]), 하나카드, 사진 있어요. 주우신 분 DM이나 [[PHONE_NUMBER:010-55l3-8227]]로 ㅠㅠ 사례할게요 #지갑분실 #영통"},

{"id": "s14-j06-012", "kind": "lost_found_register", "text": """유실물 인계 목록 ({{org_name:경기도 시내버스 공동관리센터}} → 경찰서)
No	접수일	노선	물품	식별정보
1	{{date:2024-09-10}}	{{code:66-4}}	카드지갑	체크카드 [[CREDIT_CARD:9430 0300 1875 664?]] / [[PERSON:조윤서]]
2	{{date:2024-09-10}}	{{code:720-2}}	여권	[[PERSON:PHAM THI MAI]] [[KR_PASSPORT:C7802211]]
3	{{date:2024-09-11}}	{{code:1112}}	운전면허증	[[PERSON:이강혁]] [[KR_DRIVER_LICENSE:서울 13-446172-09]]
4	{{date:2024-09-11}}	{{code:5000A}}	백팩	노트북, 학생증 [[STUDENT_ID:B915064]] ([[PERSON:한누리]])"""},

{"id": "s14-j06-013", "kind": "complaint", "text": """유실물 처리 늦어서 민원 넣습니다

{{date:10월 2일}}에 {{place_name:성남시청}} 민원실에 주웠던 지갑 맡겼는데요, 6개월 지나면 습득자가 가져갈 수 있다고 했잖아요. 근데 아직 공고도 안 올라왔다고 하던데 처리가 어떻게 되는건지. 제 이름 [[PERSON:용희준]] [[PHONE_NUMBER:010-3358-7702]]이고 접수증 번호는 {{receipt_number:SN-2410-0088}} 이에요."""},

{"id": "s14-j06-014", "kind": "lost_report_online", "text": """Lost item report (English form)
Name: [[PERSON:Oliver Grant]]
Nationality: Australia / Passport No. [[KR_PASSPORT:PA4417093]]
Alien registration no.: [[KR_FRN:960214-5820711]]
Date of birth: [[BIRTH_DATE:14-02-1996]]
Item: backpack with MacBook, lost on {{date:Oct 20}} at {{place_name:Suwon Hwaseong Fortress}} parking lot
Phone: [[PHONE_NUMBER:010-2407-9935]] / Email: [[EMAIL_ADDRESS:ol.grant96@icloud.com]]
Reported: {{date:2024-10-21}} 10:12 KST"""},

{"id": "s14-j06-015", "kind": "found_item_handover", "text": "습득 메모: {{date:11.9}} 청소중 [[KR_ADDRESS:신갈동 51-3 신갈프라자 4층 403호]] 앞 복도에서 면허증 발견. 면허번호 [[KR_DRIVER_LICENSE:경기 93-207715-18]] 이름 [[PERSON:석종민]] 생년 [[BIRTH_DATE:740911]]. 관리실에서 보관중, 관리소장 [[PERSON:표영자]] [[PHONE_NUMBER:031-282-71O9]] (OCR)"},

{"id": "s14-j06-016", "kind": "police_internal", "text": """유실물 반환 처리 결과
- 물건: 현금 {{amount:2,340,000원}} 든 봉투 (봉투 겉면 '○○상회 [[PERSON:하순례]]' 필기)
- 습득자: [[PERSON:엄준석]] ([[BIRTH_DATE:2008.05.17]]생, 중학생) - 보호자 부 [[PERSON:엄기호]]
- 유실자: [[PERSON:하순례]] ([[BIRTH_DATE:1946.01.08]]생) / [[KR_ADDRESS:수원시 장안구 영화동 402-7]]
- 보상금: 유실자가 {{amount:20만원}} 지급({{statute:유실물법 제4조}}, 5~20%)
- 처리: {{date:2024-11-28}} 반환 완료, 습득자 표창 추천(생활안전계 [[PERSON:홍OO]])"""},

{"id": "s14-j06-017", "kind": "lost_found_notice", "text": "[안내] 분실 신분증 수령 시 본인 신분증이 없으면 생년월일과 주소로 본인 확인합니다. 대리 수령 시 위임장 필요. 유실물 통합포털 {{url:lost112.go.kr}} / 문의 {{public_email:lost112@police.go.kr}} / 접수시간 {{time:09:00~18:00}}"},

{"id": "s14-j06-018", "kind": "wifi_log", "text": """[카페 분실 노트북 IP 추적 요청 - 지구대 메모]
피해자 [[PERSON:기하늘]]([[BIRTH_DATE:'00.04.27]]) 주장: 분실 노트북이 {{date:12/02}} {{time:14:22}} 외부망 접속, 공유기 관리화면상 할당 IP [[IP_ADDRESS:192.168.0.37]], 공인 IP [[IP_ADDRESS:121.134.77.209]] 로그 캡처 제출. 펌웨어 {{version:3.10.2}}
→ 통신사 사실조회 요청 검토. 담당 [[PERSON:주영훈]] 경사"""},
]
