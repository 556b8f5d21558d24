# Writer p, batch 07: utilities payment by card / auto-transfer forms, mixed transport and housing.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p07-001", "kind": "form", "text": """상하수도요금 예금(CMS) 자동이체 신청서
■ 사용자(수용가)
  수용가번호 {{customer_number:0519-402-8814}}   성명 [[PERSON:민태호]]
  사용장소 [[KR_ADDRESS:수원시 영통구 매탄로 171, 5동 1208호 (매탄동, 매탄주공그린빌)]]
■ 예금주 (사용자와 다를 경우)
  예금주 [[PERSON:민서윤]] (관계: 딸)   생년월일 [[BIRTH_DATE:1992. 4. 16.]]
  은행 국민은행   계좌번호 [[BANK_ACCOUNT:612401-01-883047]]
  연락처 [[PHONE_NUMBER:010-3420-6618]]
■ 이체 희망일: 납기일 ({{date:매월 말일}})
위와 같이 자동이체를 신청합니다.  {{date:2024 년 5 월 3 일}}   예금주 [[PERSON:민서윤]] (서명)"""},

{"id": "s16-p07-002", "kind": "form", "text": """도시가스요금 신용카드 자동납부 신청서
고객번호: {{customer_number:3100-7721-0094}}
고객명: [[PERSON:석은별]]     휴대폰: [[PHONE_NUMBER:010-9183-2270]]
카드명의자: [[PERSON:석은별]]   생년월일(6자리): [[BIRTH_DATE:890207]]
카드번호: [[CREDIT_CARD:4906 1270 3358 816?]]
유효기간: {{date:11/27}} (MM/YY)
※ 카드 유효기간은 생년월일이 아닙니다. 카드 뒷면 CVC는 기재하지 마십시오.
신청일: {{date:2024-05-20}}"""},

{"id": "s16-p07-003", "kind": "spreadsheet", "text": """관리비 카드납부 변경 신청 ({{date:2024년 6월}} 접수분) - {{place_name:정자동 한솔마을5단지}} 관리사무소
동-호 | 세대주 | 기존 | 변경 카드 | 카드사 | 적용월
511-302 | [[PERSON:피승연]] | 계좌이체 | [[CREDIT_CARD:9410-61**-****-2207]] | 농협 | {{date:7월}}
512-1104 | [[PERSON:오한솔]] | [[CREDIT_CARD:4518-44**-****-1093]] | [[CREDIT_CARD:4518-44**-****-3310]] | 신한(재발급) | {{date:7월}}
514-805 | [[PERSON:Chloe Park]] | 지로 | [[CREDIT_CARD:3712 XXXXXX X1004]] | 아멕스 | {{date:8월}}
담당 경리 [[PERSON:엄세라]]"""},

{"id": "s16-p07-004", "kind": "ocr_scan", "text": """자 동 이 체 신 청 서 (관 리 비)
동 호 수 : 2O3 동 l5O2 호
세 대 주 : [[PERSON:남 궁 연 희]]
예 금 주 : [[PERSON:남궁연희]]   주민번호앞 : [[KR_RRN:6lO9l8]]
은 행 : 우 체 국   계 좌 : [[BANK_ACCOUNT:O1452O-O2-l9O337]]
연 락 처 : [[PHONE_NUMBER:O3l-7O4-5l28]]
신 청 일 : {{date:2O24 . 6 . 2l}}"""},

{"id": "s16-p07-005", "kind": "call_note", "text": """[{{date:2024.07.03}} 도시가스 콜센터] 상담 [[PERSON:엄다온]] / 고객 [[PERSON:홍지석]]
자동납부 카드 출금 실패 2회. 카드 분실로 재발급 받았다고 함.
 - 기존: [[CREDIT_CARD:5409-82**-****-7151]]
 - 신규: [[CREDIT_CARD:5409 8231 0472 552?]] / 유효 {{date:07/29}}
본인확인: 생년월일 [[BIRTH_DATE:1978년 2월 20일]], 주소 [[KR_ADDRESS:성남시 수정구 산성대로 459 (신흥동, 두산위브) 103-904]]
미납 {{amount:61,220원}} 은 신규카드로 즉시 결제 처리, 승인 {{approval_number:22901847}}"""},

{"id": "s16-p07-006", "kind": "email", "text": """보낸 사람: [[PERSON:설경태]] <[[EMAIL_ADDRESS:kt.seol@seolbakery.kr]]>
받는 사람: {{public_email:bizcenter@power-co.example}}
제목: 사업장 전기요금 자동이체 및 세금계산서 이메일 발행 요청

안녕하세요, 설빵집 대표 [[PERSON:설경태]]입니다.
사업자번호 [[KR_BRN:124-05-6612?]] (개인사업자) 로 전기요금 세금계산서를 받고 싶습니다.
사업장: [[KR_ADDRESS:수원시 팔달구 정조로 800번길 5, 1층]] / 고객번호 {{customer_number:06-2291-4418-07}}
자동이체: 기업은행 [[BANK_ACCOUNT:221-063918-01-017]] (예금주 [[PERSON:설경태]](설빵집))
세금계산서 수신: [[EMAIL_ADDRESS:kt.seol@seolbakery.kr]]
감사합니다. [[PHONE_NUMBER:010-4730-1582]]"""},

{"id": "s16-p07-007", "kind": "messenger_chat", "text": """[여보❤]
여보: 가스비 이번달꺼 아직 안냈대 문자왔어
나: 내 카드로 해 [[CREDIT_CARD:4579 7201 8823 044?]] 유효기간 {{date:0926}}
여보: ㅋㅋ 이런거 톡으로 보내지 말랬잖아
나: 금방 지울게 ㅎ 고객번호는 관리비 고지서에 있어
여보: 찾았어 [[PERSON:희정]]이 어린이집 서류도 내일까지 내야돼 생년월일 [[BIRTH_DATE:2019.09.17]] 맞지?
나: ㅇㅇ 맞아"""},

{"id": "s16-p07-008", "kind": "system_log", "text": """[pay-gw] {{date:2024-07-19 13:02:41.552}} INFO auth ok merchant={{code:WTR-SUWON}} card=[[CREDIT_CARD:6250-03**-****-9917]] amt={{amount:45210}} user=[[PERSON:추서윤]] ip=[[IP_ADDRESS:223.38.14.201]]
[pay-gw] {{date:2024-07-19 13:03:09.004}} WARN 3ds fail card=[[CREDIT_CARD:4040-11**-****-8822]] user=[[PERSON:금동현]] ip=[[IP_ADDRESS:106.101.2.77]] retry=1
[pay-gw] {{date:2024-07-19 13:03:30.918}} INFO tls={{version:TLSv1.3}} oid={{oid:1.2.410.200004.5.2.1.2}}"""},

{"id": "s16-p07-009", "kind": "form", "text": """공영주차장 정기권 자동결제 등록 (전기차 충전 겸용)
이용자 [[PERSON:양현석]] / 차량 [[KR_CAR_PLATE:157저 3391]] (전기차 파란 번호판)
결제카드 [[CREDIT_CARD:3565 1190 4402 377?]]
운전면허번호(본인확인) [[KR_DRIVER_LICENSE:경기 11-624518-09]]
주소 [[KR_ADDRESS:용인시 수지구 포은대로 435, 112동 603호]]
이용기간 {{date:2024.08.01 ~ 2025.07.31}} / 월 {{amount:50,000원}} 자동결제"""},

{"id": "s16-p07-010", "kind": "complaint_short", "text": """카카오 T 결제카드 변경했는데 {{date:어제}} 택시비가 예전 신한카드([[CREDIT_CARD:4518 03** **** 6615]])로 결제됐어요. 앱 문제인가요 택시 문제인가요? [[PERSON:권하늘]] [[PHONE_NUMBER:010-7754-0193]]"""},

{"id": "s16-p07-011", "kind": "form", "text": """전입신고 원스톱 서비스 (수도·가스·전기 명의변경 동시신청)
신고인: [[PERSON:문재원]]  ({{org_name:수원시청}} 직원, 공무원번호 [[EMPLOYEE_ID:21478390]])
신분증 확인: 운전면허증 [[KR_DRIVER_LICENSE:11-16-409277-31]]
전입지: [[KR_ADDRESS:수원시 팔달구 효원로 307번길 20, 101동 2205호(인계동, 인계푸르지오)]]
생년월일: [[BIRTH_DATE:1991-08-27]]  휴대폰: [[PHONE_NUMBER:010-2961-3054]]
이메일(고지서 수신): [[EMAIL_ADDRESS:jwmoon91@korea.kr]]
명의변경 기준일: {{date:2024. 8. 26.}}"""},

{"id": "s16-p07-012", "kind": "ocr_scan", "text": """자동차세 연납 신용카드 영수증
납 세 자 : [[PERSON:변 상 훈]]
과세대상 : [[KR_CAR_PLATE:l2가 34O9]]
카드번호 : [[CREDIT_CARD:9411-20**-****-53l8]]
납부금액 : {{amount:4l5,6OO원}} (연납 공제 {{amount:5%}})
납부일시 : {{date:2O24-Ol-3l l4:22}}
전자납부번호 : {{document_number:4l-l-24-Ol-9283O4}}"""},

{"id": "s16-p07-013", "kind": "csv_export", "text": """출금일자,납부자,수용가번호,출금계좌,금액,결과코드,사유
{{date:20240725}},[[PERSON:민서윤]],{{customer_number:0519-402-8814}},[[BANK_ACCOUNT:612401-**-883047]],{{amount:31220}},E07,잔액부족
{{date:20240725}},[[PERSON:원석진]],{{customer_number:0519-402-9021}},[[BANK_ACCOUNT:1002-***-771024]],{{amount:18750}},E11,계좌해지
{{date:20240725}},[[PERSON:Ha Thu Nguyen]],{{customer_number:0519-405-0133}},[[BANK_ACCOUNT:3333-15-*****78]],{{amount:22930}},E07,잔액부족
"""},

{"id": "s16-p07-014", "kind": "form", "text": """교통약자 특별교통수단(장애인콜택시) 이용 등록 신청서
이용자: [[PERSON:소은재]]   생년월일: [[BIRTH_DATE:2009년 11월 2일]] (만 14세)
장애유형: 뇌병변(심한)   휠체어 사용 ☑
보호자: [[PERSON:소영민]] (부)  [[PHONE_NUMBER:010-6034-8817]]   생년월일 [[BIRTH_DATE:1976.6.30]]
주소: [[KR_ADDRESS:성남시 수정구 복정로 76 (복정동) 3층]]
요금결제 등록카드: [[CREDIT_CARD:5520 8107 2291 630?]]
주 이용 목적지: {{place_name:성남혜은학교}}, {{place_name:분당서울대병원}}
신청일 {{date:2024.09.09}}  접수 [[PERSON:노예지]]"""},

{"id": "s16-p07-015", "kind": "system_log", "text": """carshare member verify
{{date:2024-09-30 22:18:07}} member={{code:MB5502871}} name=[[PERSON:제민석]] birth=[[BIRTH_DATE:19980504]] lic=[[KR_DRIVER_LICENSE:12-18-557302-44]] lic_ok=Y
{{date:2024-09-30 22:18:09}} member={{code:MB5502871}} card=[[CREDIT_CARD:5171-33**-****-0265]] bill_ok=Y ip=[[IP_ADDRESS:211.234.180.9]]
{{date:2024-09-30 22:19:41}} member={{code:MB5502904}} name=[[PERSON:Tanaka Yui]] birth=[[BIRTH_DATE:19960122]] lic=IDP(JP) passport=[[KR_PASSPORT:TK8830174]] lic_ok=HOLD"""},

{"id": "s16-p07-016", "kind": "complaint_letter", "text": """대리운전 기사가 제 차를 긁어놓고 연락을 안 받습니다.
{{date:10월 5일}} 밤 {{time:11시}}경 {{place_name:수원시청역}} 근처에서 대리 불렀고 기사님 이름은 [[PERSON:탁명수]]라고 했습니다. 앱에 나온 면허번호가 [[KR_DRIVER_LICENSE:경기04-183226-90]]이었어요.
제 차 [[KR_CAR_PLATE:58오 4420]] 조수석 문 쪽에 긁힌 자국이 생겼고 블랙박스에 찍혔습니다.
업체 대표번호 {{public_number:1577-1004}}는 기사 개인 문제라고 합니다.
[[PERSON:심유리]] / [[PHONE_NUMBER:010-3815-2274]] / [[KR_ADDRESS:수원시 팔달구 인계로 124번길 33 (인계동) 501호]]"""},
{"id": "s16-p07-017", "kind": "office_memo", "text": """[수도 사용자 명의변경 - 상가]
{{date:2024.10.21}} 접수. 매탄동 상가 1층 점포 양도양수.
 양도: 꽃다발플라워 [[PERSON:감희숙]] (사업자 [[KR_BRN:124-39-0051?]]) → 폐업 {{date:10.18}}
 양수: 동네세탁 [[PERSON:위태진]] (사업자 [[KR_BRN:124 20 7741?]], 생년월일 [[BIRTH_DATE:1983.03.05]])
 점포 [[KR_ADDRESS:수원시 영통구 매탄로 97번길 8, 1층 103호]]
정산지침 {{statistic:2,417}} 확인, 보증금 승계. 담당 [[PERSON:우다인]]"""},

{"id": "s16-p07-018", "kind": "messenger_chat", "text": """[하자보수 업체 - 관리사무소]
관리과장 [[PERSON:태민준]]: 사장님 지난번 방수공사 대금 세금계산서 다시 끊어주세요. 사업자번호가 틀렸대요
[[PERSON:진종만]] 사장: 아 제가 개인사업자라 [[KR_BRN:135-13-8824?]] 이거 맞는데요? 법인 번호는 없어요
관리과장 [[PERSON:태민준]]: 경리가 {{business_number:135-81-88240}}으로 넣었나보네요 ㅎ 제가 다시 확인할게요
[[PERSON:진종만]] 사장: 네 대금은 농협 [[BANK_ACCOUNT:356-0927-4418-53]]으로 부탁드려요"""},
]
