# Writer u, batch 06: the city's IT helpdesk (account requests, VPN and access logs, password resets).
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u06-001", "kind": "account_request", "text": """[행정포털 사용자 계정 신청서]
신청일: {{date:2024-01-02}}
성명: [[PERSON:경하늘]]    직급: 지방행정서기보(9급)    사번: [[EMPLOYEE_ID:20240117]]
부서: 자원순환과 / 전입일 {{date:2024.01.02.}}
업무용 메일 희망 ID: hn.kyung → [[EMAIL_ADDRESS:hn.kyung@suwon.go.kr]]
사무실 PC IP: [[IP_ADDRESS:10.120.33.148]] (자산번호 {{code:SW-PC-2019-04471}})
내선: {{public_number:8512}}
부서장 확인: [[PERSON:탁민서]] (서명)"""},

{"id": "s9-u06-002", "kind": "system_log", "text": """SSLVPN access log (appliance {{version:SGVPN 7.4.2-b118}})
{{date:2024-03-04 07:58:12}} user=[[EMPLOYEE_ID:19980311]] name=[[PERSON:양수철]] src=[[IP_ADDRESS:211.36.142.77]] assigned=[[IP_ADDRESS:172.16.200.41]] result=SUCCESS
{{date:2024-03-04 08:02:45}} user=[[EMPLOYEE_ID:20150722]] name=[[PERSON:배윤아]] src=[[IP_ADDRESS:118.235.9.203]] result=FAIL(otp mismatch)
{{date:2024-03-04 08:03:10}} user=[[EMPLOYEE_ID:20150722]] name=[[PERSON:배윤아]] src=[[IP_ADDRESS:118.235.9.203]] assigned=[[IP_ADDRESS:172.16.200.42]] result=SUCCESS
{{date:2024-03-04 08:10:57}} user=admin src=[[IP_ADDRESS:45.133.1.208]] result=FAIL(unknown user) geo=NL
{{date:2024-03-04 08:11:02}} policy pool {{subnet_mask:255.255.254.0}} usage 41/510"""},

{"id": "s9-u06-003", "kind": "messenger", "text": """[헬프데스크 채팅] {{date:2024.03.11 09:12}}
[[PERSON:라온유]](건축과): 안녕하세요 새올 비번 5회 틀려서 잠겼어요ㅠ
헬프데스크 [[PERSON:옥재현]]: 네 본인확인 위해 사번이랑 생년월일 말씀해주세요
[[PERSON:라온유]](건축과): [[EMPLOYEE_ID:20190405]]이고 [[BIRTH_DATE:910127]]입니다
헬프데스크 [[PERSON:옥재현]]: 확인됐습니다. 임시비밀번호는 등록된 휴대폰([[PHONE_NUMBER:010-****-7814]])으로 발송했어요. 첫 로그인 시 변경해주세요
[[PERSON:라온유]](건축과): 감사합니다!!"""},

{"id": "s9-u06-004", "kind": "ticket", "text": """Ticket #{{case_number:HD-2024-004187}}  상태: 처리중
요청자: [[PERSON:변나래]] <[[EMAIL_ADDRESS:bnr1123@korea.kr]]> 지역경제과 ☎ [[PHONE_NUMBER:031-228-3374]]
제목: IP 충돌 메시지가 계속 떠요
내용: 오늘 아침부터 "다른 시스템에서 [[IP_ADDRESS:10.120.41.27]] 주소를 사용 중" 경고가 뜨고 인터넷이 끊깁니다. 옆자리 [[PERSON:윤태섭]] 주무관 자리 PC 새로 설치했는데 그거랑 겹치는 것 같아요.
처리 메모(기사 [[PERSON:선동하]]): 신규 PC 고정IP 오기입 확인 → [[IP_ADDRESS:10.120.41.72]]로 변경, GW [[IP_ADDRESS:10.120.41.1]] DNS [[IP_ADDRESS:10.1.1.53]]"""},

{"id": "s9-u06-005", "kind": "firewall_request", "text": """방화벽 정책 예외 신청서
신청자: 정보통신과 [[PERSON:남희수]] (사번 [[EMPLOYEE_ID:2012-0931]])
목적: 재난지원금 접수시스템 ↔ 은행 API 연동
| 구분 | 출발지 | 목적지 | 포트 |
| 1 | [[IP_ADDRESS:10.20.5.0/24]] (접수WAS) | [[IP_ADDRESS:203.248.112.64/27]] ({{org_name:○○은행 대외계}}) | TCP 443 |
| 2 | [[IP_ADDRESS:10.20.5.17]] (관리자PC) | [[IP_ADDRESS:10.20.5.30]] (DB) | TCP 1521 |
기간: {{date:2024.07.25}} ~ {{date:2024.09.30}}
보안담당 검토: [[PERSON:국세아]]"""},

{"id": "s9-u06-006", "kind": "spreadsheet", "text": """퇴직·전출자 계정 정리 대상 (2024 상반기)
사번,성명,부서,사유,일자,처리
[[EMPLOYEE_ID:19890214]],[[PERSON:오말남]],세정과,정년퇴직,{{date:2024-06-30}},삭제
[[EMPLOYEE_ID:20110833]],[[PERSON:심보경]],교통정책과,전출(용인시),{{date:2024-02-05}},이관
[[EMPLOYEE_ID:20221190]],[[PERSON:Park Grace]],국제협력과(원어민),계약만료,{{date:2024-04-30}},삭제
[[EMPLOYEE_ID:20070125]],[[PERSON:金正勳]],환경정책과,명예퇴직,{{date:2024-06-30}},보류(메일 백업요청)"""},

{"id": "s9-u06-007", "kind": "sms", "text": """[수원시 통합인증] {{date:03/18 23:47}} 해외 IP([[IP_ADDRESS:103.77.19.4]])에서 [[PERSON:양수철]]님 계정 로그인 시도가 차단되었습니다. 본인이 아니면 즉시 비밀번호를 변경하세요. 문의 {{public_number:031-228-2999}}"""},

{"id": "s9-u06-008", "kind": "call_transcript", "text": """[헬프데스크 통화 STT 결과, 정확도 낮음]
직원: 네 정보통신과 헬프데스크 [[PERSON:옥재현]]입니다
통화자: 네 저 영통구 민원지적과 [[PERSON:사공 민정]]인데요 오티피 앱을 폰 바꾸면서 지워가지고
직원: 아 네 본인 확인할게요 사번이요
통화자: 이공일칠 공육 일사 아니 [[EMPLOYEE_ID:20170614]]요
직원: 생년월일이요
통화자: [[BIRTH_DATE:팔칠 공사 이구]]
직원: 네 확인됐고 오티피 초기화했습니다 새 폰에서 큐알 다시 등록하세요"""},

{"id": "s9-u06-009", "kind": "system_log", "text": """remote-support session audit ({{version:RSupport 9.2.11}})
{{date:2024-04-02 10:31:04}} agent=[[PERSON:선동하]]([[EMPLOYEE_ID:E2016-1142]]) target=[[IP_ADDRESS:10.130.8.61]] user=[[PERSON:함지원]] action=CONNECT
{{date:2024-04-02 10:33:40}} agent=[[PERSON:선동하]]([[EMPLOYEE_ID:E2016-1142]]) target=[[IP_ADDRESS:10.130.8.61]] action=FILE_TRANSFER hwp_patch_{{version:2024.1.0.3}}.exe
{{date:2024-04-02 10:41:15}} agent=[[PERSON:선동하]]([[EMPLOYEE_ID:E2016-1142]]) action=DISCONNECT duration={{duration:10m11s}}
snmp trap {{oid:1.3.6.1.4.1.9.9.41.1.2.3}} from [[IP_ADDRESS:10.130.8.1]]"""},

{"id": "s9-u06-010", "kind": "inspection_report", "text": """개인정보 보호 PC 점검 결과 (중원구청 {{date:2024.05.}})
점검번호 | 부서 | 사용자 | IP | 검출
{{code:P-041}} | 위생과 | [[PERSON:소정민]] | [[IP_ADDRESS:10.150.22.14]] | 주민번호 포함 파일 {{statistic:17건}}
{{code:P-042}} | 위생과 | [[PERSON:용세빈]] | [[IP_ADDRESS:10.150.22.15]] | 없음
{{code:P-043}} | 건설과 | [[PERSON:모혜진]] | [[IP_ADDRESS:10.150.23.9]] | 운전면허증 스캔본 1건(민원인 [[PERSON:봉현석]], 면허 [[KR_DRIVER_LICENSE:서울 93-116204-55]])
※ 검출 파일은 {{date:5/31}}까지 삭제 또는 암호화"""},

{"id": "s9-u06-011", "kind": "application_form", "text": """행정전자서명(GPKI) 인증서 발급 신청서
성명(한글) [[PERSON:황보세영]]  (영문) [[PERSON:HWANGBO SEYOUNG]]
주민등록번호 [[KR_RRN:890702-207713?]]
소속 용인시 수지구 민원지적과   사번 [[EMPLOYEE_ID:Y2015-0418]]
전자우편 [[EMAIL_ADDRESS:hbsy0702@korea.kr]]
사무실 전화 [[PHONE_NUMBER:031-324-8861]]
인증서 용도: 전자결재, 새올
신청일 {{date:2024. 6. 10.}}"""},

{"id": "s9-u06-012", "kind": "account_request", "text": """외부 용역인력 임시계정 및 출입증 신청
용역명: 민원 챗봇 고도화 ({{org_name:(주)누리소프트}}, 사업자 {{business_number:214-87-55120}})
1) [[PERSON:임도현]] 책임 / [[PHONE_NUMBER:010-5534-8120]] / [[EMAIL_ADDRESS:dohyun.lim@nurisoft.co.kr]] / 생년월일 [[BIRTH_DATE:1986-04-02]] / 주차: [[KR_CAR_PLATE:서울 12 가 3456]]
2) [[PERSON:송아린]] 선임 / [[PHONE_NUMBER:010-7740-2295]] / [[EMAIL_ADDRESS:arin.song@nurisoft.co.kr]] / 생년월일 [[BIRTH_DATE:1993-09-17]] / 주차: 없음
계정 기간: {{date:2024.07.01~2024.12.31}}, 접속 허용 IP: [[IP_ADDRESS:10.40.9.101]], [[IP_ADDRESS:10.40.9.102]]
회사 대표번호 {{public_number:02-6925-4400}}"""},

{"id": "s9-u06-013", "kind": "system_log", "text": """Jun 21 02:14:55 fw-core01 kernel: DROP IN=eth1 SRC=[[IP_ADDRESS:2001:e60:a41c:3b2::17]] DST=[[IP_ADDRESS:2001:2d8:100:5::22]] PROTO=TCP DPT=22
Jun 21 02:14:56 fw-core01 kernel: DROP IN=eth1 SRC=[[IP_ADDRESS:2001:e60:a41c:3b2::17]] DST=[[IP_ADDRESS:2001:2d8:100:5::22]] PROTO=TCP DPT=22
Jun 21 02:15:03 fw-core01 sshd[{{code:28871}}]: Accepted publickey for jhnam from [[IP_ADDRESS:fe80::21c:42ff:fe8a:9b10]]%eth0
Jun 21 02:15:03 fw-core01 kernel: firmware {{version:4.10.2.1}} ok"""},

{"id": "s9-u06-014", "kind": "audit_report", "text": """개인정보처리시스템 접속기록 월간 점검 ({{date:2024년 7월분}})
이상징후 1건
- 처리자: 세정과 [[PERSON:명하윤]] (사번 [[EMPLOYEE_ID:20180923]], 접속IP [[IP_ADDRESS:10.110.14.56]])
- 조회대상: [[PERSON:명수경]] ([[BIRTH_DATE:1984.06.11]]), [[PERSON:명OO]] 등 동일 성씨 {{statistic:6명}}
- 조회일시: {{date:2024-07-19 12:41~12:47}} (점심시간)
- 소명 요청: {{date:8/5}}까지, 미소명 시 감사관실 통보
점검자 [[PERSON:국세아]]"""},

{"id": "s9-u06-015", "kind": "email", "text": """From: [[PERSON:주예령]] <[[EMAIL_ADDRESS:yeryoung.ju@snvc.or.kr]]>
To: {{public_email:helpdesk@seongnam.go.kr}}
Subject: [긴급] 봉사자 보험명단이 전체메일로 나갔습니다

헬프데스크 담당자님, 오늘 {{time:오전 10시 12분}}에 직원이 실수로 상해보험 명단(주민번호 포함)을 전 직원 메일로 보냈습니다. 회수 가능할까요?
발송자 계정: [[EMAIL_ADDRESS:yura.so@snvc.or.kr]], 발송 PC [[IP_ADDRESS:192.168.10.37]]
그리고 첨부 캡처에 제 개인카드 번호([[CREDIT_CARD:5387-20**-****-1146]])도 보이는데 같이 지워주세요.
[[PERSON:주예령]] 드림 / [[PHONE_NUMBER:010-4102-9987]]"""},

{"id": "s9-u06-016", "kind": "application_form", "text": """재택·원격근무 VPN 사용 신청
성명: [[PERSON:하지호]]   사번: [[EMPLOYEE_ID:VC-1511]]
근무지(자택): [[KR_ADDRESS:성남시 분당구 미금로 215, 704동 2101호]]
자택 공인 IP(고정): [[IP_ADDRESS:121.167.48.203]]
사용 기기: 개인노트북 (OS {{version:Windows 11 23H2}}), MAC {{code:3C-52-82-1A-7F-04}}
기간: {{date:2024.08.01.}} ~ {{date:2025.01.31.}}
연락처 [[PHONE_NUMBER:010 3307 1124]]"""},

{"id": "s9-u06-017", "kind": "application_form", "text": """해외출장 중 업무망 접속(VPN) 허용 요청
출장자: [[PERSON:심보경]] ([[EMPLOYEE_ID:20110833]]), [[PERSON:남희수]] ([[EMPLOYEE_ID:2012-0931]])
출장지/기간: 베트남 하노이 자매도시 교류, {{date:2024.10.14~10.19}}
여권번호: [[KR_PASSPORT:M417B2280]] / [[KR_PASSPORT:M02918374]]
현지 숙소 예상 IP대역 미정 → OTP 필수, 접속 허용 국가 VN 한정
출장 승인 {{document_number:국제협력과-3311}}"""},

{"id": "s9-u06-018", "kind": "access_log", "text": """청사 출입통제 로그 (야간, {{date:2024-11-02}})
시간     카드번호        사번         성명     출입문
{{time:22:41:08}} {{code:0004471829}}  [[EMPLOYEE_ID:20240117]]  [[PERSON:경하늘]]   본관 1층 후문 IN
{{time:23:55:30}} {{code:0003018847}}  [[EMPLOYEE_ID:19980311]]  [[PERSON:양수철]]   별관 전산실 IN
{{time:00:12:44}} {{code:0004471829}}  [[EMPLOYEE_ID:20240117]]  [[PERSON:경하늘]]   본관 1층 후문 OUT
{{time:01:03:19}} {{code:0009920015}}  미등록카드   -        별관 전산실 DENY"""},
]
