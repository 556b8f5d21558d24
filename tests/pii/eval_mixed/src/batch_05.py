# Batch 05: server / application / audit logs, written by hand.
DOCS = [
("log", """[[IP:211.234.117.52]] - - [17/May/2024:13:22:01 +0900] "POST /minwon/submit HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP:175.223.18.204]] - - [17/May/2024:13:22:05 +0900] "GET /minwon/status?rcpt={{rcpt:2AA-2405-0011742}} HTTP/1.1" 200 1033 "-" "Mozilla/5.0 (Linux; Android 14)"
[[IP:118.235.9.131]] - - [17/May/2024:13:22:09 +0900] "GET /static/app.js?v={{ver:3.18.2}} HTTP/1.1" 304 0"""),

("log", """2024-06-03T09:14:22.118+09:00 INFO  [auth] login success user=kimjh82 name="[[P:김정환]]" empno=[[M:20150377]] ip=[[IP:10.21.4.117]]
2024-06-03T09:14:29.551+09:00 WARN  [auth] login failed user=parksy name="[[P:박서윤]]" empno=[[M:20210942]] ip=[[IP:10.21.6.88]] reason=BAD_PASSWORD
2024-06-03T09:15:02.007+09:00 INFO  [auth] session start agent={{ver:ClientAgent/5.2.0.118}}"""),

("log", """{"ts":"2024-07-21T22:41:09Z","level":"error","svc":"sms-gateway","msg":"delivery failed","to":"[[T:010-4471-2290]]","template":"MINWON_DONE","carrier":"SKT","retry":2}
{"ts":"2024-07-21T22:41:11Z","level":"info","svc":"sms-gateway","msg":"delivered","to":"[[T:01093381027]]","template":"MINWON_RECEIVED","sender":"{{pub:1899-3300}}"}"""),

("log", """May 17 03:12:44 gw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=[[IP:185.220.101.47]] DST=[[IP:203.0.113.10]] PROTO=TCP SPT=51234 DPT=22
May 17 03:12:45 gw01 sshd[2231]: Invalid user admin from [[IP:185.220.101.47]] port 51236
May 17 03:13:00 gw01 NetworkManager: eth1 inet [[IP:10.0.5.1]] netmask {{mask:255.255.255.0}} broadcast [[IP:10.0.5.255]]"""),

("log", """[2024-08-02 11:02:33] payment.INFO: approved {"order_id":"{{ord:240802-1183920}}","card":"[[C:5361-48**-****-3381]]","amount":{{amt:45000}},"buyer":"[[P:이서준]]","buyer_tel":"[[T:010-5521-3047]]"}
[2024-08-02 11:02:35] payment.INFO: receipt sent {"email":"[[E:seojun.lee@gmail.com]]","receipt_no":"{{rcpt:R20240802-000417}}"}"""),

("log", """ERROR 2024-09-11 16:20:03,441 minwon.ingest.csv_loader: row 1832 rejected: invalid date '2024-13-01'
  record: {"접수번호": "{{rcpt:2024-0911-1832}}", "민원인": "[[P:정미란]]", "연락처": "[[T:010-8823-1174]]", "주소": "[[A:수원시 영통구 동탄원천로 915번길 40, 1001호]]"}
WARN  2024-09-11 16:20:03,442 minwon.ingest.csv_loader: quarantine size 17"""),

("log", """Traceback (most recent call last):
  File "/srv/minwon/app/notify.py", line 88, in send_mail
    smtp.sendmail(sender, "[[E:hyunwoo.bae@naver.com]]", msg)
smtplib.SMTPRecipientsRefused: {'[[E:hyunwoo.bae@naver.com]]': (550, b'5.1.1 user unknown')}
context: user_id=88172 name=[[P:배현우]] client_ip=[[IP:121.131.77.204]]"""),

("log", """# show ip interface brief (코어 스위치, 정보통신과 {{date:2024-05-02}} 점검)
Vlan10   [[IP:10.10.10.1]]   {{mask:255.255.255.0}}   up
Vlan20   [[IP:10.10.20.1]]   {{mask:255.255.254.0}}   up
firmware {{ver:15.2.7.4}} / SNMP OID {{oid:1.3.6.1.2.1.1.3.0}}
점검자 [[P:어정훈]]"""),

("log", """[AUDIT] {{date:2024-10-04}} 10:31:17 user=[[E:kang.mj@suwon.go.kr]] action=VIEW_PERSONAL_INFO target=[[P:윤정숙]]([[R:570308-2******]]) reason="기초연금 심사" from=[[IP:10.22.3.41]]
[AUDIT] {{date:2024-10-04}} 10:33:02 user=[[E:kang.mj@suwon.go.kr]] action=DOWNLOAD file=기초연금_대상자.xlsx rows=214 from=[[IP:10.22.3.41]]"""),

("log", """2024/11/02 07:00:01 [cron] backup start host=db-prod-01 ([[IP:10.30.2.14]])
2024/11/02 07:42:55 [cron] backup done size=18.2GB
2024/11/02 07:42:56 [cron] notify ops: [[P:손재혁]] <[[E:jaehyuk.son@hanbitsys.co.kr]]>, [[P:임하나]] <[[E:hana.lim@hanbitsys.co.kr]]>"""),

("log", """app-version: {{ver:2.4.10}} (build {{ver:2.4.10.3312}})
device: SM-S921N Android 14
crash: NullPointerException at ProfileActivity.kt:212
user: id=5521873, name=[[P:문서영]], phone=[[T:010-****-7719]], email=[[E:s***@naver.com]]"""),

("log", """2024-05-30 14:02:11 INFO  chatbot session=8f2a turn=1 user_text="안녕하세요 제 이름은 [[P:김도현]]이고 [[A:수원시 권선구 금호로 180, 102동 403호]] 사는데요 쓰레기 수거 요일이 언제예요?"
2024-05-30 14:02:12 INFO  chatbot session=8f2a turn=1 bot_text="화요일·금요일 저녁입니다."
2024-05-30 14:03:40 INFO  chatbot session=8f2a turn=2 user_text="제 번호 [[T:010-7723-1148]]로 알림 받을 수 있어요?\""""),

("log", """<134>1 2024-06-18T02:11:45+09:00 waf01 modsec - - - [client [[IP:45.133.1.72]]] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Rx'" [id "942100"] [uri "/api/v1/user?name=[[P:홍길동]]'--"]
<134>1 2024-06-18T02:11:47+09:00 waf01 modsec - - - [client [[IP:45.133.1.72]]] blocked 17 requests"""),

("log", """[OCR 결과] {{date:2024-07-01}} 스캔문서 #4471
성명: [[P:최경민]]
주민등록번호: [[R:821130-113529?]]
주소: [[A:경기도 수원시 장안구 파장로 56, 2동 1203호]]
발급일자: {{date:2019.03.14}}
confidence=0.93"""),

("log", """INFO  2024-08-14 10:00:12 ETL daily_minwon: loaded 3,912 rows from sftp://files.partner.local/export_20240814.csv
WARN  2024-08-14 10:00:13 ETL daily_minwon: column 'body' contains PII pattern in 12 rows (e.g. row 77: "...연락은 [[T:010-2281-3346]]로...")
INFO  2024-08-14 10:00:15 ETL daily_minwon: version {{ver:1.9.3}}"""),

("log", """kakao-alimtalk 2024-09-03 18:00:00 SEND to=[[T:821055817732]] name=[[P:강하율]] tmpl=RSV_CONFIRM rsv_no={{rsv:240903-1004381}}
kakao-alimtalk 2024-09-03 18:00:01 SEND to=[[T:821022904418]] name=[[P:이지민]] tmpl=RSV_CONFIRM rsv_no={{rsv:240903-2117730}}"""),

("log", """GET /api/parking/ticket?plate=[[CP:12가3456]]&from=2024-05-01 200 41ms
GET /api/parking/ticket?plate=[[CP:321호7788]]&from=2024-05-01 200 38ms
GET /api/parking/health 200 2ms ver={{ver:1.0.0.12}}"""),

("log", """[VPN] 2024-10-22 08:51:03 connect user=[[M:a20210033]] ([[P:이예진]]) public_ip=[[IP:59.10.144.201]] assigned=[[IP:172.16.8.44]]
[VPN] 2024-10-22 08:51:03 route add [[IP:172.16.0.0]] mask {{mask:255.240.0.0}}
[VPN] 2024-10-22 17:32:40 disconnect user=[[M:a20210033]] duration=8h41m"""),

("log", """2024-04-09 13:45:10.221 DEBUG FormValidator - field birthDate='[[B:1988-12-25]]' ok
2024-04-09 13:45:10.222 DEBUG FormValidator - field rrn='[[R:881225-112847?]]' checksum ok
2024-04-09 13:45:10.223 DEBUG FormValidator - field orderNo='{{ord:881225-1128470}}' skipped (not a personal field)"""),

("log", """access.log (발췌)
[[IP:2001:db8:3c4d:15::1a2f]] - - [02/Oct/2024:10:11:03 +0900] "GET /minwon/list HTTP/2" 200
[[IP:2001:db8:85a3::8a2e:370:7334]] - - [02/Oct/2024:10:11:05 +0900] "POST /minwon/login HTTP/2" 302
[[IP:112.169.33.8]] - - [02/Oct/2024:10:11:09 +0900] "GET /robots.txt HTTP/1.1" 404"""),

("log", """2024-07-07 21:14:55 [mail-relay] queued from=<{{pubmail:no-reply@suwon.go.kr}}> to=<[[E:gildong.hong@hanmail.net]]> subject="민원 처리 완료 안내" msgid=<{{code:20240707211455.4471@mail.suwon.go.kr}}>
2024-07-07 21:14:56 [mail-relay] relay=[[IP:203.0.113.25]] status=sent"""),

("log", """IoT 센서 이벤트
dev=WTR-0931 loc="{{place:광교호수공원}} 원천호수 B구역" fw={{ver:4.0.2}} ip=[[IP:10.44.1.93]] alert=WATER_LEVEL_HIGH
dev=WTR-0932 loc="{{place:신대호수}}" fw={{ver:4.0.2}} ip=[[IP:10.44.1.94]] alert=NONE"""),

("log", """[DELIVERY] 2024-09-18 15:20 {{trk:운송장 6892-4471-3305}} 상태=배송완료 수령인=[[P:오윤희]] 주소=[[A:수원시 팔달구 중부대로 165번길 31, 502호]] 연락처=[[T:010-3329-4418]]
[DELIVERY] 2024-09-18 15:41 {{trk:운송장 6892-4471-3306}} 상태=부재 수령인=[[P:장*호]] 연락처=[[T:010-****-0931]]"""),

("log", """[정부24 연계] 2024-05-13 09:01:17 REQ 주민등록표등본 발급 신청인=[[P:박진선]] (생년월일 [[B:19870605]])
[정부24 연계] 2024-05-13 09:01:18 RES OK 발급번호 {{doc:1234-5678-9012-3456}}"""),

("log", """DHCP lease table (민원실 무인발급기)
kiosk-01  [[IP:192.168.30.11]]  mask {{mask:255.255.255.192}}  gw [[IP:192.168.30.1]]
kiosk-02  [[IP:192.168.30.12]]  mask {{mask:255.255.255.192}}  gw [[IP:192.168.30.1]]
kiosk sw {{ver:6.1.0.22}}"""),

("log", """2024-03-28 18:22:41 ERROR [report-gen] failed to render PDF for applicant [[P:하수연]] ([[E:suyeon.ha@daum.net]], [[T:010-6630-2278]]): font not found
2024-03-28 18:22:41 ERROR [report-gen] job id {{code:RG-240328-0092}}"""),

("log", """[call-recorder] 2024-06-25 14:11:02 inbound caller=[[T:0312471183]] agent=[[P:민하은]](내선 {{pub:4471}}) duration=00:04:31
[call-recorder] 2024-06-25 14:16:40 inbound caller=[[T:01099034471]] agent=[[P:민하은]](내선 {{pub:4471}}) duration=00:01:12
[call-recorder] 2024-06-25 14:18:05 inbound caller={{pub:15886608}} agent=[[P:권서진]](내선 {{pub:4472}}) duration=00:00:40"""),

("log", """Git commit log (민원포털)
a3f91c2 2024-08-01 [[P:김현석]] <[[E:hskim.dev@gmail.com]]> fix: 접수번호 중복 생성 버그
77be014 2024-08-02 [[P:Ana Lima]] <[[E:ana.lima@hanbitsys.co.kr]]> feat: 영문 안내문 추가
e29d6a0 2024-08-02 release {{ver:v2.8.0}}"""),

("log", """[fail2ban] 2024-10-30 04:02:11 Ban [[IP:91.240.118.172]]
[fail2ban] 2024-10-30 04:12:11 Unban [[IP:91.240.118.172]]
[fail2ban] 2024-10-30 04:19:57 Ban [[IP:141.98.11.90]]"""),

("log", """2024-05-09 12:00:03 WARN [dlp] outbound mail blocked: sender=[[E:jiwon.yoo@suwon.go.kr]] ([[P:유지원]]) attachment=명단.xlsx matched=RRN(31), PHONE(48)
2024-05-09 12:00:03 WARN [dlp] sample: "[[P:김영*]], [[R:680914-1******]], [[T:010-22**-7781]]\""""),

("log", """{"event":"form_submit","form":"청년월세지원","fields":{"name":"[[P:조하린]]","birth":"[[B:2000.03.07]]","addr":"[[A:수원시 팔달구 매산로 1가 14-22, 301호]]","account":"[[AC:110-481-337290]]","phone":"[[T:010-2290-8831]]"},"ip":"[[IP:223.38.21.117]]"}"""),

("log", """2024-11-11 09:00:00 [sched] 회의실 예약 {{rsv:RM-1111-0900}} {{room:본관 3층 305호}} 예약자 [[P:정은서]]
2024-11-11 09:00:00 [sched] 회의실 예약 {{rsv:RM-1111-1000}} {{room:별관 1층 102호}} 예약자 [[P:허민석]]"""),

("log", """DEBUG geocoder input="[[A:수원시 영통구 매영로 269, 3층]]" -> OK precision=ROOFTOP
DEBUG geocoder input="{{place:수원시청}}" -> OK precision=ROOFTOP
DEBUG geocoder input="[[A:원천동 482-1]]" -> OK precision=ROOFTOP"""),

("log", """[출입통제] 2024-07-19 18:42:31 카드태그 사번=[[M:20180331]] 성명=[[P:장윤서]] 게이트={{room:B1-주차장}} 결과=허용
[출입통제] 2024-07-19 18:43:02 카드태그 사번=[[M:20201174]] 성명=[[P:권태오]] 게이트={{room:1F-정문}} 결과=허용
[출입통제] 2024-07-19 18:45:47 방문객 [[P:Ahmed Karim]] 차량 [[CP:38허 2211]] 결과=허용"""),

("log", """INFO  import-hr: upsert employee {id: [[M:EMP-01882]], name: "[[P:Tran Thi Thu]]", dept: "국제협력", mail: "[[E:thu.tran@suwon.go.kr]]"}
INFO  import-hr: upsert employee {id: [[M:EMP-01883]], name: "[[P:노은결]]", dept: "국제협력", mail: "[[E:eungyeol.noh@suwon.go.kr]]"}
INFO  import-hr: done, schema {{ver:3.1.4}}"""),

("log", """2024-10-14 16:04:22 [lms] student=[[S:2023104417]] ([[P:유하람]]) submitted assignment #3 from [[IP:114.207.88.19]]
2024-10-14 16:05:10 [lms] student=[[S:2023104420]] ([[P:김도율]]) submitted assignment #3 from [[IP:114.207.88.23]]"""),

("log", """ticket #{{ticket:48213}} opened by [[P:오민석]] <[[E:minseok.oh@naver.com]]>
  subject: 회원가입 인증문자 안 옴
  phone: [[T:010-7781-0934]]
  device: iOS {{ver:17.5.1}}, app {{ver:3.2.0}}"""),

("log", """[PG 정산] 2024-09-30 가맹점=[[P:김순희]] 분식(개인, 사업자 [[BRN:124-35-9912?]]) 정산계좌=농협 [[AC:301-0193-4471-21]] 금액={{amt:1,284,500}}
[PG 정산] 2024-09-30 가맹점=(주)수원마트(법인, 사업자 {{biz:124-81-3307?}}) 금액={{amt:9,220,000}}"""),

("log", """traceroute to [[IP:203.0.113.77]], 30 hops max
 1  [[IP:192.0.2.1]]  0.412 ms
 2  [[IP:198.51.100.9]]  3.107 ms
 3  [[IP:203.0.113.77]]  7.925 ms
default via [[IP:192.0.2.1]] dev eth0 netmask {{mask:255.255.255.0}}"""),
]
