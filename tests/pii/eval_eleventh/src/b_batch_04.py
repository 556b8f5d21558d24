# Writer b, batch 04: road and facility damage claims. CC0 1.0. All values invented.
DOCS = [
{"id": "s11-b04-001", "kind": "claim_form", "text": """도로 영조물 사고 손해배상 청구서

청구인  성명 [[PERSON:위 성 진]]   주민등록번호 [[KR_RRN:850227-118420?]]
        주소 [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 동백 호수마을 2단지 208동 1502호]]
        연락처 [[PHONE_NUMBER:010-3381-6657]]
사고일시 {{date:2026년 2월 23일 22시 10분경}}
사고장소 {{place_name:동백죽전대로}} 상행 중앙사거리 전방 약 200m (1차로)
사고내용 야간 주행 중 도로 파임(포트홀, 지름 약 60cm)을 피하지 못하여 조수석 앞바퀴 타이어 및 휠 파손
차량번호 [[KR_CAR_PLATE:236수 7749]] (쏘렌토)  운전자 본인, 면허번호 [[KR_DRIVER_LICENSE:13-07-338217-52]]
청구금액 {{amount:1,184,000원}} (타이어 2본, 휠 1본, 얼라인먼트)
입금계좌 기업은행 [[BANK_ACCOUNT:221-118640-01-014]] 예금주 [[PERSON:위성진]]
첨부 정비견적서, 블랙박스 영상, 현장사진 4매"""},

{"id": "s11-b04-002", "kind": "estimate", "text": """견 적 서                                   No. {{document_number:E-260224-07}}
상호: 동백타이어휠 정비   대표: [[PERSON:탁 용 수]]   사업자등록번호: [[KR_BRN:142-19-6603?]]
주소: 용인시 기흥구 중동 {{place_name:동백중앙로}} 일대 (매장 {{public_number:031-285-4470}})
고객명: [[PERSON:위성진]] 님   차량번호: [[KR_CAR_PLATE:236수7749]]   입고일: {{date:26.02.24}}
-------------------------------------------------------------
금호 마제스티 235/55R19        2EA   {{amount:520,000}}
순정휠 19인치 (중고 A급)         1EA   {{amount:480,000}}
휠얼라인먼트                    1식   {{amount:60,000}}
공임                                   {{amount:124,000}}
합계 (VAT 포함)                         {{amount:1,184,000}}
입금: 농협 {{public_account:301-1148-2207-51}} (동백타이어휠)"""},

{"id": "s11-b04-003", "kind": "complaint_letter", "text": """수원시장님께 드리는 글 (보도블록 낙상 배상 요청)

저희 어머니 [[PERSON:함춘자]] 여사([[BIRTH_DATE:1939]]년생이시고 정확히는 음력 [[BIRTH_DATE:1939년 10월 12일]]생)가 {{date:1월 9일}} 오전에 {{place_name:팔달구 고등동 화서시장 입구}} 인도에서 들뜬 보도블록에 걸려 넘어지셔서 고관절이 부러지셨습니다.
수술하고 지금 {{org_name:성빈센트병원}} 6층에 입원해 계십니다. 보도블록은 몇 달 전부터 들떠 있었고 주민들이 민원도 넣었다고 합니다.
치료비와 간병비 배상 청구합니다.
어머니 주소 [[KR_ADDRESS:수원시 팔달구 고등동 98-41]]
연락은 아들인 저 [[PERSON:도 병 철]] [[PHONE_NUMBER:010-9145-3082]], 이메일 [[EMAIL_ADDRESS:byungchul.do@naver.com]]으로 주세요."""},

{"id": "s11-b04-004", "kind": "phone_memo", "text": """{{date:3/14(토)}} 당직실 전화 - 보도 낙상
경기대 학생이라고 함. [[PERSON:원 하 윤]] ([[BIRTH_DATE:04.11.27]]생, 학번 [[STUDENT_ID:202413309]])
광교산로 버스정류장 앞 보도블록 꺼진데 발 빠져서 발목 인대 늘어남
번호 [[PHONE_NUMBER:010-6093-4418]] / 자취방 [[KR_ADDRESS:수원시 장안구 연무동 223-6 하늘빌 302호]]
월요일에 도로과로 연결해주기로. 받은 사람 당직 [[PERSON:설재훈]]"""},

{"id": "s11-b04-005", "kind": "case_note", "text": """가로수 전도 피해 현황 ({{date:2026.04.04}} 강풍, 순간풍속 {{statistic:22m/s}})
위치: 성남시 분당구 {{place_name:서현로}} 서현동 시범단지 앞 보도 (양버즘나무 1주, 수고 약 14m)
피해 1) 주차차량 [[KR_CAR_PLATE:48더 3310]] 소유자 [[PERSON:민 경 태]] [[PHONE_NUMBER:010-2240-8851]] - 지붕, 전면유리 파손
피해 2) 주차차량 [[KR_CAR_PLATE:서울 52 마 1902]] 소유자 [[PERSON:안 소 라]] [[PHONE_NUMBER:010-7719-3304]] - 본넷 찌그러짐
피해 3) 인접 상가 간판 일부 (상가 주인 [[PERSON:하민구]], [[KR_ADDRESS:성남시 분당구 서현로 210번길 14, 1층 102호]])
인명피해 없음. 뿌리 부후 여부 조사 필요 (공원녹지과 [[PERSON:진우석]] 주무관)"""},

{"id": "s11-b04-006", "kind": "spreadsheet_export", "text": """영조물배상심의회 심의결과 (2026년 제2차, {{date:2026-03-26}})
사건번호,청구인,사고유형,청구액,결정액,비고
{{case_number:2026-배상-017}},[[PERSON:위○진]],포트홀 타이어파손,{{amount:1184000}},{{amount:947200}},과실상계 20%
{{case_number:2026-배상-018}},[[PERSON:함○자]],보도 낙상,{{amount:8850000}},{{amount:6195000}},기왕증 공제
{{case_number:2026-배상-019}},[[PERSON:남궁○]],가로수 전도,{{amount:3420000}},{{amount:3420000}},
{{case_number:2026-배상-020}},[[PERSON:Ch*** Ly]],맨홀 뚜껑,{{amount:640000}},0,기각(관리주체 한전)"""},

{"id": "s11-b04-007", "kind": "email", "text": """From: [[PERSON:송 재 원]] 손해사정사 <[[EMAIL_ADDRESS:jw.song@hyeonmyeong-adj.co.kr]]>
To: [[PERSON:노 가 영]] 주무관 <[[EMAIL_ADDRESS:roga0312@yongin.go.kr]]>
Sent: {{date:Thursday, April 2, 2026 4:51 PM}}
Subject: [지자체배상공제] 사고번호 {{case_number:LC26-04118}} 현장 확인 일정

주무관님, 청구인 [[PERSON:위성진]] 님(생년월일 [[BIRTH_DATE:85/02/27]]) 건 관련하여 {{date:4/7(화)}} 오전 10시 현장 확인 가능하실까요?
도로 보수 이력(포트홀 보수 일지) 있으면 함께 부탁드립니다.
[[PERSON:송재원]] 드림 / [[PHONE_NUMBER:010-4417-0088]]"""},

{"id": "s11-b04-008", "kind": "kakaotalk", "text": """[엄마] 너 차 괜찮아? 아빠가 그러는데 타이어 터졌다며
[[[PERSON:소정]]] 응ㅠ 동탄 가는 길에 큰 구멍 있었어 휠까지 휘었대
[[[PERSON:소정]]] 시청에 배상신청하면 된다고 해서 서류 쓰는중
[엄마] 아빠 친구 [[PERSON:정만호]] 아저씨가 카센터 하니까 거기 가봐
[[[PERSON:소정]]] 이미 보험사 견인으로 가까운데 왔어 괜찮아ㅋㅋ"""},

{"id": "s11-b04-009", "kind": "sms", "text": """[성남시] [[PERSON:민경태]]님, 가로수 전도 피해 배상 신청이 접수되었습니다(접수번호 {{receipt_number:2604-0093}}). 담당 녹지과 [[PERSON:진우석]] [[PHONE_NUMBER:031-729-4382]]"""},

{"id": "s11-b04-010", "kind": "system_log", "text": """{"ts":"{{date:2026-02-23T22:31:08.114+09:00}}","svc":"road-report","evt":"pothole.create","id":{{case_number:88410233}},"gps":"{{coordinates:37.2771,127.1528}}","reporter_phone":"[[PHONE_NUMBER:010-3381-6657]]","ip":"[[IP_ADDRESS:118.235.9.204]]","app":"{{version:2.8.1}}"}
{"ts":"{{date:2026-02-24T08:02:44.501+09:00}}","svc":"road-report","evt":"pothole.assign","id":{{case_number:88410233}},"assignee":"[[EMPLOYEE_ID:YI-07719]]","ip":"[[IP_ADDRESS:10.120.7.45]]"}
{"ts":"{{date:2026-02-24T13:40:19.003+09:00}}","svc":"road-report","evt":"pothole.repaired","id":{{case_number:88410233}},"crew":"보수3반"}"""},

{"id": "s11-b04-011", "kind": "case_note", "text": """가로수 쓰러짐 - 주택 담장 파손 건 ({{date:4.4.}} 강풍)
주택 소유자: [[PERSON:남궁 석]] ([[BIRTH_DATE:1950. 6. 25.]]) 주소 [[KR_ADDRESS:용인시 수지구 고기동 612-3]]
세입자(실거주): [[PERSON:Bekzod Tursunov]] 우즈베키스탄, 외국인등록번호 [[KR_FRN:930114-7******]], 연락처 [[PHONE_NUMBER:010-5928-0347]]
담장 4m 붕괴, 마당 에어컨 실외기 파손. 세입자 부상 없음.
소유자는 서울 거주 → 아들 [[PERSON:남궁 태 현]]이 대리 (위임장 필요)"""},

{"id": "s11-b04-012", "kind": "field_report", "text": """현 장 조 사 보 고 서
조사일시: {{date:2026. 4. 7.(화) 10:00~10:40}}
조사자: 도로관리과 [[PERSON:노가영]](사번 [[EMPLOYEE_ID:20180654]]), 손해사정 [[PERSON:송재원]]
입회: 청구인 [[PERSON:위성진]]
위치: 동백죽전대로 상행 1차로 (좌표 {{coordinates:37.27712, 127.15284}})
확인사항: {{date:2/24}} 보수완료 상태. 보수 전 포트홀 규격 약 55×48cm, 깊이 8cm (보수일지 대조)
사고 전 신고이력: {{date:2/19}}, {{date:2/21}} 2건 있었으나 미보수 → 관리하자 인정 소지 있음"""},

{"id": "s11-b04-013", "kind": "claim_form", "text": """[자전거 사고 배상 신청]
이름: [[PERSON:표 은 결]]
생년월일: [[BIRTH_DATE:2003년 8월 1일]]
학교/학번: 단국대 죽전 [[STUDENT_ID:32221847]]
주소: [[KR_ADDRESS:용인시 수지구 죽전로 152, 단국대 진리관 기숙사 B동 417호]]
사고: {{date:3월 30일}} 밤 탄천 자전거도로 맨홀 주변 단차에 걸려 넘어짐. 자전거 파손 + 손목 골절
연락처: [[PHONE_NUMBER:010-8402-1163]]
받을계좌: 토스뱅크 [[BANK_ACCOUNT:1000-4482-7713]]"""},

{"id": "s11-b04-014", "kind": "payment_resolution", "text": """배상금 지급 결의서
지급대상: [[PERSON:위성진]] ([[KR_RRN:850227-1******]])  금 {{amount:947,200원}}  기업 [[BANK_ACCOUNT:221-118640-01-014]]
지급대상: [[PERSON:함춘자]] (대리수령 [[PERSON:도병철]], [[KR_RRN:660803-1******]])  금 {{amount:6,195,000원}}  국민 [[BANK_ACCOUNT:601701-04-229180]]
예산과목: 도로관리 > 배상금 (세출 {{code:301-11}})
결의일 {{date:2026.04.10}}  결재: 팀장 [[PERSON:오민규]] / 과장 [[PERSON:윤 재 선]]"""},

{"id": "s11-b04-015", "kind": "memo", "text": """{{date:4/8}} [[PERSON:안소라]]님 견적서 팩스로 받음 (보닛 {{amount:87만}}) - 자차보험 처리했다고 함, 구상 여부 확인"""},

{"id": "s11-b04-016", "kind": "email", "text": """Dear Suwon City Road Management Division,

My name is [[PERSON:Emily Carter]] ([[PERSON:에밀리 카터]]), an English teacher living at [[KR_ADDRESS:Apt 1203, 35 Maeyeong-ro 269beon-gil, Yeongtong-gu, Suwon]].
On {{date:March 3}} I tripped on a broken paving block near Yeongtong Station exit 4 and chipped a front tooth. Dental cost so far is {{amount:KRW 1,450,000}}.
My passport number is [[KR_PASSPORT:A03819264]] (I don't have the ARC card yet, it's being renewed), and my date of birth is [[BIRTH_DATE:14 Nov 1992]].
Please reply to [[EMAIL_ADDRESS:emily.carter.kr@gmail.com]] or call [[PHONE_NUMBER:010-2271-8390]].
Thank you."""},

{"id": "s11-b04-017", "kind": "scanned_form_ocr", "text": """손 해 배 상 청 구 서 (국가배상법 제9조)
청 구 인 : [[PERSON:연 성 미]]   생 년 월 일 : [[BIRTH_DATE:1968 . O3 . 2l]]
주   소 : [[KR_ADDRESS:성남시 수정구 태평동 73OO-l4]]
전화번호 : [[PHONE_NUMBER:O31-752-8O19]] / [[PHONE_NUMBER:O1O-6l4l-2O37]]
사고개요 : {{date:2O26.O2.O5}} 수진역 인근 보도 경계석 파손부에 걸려 넘어짐 (우측 손목 골절)
청구금액 : 금 {{amount:삼백사십만원}}정 ({{amount:￦3,4OO,OOO}})
{{date:2O26 년 O3 월 l2 일}}   청구인 [[PERSON:연성미]] (인)"""},

{"id": "s11-b04-018", "kind": "official_letter", "text": """수 원 시
수신  [[PERSON:도병철]] 귀하 ([[KR_ADDRESS:수원시 팔달구 고등동 98-41]])
(경유)
제목  보도 낙상사고 배상신청 처리결과 알림

1. 귀하께서 {{date:2026. 1. 19.}} 신청하신 민원({{case_number:2AA-2601-1193822}})에 대한 답변입니다.
2. {{date:2026. 3. 26.}} 개최된 수원시 영조물배상심의회에서 배상금 {{amount:6,195,000원}} 지급으로 결정되었음을 알려드립니다.
3. 기타 궁금한 사항은 팔달구 건설과 [[PERSON:조하늘]] 주무관([[PHONE_NUMBER:031-228-6472]])에게 문의하여 주시기 바랍니다.  끝.

수원시장
시행 {{document_number:팔달구 건설과-4471}} ({{date:2026. 4. 1.}})  접수   우 {{postal_code:16453}} 수원시 팔달구 ... / 전화 {{public_number:031-228-6400}} / 공개구분 부분공개(6)"""},
]
