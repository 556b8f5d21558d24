# Writer p, batch 01: transport - bus/taxi complaints, parking enforcement appeals.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p01-001", "kind": "complaint_letter", "text": """제목: {{route_number:7770}}번 버스 기사님 난폭운전 신고합니다

안녕하세요. 저는 영통에 사는 [[PERSON:한지윤]]입니다.
{{date:2024년 5월 14일}} 오전 {{time:8시 20분}}경 {{place_name:영통역}} 정류장에서 {{route_number:7770}}번 버스(차량번호 [[KR_CAR_PLATE:경기70바3512]])를 탔는데 제가 카드 찍기도 전에 출발해서 넘어질 뻔 했습니다. 옆에 계시던 할머니는 실제로 넘어지셨구요.
기사님 이름표에 [[PERSON:문태식]]이라고 되어 있었습니다.
블랙박스 확인하시고 조치 부탁드려요.

회신: 문자로 부탁드립니다 [[PHONE_NUMBER:010-4417-2093]]
주소 [[KR_ADDRESS:수원시 영통구 봉영로 1623, 530동 1104호 (영통동, 신나무실주공5단지)]]"""},

{"id": "s16-p01-002", "kind": "office_memo", "text": """[내부검토] 민원 {{case_number:2AA-2405-0318842}} 처리 결과 보고

1. 민원인: [[PERSON:한○윤]] (영통구 거주)
2. 대상: {{org_name:경진운수(주)}} {{route_number:7770}}번, 차량 [[KR_CAR_PLATE:경기70바3512]]
3. 운수종사자: [[PERSON:문태식]] (사번 [[EMPLOYEE_ID:KJ-10472]], 입사 {{date:2019.03.02}})
4. 조치: 블랙박스 영상 확인 결과 급출발 사실 확인 → 친절교육 4시간 이수 명령, 과태료 {{amount:100,000원}} 부과 예정
5. 회신 기한: {{date:2024.05.28.}}까지

담당 대중교통과 [[PERSON:서민재]] 주무관 ☎ [[PHONE_NUMBER:031-228-3417]]"""},

{"id": "s16-p01-003", "kind": "messenger_chat", "text": """[카카오톡] 엄마
[오후 11:42] 나: 엄마 나 택시에 폰 두고 내렸어 ㅠㅠ 이거 친구폰으로 보내는거
[오후 11:42] 나: 영수증에 차번호 [[KR_CAR_PLATE:31아 4821]] 이라고 나와있어
[오후 11:43] 엄마: 아이고 [[PERSON:서연]]아 또?? 기사님 번호는 없어?
[오후 11:44] 나: 카드영수증엔 사업자 [[PERSON:정갑수]] 이렇게만 있고 번호는 콜센터 {{public_number:1588-0982}}
[오후 11:45] 엄마: 엄마가 니 폰으로 전화해볼게 [[PHONE_NUMBER:010 3352 7716]] 맞지?
[오후 11:45] 나: ㅇㅇ 배터리 40퍼 남았었음
[오후 11:51] 엄마: 기사님이 받으셨다 내일 아침 {{place_name:수원역 환승센터}}에서 준대
[오후 11:51] 나: 헐 엄마 사랑해"""},

{"id": "s16-p01-004", "kind": "form", "text": """주정차위반 과태료 의견진술(이의신청)서

고지서번호 : {{document_number:2024-41117-0058213}}
신 청 인  성명 : [[PERSON:배은경]]        생년월일 : [[BIRTH_DATE:1979. 11. 03]]
          주소 : [[KR_ADDRESS:경기도 수원시 권선구 세권로 138번길 21-4, 302호]]
          연락처 : [[PHONE_NUMBER:010-8825-1406]]
차량번호 : [[KR_CAR_PLATE:24누 7719]]       차종 : 승용(쏘나타)
위반일시 : {{date:2024-06-02}} {{time:14:37}}
위반장소 : {{place_name:권선시장 앞 도로}}
진술내용 : 당일 아버님([[PERSON:배상철]], [[BIRTH_DATE:1948.2.17]]생)이 응급실 가셔야 해서 잠깐 정차하고 부축해서 모시고 나왔습니다. 진료확인서 첨부합니다.

                  {{date:2024년 6월 10일}}   신청인 [[PERSON:배은경]] (서명)
수원시장 귀하"""},

{"id": "s16-p01-005", "kind": "ocr_scan", "text": """의 견 진 술 서 (주 정 차 위 반)
성    명 : [[PERSON:류 정 아]]      주민등록번호 : [[KR_RRN:8 6 0 7 2 4 - 2 ******]]
주    소 : [[KR_ADDRESS:성남시 분당구 구미로 8 까치마을 2O7동 11O3호]]
전화번호 : [[PHONE_NUMBER:O1O-5I72-3390]]
차량번호 : [[KR_CAR_PLATE:l58머 2O46]]
단속일자 : {{date:2O24. O7. l9.}}  단속장소 : {{place_name:미금역 2번출구}}
사    유 : 장애인 가족 승하차를 위해 정차하였음. 장애인등록증 사본 첨부
           (장애인 본인: 모 [[PERSON:김순례]], [[BIRTH_DATE:1951. 4. 3O]])
 ※ 본 서류는 팩스 수신 후 OCR 변환된 것임"""},

{"id": "s16-p01-006", "kind": "csv_export", "text": """접수번호,접수일,성명,생년월일,차량번호,연락처,처리결과
{{case_number:P2024-08-0113}},{{date:2024-08-01}},[[PERSON:최윤호]],[[BIRTH_DATE:1983-05-26]],[[KR_CAR_PLATE:123가4567]],[[PHONE_NUMBER:01029473310]],수용
{{case_number:P2024-08-0114}},{{date:2024-08-01}},[[PERSON:Nguyen Van Hai]],[[BIRTH_DATE:1992-10-08]],[[KR_CAR_PLATE:68러 1120]],[[PHONE_NUMBER:010-7734-0918]],불수용
{{case_number:P2024-08-0117}},{{date:2024-08-02}},[[PERSON:오미란]],[[BIRTH_DATE:1967-01-30]],[[KR_CAR_PLATE:경기37다8809]],[[PHONE_NUMBER:031-216-4852]],수용
{{case_number:P2024-08-0121}},{{date:2024-08-05}},[[PERSON:남궁 현]],[[BIRTH_DATE:2001-12-14]],[[KR_CAR_PLATE:307도 5521]],,불수용
"""},

{"id": "s16-p01-007", "kind": "call_note", "text": """[상담이력] {{date:24/09/03}} {{time:10:12}} 상담원 [[PERSON:유하람]] ([[EMPLOYEE_ID:CS2231]])
인입번호 [[PHONE_NUMBER:010-91**-6603]] / 본인확인: 생년월일 [[BIRTH_DATE:74.08.15]] 일치
고객명 [[PERSON:장*숙]]
내용: 거주자우선주차 배정 탈락 문의. 작년엔 됐는데 왜 안되냐고 격앙. 배정기준(거주기간, 차량대수) 안내함. 차량 2대 보유([[KR_CAR_PLATE:57로 3308]], [[KR_CAR_PLATE:201하 9154]])로 감점 확인됨.
→ 주차관리팀 이관, 콜백 요청 {{time:14시}} 이후. 대표번호 {{public_number:031-228-2114}}로 다시 걸면 안된다고 함(대기 김)."""},

{"id": "s16-p01-008", "kind": "email", "text": """From: [[PERSON:Park Sojin]] <[[EMAIL_ADDRESS:sojin.park84@gmail.com]]>
To: {{public_email:parking@seongnam.go.kr}}
Date: {{date:Tue, 17 Sep 2024 21:05:44 +0900}}
Subject: 거주자 우선주차 신청 (수정동)

담당자님께,
거주자 우선주차 구획 신청하려고 메일 드립니다. 온라인 신청 화면에서 계속 오류가 나서요.

신청자: [[PERSON:박소진]] ([[BIRTH_DATE:84년 2월 9일]]생)
주소: [[KR_ADDRESS:성남시 수정구 수정로 171번길 12 (신흥동) 2층]]
차량: [[KR_CAR_PLATE:45모 1987]] (배우자 [[PERSON:이재훈]] 명의)
연락: [[PHONE_NUMBER:+82 10-2281-5047]]

배우자 명의라 가족관계증명서 필요하다고 들었는데 메일로 보내도 되는지 알려주세요.
감사합니다.
[[PERSON:박소진]] 드림"""},

{"id": "s16-p01-009", "kind": "complaint_letter", "text": """택시 카드결제 이중승인 건입니다.
{{date:9월 21일}} 새벽에 {{place_name:성남시청}}에서 죽전까지 택시 탔고 요금 {{amount:23,800원}}인데 카드사 앱 보니까 두 번 승인돼있습니다.
카드번호 [[CREDIT_CARD:5365-10**-****-4482]] / 승인번호 {{approval_number:30018872}}, {{approval_number:30018873}}
영수증에 차량번호 [[KR_CAR_PLATE:경기 32 사 6027]], 사업자번호 [[KR_BRN:129-19-4418?]] 찍혀 있어요. 개인택시인 것 같아요.
전화했더니 기사님이 취소해준다고 하고 연락이 없습니다.
[[PERSON:황보 민]] / [[PHONE_NUMBER:010.6618.2275]]"""},

{"id": "s16-p01-010", "kind": "complaint_short", "text": """{{route_number:60}}번 버스 [[PERSON:조병욱]] 기사님 칭찬합니다. 휠체어 타는 저희 딸 내릴 때까지 기다려주시고 경사판도 직접 내려주셨어요. 꼭 표창해주세요!! -{{place_name:매탄동}} 주민"""},

{"id": "s16-p01-011", "kind": "report_form", "text": """[안전신문고 신고내용 이송]
신고번호 : {{case_number:SPP-2409-2817734}}
신고일시 : {{date:2024-09-25 07:58:10}}
신고유형 : 장애인전용주차구역 불법주차
위반차량 : [[KR_CAR_PLATE:12보 3345]]
발생장소 : [[KR_ADDRESS:용인시 기흥구 구갈로 60번길 17 상가동 지하1층]] 주차장
신고자 : [[PERSON:임동혁]] / [[PHONE_NUMBER:010-3390-****]]
첨부 : 사진 2매 (촬영 {{time:07:51}}, {{time:07:53}})
※ 장애인 자동차 표지 미부착 확인. 차량 소유자 조회 결과 [[PERSON:강○희]] ([[BIRTH_DATE:1990.0*.**]]) → 과태료 {{amount:10만원}} 사전통지"""},

{"id": "s16-p01-012", "kind": "messenger_chat", "text": """[단속반 단톡] 
[[PERSON:김정우]] 팀장: 오늘 오후조 [[PERSON:노승현]], [[PERSON:양희진]] 두명 {{place_name:서현역}} 로데오 집중
[[PERSON:노승현]]: 넵. 단말기 번호 {{device_id:PDA-07}} 배터리 불량이라 교체 요청합니다
[[PERSON:양희진]]: 어제 [[KR_CAR_PLATE:88더 4102]] 차주분이 사무실로 찾아오셨다고 들었는데 처리됐나요?
[[PERSON:김정우]] 팀장: 이의신청 접수함. 차주 [[PERSON:곽미경]] 씨 연락처 [[PHONE_NUMBER:010-5530-8817]] 메모해두고 결과 나오면 연락드려
[[PERSON:노승현]]: 그리고 제 직통 바뀌었습니다 [[PHONE_NUMBER:031-729-4468]] (내선 {{public_number:4468}} 아님 주의ㅋ)"""},

{"id": "s16-p01-013", "kind": "payment_record", "text": """과태료 카드납부 내역
납부자 : [[PERSON:신혜원]]
과태료 고지번호 : {{document_number:41135-2024-0912-55871}}
납부금액 : {{amount:32,000원}} (자진납부 20% 감경)
결제카드 : 국민카드 [[CREDIT_CARD:9430 0312 5597 104?]]
할부 : 일시불    승인번호 : {{approval_number:74420913}}
결제일시 : {{date:2024.10.04 16:22}}
※ 본 내역은 세외수입 납부 시스템에서 출력되었습니다. 문의 {{public_number:1588-2900}}"""},

{"id": "s16-p01-014", "kind": "complaint_letter", "text": """대학생 교통카드 할인 등록이 안 됩니다.
{{org_name:아주대학교}} 재학중이고 학번 [[STUDENT_ID:202131427]]입니다. 학생증 겸용 교통카드인데 {{date:9월}}부터 계속 일반요금으로 찍혀요. 학교에선 시청 문의하라고 하고 시청은 카드사 문의하라고 하고 ㅠ
이름 [[PERSON:윤채린]], 생년월일 [[BIRTH_DATE:2002년 6월 11일]], 휴대폰 [[PHONE_NUMBER:010-2736-4810]]
동생([[PERSON:윤채민]], 고2)도 청소년 할인이 빠졌던데 같이 봐주세요. 동생 생일은 [[BIRTH_DATE:2008. 3. 19]] 입니다."""},

{"id": "s16-p01-015", "kind": "email", "text": """Subject: Complaint - taxi overcharge at {{place_name:Suwon Station}}

Dear Sir/Madam,
My name is [[PERSON:Daniel Whitford]], I am an English teacher living in Suwon (ARC no. [[KR_FRN:880517-5238104]]).
On {{date:Oct 12, 2024}} around {{time:9:40pm}} I took a taxi from {{place_name:Suwon Station}} to my home at [[KR_ADDRESS:37, Gwanggyojungang-ro 170beon-gil, Yeongtong-gu, Suwon-si, Apt 1502]]. The meter showed {{amount:9,600 won}} but the driver asked for {{amount:25,000 won}}, saying it was "night price".
The car number was [[KR_CAR_PLATE:경기31바 7264]].
Please contact me at [[PHONE_NUMBER:010-8813-0277]] or [[EMAIL_ADDRESS:d.whitford@outlook.com]].
Best regards,
[[PERSON:Daniel]]"""},

{"id": "s16-p01-016", "kind": "spreadsheet", "text": """공영주차장 월정기권 신청 현황 ({{place_name:행궁동 공영주차장}}) - {{date:2024년 11월}}분

No | 구분 | 신청자 | 차량번호 | 연락처 | 사업자등록번호 | 비고
1 | 상가 | [[PERSON:도경수]] | [[KR_CAR_PLATE:63오 2209]] | [[PHONE_NUMBER:010-44O3-1123]] | [[KR_BRN:124-27-3306?]] | 도도커피
2 | 상가 | [[PERSON:변하나]] | [[KR_CAR_PLATE:138부 7740]] | [[PHONE_NUMBER:010-9912-04xx]] | [[KR_BRN:135-52-0071?]] | 하나공방
3 | 주민 | [[PERSON:연정훈]] | [[KR_CAR_PLATE:52구 6031]] | [[PHONE_NUMBER:031)255-7180]] | - | 
4 | 법인 | {{org_name:(주)행궁스테이}} | [[KR_CAR_PLATE:283수 1004]] | {{public_number:031-256-0800}} | {{business_number:124-81-22913}} | 법인차량
합계 4건, 정기권 요금 {{amount:월 60,000원}}"""},
]
