# Writer i, batch 04: IT system exports (JSON, SQL dumps, CSV, application logs). CC0 1.0. All values invented.
DOCS = [
{"id": "s5-i04-001", "kind": "json_export", "text": """{
  "resultCode": "{{code:0000}}",
  "member": {
    "memberNo": {{code:1004823}},
    "name": "[[PERSON:길소은]]",
    "birthday": "[[BIRTH_DATE:19890304]]",
    "gender": "F",
    "mobile": "[[PHONE_NUMBER:01044180372]]",
    "email": "[[EMAIL_ADDRESS:soeun.gil@daum.net]]",
    "zipCode": "{{postal_code:16690}}",
    "addr1": "[[KR_ADDRESS:경기도 수원시 영통구 광교호수로 152]]",
    "addr2": "[[KR_ADDRESS:광교 중흥S클래스 B동 3402호]]",
    "joinedAt": "{{date:2021-08-30T10:22:41+09:00}}"
  }
}"""},

{"id": "s5-i04-002", "kind": "sql_dump", "text": """-- MySQL dump 10.13  Distrib {{version:8.0.36}}, for Linux (x86_64)
-- Host: [[IP_ADDRESS:192.168.0.214]]    Database: academy_crm
LOCK TABLES `tb_student` WRITE;
INSERT INTO `tb_student` (`id`,`name`,`birth`,`parent_tel`,`addr`,`reg_dt`) VALUES
(301,'[[PERSON:양시우]]','[[BIRTH_DATE:2012-05-17]]','[[PHONE_NUMBER:010-2271-8830]]','[[KR_ADDRESS:용인시 수지구 신봉2로 80 신봉자이1차 103-1204]]','{{date:2023-03-02 15:11:08}}'),
(302,'[[PERSON:마하린]]','[[BIRTH_DATE:2011-12-01]]','[[PHONE_NUMBER:010-9918-2047]]','[[KR_ADDRESS:용인시 수지구 성복1로 25 LG빌리지 212동 601호]]','{{date:2023-03-04 10:40:55}}'),
(303,'[[PERSON:차 은 호]]','[[BIRTH_DATE:2012-08-09]]',NULL,'[[KR_ADDRESS:수지구 광교중앙로 338 광교상록자이 1503동 202호]]','{{date:2023-03-04 11:02:13}}');
UNLOCK TABLES;"""},

{"id": "s5-i04-003", "kind": "app_log", "text": """[[IP_ADDRESS:211.36.142.77]] - - [{{date:12/Mar/2024:08:14:22 +0900}}] "GET /api/v2/verify?email=[[EMAIL_ADDRESS:yoonha.cho%40gmail.com]]&step=2 HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/{{version:537.36}}"
[[IP_ADDRESS:2001:2d8:e3a1:6c10:5b3d:91ff:fe42:1a07]] - - [{{date:12/Mar/2024:08:14:25 +0900}}] "POST /api/v2/login HTTP/2.0" 401 88 "-" "okhttp/{{version:4.12.0}}"
[[IP_ADDRESS:10.0.3.15]] - - [{{date:12/Mar/2024:08:14:26 +0900}}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/{{version:1.29}}\""""},

{"id": "s5-i04-004", "kind": "app_log", "text": """2024-04-19 13:22:08.417 INFO  [http-nio-8080-exec-7] c.c.m.MinwonService : 민원 등록 요청 caseNo={{case_number:MW202404190338}}
2024-04-19 13:22:08.419 DEBUG [http-nio-8080-exec-7] c.c.m.MinwonService : applicant=ApplicantDto(name=[[PERSON:도 하 준]], rrn=[[KR_RRN:930717-1******]], tel=[[PHONE_NUMBER:010-****-4418]], addr=[[KR_ADDRESS:경기도 성남시 수정구 태평로 41번길 17-5 (태평동)]])
2024-04-19 13:22:08.501 WARN  [http-nio-8080-exec-7] c.c.m.MaskingFilter : 마스킹 누락 필드 detected: birthDate=[[BIRTH_DATE:1993-07-17]]
2024-04-19 13:22:08.503 INFO  [http-nio-8080-exec-7] c.c.m.MinwonController : 처리시간 86ms"""},

{"id": "s5-i04-005", "kind": "csv_export", "text": """사번,성명,생년월일,입사일,부서,내선,휴대폰
[[EMPLOYEE_ID:19-0087]],[[PERSON:전수아]],[[BIRTH_DATE:1990/02/14]],{{date:2019/01/02}},총무,{{extension:2201}},[[PHONE_NUMBER:010-4820-1173]]
[[EMPLOYEE_ID:21-0412]],[[PERSON:모재윤]],[[BIRTH_DATE:1995/11/30]],{{date:2021/07/19}},생산관리,{{extension:2340}},[[PHONE_NUMBER:010-6031-8854]]
[[EMPLOYEE_ID:23-0019]],[[PERSON:Bui Thanh Tung]],[[BIRTH_DATE:1998/06/05]],{{date:2023/02/06}},생산1팀,,[[PHONE_NUMBER:010-2294-7716]]
[[EMPLOYEE_ID:24-0101]],"[[PERSON:권 유리]]",[[BIRTH_DATE:2001/09/09]],{{date:2024/03/04}},품질,{{extension:2415}},"""},

{"id": "s5-i04-006", "kind": "json_export", "text": """[
 {"seq":1,"nm":"[[PERSON:KHAN MD RASEL]]","natn":"BGD","arcNo":"[[KR_FRN:960402-5830127]]","psptNo":"[[KR_PASSPORT:EH0471823]]","visa":"E-9","stayExpr":"{{date:2025-11-03}}","brthdy":"[[BIRTH_DATE:1996-04-02]]"},
 {"seq":2,"nm":"[[PERSON:SOK CHANTHA]]","natn":"KHM","arcNo":"[[KR_FRN:991120-5208441]]","psptNo":"[[KR_PASSPORT:N01882734]]","visa":"E-9","stayExpr":"{{date:2026-02-27}}","brthdy":"[[BIRTH_DATE:1999-11-20]]"},
 {"seq":3,"nm":"[[PERSON:TRAN THI THU]]","natn":"VNM","arcNo":"[[KR_FRN:020815-8xxxxxx]]","psptNo":"[[KR_PASSPORT:C5120098]]","visa":"F-6","stayExpr":"{{date:2027-08-14}}","brthdy":"[[BIRTH_DATE:2002-08-15]]"}
]"""},

{"id": "s5-i04-007", "kind": "sql_dump", "text": """mysql> SELECT car_no, dong, ho, owner_nm, owner_tel, reg_date FROM parking_reg WHERE dong='105';
+-------------+------+------+----------+---------------+------------+
| car_no      | dong | ho   | owner_nm | owner_tel     | reg_date   |
+-------------+------+------+----------+---------------+------------+
| [[KR_CAR_PLATE:12나3456]]    | 105  | 302  | [[PERSON:임동혁]]   | [[PHONE_NUMBER:010-3321-0967]] | {{date:2022-05-10}} |
| [[KR_CAR_PLATE:157로 2280]]  | 105  | 1101 | [[PERSON:사공윤]]   | [[PHONE_NUMBER:010-7788-5101]] | {{date:2023-01-27}} |
| [[KR_CAR_PLATE:69허 7014]]   | 105  | 803  | [[PERSON:선우경]]   | NULL          | {{date:2023-09-01}} |
+-------------+------+------+----------+---------------+------------+
3 rows in set ({{statistic:0.01 sec}})"""},

{"id": "s5-i04-008", "kind": "app_log", "text": """Mar 22 03:17:41 gw01 sshd[28814]: Failed password for invalid user admin from [[IP_ADDRESS:45.148.10.92]] port 51422 ssh2
Mar 22 03:17:44 gw01 sshd[28814]: Failed password for invalid user admin from [[IP_ADDRESS:45.148.10.92]] port 51430 ssh2
Mar 22 03:18:02 gw01 sshd[28831]: Accepted publickey for {{username:jhkwon}} from [[IP_ADDRESS:121.140.77.203]] port 60211 ssh2: RSA SHA256:{{code:q9X2mLk0}}
Mar 22 03:18:02 gw01 systemd-logind[912]: New session 4471 of user {{username:jhkwon}}."""},

{"id": "s5-i04-009", "kind": "app_log", "text": """ERROR 2024-01-08T09:41:17+09:00 [batch-settle] org.springframework.jdbc.BadSqlGrammarException: 
### SQL: SELECT * FROM TB_APPLY WHERE JUMIN_NO = '[[KR_RRN:780304-200123?]]' AND APPLY_NM = '[[PERSON:엄순덕]]' AND APPLY_DT >= '{{date:20240101}}'
### Cause: java.sql.SQLSyntaxErrorException: ORA-00904: "APPLY_NM": invalid identifier
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:{{code:494}})
	at com.gov.settle.ApplyDao.select(ApplyDao.java:{{code:212}})"""},

{"id": "s5-i04-010", "kind": "csv_export", "text": """"학번","이름","학과","이메일","휴대전화"
"[[STUDENT_ID:20231187]]","[[PERSON:은지우]]","사회복지학과","[[EMAIL_ADDRESS:jiwoo.eun@stu.kgu.ac.kr]]","[[PHONE_NUMBER:010-5018-3322]]"
"[[STUDENT_ID:20231203]]","[[PERSON:Ariunzaya Batbold]]","사회복지학과","[[EMAIL_ADDRESS:ariunzaya.b@stu.kgu.ac.kr]]",""
"[[STUDENT_ID:20221954]]","[[PERSON:봉하영]]","사회복지학과","[[EMAIL_ADDRESS:hayeong9@stu.kgu.ac.kr]]","[[PHONE_NUMBER:010-8126-4470]]"
"","","","{{public_email:swelfare@kgu.ac.kr}}","{{public_number:031-249-9011}}\""""},

{"id": "s5-i04-011", "kind": "json_export", "text": """POST /webhook/payment  body=
{"event":"payment.approved","tid":"{{payment_number:T2405281733009921}}","approvedAt":"{{date:2024-05-28T17:33:09+09:00}}",
 "merchant":{"name":"소소커피 광교점","bizNo":"[[KR_BRN:458120193?]]","owner":"[[PERSON:탁소희]]","type":"INDIVIDUAL"},
 "card":{"issuer":"하나","number":"[[CREDIT_CARD:4906-14**-****-882*]]","installment":0},
 "amount":{{amount:6500}},"buyer":{"name":"[[PERSON:Choi Minho]]","tel":"[[PHONE_NUMBER:+821039914872]]"} }"""},

{"id": "s5-i04-012", "kind": "app_log", "text": """[개인정보 접속기록] 시스템: 새올행정 / 조회기간 {{date:2024-02-01 ~ 2024-02-29}}
일시                 | 취급자(사번)          | 접속IP          | 정보주체   | 수행업무
{{date:2024-02-05 10:12:33}} | [[PERSON:홍성빈]]([[EMPLOYEE_ID:1998047]])     | [[IP_ADDRESS:10.21.4.118]]     | [[PERSON:윤말녀]]   | 주민등록 열람
{{date:2024-02-05 10:14:01}} | [[PERSON:홍성빈]]([[EMPLOYEE_ID:1998047]])     | [[IP_ADDRESS:10.21.4.118]]     | [[PERSON:윤말녀]]   | 출력(1매)
{{date:2024-02-19 16:40:57}} | [[PERSON:가은혜]]([[EMPLOYEE_ID:2015133]])     | [[IP_ADDRESS:10.21.7.42]]      | [[PERSON:한 정 미]]   | 기초수급 조회"""},

{"id": "s5-i04-013", "kind": "csv_export", "text": """차량운행일지 (관용차 {{code:3호차}})
운행일,운전자,면허번호,출발,도착,주행(km)
{{date:4/1}},[[PERSON:하영수]],[[KR_DRIVER_LICENSE:13-97-114092-61]],시청,수지구청,18
{{date:4/2}},[[PERSON:고태훈]],[[KR_DRIVER_LICENSE:경기13-102284-33]],시청,처인구 백암면,41
{{date:4/3}},[[PERSON:하영수]],[[KR_DRIVER_LICENSE:13-97-114092-61]],시청,기흥구청,12"""},

{"id": "s5-i04-014", "kind": "config_file", "text": """# /etc/minwon-agent/agent.conf  (generated {{date:2023-11-14}})
[server]
listen = [[IP_ADDRESS:10.8.1.20]]:8443
netmask = {{subnet_mask:255.255.255.192}}
snmp_oid = {{oid:1.3.6.1.4.1.2021.10.1.3.1}}
agent_version = {{version:3.4.11.2}}

[notify]
admin_mail = [[EMAIL_ADDRESS:dh.seok@yongin.go.kr]]   ; 담당 [[PERSON:석동하]] 주무관
fallback_mail = {{public_email:it-help@yongin.go.kr}}"""},

{"id": "s5-i04-015", "kind": "json_export", "text": """> db.patients.find({ward: "7B"}).limit(2)
{ "_id" : ObjectId("{{code:65f1a2c9e4b0a71d3c2f9e18}}"), "name" : "[[PERSON:노금자]]", "dob" : ISODate("[[BIRTH_DATE:1944-03-21T00:00:00.000Z]]"), "admitted" : ISODate("{{date:2024-03-13T05:20:00.000Z}}"), "guardian" : { "name" : "[[PERSON:노진석]]", "rel" : "아들", "tel" : "[[PHONE_NUMBER:010-4702-6651]]" } }
{ "_id" : ObjectId("{{code:65f1a2c9e4b0a71d3c2f9e19}}"), "name" : "[[PERSON:김 옥 분]]", "dob" : ISODate("[[BIRTH_DATE:1938-10-02T00:00:00.000Z]]"), "admitted" : ISODate("{{date:2024-03-14T01:05:00.000Z}}"), "guardian" : null }"""},

{"id": "s5-i04-016", "kind": "xml_export", "text": """<?xml version="{{version:1.0}}" encoding="UTF-8"?>
<minwon>
  <rcptNo>{{case_number:1AA-2403-0219934}}</rcptNo>
  <rcptDt>{{date:20240318}}</rcptDt>
  <applicant>
    <nm>[[PERSON:우 태 민]]</nm>
    <brdt>[[BIRTH_DATE:19810925]]</brdt>
    <telno>[[PHONE_NUMBER:0312158864]]</telno>
    <addr>[[KR_ADDRESS:경기도 용인시 기흥구 중부대로 184, 기흥힐스테이트 2단지 203동 1005호]]</addr>
  </applicant>
  <title>아파트 옆 공사장 소음</title>
</minwon>"""},

{"id": "s5-i04-017", "kind": "csv_export", "text": """no|성명|주민등록번호|연락처|주소|비고
1|[[PERSON:강필순]]|[[KR_RRN:450812-2******]]|[[PHONE_NUMBER:031-752-4410]]|[[KR_ADDRESS:성남시 중원구 상대원동 3 1 5 - 2]] (OCR)|독거
2|[[PERSON:문 길 수]]|[[KR_RRN:500214-1******]]|[[PHONE_NUMBER:010-93l7-2208]]|[[KR_ADDRESS:성남시 중원구 금광로 22번길 4]]|
3|[[PERSON:배O순]]|[[KR_RRN:47O3O1-2******]]||[[KR_ADDRESS:성남시 중원구 은행동 1834]]|주소불명 확인필요"""},

{"id": "s5-i04-018", "kind": "app_log", "text": """{"ts":"{{date:2024-06-30T23:59:58.114Z}}","level":"warn","svc":"geo-normalizer","msg":"address match ambiguous","input":"[[KR_ADDRESS:용인 처인 역북동 4 3 2 - 1 1]]","candidates":2,"reqIp":"[[IP_ADDRESS:172.31.5.9]]"}
{"ts":"{{date:2024-06-30T23:59:58.290Z}}","level":"info","svc":"geo-normalizer","msg":"address normalized","input":"[[KR_ADDRESS:성남시분당구야탑로81번길10아름마을306동1503호]]","out":"[[KR_ADDRESS:경기도 성남시 분당구 야탑로81번길 10, 306동 1503호 (야탑동, 아름마을)]]","reqIp":"[[IP_ADDRESS:172.31.5.9]]"}"""},
]
