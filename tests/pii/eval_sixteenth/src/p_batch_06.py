# Writer p, batch 06: utilities - water/gas/electricity billing disputes and meter-reading logs.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p06-001", "kind": "complaint_letter", "text": """수도요금이 갑자기 세 배가 나왔습니다.

고객번호 {{customer_number:0417-228-1093}} / 사용자 [[PERSON:표명숙]]
주소 [[KR_ADDRESS:수원시 장안구 조원로 89번길 12-5 (조원동) 1층]]
{{date:8월}}분 요금이 {{amount:87,430원}}인데 평소엔 {{amount:2만원대}}입니다. 집에 사람도 혼자고 누수도 없어요. 검침하시는 분이 계량기를 잘못 읽은 것 같습니다.
지난달 지침 {{statistic:1,204}}, 이번달 {{statistic:1,289}}로 나왔는데 제가 오늘 직접 보니 1,221 이었습니다. 사진 첨부합니다.
재검침 부탁드립니다. 연락은 [[PHONE_NUMBER:010-4106-7238]]
{{date:2024. 9. 4.}} [[PERSON:표명숙]]"""},

{"id": "s16-p06-002", "kind": "log_table", "text": """정기검침 결과표 ({{date:2024년 9월}}) 검침구역 {{code:장안-07}} / 검침원 [[PERSON:길동욱]] (사번 [[EMPLOYEE_ID:W07-1128]])
수용가번호	성명	주소	전월지침	당월지침	사용량	비고
{{customer_number:0417-228-1093}}	[[PERSON:표명숙]]	[[KR_ADDRESS:조원로89번길 12-5]]	{{statistic:1204}}	{{statistic:1289}}	{{statistic:85}}	재검침요청
{{customer_number:0417-228-1094}}	[[PERSON:하순덕]]	[[KR_ADDRESS:조원로89번길 12-7]]	{{statistic:3310}}	{{statistic:3331}}	{{statistic:21}}	
{{customer_number:0417-228-1102}}	[[PERSON:엄태근]]	[[KR_ADDRESS:조원로89번길 14, 지하]]	-	-	-	문잠김(부재) 인정고지
{{customer_number:0417-228-1107}}	{{org_name:조원교회}}	조원로89번길 20	{{statistic:8812}}	{{statistic:8990}}	{{statistic:178}}	
※ 1093 수용가 계량기 숫자판 습기 → 오독 가능성. {{date:9/5}} 재검침 (검침원 폰 [[PHONE_NUMBER:010-7731-5904]])"""},

{"id": "s16-p06-003", "kind": "roster", "text": """가스 안전점검 미실시 세대 (2차 방문 대상) - {{org_name:삼천리}} 용인서부센터
점검원 [[PERSON:왕지은]] / 점검원 [[PERSON:Kim Anna]]
동호	세대주	연락처	1차 방문일	사유
301-703	[[PERSON:소민구]]	[[PHONE_NUMBER:010-3391-4420]]	{{date:10.07}}	부재(스티커 부착)
301-1504	[[PERSON:하 윤]]	[[PHONE_NUMBER:010-****-8816]]	{{date:10.07}}	거부 - 주말 요청
304-201	[[PERSON:주병철]]	[[PHONE_NUMBER:031-286-5531]]	{{date:10.08}}	고령 독거, 보호자 [[PERSON:주희선]] 통화 필요
단지: [[KR_ADDRESS:용인시 기흥구 언남로 30 (언남동, 동일하이빌)]]"""},

{"id": "s16-p06-004", "kind": "email", "text": """From: [[PERSON:곽진영]] <[[EMAIL_ADDRESS:jinyoung_kwak@naver.com]]>
To: {{public_email:customer@kepco-mail.example}}
Date: {{date:2024.08.28 23:51}}
Subject: 전기요금 누진 적용 이의 (고객번호 {{customer_number:06-7713-2290-15}})

안녕하세요. 저희 집은 {{date:7월 20일}}에 이사 들어왔는데 {{date:8월}} 청구서에 전 세입자 사용분까지 포함돼서 누진 3단계가 적용된 것 같습니다.
이사 당일 계량기 지침 사진({{statistic:24817 kWh}}) 첨부합니다.
전 세입자 [[PERSON:염수아]] 님 연락처는 부동산에서 받은 [[PHONE_NUMBER:010-9120-7735]] 입니다.
주소: [[KR_ADDRESS:성남시 분당구 서현로 210번길 19, 317동 602호 (이매동, 이매촌청구)]]
계약자(본인): [[PERSON:곽진영]] / [[BIRTH_DATE:1990년 3월 2일]] / [[PHONE_NUMBER:010-2875-4413]]"""},

{"id": "s16-p06-005", "kind": "call_note", "text": """{{date:2024-09-10}} {{time:11:27}} 도시가스 고객센터 / 상담 [[PERSON:조예은]] ([[EMPLOYEE_ID:C-50213]])
[전출] [[PERSON:탁희수]] [[PHONE_NUMBER:010-4428-3019]] 주민번호 [[KR_RRN:811205-2******]] → 중간정산 {{date:9/14}} 예약, 지침 고객 촬영 전송
[전입] [[PERSON:남용준]] [[PHONE_NUMBER:010-6306-2984]] 생년월일 [[BIRTH_DATE:1994.12.08]] → 명의변경 + 카드 자동납부 등록
  카드 [[CREDIT_CARD:5585-26**-****-4217]] (유효기간 {{date:08/28}})
주소 [[KR_ADDRESS:용인시 수지구 풍덕천로 120, 1005동 1701호]]
특이: 전입자 아기 있음 → 보일러 점검 우선 요청"""},

{"id": "s16-p06-006", "kind": "messenger_chat", "text": """[검침3팀] 
[[PERSON:길동욱]]: 팀장님 조원동 1093 재검침했는데 1,221 맞네요. 제가 8을 2로 잘못 봤습니다 ㅠ
팀장 [[PERSON:이명환]]: 아이고 요금 정정 처리하고 고객님께 직접 사과 전화드려요
[[PERSON:길동욱]]: 네 [[PERSON:표명숙]] 고객님께 {{time:오후 2시}}에 전화드렸어요. 감면 문의도 하셔서 안내했습니다
[[PERSON:황민수]]: 저 오늘 파장동 구역 {{statistic:40}}세대 남았는데 비가 와서 계량기함에 물 찼어요
팀장 [[PERSON:이명환]]: 무리하지 말고 내일 마저 해요"""},

{"id": "s16-p06-007", "kind": "ocr_scan", "text": """급 수 공 사 ( 급 수 설 비 ) 신 청 서
신 청 인 성 명 : [[PERSON:맹 진 호]]    생 년 월 일 : [[BIRTH_DATE:7O.O3.22]]
상     호 : 진호정밀     사업자번호 : [[KR_BRN:l35-l9-4O2l7]]
설치 장소 : [[KR_ADDRESS:화성시 향남읍 상신하길로 l72-9]] (공장)
구경 : {{statistic:25mm}}  용도 : 일반용
연 락 처 : [[PHONE_NUMBER:O1O-2l34-87O9]]
신청일 {{date:2O24년 9월 l9일}}"""},

{"id": "s16-p06-008", "kind": "form", "text": """상하수도 요금 감면 신청서 (다자녀 가구)
신청인(세대주): [[PERSON:서지혜]]  생년월일 [[BIRTH_DATE:1983-07-14]]
수용가번호: {{customer_number:0522-104-7781}}
주소: [[KR_ADDRESS:수원시 권선구 금곡로 102, 203동 1105호(금곡동, 호반베르디움)]]
자녀현황
 1. [[PERSON:윤시아]]  [[BIRTH_DATE:2012.03.06]]
 2. [[PERSON:윤시후]]  [[BIRTH_DATE:2015.11.23]]
 3. [[PERSON:윤지안]]  [[BIRTH_DATE:2021.01.09]]
감면 적용 희망월: {{date:2024년 10월}}분부터
※ 주민등록등본 행정정보공동이용 동의함 ☑   신청일 {{date:2024.09.25}}"""},

{"id": "s16-p06-009", "kind": "system_log", "text": """[e-고지 신청 처리]
{{date:2024/10/02 21:14:55}} REG customer={{customer_number:0633-871-2045}} name=[[PERSON:도하준]] email=[[EMAIL_ADDRESS:hajun.do@kakao.com]] from=[[IP_ADDRESS:58.229.176.14]]
{{date:2024/10/02 21:15:03}} MAIL_SENT to=[[EMAIL_ADDRESS:hajun.do@kakao.com]] sender={{public_email:noreply@water-bill.example}} tpl=REG_OK
{{date:2024/10/03 07:42:10}} REG customer={{customer_number:0633-871-3390}} name=[[PERSON:양서영]] email=[[EMAIL_ADDRESS:syyang77@hanmail.net]] from=[[IP_ADDRESS:2406:5900:10f0:2c::a12]]
build {{version:2.8.14-r3}}"""},

{"id": "s16-p06-010", "kind": "spreadsheet", "text": """장기체납 수용가 현황 (3개월 이상) / 상수도사업소 요금팀 / {{date:2024. 10. 7.}} 기준
구분 | 수용가 | 주소 | 체납액 | 체납기간 | 조치
개인 | [[PERSON:구○석]] | [[KR_ADDRESS:팔달구 화서동 4**-1*]] | {{amount:412,560}} | {{date:'24.4~'24.9}} | 급수정지 예고
개인 | [[PERSON:D***a P.]] | [[KR_ADDRESS:장안구 영화동 2**]] | {{amount:98,200}} | {{date:'24.6~'24.9}} | 외국인, 통역 필요
상가 | 한솥정육(대표 [[PERSON:변O희]]) | [[KR_ADDRESS:권선구 세류동 11**-5]] | {{amount:1,230,900}} | {{date:'23.12~'24.9}} | 분납 약정
법인 | {{org_name:(주)팔달세탁}} | 매산로 일원 | {{amount:3,882,010}} | {{date:'24.2~'24.9}} | 압류"""},

{"id": "s16-p06-011", "kind": "complaint_letter", "text": """가스계량기 교체 비용을 왜 세입자가 냅니까?
저는 [[KR_ADDRESS:성남시 중원구 은행동 1882 1층 좌측]] 세입자 [[PERSON:노윤서]]입니다. 계량기 유효기간 만료로 교체한다고 {{amount:38,500원}} 청구됐는데 집주인 [[PERSON:정만기]]씨([[PHONE_NUMBER:010-3306-1174]])는 자기 알 바 아니래요.
계량기는 건물 설비 아닌가요? 관련 규정 알려주세요.
제 번호는 [[PHONE_NUMBER:공일공-팔이구일-사사공삼]] 입니다 ([[PHONE_NUMBER:010-8291-4403]])"""},

{"id": "s16-p06-012", "kind": "office_memo", "text": """누수 감면 승인 통보 (내부)
수용가 {{customer_number:0418-330-5521}} [[PERSON:천영식]] / [[KR_ADDRESS:수원시 팔달구 지동 250-13]]
누수기간 {{date:'24.7.12~'24.8.20}} / 수리업체 확인서 제출({{org_name:지동설비}})
감면액 {{amount:143,900원}} → 이미 납부하여 환급 처리
환급계좌 새마을금고 [[BANK_ACCOUNT:9002-1738-4421-9]] 예금주 [[PERSON:천영식]]
처리자 [[PERSON:우다인]] 주무관 (직통 [[PHONE_NUMBER:031-228-3822]])"""},

{"id": "s16-p06-013", "kind": "sms", "text": """[Web발신]
[수원시상수도] 안녕하세요. {{date:10/15(화)}} {{time:오전}} 중 계량기 교체 작업이 예정되어 있습니다. 단수 약 {{statistic:30분}}. 담당 [[PERSON:배경민]] [[PHONE_NUMBER:010-5560-2317]] (문의 {{public_number:121}})"""},

{"id": "s16-p06-014", "kind": "email", "text": """Subject: Electricity bill in my name after I moved out

Hello,
I moved out of [[KR_ADDRESS:Apt 804, 22 Hyowon-ro 307beon-gil, Paldal-gu, Suwon]] on {{date:31 August 2024}} but I still get bills.
Account holder: [[PERSON:Olivia Brennan]], DOB [[BIRTH_DATE:1993-02-28]], passport [[KR_PASSPORT:PB3381920]] (Australia). My ARC was [[KR_FRN:930228-6104558]].
The new tenant is [[PERSON:Ahmed Rashid]] I think. I already paid the final bill on {{date:Sep 2}} by card.
Please close my account. My new email is [[EMAIL_ADDRESS:olivia.b.suwon@gmail.com]], phone [[PHONE_NUMBER:010-3127-9058]].
Thanks,
[[PERSON:Olivia]]"""},

{"id": "s16-p06-015", "kind": "form", "text": """원인자부담금 분할납부 신청서
신청인: [[PERSON:황보재민]] (개인사업자, 상호 재민물류창고)
사업자등록번호: [[KR_BRN:142-27-3319?]] / 생년월일 [[BIRTH_DATE:1968년 12월 5일]]
사업장: [[KR_ADDRESS:용인시 처인구 양지면 남평로 88-14]]
부담금: {{amount:18,760,000원}} → 12개월 분할 희망
연락처: [[PHONE_NUMBER:031-339-8104]] (사무실) / [[PHONE_NUMBER:010-5492-3380]]
※ 동일 부지 임차 법인 {{org_name:(주)양지로지스}} {{business_number:135-86-02274}} 분은 별도"""},

{"id": "s16-p06-016", "kind": "report", "text": """AMI 원격검침 이상 보고 ({{date:2024-10-29}})
집중기 DCU-0317 (설치: {{place_name:광교 호수마을 관리동 옥상}}) 통신두절 {{statistic:14시간}}
 - DCU IP [[IP_ADDRESS:10.41.3.117]] / 게이트웨이 [[IP_ADDRESS:10.41.3.1]] / 넷마스크 {{subnet_mask:255.255.255.192}}
 - 펌웨어 {{version:v3.1.7}} → {{version:v3.2.0}} 업데이트 후 재부팅 반복
영향 세대 {{statistic:286}} (지침 역전 발생 세대: 2201동 1402호 [[PERSON:류한결]], 2203동 907호 [[PERSON:송미래]])
조치자 [[PERSON:감승호]] (협력사 {{org_name:누리텔레콤}}, 사번 [[EMPLOYEE_ID:NT-4471]], [[PHONE_NUMBER:010-2049-7781]])"""},
]
