# Writer l, batch 04: local-currency and parking app support; public Wi-Fi and VPN logs.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l04-001", "kind": "app_support", "text": """[수원페이 고객센터 1:1 문의]
제목: 카드 분실했는데 잔액 옮겨주세요ㅠ
작성자: [[PERSON:송하진]] | 작성일 {{date:2024.03.04 21:17}}
내용: 어제 광교 카페에서 카드 잃어버렸어요. 카드번호 끝자리는 [[CREDIT_CARD:****-****-****-2291]]이고 앱에는 [[CREDIT_CARD:9490-22**-****-2291]]로 나와요. 충전 잔액 {{amount:183,500원}} 새 카드로 옮길 수 있나요? 폰번호 [[PHONE_NUMBER:010-6203-1187]]
---
[답변] 안녕하세요 [[PERSON:송하진]] 회원님, 분실신고 접수되었습니다(접수번호 {{receipt_number:LP-240305-00914}}). 재발급 카드 수령 후 잔액 이전은 영업일 기준 3일 소요됩니다. - 상담원 [[PERSON:지유]]"""},

{"id": "s6-l04-002", "kind": "app_support", "text": """성남사랑상품권 가맹점 등록 문의 (카톡 상담 내보내기)
[오전 10:02] 가맹점주: 사장님 명의 통장이 바뀌어서 정산계좌 변경하려고요
[오전 10:03] 상담봇: 사업자등록번호를 입력해주세요
[오전 10:03] 가맹점주: [[KR_BRN:129085447?]]
[오전 10:05] 상담사 [[PERSON:연다솜]]: 확인되었습니다 '{{org_name:태평동 순대국}}' 대표 [[PERSON:마동철]]님 맞으시죠?
[오전 10:06] 가맹점주: 네 변경할 계좌는 하나은행 [[BANK_ACCOUNT:217-910455-08307]] 입니다
[오전 10:06] 가맹점주: 예금주 [[PERSON:마동철]]
[오전 10:08] 상담사 [[PERSON:연다솜]]: 예금주 실명 확인을 위해 통장 사본 사진 부탁드려요"""},

{"id": "s6-l04-003", "kind": "app_support", "text": """■ 용인와이페이 환불 신청서 (웹폼 제출본)
신청자명: [[PERSON:전한별]]
생년월일: [[BIRTH_DATE:1993년 2월 27일]]
휴대폰: [[PHONE_NUMBER:010-4481-7719]]
이메일: [[EMAIL_ADDRESS:hanbyul_j@naver.com]]
환불 사유: 타 시도 전출 ({{date:2024.09.01}}자 [[KR_ADDRESS:서울 관악구 남부순환로 1720, 5층 502호]]로 이사)
환불 계좌: 토스뱅크 [[BANK_ACCOUNT:1000-4417-2283]] (본인)
충전 인센티브 {{amount:10%}} 차감 후 환불에 동의함 ☑"""},

{"id": "s6-l04-004", "kind": "app_support", "text": """[공영주차장 앱 리뷰 답글 스레드]
★☆☆☆☆ 정기권 결제가 두 번 됐어요 — dong**** 님 ({{date:2024.05.20}})
  └ 차번호 [[KR_CAR_PLATE:233루4518]] 이고요 5월분 {{amount:60,000원}}이 두 번 빠졌습니다. 카드 [[CREDIT_CARD:5310-**-****-7702]]
  └ [개발사 답변] 불편 드려 죄송합니다. 중복 결제건 {{order_number:P20240519-118823}}, {{order_number:P20240519-118824}} 확인 후 1건 취소 처리했습니다. 카드사 사정에 따라 3~5영업일 소요됩니다.
★★★★☆ 거주자우선주차 신청이 앱으로 돼서 편해요 — [[PERSON:김**]] 님"""},

{"id": "s6-l04-005", "kind": "app_support", "text": """거주자우선주차 배정 결과 (성남시 수정구 / {{date:2024년 하반기}})
구획번호 | 배정자 | 차량번호 | 주소
{{code:SJ-태평-014}} | [[PERSON:용재원]] | [[KR_CAR_PLATE:12다 6071]] | [[KR_ADDRESS:태평동 3318-2]]
{{code:SJ-태평-015}} | [[PERSON:예소라]] | [[KR_CAR_PLATE:경기32다7810]] | [[KR_ADDRESS:태평동 3320-11 (2층)]]
{{code:SJ-태평-016}} | [[PERSON:어성환]] | [[KR_CAR_PLATE:172모 2235]] | [[KR_ADDRESS:태평동 3321]]
※ 이의신청: {{date:7.15.}}~{{date:7.19.}}, 수정구청 교통과 [[PERSON:도하람]] 주무관 [[PHONE_NUMBER:031-729-5427]]"""},

{"id": "s6-l04-006", "kind": "wifi_log", "text": """# Public WiFi (Suwon_Free_WiFi) captive portal auth log
{{date:2024-08-11 13:02:44}} AP=SW-PALDAL-MKT-07 ap_ip=[[IP_ADDRESS:10.41.7.12]] client_mac=A4:C3:F0:12:9B:7E client_ip=[[IP_ADDRESS:172.20.33.118]] auth=SMS phone=[[PHONE_NUMBER:01092241180]] result=OK
{{date:2024-08-11 13:03:10}} AP=SW-PALDAL-MKT-07 ap_ip=[[IP_ADDRESS:10.41.7.12]] client_mac=5C:E9:1E:77:02:AD client_ip=[[IP_ADDRESS:172.20.33.119]] auth=SMS phone=[[PHONE_NUMBER:01030085561]] result=FAIL(code mismatch)
{{date:2024-08-11 13:03:58}} AP=SW-PALDAL-MKT-07 netmask={{subnet_mask:255.255.240.0}} gw=[[IP_ADDRESS:172.20.32.1]] fw={{version:5.0.12.3}}"""},

{"id": "s6-l04-007", "kind": "vpn_log", "text": """=== SSL-VPN 접속 이력 (세정과, {{date:2024-10-01}} ~ {{date:2024-10-03}}) ===
시각                 사번          성명    공인IP              할당IP         세션
{{date:10-01 08:51:07}}  [[EMPLOYEE_ID:SN20140227]]    [[PERSON:배수린]]  [[IP_ADDRESS:121.134.55.201]]     [[IP_ADDRESS:10.100.8.23]]    {{time:02:11:40}}
{{date:10-01 19:22:31}}  [[EMPLOYEE_ID:SN20181105]]    [[PERSON:고태윤]]  [[IP_ADDRESS:223.38.12.9]]        [[IP_ADDRESS:10.100.8.41]]    {{time:00:47:02}}
{{date:10-03 10:05:55}}  [[EMPLOYEE_ID:SN20140227]]    [[PERSON:배수린]]  [[IP_ADDRESS:2001:e60:8832:1f::a]]   [[IP_ADDRESS:10.100.8.23]]    {{time:00:12:19}}
비고: 공휴일(개천절) 접속 1건 — 사유서 제출 요망"""},

{"id": "s6-l04-008", "kind": "app_support", "text": """To: 용인와이페이 운영팀 <{{public_email:ypay_help@yongin.go.kr}}>
From: [[PERSON:Daniel Kwon]] <[[EMAIL_ADDRESS:dkwon.kr@outlook.com]]>
Subject: 외국인 가입 오류 (foreigner sign-up error)

Hi, I'm a F-4 visa holder living in [[KR_ADDRESS:용인시 기흥구 용구대로 2469번길 20, 301동 1102호]]. 본인인증 할 때 외국인등록번호 [[KR_FRN:880721-7140335]] 넣으면 "유효하지 않은 번호"라고 떠요. My phone is [[PHONE_NUMBER:010-7724-0061]] (알뜰폰). Please help.
Daniel"""},

{"id": "s6-l04-009", "kind": "wifi_log", "text": """[성남시 공공와이파이 장애 접수]
접수: {{date:2024.06.27 17:40}}  / 접수자 정보통신과 [[PERSON:함지석]] (사번 [[EMPLOYEE_ID:20170412]])
위치: {{place_name:모란시장 제2공영주차장}} 입구 AP
증상: 단말이 [[IP_ADDRESS:169.254.11.87]] (APIPA) 받음, DHCP 서버 [[IP_ADDRESS:10.72.0.2]] 응답 없음
민원인: [[PERSON:류도경]] [[PHONE_NUMBER:010-3718-2204]] "장 보면서 결제해야 되는데 와이파이 안 돼요"
조치 예정: {{date:6/28}} 오전 업체 방문 ({{org_name:KT 엔터프라이즈}})"""},

{"id": "s6-l04-010", "kind": "app_support", "text": """[주차 앱 1:1 문의 내역]
Q. 카드 등록이 안 됩니다. 체크카드인데 [[CREDIT_CARD:4673 0911 2875 301?]] 넣으면 "카드 정보 확인 불가" 떠요. 법인카드 아니고 개인카드예요. ([[PERSON:위은찬]] / [[PHONE_NUMBER:010.5518.9230]])
A. [[PERSON:위은찬]] 고객님, 해외겸용(VISA) 체크카드는 일부 결제 대행사에서 정책상 제한될 수 있습니다. 국내전용 카드를 이용해 주세요. 문의번호 {{case_number:Q-2024-77120}}
Q. 그럼 계좌 간편결제는 되나요? 국민 [[BANK_ACCOUNT:940302-00-771251]]"""},

{"id": "s6-l04-011", "kind": "vpn_log", "text": """Oct 14 07:58:02 fw-yongin-01 sslvpn[4412]: login success user="[[EMAIL_ADDRESS:yj.seo@yongin.go.kr]]" name="[[PERSON:서윤지]]" src=[[IP_ADDRESS:1.235.77.146]] assigned=[[IP_ADDRESS:10.8.0.57]] client={{version:FortiClient 7.2.4.0972}}
Oct 14 07:58:03 fw-yongin-01 sslvpn[4412]: tunnel up tun0 mtu=1400 dns=[[IP_ADDRESS:10.8.0.1]]
Oct 14 09:12:44 fw-yongin-01 sslvpn[4412]: login failed user="[[EMAIL_ADDRESS:jh.na@yongin.go.kr]]" src=[[IP_ADDRESS:106.101.3.28]] reason=OTP_MISMATCH
Oct 14 09:13:30 fw-yongin-01 snmpd: trap oid={{oid:1.3.6.1.4.1.12356.101.12.2.4}}"""},

{"id": "s6-l04-012", "kind": "app_support", "text": """제목: 상품권 구매한도 초과라는데 전 안샀어요 (명의도용 의심)
안녕하세요. 저는 [[KR_ADDRESS:수원시 영통구 봉영로 1612 벽산삼익아파트 511동 203호]] 사는 [[PERSON:인하영]]입니다. 제 이름으로 이번달 한도 {{amount:70만원}}이 다 찼다는데 저는 구매한 적이 없어요. 앱에 로그인 기록 보니까 접속IP가 [[IP_ADDRESS:39.7.48.xxx]] 이고 저는 집에서 와이파이만 써요. 혹시 예전에 남자친구였던 [[PERSON:구준호]]가 제 폰으로 가입한 걸까요? 연락 주세요 [[PHONE_NUMBER:010-9001-4628]]
생년월일 확인용: [[BIRTH_DATE:97.10.08]]"""},

{"id": "s6-l04-013", "kind": "app_support", "text": """[고객상담 CRM 메모] 정기주차권 해지/환불
고객 [[PERSON:강 산]] (개인) · 차량 [[KR_CAR_PLATE:02가0731]] · 이용 주차장 {{place_name:성남 야탑역 환승주차장}}
해지 요청일 {{date:24.12.02}} / 잔여기간 {{statistic:17일}} 일할 환불 {{amount:22,660원}}
환불수단: 결제 카드 취소 ([[CREDIT_CARD:3562-77**-****-041*]], JCB)
처리자 [[PERSON:공태준]] 사번 [[EMPLOYEE_ID:P-2211]] / 승인 [[PERSON:변상미]] 팀장"""},

{"id": "s6-l04-014", "kind": "wifi_log", "text": """2024/11/30 23:59:59 UTC+9 용인시 버스정류장 WiFi 일일 요약
총 접속 {{statistic:48,212}} / 고유 단말 {{statistic:9,307}} / 평균 체류 {{statistic:6.2분}}
상위 차단 이벤트:
 - 유해사이트 접속 시도 src=[[IP_ADDRESS:100.72.14.3]] (정류장 ID {{code:29004}})
 - 포트스캔 src=[[IP_ADDRESS:100.72.19.250]] dst={{code:0.0.0.0/0}}
관리자 확인: [[PERSON:임재희]] ({{date:12/1}} 09시)"""},

{"id": "s6-l04-015", "kind": "app_support", "text": """수원시 공영주차장 감면 등록 요청 (경차·저공해)
신청인: [[PERSON:차민혁]]  주민등록번호: [[KR_RRN:850219-155472?]]
차량: [[KR_CAR_PLATE:08너 4412]] (레이, 경차)
자동차등록증 상 주소: [[KR_ADDRESS:수원시 권선구 금곡로 102번길 40, 금곡LG빌리지 304동 1001호]]
연락처 [[PHONE_NUMBER:010 2876 5109]]
첨부파일: 자동차등록증.pdf, 신분증.jpg ({{statistic:2개}})"""},

{"id": "s6-l04-016", "kind": "vpn_log", "text": """[보안관제 이상징후 보고]
탐지시각 {{date:2024-07-22 02:14}}
계정 [[EMPLOYEE_ID:sn-19-0733]] ([[PERSON:길수빈]], 회계과)
해외 IP [[IP_ADDRESS:185.220.101.47]] (TOR exit 추정)에서 VPN 로그인 시도 {{statistic:36회}}
동일 계정 정상 접속지: 자택 [[IP_ADDRESS:211.215.90.14]]
조치: 계정 잠금, 본인 확인 통화 [[PHONE_NUMBER:010-7733-1028]] (02:31 통화, 본인 아님 확인)
보고자: 정보보안팀 [[PERSON:나예준]]"""},

{"id": "s6-l04-017", "kind": "app_support", "text": """chak(착) 앱 문의 — 선물하기 오류
보낸사람 [[PERSON:엄소희]] → 받는사람 [[PERSON:엄태호]] ([[PHONE_NUMBER:010-2046-88O3]]) 아빠한테 보냈는데 안 받아졌대요.
선물번호 {{order_number:GIFT-0093317754}}, 금액 {{amount:30,000원}}, {{date:5월 8일}} 어버이날 선물
아빠 폰이 옛날 폴더폰이라 앱 설치가 안 돼요. 문자로 받을 수 있는 방법 없나요"""},
]
