# Writer x, batch 01: consumer-centre disputes (online shopping refunds, delivery apps). CC0 1.0.
DOCS = [
{"id": "s10-x01-001", "kind": "citizen_letter", "text": """수원시 소비생활센터 담당자님께

안녕하세요. 저는 영통구에 사는 [[PERSON:한지윤]]이라고 합니다.
{{date:2024년 3월 2일}} 온라인 쇼핑몰 '데일리룩마켓'에서 코트(주문번호 {{order_number:20240302-0048813}})를 189,000원에 샀는데, 받아보니 소매 안감이 찢어져 있었습니다. {{date:3월 5일}}에 반품 신청을 했고 판매자가 회수까지 해 갔는데 한 달이 넘도록 환불이 안 됩니다.

판매자 쪽에 전화를 하면 "정산 중"이라는 말만 반복합니다.
제 연락처는 [[PHONE_NUMBER:010-4417-2093]]이고 주소는 [[KR_ADDRESS:경기도 수원시 영통구 매영로 269, 112동 804호]]입니다.
환불 받을 계좌: 국민 [[BANK_ACCOUNT:394802-01-227315]] (예금주 [[PERSON:한지윤]])

꼭 좀 도와주세요.
{{date:2024. 4. 9.}} [[PERSON:한지윤]] 드림"""},

{"id": "s10-x01-002", "kind": "officer_memo", "text": """[상담 요약] 접수 {{case_number:수원소비-2024-0417}}
상담원: [[PERSON:오세린]] 주무관 (직통 [[PHONE_NUMBER:031-228-3572]])
신청인: [[PERSON:박＊＊]] / [[BIRTH_DATE:1979]]년생 / 팔달구 거주
피신청인: (주)하루배송 (사업자 {{business_number:135-86-40211}})
내용: 배달앱으로 주문한 족발 세트 미배달. 앱에는 '배달완료' 표시, 라이더 위치기록 확인 요청.
처리: {{date:4/11}} 업체 측 1차 연락, {{date:4/15}}까지 회신 약속. 금액 {{amount:38,500원}}.
비고: 신청인 생년 [[BIRTH_DATE:1979]] 외 인적사항은 {{public_number:1372}} 시스템 원문 참조."""},

{"id": "s10-x01-003", "kind": "kakaotalk_export", "text": """[데일리룩마켓 CS] [오후 2:13] 고객님 성함이랑 연락처 한번 더 남겨주세요
[[[PERSON:한지윤]]] [오후 2:15] [[PERSON:한지윤]]이요 [[PHONE_NUMBER:010 4417 2093]]
[데일리룩마켓 CS] [오후 2:16] 확인 감사합니다. 반품 회수 송장 {{tracking_number:5601-2288-7734}} 확인됐구요
[데일리룩마켓 CS] [오후 2:16] 검수 완료 후 영업일 기준 3~5일 내 환불됩니다
[[[PERSON:한지윤]]] [오후 2:20] 그 말씀 3주 전에도 하셨어요;;
[데일리룩마켓 CS] [오후 2:31] 담당 [[PERSON:정다온]] 매니저가 내일 직접 전화드릴게요"""},

{"id": "s10-x01-004", "kind": "ocr_transfer_slip", "text": """이체확인증
━━━━━━━━━━━━━━━━━━
거래일시    {{date:2024.02.27}} {{time:21:44:08}}
출금계좌    신한 [[BANK_ACCOUNT:110-482-915306]]
받는분      [[PERSON:노태섭]]
입금은행    농협
입금계좌    [[BANK_ACCOUNT:352-0917-4482-63]]
이체금액    {{amount:1,250,000원}}
받는분통장표시 중고아이패드
보내는분통장표시 [[PERSON:권유리]]
※ 본 확인증은 거래사실 확인용이며 법적 효력이 없습니다.
고객센터 {{public_number:1599-8000}}"""},

{"id": "s10-x01-005", "kind": "email", "text": """From: [[EMAIL_ADDRESS:yuri.kwon92@naver.com]]
To: {{public_email:consumer@suwon.go.kr}}
Subject: 중고거래 사기 관련 상담 요청드립니다

안녕하세요, [[PERSON:권유리]]라고 합니다. (생년월일 [[BIRTH_DATE:92.10.05]])
중고거래 앱에서 아이패드를 사기로 하고 판매자 [[PERSON:노태섭]]에게 125만원을 보냈는데 물건이 안 오고 연락이 끊겼습니다. 이체확인증 첨부합니다.
판매자가 알려준 번호는 [[PHONE_NUMBER:010-9052-1186]]인데 지금은 꺼져 있어요.
경찰서에도 신고했고 사건번호는 {{case_number:2024-003381}}입니다.
회신은 이 메일이나 [[PHONE_NUMBER:010.6238.4470]]으로 부탁드려요."""},

{"id": "s10-x01-006", "kind": "spreadsheet_paste", "text": """연번\t접수일\t신청인\t생년월일\t연락처\t품목\t피해액\t상태
1\t{{date:2024-03-04}}\t[[PERSON:김도현]]\t[[BIRTH_DATE:1988-07-21]]\t[[PHONE_NUMBER:010-2231-9087]]\t운동화\t{{amount:129,000}}\t합의
2\t{{date:2024-03-04}}\t[[PERSON:이서아]]\t[[BIRTH_DATE:2001-12-30]]\t[[PHONE_NUMBER:010-7719-0342]]\t배달음식\t{{amount:27,900}}\t진행
3\t{{date:2024-03-06}}\t[[PERSON:Nguyen Thi Lan]]\t[[BIRTH_DATE:1995-04-09]]\t[[PHONE_NUMBER:010-5583-2610]]\t휴대폰케이스\t{{amount:15,800}}\t종결
4\t{{date:2024-03-07}}\t[[PERSON:최＿민]]\t[[BIRTH_DATE:1967-**-**]]\t[[PHONE_NUMBER:010-****-4471]]\t건강식품\t{{amount:396,000}}\t이관(한국소비자원)"""},

{"id": "s10-x01-007", "kind": "call_transcript", "text": """상담원: 네, 성남시 소비자정보센터입니다.
민원인: 아 네 배달앱 때문에요. 제가 어제 치킨을 시켰는데 한 시간 반 만에 왔어요, 다 식어서.
상담원: 네 불편하셨겠어요. 성함이랑 생년월일 말씀해 주시겠어요?
민원인: 윤, [[PERSON:윤재희]]요. [[BIRTH_DATE:구공년 오월 십칠일]].
상담원: [[PERSON:윤재희]]님, [[BIRTH_DATE:구공년 오월 십칠일]] 맞으시죠. 주문하신 앱이랑 주문번호 아세요?
민원인: 앱 주문내역에 {{order_number:B2LQ-7781}} 이렇게 돼 있어요.
상담원: {{order_number:B2LQ-7781}} 확인했습니다. 연락처는 지금 거신 번호로 드리면 될까요?
민원인: 네, [[PHONE_NUMBER:공일공 팔팔이일 삼사공구]]요.
상담원: [[PHONE_NUMBER:공일공 팔팔이일 삼사공구]] 확인했습니다."""},

{"id": "s10-x01-008", "kind": "refund_form_ocr", "text": """환 불 신 청 서 (소비자용)

성    명 : [[PERSON:장 미 경]]          생년월일 : [[BIRTH_DATE:1974 년 O8 월 I3 일]]
주    소 : [[KR_ADDRESS:경기 성남시 중원구 둔촌대로 83번길 1O, 2O1호]]
연 락 처 : 휴대 [[PHONE_NUMBER:O1O-3345-8827]]  자택 [[PHONE_NUMBER:O31-745-2269]]
구 입 처 : 홈쇼핑 ○○몰 (대표전화 {{public_number:080-300-1234}})
구입일자 : {{date:2O24. 1. 18}}     금액 : {{amount:259,OOO원}}
신청사유 : 전기매트 온도조절기 불량, 교환 2회 후에도 동일 하자

(서명) [[PERSON:장미경]]"""},

{"id": "s10-x01-009", "kind": "sms", "text": """[Web발신]
[[PERSON:문성호]]고객님 주문하신 상품 배송출발
운송장 {{tracking_number:689203377415}} (CJ대한통운)
배송지 [[KR_ADDRESS:용인시 수지구 동천로 437 래미안이스트팰리스 1204동 302호]]
문의 {{public_number:1588-1255}}"""},

{"id": "s10-x01-010", "kind": "officer_memo", "text": """■ 택배 분실 민원 처리 메모 (작성 [[PERSON:하윤석]])
- 민원인 [[PERSON:문성호]] 씨, 배송지는 본인 자택이나 {{date:2/14}} 이후 수령 못함
- 택배기사 진술: 현관 앞 배송 사진 있음. 사진상 호수 표지 "1204-302" 확인
- 아파트 관리사무소 CCTV 열람 요청 → 개인정보 사유로 경찰 통해서만 가능
- 민원인 연락처 [[PHONE_NUMBER:010-8820-1735]] (오후 6시 이후 통화 선호)
- 민원인 차량 [[KR_CAR_PLATE:215러 6640]] 주차기록으로 귀가시간 확인 가능하다고 함
- 회신기한 {{date:2024-02-23}}"""},

{"id": "s10-x01-011", "kind": "citizen_letter", "text": """제목: 배달앱 리뷰 썼다고 사장님이 집까지 찾아왔어요

{{date:지난주 토요일}}에 배달앱에서 떡볶이 시키고 별점 2개 줬는데요, 다음날 가게 사장님이 주문기록에 있던 제 주소([[KR_ADDRESS:수원시 권선구 세권로 210-3 2층]])로 찾아와서 리뷰 지우라고 했습니다. 너무 무서웠어요.
저 혼자 사는 대학생이고 학생증 번호까지 물어보더라고요(학번 [[STUDENT_ID:20221487]]). 왜 물어본 건지 모르겠어요.
이름은 [[PERSON:신가람]]이고, 연락은 문자로 주세요. [[PHONE_NUMBER:010-6649-0052]]"""},

{"id": "s10-x01-012", "kind": "system_log", "text": """2024-03-18T09:12:44+09:00 INFO  consumer-portal login ok user={{code:cs_counsel07}} src=[[IP_ADDRESS:10.24.8.117]]
2024-03-18T09:13:02+09:00 INFO  case.open id={{case_number:C-24031800219}} assignee=[[PERSON:오세린]]
2024-03-18T09:13:40+09:00 WARN  attachment virus-scan skipped (engine {{version:v3.2.11}})
2024-03-18T09:15:09+09:00 INFO  export.csv rows=41 by=[[EMPLOYEE_ID:SW-20190633]] from=[[IP_ADDRESS:211.189.40.23]]
2024-03-18T09:15:09+09:00 DEBUG netmask={{subnet_mask:255.255.255.0}} gw={{ip_gateway:10.24.8.1}}"""},

{"id": "s10-x01-013", "kind": "chat_screenshot_ocr", "text": """< 반짝중고 >
판매자 : 네 택배거래만 돼요 입금 확인되면 바로 보냄
나 : 혹시 신분증 사진 보여주실 수 있나요
판매자 : [사진]
(사진 속) 주민등록증  [[PERSON:노태섭]]  [[KR_RRN:870214-1******]]
          [[KR_ADDRESS:경기도 용인시 처인구 금령로 56-2]]
나 : 네 확인했어요 입금할게요
판매자 : 하나은행 [[BANK_ACCOUNT:267-910384-11207]] [[PERSON:노태섭]]
---- {{date:2월 27일}} ----
나 : 입금했습니다 송장번호 주세요"""},

{"id": "s10-x01-014", "kind": "email", "text": """보낸사람: [[PERSON:Daniel Moreau]] <[[EMAIL_ADDRESS:d.moreau.kr@gmail.com]]>
받는사람: 성남시 소비자정보센터

Hello, I am a French resident living in Bundang. 저는 한국어 조금 해요.
I ordered a refrigerator online on {{date:Feb 3, 2024}}, it was never delivered. Seller says my address is wrong.
My address: [[KR_ADDRESS:성남시 분당구 판교역로 152, 알파돔타워 아파트 A동 1701호]]
Alien registration no. [[KR_FRN:860923-5174208]] / Passport [[KR_PASSPORT:21FH48310]]
Phone [[PHONE_NUMBER:+82 10-3391-7702]]
Thank you."""},

{"id": "s10-x01-015", "kind": "officer_memo", "text": """[이관 요청] 한국소비자원 경기지원 앞
신청인: [[PERSON:장미경]] (여, [[BIRTH_DATE:'74.8.13]])
연락: [[PHONE_NUMBER:010-3345-8827]]
사안: 홈쇼핑 전기매트 반복 하자 — 교환 2회({{date:1/25}}, {{date:2/8}}), 환불 거부
센터 의견: 품질보증기간 내 동일하자 3회 → 환불 대상으로 판단됨
첨부: 환불신청서 1부, 구매영수증 사본 1부
담당 [[PERSON:변수아]] / {{public_number:031-729-2114}}(대표)"""},

{"id": "s10-x01-016", "kind": "receipt_ocr", "text": """[카드매출전표]
가맹점명  (주)그린피트니스 광교점
사업자번호 {{business_number:124-86-55021}}
카드번호  [[CREDIT_CARD:5409-12**-****-3312]]
카드종류  국민 체크
승인일시  {{date:2023/11/02}} {{time:19:07}}
할부      12개월
승인번호  {{receipt_number:30281947}}
금액      {{amount:960,000}}
회원명    [[PERSON:염*준]]"""},

{"id": "s10-x01-017", "kind": "citizen_letter", "text": """배달대행 라이더입니다. 고객이 음식 못 받았다고 해서 제 돈으로 물어냈는데 나중에 보니 그 고객이 받았더라구요. 가게 사장님이 제 개인번호를 고객한테 줘서 밤새 욕설 문자가 옵니다.
라이더 [[PERSON:곽준영]], [[BIRTH_DATE:1996년 2월]]생, 오토바이 번호 [[KR_CAR_PLATE:경기수원 바 4417]]
연락 [[PHONE_NUMBER:010 2296 5138]]
운전면허 [[KR_DRIVER_LICENSE:13-15-409872-60]] 첨부합니다 (본인확인용)"""},

{"id": "s10-x01-018", "kind": "short_note", "text": """[[PERSON:서준]]이 엄마예요~ 학원비 환불 건 문의 남겼는데 회신 부탁드려요 {{date:월요일}}까지요. [[PHONE_NUMBER:010-5120-77O9]]"""},
]
