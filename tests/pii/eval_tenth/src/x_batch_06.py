# Writer x, batch 06: start-up incubators, social enterprises and their paperwork. CC0 1.0.
DOCS = [
{"id": "s10-x06-001", "kind": "application_form_ocr", "text": """2024 성남 청년창업 인큐베이터 입주 신청서

대표자 성명 [[PERSON:우다현]]       생년월일 [[BIRTH_DATE:1999 . 10 . 11]]
소속(재학생) 가천대학교 경영학과 4학년 / 학번 [[STUDENT_ID:201935066]]
팀원 [[PERSON:금채윤]](학번 [[STUDENT_ID:202035412]]), [[PERSON:Tran Minh Khoa]](학번 [[STUDENT_ID:202238907]])
연락처 [[PHONE_NUMBER:010-2954-6617]]   이메일 [[EMAIL_ADDRESS:dahyun.woo@gachon.ac.kr]]
아이템 반려동물 수제간식 구독 플랫폼
사업자등록 여부 □ 있음 ■ 없음 (예정)
희망 입주 공간 {{room_number:3층 302호 (4인실)}}"""},

{"id": "s10-x06-002", "kind": "officer_memo", "text": """[입주심사 서류 보완 요청]
- 신청팀 대표 [[PERSON:우다현]] : 재학증명서 미제출
- 외국인 팀원 [[PERSON:Tran Minh Khoa]](베트남) : 외국인등록증 사본 흐림 → 재제출. 여권([[KR_PASSPORT:C9021377]])만 식별 가능
  외국인등록번호 앞자리만 확인 [[KR_FRN:020514-7]]
- 제출기한 {{date:2024.03.15(금) 18:00}}
- 문의: 성남산업진흥원 창업지원팀 {{public_number:031-782-3000}} / 담당 [[PERSON:윤슬아]] [[EMAIL_ADDRESS:seula.yoon@snip.or.kr]]"""},

{"id": "s10-x06-003", "kind": "email", "text": """Subject: Co-founder visa documents (D-8-4)

Dear Ms. Yoon,
Attached please find my passport copy and the incubator contract.
Name: [[PERSON:Hannah Kowalski]] / DOB: [[BIRTH_DATE:14 Feb 1992]] / Passport no. [[KR_PASSPORT:EK4471920]] (Poland)
Korean address: [[KR_ADDRESS:Unit 1208, 20 Pangyoyeok-ro 146beon-gil, Bundang-gu, Seongnam-si]]
My Korean mobile is [[PHONE_NUMBER:010-4418-0273]].
Our company's BRN (sole proprietorship under my partner [[PERSON:변도준]]) is [[KR_BRN:629-45-0183?]].
Best,
[[PERSON:Hannah]]"""},

{"id": "s10-x06-004", "kind": "contract_ocr", "text": """창업보육센터 입주계약서

입주기업 : 노을베이커리랩 (개인사업자)
사업자등록번호 : [[KR_BRN:505-12-4470?]]
대 표 자 : [[PERSON:하 슬 기]]    ( [[KR_RRN:930502-2******]] )
주    소 : [[KR_ADDRESS:용인시 기흥구 덕영대로 1732, 경희대 국제캠퍼스 창업보육센터 204호]]
입주기간 : {{date:2024. 03. 01}} ~ {{date:2025. 02. 28}}
보 증 금 : {{amount:일금 일백만원}}  관리비 : 월 {{amount:150,000원}}
납부계좌 : 경희대학교 산학협력단 {{public_account:농협 301-0123-4567-21}}
{{date:2024. 02. 19}}  입주자 [[PERSON:하슬기]] (서명)"""},

{"id": "s10-x06-005", "kind": "wifi_log", "text": """# incubator-3F-AP02 dhcp lease dump  {{date:2024-03-27}}
lease [[IP_ADDRESS:10.70.3.41]]  mac {{code:7C:2A:31:8E:0B:14}}  host=DAHYUN-MBP   user=[[EMAIL_ADDRESS:dahyun.woo@gachon.ac.kr]]
lease [[IP_ADDRESS:10.70.3.58]]  mac {{code:A4:83:E7:19:C0:62}}  host=Galaxy-S23   user=guest
lease [[IP_ADDRESS:fe80::1c4b:9aff:fe21:7d30]]  host=khoa-thinkpad  user=[[PERSON:Tran Minh Khoa]]
netmask {{subnet_mask:255.255.254.0}}  router {{ip_gateway:10.70.2.1}}  firmware {{version:7.0.12.4}}"""},

{"id": "s10-x06-006", "kind": "citizen_letter", "text": """인큐베이터 입주기업 대표입니다. 센터 공용 라운지에 저희 회사 고객 명단이 인쇄된 채 방치돼 있었다는 제보를 받았습니다. 저희가 뽑은 게 아니라 프린터 대기열에 남아 있던 게 다른 사람에 의해 출력된 것 같습니다.
명단에는 고객 [[PERSON:지한결]] 님([[BIRTH_DATE:1988-03-02]], [[KR_ADDRESS:성남시 분당구 서현로 210번길 14, 시범한양 304동 1105호]]) 등 12명 정보가 있었습니다.
센터 측 공용 프린터 관리 실태 점검 부탁드립니다.
노을베이커리랩 대표 [[PERSON:하슬기]] [[PHONE_NUMBER:010-8819-2034]]"""},

{"id": "s10-x06-007", "kind": "spreadsheet_paste", "text": """[사회적기업 일자리창출사업 참여자 명부 — 주식회사 아닌 개인사업 예비사회적기업 '함께밥상']
성명	생년월일	취약계층 유형	근로계약일	사번	급여계좌
[[PERSON:봉미숙]]	[[BIRTH_DATE:1962.04.30]]	고령자	{{date:2024.01.02}}	[[EMPLOYEE_ID:HB-001]]	[[BANK_ACCOUNT:351-1124-5583-13]]
[[PERSON:Rahimova Dilnoza]]	[[BIRTH_DATE:1985.09.17]]	결혼이민자	{{date:2024.01.02}}	[[EMPLOYEE_ID:HB-002]]	[[BANK_ACCOUNT:1002-338-771204]]
[[PERSON:추경아]]	[[BIRTH_DATE:1979.12.08]]	한부모	{{date:2024.02.13}}	[[EMPLOYEE_ID:HB-003]]	[[BANK_ACCOUNT:110-502-399817]]
[[PERSON:나영철]]	[[BIRTH_DATE:1958.06.25]]	장애인(경증)	{{date:2024.02.13}}	[[EMPLOYEE_ID:HB-004]]	[[BANK_ACCOUNT:229-910051-22107]]
사업자: [[KR_BRN:135-09-7742?]] (대표 [[PERSON:원소영]])"""},

{"id": "s10-x06-008", "kind": "officer_memo", "text": """■ 예비사회적기업 '함께밥상' 인건비 지원금 정산 검토
- 대표 [[PERSON:원소영]] 제출 통장사본 중 [[PERSON:나영철]] 님 급여계좌 예금주 불일치(배우자 명의) → 본인 계좌로 변경 요청
- 참여자 [[PERSON:Rahimova Dilnoza]] : 외국인등록증 사본 [[KR_FRN:850917-6318204]] 확인, 체류기간 {{date:2026.05.20}}까지
- 법인카드 아닌 대표 개인카드 [[CREDIT_CARD:3560-5512-0849-227?]] 로 식자재 구입 후 증빙 → 지원대상 아님
- 정산 마감 {{date:4/30}}, 사회적경제팀 [[PERSON:신민규]]"""},

{"id": "s10-x06-009", "kind": "receipt_ocr", "text": """영 수 증 (공급받는자용)
상호 : 사랑방식자재마트        사업자 : [[KR_BRN:212-31-4408?]]
대표 : [[PERSON:표영자]]
주소 : [[KR_ADDRESS:성남시 중원구 성남대로 1148번길 12]]
{{date:2024-03-08}} {{time:10:41}}   POS {{code:02}}  영수증 {{receipt_number:0008-1127}}
쌀20kg  2  {{amount:116,000}}
식용유  3  {{amount:23,700}}
합계            {{amount:139,700}}
신용카드  [[CREDIT_CARD:356055******227*]]  일시불
승인 {{receipt_number:74401829}}"""},

{"id": "s10-x06-010", "kind": "kakaotalk_export", "text": """[함께밥상 운영진]
[[[PERSON:원소영]]] 쌤들 이번 달 정산 서류에 [[PERSON:나영철]] 선생님 통장 본인 걸로 다시 받아야 한대요
[[[PERSON:추경아]]] 제가 내일 같이 은행 가드릴게요 선생님 댁이 [[KR_ADDRESS:중원구 상대원동 3885 우림빌라 B01호]] 맞죠?
[[[PERSON:원소영]]] 네 반지하요. 그리고 [[PERSON:딜노자]]쌤 비자 연장 서류도요
[[[PERSON:Rahimova Dilnoza]]] 네 대표님 여권 [[KR_PASSPORT:FA2839017]] 사진 보냈어요"""},

{"id": "s10-x06-011", "kind": "presentation_notes", "text": """데모데이 발표자 순서 ({{date:2024.05.23}} {{time:14:00}}, {{place_name:판교 스타트업캠퍼스}} 다목적홀)
1. 팀 펫밀 — 대표 [[PERSON:우다현]] (가천대)
2. 팀 노을베이커리랩 — [[PERSON:하슬기]]
3. 팀 Lumen — [[PERSON:Hannah Kowalski]] & [[PERSON:변도준]]
4. 팀 오르다 — [[PERSON:권오름]] (학번 [[STUDENT_ID:2020-13847]], 아주대 산업공학)
심사위원: [[PERSON:석지훈]] 심사역, [[PERSON:고은서]] 교수, [[PERSON:마태현]] 대표
※ 발표 7분 + 질의 3분 / 투자유치 실적은 {{statistic:23억}} 누적"""},

{"id": "s10-x06-012", "kind": "citizen_letter", "text": """창업지원금 협약 후 중도 포기했는데 지원금 전액 반환 통지가 왔습니다. 저는 이미 시제품 제작에 1,200만원을 다 썼습니다.
협약번호 {{document_number:SNS-2023-0418}}
대표 [[PERSON:구본찬]] / [[BIRTH_DATE:1994년 1월 9일]]생
사업장 [[KR_ADDRESS:성남시 수정구 창업로 42, 경기기업성장센터 611호]]
사업자 [[KR_BRN:229-08-6614?]]
제 사정(부친 간병)을 고려해 분할 반환이라도 가능한지 검토 부탁드립니다. [[PHONE_NUMBER:O1O.3318.9904]]"""},

{"id": "s10-x06-013", "kind": "officer_memo", "text": """[창업지원금 환수 분할납부 검토]
대상: [[PERSON:구본찬]] (협약 {{document_number:SNS-2023-0418}})
환수액 {{amount:25,000,000원}}, 집행증빙 인정액 {{amount:12,140,000원}}
중도포기 사유: 부친 [[PERSON:구자열]]([[BIRTH_DATE:1948. 3. 1.]]) 뇌졸중 간병
→ 부득이한 사유 인정 시 미집행분만 환수. 10회 분할 가능
납부계좌: 성남시 세입 {{public_account:신한 100-031-992810}}"""},

{"id": "s10-x06-014", "kind": "system_log", "text": """[창업지원 플랫폼 감사로그]
2024-04-01 09:00:12 | login   | [[EMPLOYEE_ID:SNIP-0192]] ([[PERSON:윤슬아]]) | [[IP_ADDRESS:121.134.17.205]]
2024-04-01 09:02:47 | view    | applicant=[[PERSON:구본찬]] | field=rrn,bank
2024-04-01 09:03:10 | export  | applicants_2024.xlsx | rows=88
2024-04-01 22:41:03 | login   | [[EMPLOYEE_ID:SNIP-0207]] ([[PERSON:강도윤]]) | [[IP_ADDRESS:2001:e60:9a31:7c02::15]]
2024-04-01 22:41:55 | export  | applicants_2024.xlsx | rows=88  ← 업무시간 외 반출, 소명 요청"""},

{"id": "s10-x06-015", "kind": "sms", "text": """[성남산업진흥원] [[PERSON:권오름]] 대표님 {{date:5/2}} 멘토링 장소 변경: [[KR_ADDRESS:성남시 분당구 대왕판교로 645번길 12, 7층]] {{room_number:701호}} 담당 [[PERSON:윤슬아]] [[PHONE_NUMBER:031-782-30ㅁㅁ]]"""},

{"id": "s10-x06-016", "kind": "parking_registration", "text": """판교 입주기업 정기주차 등록
회사 | 신청자 | 차량번호 | 휴대폰
오르다 | [[PERSON:권오름]] | [[KR_CAR_PLATE:61조 0482]] | [[PHONE_NUMBER:010-8870-2145]]
Lumen | [[PERSON:변도준]] | [[KR_CAR_PLATE:서울 05 더 7721]] | [[PHONE_NUMBER:010-4423-1098]]
노을베이커리랩 | [[PERSON:하슬기]] | [[KR_CAR_PLATE:118보 5933]] (전기) | [[PHONE_NUMBER:010-8819-2034]]
※ 방문객 주차권 번호 {{code:P-0523-018}} 은 등록 대상 아님"""},

{"id": "s10-x06-017", "kind": "email", "text": """From: [[PERSON:마태현]] <[[EMAIL_ADDRESS:taehyun@blueharbor.vc]]>
To: [[PERSON:권오름]] <[[EMAIL_ADDRESS:oreum.kwon@ajou.ac.kr]]>
Cc: {{public_email:ir@blueharbor.vc}}

[[PERSON:오름]] 대표님, 데모데이 발표 잘 들었습니다.
후속 미팅 가능하시면 {{date:5/30(목)}} {{time:16:00}}에 저희 사무실(판교, 대표번호 {{public_number:031-8017-4400}})로 오세요.
제 휴대폰은 [[PHONE_NUMBER:010 4477 0219]] 입니다."""},

{"id": "s10-x06-018", "kind": "citizen_letter", "text": """사회적기업 인증 심사에서 떨어진 이유를 알고 싶습니다.
기관명 '다온돌봄협동조합'(법인 {{business_number:131-82-77015}}) 이사장 [[PERSON:연정숙]]입니다.
심사 현장실사 때 오신 평가위원([[PERSON:문건우]] 위원)께서 조합원 명부를 촬영해 가셨는데 그 사진 처리 결과도 알려주세요. 명부에는 조합원 [[PERSON:홍석]], [[PERSON:제갈윤희]] 등의 주소와 주민번호 앞자리가 있었습니다.
회신: [[EMAIL_ADDRESS:daon.coop.js@gmail.com]], 우편 [[KR_ADDRESS:수원시 장안구 정자천로 188번길 9, 2층 (정자동)]]"""},

{"id": "s10-x06-019", "kind": "officer_memo", "text": """[크라우드펀딩 리워드 미발송 민원] 
- 창업기업: 오르다 (대표 [[PERSON:권오름]], 개인사업자 [[KR_BRN:124-51-9903?]])
- 민원인: 후원자 [[PERSON:정윤서]] ([[BIRTH_DATE:2003.11.5]]), 리워드 발송 예정일 {{date:3월 말}} 경과
- 민원인 배송지 [[KR_ADDRESS:수원시 영통구 봉영로 1517, 1층 편의점 옆 우편함]] → 실제 주소 확인 필요
- 후원 결제 카드 끝자리 [[CREDIT_CARD:****-****-****-4402]]
- 펀딩 플랫폼 주문번호 {{order_number:WDZ-88214033}}"""},

{"id": "s10-x06-020", "kind": "short_note", "text": """센터장님 메모) [[PERSON:슬기]] 대표 생일 [[BIRTH_DATE:5/2]]이래요, 데모데이 전날({{date:5/22}})엔 입주사 간담회. 케이크는 [[PERSON:윤슬아]] 쌤이 주문."""},
]
