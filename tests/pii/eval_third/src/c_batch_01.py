# Writer c, batch 01: IT helpdesk tickets, server and access logs. All values invented. CC0 1.0.
DOCS = [
{"id": "s3-c01-001", "kind": "helpdesk_ticket", "text": """[헬프데스크 요청 #{{case_number:HD-2024-11873}}]
등록일시: {{date:2024-05-13 09:12}}
요청자: [[PERSON:박정훈]] (정보통신과 / 사번 [[EMPLOYEE_ID:20170432]])
연락처: 내선 {{public_number:4417}} / 휴대 [[PHONE_NUMBER:010-3391-2087]]
내용: 오전에 비번 5회 틀려서 행정포털 계정 잠김. 자리 PC IP는 [[IP_ADDRESS:10.21.4.117]] 입니다.
 잠금 해제 후 임시비번은 [[EMAIL_ADDRESS:jh.park0432@korea.kr]] 로 보내주세요.
처리: {{date:05/13 09:40}} [[PERSON:윤소라]] 처리완료 (AD 잠금해제)"""},

{"id": "s3-c01-002", "kind": "server_log", "text": """211.234.17.89 - - [{{date:13/May/2024:10:02:11 +0900}}] "GET /minwon/list.do?page=2 HTTP/1.1" 200 15322 "-" "{{version:Mozilla/5.0}} (Windows NT 10.0; Win64; x64)"
[[IP_ADDRESS:175.223.10.45]] - - [{{date:13/May/2024:10:02:13 +0900}}] "POST /member/login.do HTTP/1.1" 302 0 "https://www.example-city.go.kr/member/login.do" "{{version:Mozilla/5.0}} (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP_ADDRESS:39.7.52.201]] - - [{{date:13/May/2024:10:02:19 +0900}}] "GET /favicon.ico HTTP/1.1" 404 209 "-" "-"
""".replace("211.234.17.89", "[[IP_ADDRESS:211.234.17.89]]")},

{"id": "s3-c01-003", "kind": "server_log", "text": """May 14 03:17:52 web02 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:103.145.12.9]] port 52211 ssh2
May 14 03:17:55 web02 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:103.145.12.9]] port 52211 ssh2
May 14 03:18:01 web02 sshd[21880]: Failed password for root from [[IP_ADDRESS:45.88.97.130]] port 40122 ssh2
May 14 08:55:40 web02 sshd[22410]: Accepted publickey for deploy from [[IP_ADDRESS:10.0.3.25]] port 61022 ssh2: RSA SHA256:Qm3kX9aa
-- 담당 [[PERSON:오세진]]: 03시대 무차별 대입 시도, fail2ban 룰 확인 요망 ({{date:5/14}} 작성)"""},

{"id": "s3-c01-004", "kind": "access_request_form", "text": """VPN 원격접속 신청서

신청자 성명 : [[PERSON:최유나]]      소속 : 세정과 지방세팀
직원번호 : [[EMPLOYEE_ID:S-2019-0871]]
접속 단말 IP : [[IP_ADDRESS:121.160.33.201]] / 서브넷 {{subnet_mask:255.255.255.0}}
사용 기간 : {{date:2024. 6. 3.}} ~ {{date:2024. 8. 30.}}
사유 : 재택근무 (육아) 
연락처 : [[PHONE_NUMBER:010 7720 4415]]
승인자 : 정보보호팀장 [[PERSON:강태호]] (서명)"""},

{"id": "s3-c01-005", "kind": "email_thread", "text": """-----Original Message-----
From: "[[PERSON:한승우]]" <[[EMAIL_ADDRESS:swhan77@naver.com]]>
To: <{{public_email:help@example-soft.co.kr}}>
Sent: {{date:Tuesday, May 21, 2024 4:18 PM}}
Subject: RE: 설치 오류 문의

안녕하세요 한승우입니다.
말씀하신대로 재설치 했는데 또 같은 에러나요. 버전은 {{version:3.2.17}} 이고 윈도우는 {{version:10.0.19045}} 입니다
원격지원 가능하시면 [[PHONE_NUMBER:010-8841-0276]] 로 전화주세요.""".replace("안녕하세요 한승우입니다", "안녕하세요 [[PERSON:한승우]]입니다")},

{"id": "s3-c01-006", "kind": "helpdesk_ticket", "text": """제목: PC교체 요청건(민원실 3번창구)
자산번호 {{code:SW-PC-2019-0337}} / MAC {{code:3C:7C:3F:1A:22:9B}}
고정IP [[IP_ADDRESS:172.16.40.63]]   GW [[IP_ADDRESS:172.16.40.1]]   DNS [[IP_ADDRESS:168.126.63.1]]
사용자: [[PERSON:정다은]] 주무관(민원여권과) 사번 [[EMPLOYEE_ID:2021-10357]]
부팅시 블루스크린. 교체시 기존 파일 백업 필요함. 다은주무관님 출근시간 {{time:08:30}} 이후 방문 요망"""},

{"id": "s3-c01-007", "kind": "server_log", "text": """2024-06-02T14:22:08.331+09:00 INFO  [auth] login ok uid=cms_editor src=[[IP_ADDRESS:2001:0db8:85a3:0000:0000:8a2e:0370:7334]]
2024-06-02T14:22:41.902+09:00 WARN  [auth] login fail uid=cms_editor src=[[IP_ADDRESS:fe80::1c2b:7dff:fe4a:9e10]]%eth0 reason=BAD_OTP
2024-06-02T14:23:00.017+09:00 INFO  [snmp] poll {{oid:1.3.6.1.2.1.1.3.0}} from [[IP_ADDRESS:192.168.100.2]] ok""".replace("2024-06-02T14:22:08.331+09:00", "{{date:2024-06-02T14:22:08.331+09:00}}").replace("2024-06-02T14:22:41.902+09:00", "{{date:2024-06-02T14:22:41.902+09:00}}").replace("2024-06-02T14:23:00.017+09:00", "{{date:2024-06-02T14:23:00.017+09:00}}")},

{"id": "s3-c01-008", "kind": "firewall_request", "text": """방화벽 정책 신청 (신청자: [[PERSON:임채윤]] / 내선 {{public_number:2931}})
No | 출발지 | 목적지 | 포트 | 비고
1 | [[IP_ADDRESS:10.10.12.0]]/24 | [[IP_ADDRESS:203.248.117.30]] | TCP 443 | 전자결재 연계
2 | [[IP_ADDRESS:10.10.12.55]] | [[IP_ADDRESS:203.248.117.31]] | TCP 1521 | DB (넷마스크 {{subnet_mask:255.255.255.255}})
3 | ANY | [[IP_ADDRESS:203.248.117.30]] | TCP 80 | 차단
적용 희망일 {{date:2024-07-01}} 야간"""},

{"id": "s3-c01-009", "kind": "privacy_audit", "text": """개인정보 접속기록 점검 결과 ({{date:2024년 2분기}})
- 취급자: [[PERSON:서민재]](사번 [[EMPLOYEE_ID:19-0442]]), 접속IP [[IP_ADDRESS:10.21.7.82]]
- 조회일시: {{date:2024.04.17 22:41}} (업무시간 외)
- 조회대상: [[PERSON:김○순]]([[BIRTH_DATE:1948.02.17]]), [[PERSON:김○호]]([[BIRTH_DATE:1979.11.03]]) 외 {{statistic:12}}건
- 소명: 본인 민원 처리 위해 야간 조회했다고 진술. 팀장 [[PERSON:노경아]] 확인."""},

{"id": "s3-c01-010", "kind": "chat_transcript", "text": """[상담원] 안녕하세요 시청 홈페이지 회원 상담입니다
[고객] 아이디를 까먹었어요 이름은 [[PERSON:황보은정]] 이에요
[상담원] 본인확인 위해 생년월일과 가입하신 휴대폰 번호 말씀해주세요
[고객] [[BIRTH_DATE:71년 8월 9일]]이구요 폰은 [[PHONE_NUMBER:010-4203-77O1]] 아 마지막 영 아니고 공일이요 
[상담원] 네 확인됐습니다. 아이디는 bo***71 입니다. 가입일은 {{date:2016년 3월 4일}} 입니다"""},

{"id": "s3-c01-011", "kind": "server_log", "text": """An account failed to log on.
Subject:
	Security ID:		NULL SID
Logon Type:		3
Account For Which Logon Failed:
	Account Name:		yoonsy
	Account Domain:		CITYHALL
Network Information:
	Workstation Name:	MINWON-PC07
	Source Network Address:	[[IP_ADDRESS:192.168.10.44]]
	Source Port:		49733
Detailed Authentication Information:
	Package Name (NTLM only):	NTLM {{version:V2}}
Log Date: {{date:2024-03-08 07:59:12}}
(메모) yoonsy = 민원실 [[PERSON:윤수영]] 계정. 본인 확인결과 비번 변경 후 구 비번 입력한 것."""},

{"id": "s3-c01-012", "kind": "monitoring_alert", "text": """[ALERT] Interface down - core-sw-2F ([[IP_ADDRESS:10.1.0.12]])
OID {{oid:1.3.6.1.2.1.2.2.1.8.10112}} ifOperStatus=2(down)
Time: {{date:2024-08-19 02:04:33 KST}}
On-call: [[PERSON:장현우]] [[PHONE_NUMBER:010-2118-6630]] / 2차 [[PERSON:배지훈]] [[PHONE_NUMBER:01052779014]]
유지보수업체 상황실 {{public_number:1661-3075}}"""},

{"id": "s3-c01-013", "kind": "member_request", "text": """홈페이지 회원탈퇴 및 개인정보 삭제 요청합니다.
이름 [[PERSON:Lee Soo-jin]] ([[PERSON:이수진]])
가입 이메일 [[EMAIL_ADDRESS:soojin.lee_82@hanmail.net]]
휴대폰 [[PHONE_NUMBER:010)9034-1127]]
탈퇴 처리 결과는 메일로 주시고 {{public_email:privacy@example-city.go.kr}}에서 보내는 안내메일은 더이상 안오게 해주세요."""},

{"id": "s3-c01-014", "kind": "messenger_note", "text": """[긴급] [[IP_ADDRESS:172.16.8.31]] 에서 외부로 대량 트래픽(1.2GB) 발생. 담당 [[PERSON:오세진]]주무관 확인바람 - {{time:15:42}}"""},

{"id": "s3-c01-015", "kind": "server_log", "text": """2024/09/03 11:20:45 [error] 1877#1877: *90215 open() "/var/www/html/.env" failed (2: No such file or directory), client: [[IP_ADDRESS:185.220.101.34]], server: www.example-city.go.kr, request: "GET /.env HTTP/1.1"
2024/09/03 11:20:46 [error] 1877#1877: *90216 open() "/var/www/html/wp-login.php" failed (2: No such file or directory), client: [[IP_ADDRESS:185.220.101.34]], server: www.example-city.go.kr
server: {{version:nginx/1.24.0}}""".replace("2024/09/03 11:20:45", "{{date:2024/09/03 11:20:45}}").replace("2024/09/03 11:20:46", "{{date:2024/09/03 11:20:46}}")},

{"id": "s3-c01-016", "kind": "csv_export", "text": """사번,성명,부서,이메일,최종접속IP,최종접속일
[[EMPLOYEE_ID:20150088]],[[PERSON:문혜린]],회계과,[[EMAIL_ADDRESS:hrmoon@korea.kr]],[[IP_ADDRESS:10.21.3.14]],{{date:2024-09-30}}
[[EMPLOYEE_ID:20180921]],[[PERSON:탁준영]],회계과,[[EMAIL_ADDRESS:takjy18@korea.kr]],[[IP_ADDRESS:10.21.3.27]],{{date:2024-10-02}}
[[EMPLOYEE_ID:20230115]],[[PERSON:Nguyen Thi Lan]],다문화가족팀,[[EMAIL_ADDRESS:lan.nguyen@korea.kr]],[[IP_ADDRESS:10.21.9.101]],{{date:2024-10-02}}"""},

{"id": "s3-c01-017", "kind": "helpdesk_ticket", "text": """대학 포털 계정 문의 (처리중)
학번 [[STUDENT_ID:2019123456]] [[PERSON:권도현]] 학생이 졸업유예 후 메일 계정이 정지되었다고 함.
본인확인: 생년월일 [[BIRTH_DATE:000417]] 일치, 학생증 확인함
조치: 계정 재활성화 요청 → 전산팀 [[PERSON:변미경]] 선생님
문의 들어온 날 {{date:24.10.14}}, 회신기한 {{date:24.10.16}}"""},

{"id": "s3-c01-018", "kind": "incident_report", "text": """개인정보 유출 신고서(요약)
1. 유출 일시: {{date:2024. 11. 2.(토) 01:10}}경 인지: {{date:11. 4.(월)}}
2. 유출 항목: 성명, 휴대전화번호, 생년월일 — 총 {{statistic:1,284}}명
3. 경위: 외부 IP [[IP_ADDRESS:91.134.22.187]] 에서 게시판 SQL 인젝션
4. 책임자: 개인정보보호책임자 [[PERSON:류성철]] ({{public_number:031-228-2114}})
5. 신고자 연락처: 담당 [[PERSON:구하연]] [[PHONE_NUMBER:031-228-3967]] (직통)"""},

{"id": "s3-c01-019", "kind": "helpdesk_ticket", "text": """요청자 : 용인시 처인구청 [[PERSON:도윤희]] / [[EMAIL_ADDRESS:yunhee.do@yongin.go.kr]]
증상 : 프린터 IP 바뀐 후 인쇄 안됨. 예전 [[IP_ADDRESS:10.33.2.240]] → 지금 [[IP_ADDRESS:10.33.2.241]]
드라이버 버전 {{version:5.0.1.12}}, 마스크 {{subnet_mask:255.255.254.0}}
※ 민원인 출력물 대기 중, 급함!!"""},
]
