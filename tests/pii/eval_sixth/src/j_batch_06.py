# Writer j, batch 06: environmental noise and odour complaints, online complaint system exports. CC0 1.0. All invented.
DOCS = [
{"id": "s6-j06-001", "kind": "noise_complaint", "text": """층간소음 민원입니다.

윗집(1602호)에서 매일 밤 12시 넘어서까지 쿵쿵 뛰고 가구 끄는 소리가 납니다. 관리사무소 통해 3번 얘기했는데 달라진게 없어요. 저희 아이가 수험생이라 너무 힘듭니다.
주소: [[KR_ADDRESS:성남시 분당구 내정로 55 파크타운 대림 118동 1502호]]
성명: [[PERSON:어수경]] / HP: [[PHONE_NUMBER:010-2049-7163]]
※ 이웃사이센터 ({{public_number:1661-2642}}) 상담 신청번호 {{receipt_number:N24-088312}}"""},

{"id": "s6-j06-002", "kind": "system_export", "text": """민원접수목록_20241105.csv
접수번호,접수일시,민원인,생년월일,연락처,이메일,접속IP,제목
{{receipt_number:2AA-2411-0050211}},{{date:2024-11-01 07:12:55}},[[PERSON:박소윤]],[[BIRTH_DATE:1991-04-02]],[[PHONE_NUMBER:01029384471]],[[EMAIL_ADDRESS:soyoon.p@naver.com]],[[IP_ADDRESS:175.223.19.86]],공사장 새벽 소음
{{receipt_number:2AA-2411-0050388}},{{date:2024-11-01 09:40:02}},[[PERSON:장대호]],[[BIRTH_DATE:1958-12-17]],[[PHONE_NUMBER:0312561192]],,[[IP_ADDRESS:211.36.142.7]],돈사 악취
{{receipt_number:2AA-2411-0050412}},{{date:2024-11-01 10:05:47}},[[PERSON:Nakamura Yui]],[[BIRTH_DATE:1996-07-30]],[[PHONE_NUMBER:010-5562-0391]],[[EMAIL_ADDRESS:yui.nkmr@gmail.com]],[[IP_ADDRESS:2001:e60:9a41:3c2::1b]],노래방 소음"""},

{"id": "s6-j06-003", "kind": "odour_complaint", "text": """처인구 백암면 돼지농장 악취 민원 (연명부)

매년 여름마다 백암면 일대에 돈사 냄새가 심각합니다. 특히 비오기 전날 저녁엔 창문을 열 수 없습니다. 해당 농장({{org_name:○○농장}}, [[KR_ADDRESS:처인구 백암면 근창리 155-2]]) 악취배출시설 지정을 요청합니다.

연번 성명 생년월일 주소 서명
1 [[PERSON:길재순]] [[BIRTH_DATE:1949.10.03]] [[KR_ADDRESS:백암면 백암리 402-1]] (서명)
2 [[PERSON:천영배]] [[BIRTH_DATE:1955.02.27]] [[KR_ADDRESS:백암면 백암리 388]] (서명)
3 [[PERSON:천서윤]] [[BIRTH_DATE:1983.06.15]] 상동 (서명)
4 [[PERSON:심명자]] [[BIRTH_DATE:194O.01.09]] [[KR_ADDRESS:백암면 근창리 71-4]] (서명)"""},

{"id": "s6-j06-004", "kind": "noise_complaint", "text": """공사장 소음 측정 결과 통보

현장명: {{org_name:(주)대양건설}} 광교 오피스텔 신축공사 (사업자 {{business_number:124-86-55021}})
측정일시: {{date:2024.06.25 07:10~07:15}}
측정값: {{statistic:74.3 dB(A)}} (기준 65 dB(A) 초과)
처분: 공사중지 명령 및 과태료 {{amount:200만원}}
민원인: [[PERSON:나예지]] 님 ([[KR_ADDRESS:영통구 광교호수로 152 , 305동 1201호]])
담당: 환경관리과 [[PERSON:선태준]] ({{public_number:031-228-3588}})"""},

{"id": "s6-j06-005", "kind": "odour_complaint", "text": """아 진짜 냄새 때문에 못살겠어요. 저녁만 되면 상대원 공단 쪽에서 화학약품 냄새? 타는 냄새? 같은게 넘어와요. 머리 아프고 목 따가워요. 성남시는 뭐하나요. 측정이라도 좀 해주세요
상대원2동 [[PERSON:Ji-ho Pyo]] (표지호)
[[EMAIL_ADDRESS:pyojiho@daum.net]]"""},

{"id": "s6-j06-006", "kind": "internal_reply", "text": """[처리결과] 악취 민원 ({{receipt_number:2AA-2411-0050388}})
민원인 [[PERSON:장대호]]님께서 제기하신 처인구 원삼면 돈사 악취와 관련하여 {{date:11월 6일}} 22시 복합악취 측정 결과 희석배수 {{statistic:25}} (기준 15)로 초과되어 개선권고 하였습니다. 농장주 [[PERSON:구병철]] (사업자 [[KR_BRN:126-05-7712?]]) 측은 {{date:2025년 3월}}까지 바이오필터 설치를 약속하였습니다.
담당 [[PERSON:노슬아]] 주무관 / 직통 [[PHONE_NUMBER:031-324-2290]] / [[EMAIL_ADDRESS:nsa0912@korea.kr]]"""},

{"id": "s6-j06-007", "kind": "noise_complaint", "text": """새벽 3시에 배달오토바이 굉음!!!! 이거 불법개조 아닌가요? 번호판은 [[KR_CAR_PLATE:성남중원 바 1927]] 찍어놨습니다. 매일 같은 시간에 [[KR_ADDRESS:중원구 둔촌대로 101번길 8]] 앞을 지나가요. 소음기 단속 부탁드려요 ㅠ"""},

{"id": "s6-j06-008", "kind": "noise_complaint", "text": """[이웃분쟁 조정신청서]
신청인: [[PERSON:사공미란]] / 생년월일 [[BIRTH_DATE:1970년 9월]] / 주소 [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444 어은목마을 한라비발디 1205동 202호]]
피신청인: [[PERSON:박○준]] / 같은 동 302호
신청 취지: 피신청인 세대의 반려견 짖음 소음(주간 평균 6시간)에 대한 조정
첨부: 소음 녹음파일 14건 ({{date:2024.08.01~2024.08.20}})
연락처: [[PHONE_NUMBER:031-8005-2218]](집), [[PHONE_NUMBER:010-3390-1846]]"""},

{"id": "s6-j06-009", "kind": "odour_complaint", "text": """하수처리장 악취 민원 회신 요청드립니다. 저는 중국 국적으로 [[KR_ADDRESS:수원시 권선구 평동 74-12 , 301호]]에 살고 있습니다. 이름 [[PERSON:王秀英]] (왕수영), 외국인등록번호 [[KR_FRN:890311-6582014]], 여권번호 [[KR_PASSPORT:EJ4471902]]. 한국어가 서툴러 딸 [[PERSON:왕리나]]({{org_name:경기대}} 재학)가 대신 작성합니다. 딸 연락처 [[PHONE_NUMBER:010-7304-6629]]"""},

{"id": "s6-j06-010", "kind": "noise_complaint", "text": """교회 확성기 소음 신고
- 장소: 장안구 {{place_name:조원로}} 상가건물 4층 교회 ([[KR_ADDRESS:조원로 41 대원빌딩 4층]])
- 일시: 매주 일요일 {{time:10:30~12:30}}, 수요일 {{time:19:30~21:00}}
- 측정: 스마트폰 앱으로 {{statistic:68dB}} 나옴
신고자 [[PERSON:배윤호]] [[PHONE_NUMBER:010-95O3-2818]]
(바로 옆 건물 [[KR_ADDRESS:조원로 43]] 3층 거주)"""},

{"id": "s6-j06-011", "kind": "system_export", "text": """[보안관제] 민원포털 비정상 접속 탐지 보고
탐지시각 {{date:2024-09-12 03:14:22}}
출발지 [[IP_ADDRESS:58.229.160.43]] → 목적지 [[IP_ADDRESS:203.248.233.10]] (민원포털 WEB)
내용: 동일 IP에서 민원인 조회 API 1,200회 호출 ({{code:RULE-4412}})
조치: 방화벽 차단 (마스크 {{subnet_mask:255.255.255.0}}), WAF 버전 {{version:5.2.7}}
담당: 정보통신과 [[PERSON:하은솔]] (사번 [[EMPLOYEE_ID:SN2019-0412]]), 관리자PC [[IP_ADDRESS:10.20.31.115]]"""},

{"id": "s6-j06-012", "kind": "noise_complaint", "text": """Dear Sir/Madam, I live at [[KR_ADDRESS:Apt 704, Bldg 3, 27 Jeongjail-ro 213beon-gil, Bundang-gu, Seongnam]]. The karaoke bar downstairs plays loud music until 4 a.m. every weekend. I am a US citizen (passport [[KR_PASSPORT:567812340]]) working at {{org_name:Samsung SDS}}. Please contact me at [[PHONE_NUMBER:010-4412-7093]] or [[EMAIL_ADDRESS:dan.whitfield@protonmail.com]]. — [[PERSON:Daniel Whitfield]]"""},

{"id": "s6-j06-013", "kind": "odour_complaint", "text": """음식점 배기구 냄새 민원
고기집 연기가 저희 집 창문으로 바로 들어옵니다. 배기구 방향 좀 바꾸게 해주세요.
가게: 황소집 (사장 [[PERSON:지동철]], 사업자번호 [[KR_BRN:410-17-3308?]])
가게 주소: [[KR_ADDRESS:수원시 팔달구 효원로 265번길 31 1층]]
민원인: [[PERSON:편서린]], 생년월일 [[BIRTH_DATE:2002/01/30]], [[PHONE_NUMBER:010-8110-2047]]"""},

{"id": "s6-j06-014", "kind": "noise_complaint", "text": """소음진동관리법 위반 확인서
사업장: 현수카센터 (대표 [[PERSON:임현수]], 주민등록번호 [[KR_RRN:7304251******]])
사업자등록번호: [[KR_BRN:135-09-6621?]]
소재지: [[KR_ADDRESS:용인시 기흥구 영덕동 1016-3]]
위반내용: 방음시설 미설치 상태로 판금 작업 (야간)
확인일: {{date:2024년 5월 14일}} / 확인자: 주무관 [[PERSON:백소망]]"""},

{"id": "s6-j06-015", "kind": "email", "text": """-----Original Message-----
From: [[PERSON:김태은]] <[[EMAIL_ADDRESS:taeeun.kim@snu.ac.kr]]>
Sent: {{date:Tuesday, October 8, 2024 11:02 PM}}
To: {{public_email:env@yongin.go.kr}}
Subject: RE: 물류센터 야간 소음

지난번 답변 감사합니다. 그런데 물류센터 냉동기 소음은 여전합니다. 측정을 다시 요청합니다. 저희 집은 [[KR_ADDRESS:처인구 남사읍 아곡리 612-9]]이고 물류센터와 80m 거리입니다. 휴대폰 [[PHONE_NUMBER:+82 10 2281 5530]]"""},

{"id": "s6-j06-016", "kind": "noise_complaint", "text": """관리사무소 경유 민원 (층간소음 대장)
동호수\t세대주\t생년월일\t전화\t내용
1103-904\t[[PERSON:국세은]]\t[[BIRTH_DATE:84.5.7]]\t[[PHONE_NUMBER:010-28**-5091]]\t윗층 발망치
1103-1004\t[[PERSON:신도균]]\t[[BIRTH_DATE:79.12.30]]\t[[PHONE_NUMBER:010-6634-0012]]\t(피신고세대) 아이 2명 있음, 매트 설치 약속
1105-201\t[[PERSON:석미란]]\t[[BIRTH_DATE:1961.8.2]]\t[[PHONE_NUMBER:031-262-8710]]\t1층 흡연 냄새"""},

{"id": "s6-j06-017", "kind": "odour_complaint", "text": """하천 악취 (수원천 {{place_name:지동교}} 아래) — 물고기 떼죽음 + 썩은냄새. 사진 보냄. [[PERSON:문하람]] [[PHONE_NUMBER:010 9022 1187]]"""},

{"id": "s6-j06-018", "kind": "internal_reply", "text": """{{date:2024. 11. 11.}}
수신: [[PERSON:어수경]] 귀하
제목: 층간소음 민원 회신

1. 귀하께서 제기하신 민원({{receipt_number:2AA-2410-0098123}})에 대한 회신입니다.
2. 공동주택 층간소음은 「공동주택관리법」에 따라 관리주체가 1차 조치하도록 되어 있으며, 당 시에서는 {{org_name:층간소음관리위원회}} 개최를 관리사무소에 요청하였습니다.
3. 추가 문의사항은 공동주택과 [[PERSON:한가윤]](☎ [[PHONE_NUMBER:031-729-4471]])에게 연락주시기 바랍니다.
성남시장"""},
]
