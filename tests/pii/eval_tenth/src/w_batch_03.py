# Writer w, batch 03: missing persons, runaway youth, youth counselling centres. CC0 1.0.
DOCS = [
{"id": "s10-w03-001", "kind": "ocr_form", "text": """실종아동등 신고 접수서                     접수 {{case_number:2024-경기남부-실종-04418}}
신고일시 {{date:2024. 8. 2. 21:15}}     신고자 모 [[PERSON:강수연]] (☎ [[PHONE_NUMBER:010-8217-6O35]])
실종자 성명 [[PERSON:정우진]]   성별 남   생년월일 [[BIRTH_DATE:2012. O5. 17]] (만 12세)
학교 {{org_name:성남중앙초등학교}} 6학년   신장 {{statistic:148cm}} 마른 체격
실종장소 [[KR_ADDRESS:성남시 수정구 태평로 37, 한솔마을 2단지 상가 1층]] 앞
최종목격 {{date:8.2. 16:40경}} 검정 반팔, 파란 운동화, 회색 가방
집주소 [[KR_ADDRESS:성남시 수정구 태평동 7260 한신휴플러스 103동 601호]]
지문 사전등록: 有 (등록번호 {{code:F2019-31-008812}})"""},

{"id": "s10-w03-002", "kind": "sms", "text": """[Web발신]
[경기남부경찰청] 용인시 기흥구에서 배회중인 [[PERSON:김옥자]]씨(여, 79세)를 찾습니다. 150cm, 보라색 조끼, 흰머리 단발 vo.la/Xk2Q {{public_number:182}}"""},

{"id": "s10-w03-003", "kind": "intake_card", "text": """== 청소년쉼터 입소카드 (단기) ==
이름: [[PERSON:배서연]]   성별: 여   생일: [[BIRTH_DATE:08년 2월 11일]]
학교/학번: {{org_name:수원정보과학고}} 2학년 / 학번 [[STUDENT_ID:20314]]
보호자: 부 [[PERSON:배정환]] [[PHONE_NUMBER:010-3128-4401]], 모 연락두절
원가정 주소: [[KR_ADDRESS:수원시 권선구 호매실로 104-22 (호매실동) 금곡엘지빌리지 401동 203호]]
가출 횟수: {{statistic:3회}} / 최근 가출 {{date:7월 28일}}
입소일: {{date:2024.8.1}}  담당: [[PERSON:유다인]] 선생님
본인 희망: 귀가 거부, 엄마랑 살고 싶음"""},

{"id": "s10-w03-004", "kind": "counselling_log", "text": """청소년상담복지센터 개인상담 일지 ({{date:2024년 7월}})
회기 | 일자 | 내담자 | 생년월일 | 주호소 | 상담자
1 | {{date:07/03}} | [[PERSON:나○현]] | [[BIRTH_DATE:2009.10.25]] | 또래관계 갈등, 자해 | [[PERSON:이수아]]
2 | {{date:07/10}} | [[PERSON:나○현]] | [[BIRTH_DATE:2009.10.25]] | 자해 빈도 감소 | [[PERSON:이수아]]
1 | {{date:07/11}} | [[PERSON:Daniel Park]] | [[BIRTH_DATE:2007/04/02]] | 진로, 부모 갈등 | [[PERSON:서태윤]]
1 | {{date:07/15}} | [[PERSON:탁지호]] | [[BIRTH_DATE:2011-12-19]] | 게임과몰입 | [[PERSON:서태윤]]
※ 자해 위험군은 {{date:주 1회}} 모니터링"""},

{"id": "s10-w03-005", "kind": "kakaotalk", "text": """[거리상담 [[PERSON:준호]]쌤] [오후 11:40] [[PERSON:서연]]아 어디야 오늘 잘데는 있어?
[[[PERSON:배서연]]] [오후 11:52] ㅇㅇ 언니네 집
[거리상담 [[PERSON:준호]]쌤] [오후 11:53] 언니 누구? 전에 말한 그 오빠들이랑 같이 사는 데야?
[[[PERSON:배서연]]] [오후 11:55] ㄴㄴ 그 집 아님 [[KR_ADDRESS:인계동 1039-3 로얄원룸 402호]] 언니 혼자 살아
[[[PERSON:배서연]]] [오후 11:55] 쌤 아빠한테는 말하지마요 진짜
[거리상담 [[PERSON:준호]]쌤] [오후 11:57] 알겠어 내일 {{place_name:나혜석거리}} 버스에서 보자 {{time:저녁 7시}}"""},

{"id": "s10-w03-006", "kind": "officer_memo", "text": """가출청소년 귀가조치 결과 보고
- 대상: [[PERSON:탁지호]] (남, [[BIRTH_DATE:2011년 12월 19일]]생)
- 발견: {{date:2024.07.21 03:20}} {{place_name:용인터미널}} 대합실 (순찰 중 발견)
- 보호자 인계: 모 [[PERSON:은정화]], 주소 [[KR_ADDRESS:용인시 처인구 남사읍 봉무로 58-1]]
- 보호자 연락처 [[PHONE_NUMBER:010-6651-3099]] / 보조 [[PHONE_NUMBER:031-334-7128]](자택)
- 특이: PC방 전전, 소지금 {{amount:3,400원}}. 청소년상담복지센터 연계 동의.
보고자 순경 [[PERSON:임채원]] (사번 [[EMPLOYEE_ID:P-2211873]])"""},

{"id": "s10-w03-007", "kind": "citizen_letter", "text": """경찰서 실종팀 담당자님께

제 아들 [[PERSON:문태식]](39세, [[BIRTH_DATE:1985.3.2]]생)이 {{date:6월 11일}} 아침 출근한다고 나간 뒤 연락이 끊겼습니다. 회사에는 {{date:6월 10일}}자로 사직서를 냈다고 합니다.
아들 차는 [[KR_CAR_PLATE:67러 5120]] 검정 아반떼이고, 면허번호는 [[KR_DRIVER_LICENSE:경기 09-221457-33]]입니다 (지갑 사진에 있었음).
아들 휴대폰 [[PHONE_NUMBER:010-2294-7615]]은 꺼져 있습니다. 우울증으로 {{org_name:용인정신건강복지센터}} 다닌 적이 있어서 너무 걱정됩니다.
아들 집은 [[KR_ADDRESS:용인시 기흥구 동백중앙로 191, 동백역 센트럴 푸르지오 1동 1507호]] 입니다.
어미 [[PERSON:권복희]] 올림 ([[PHONE_NUMBER:010-7730-1182]])"""},

{"id": "s10-w03-008", "kind": "official_document", "text": """외국인근로자 이탈(소재불명) 신고서
사업장: {{org_name:㈜대한금속}} (사업자 {{business_number:124-81-55023}}), [[KR_ADDRESS:화성시 팔탄면 서해로 1016-7]]
근로자: [[PERSON:SUNDAR BAHADUR RAI]] / 네팔
여권번호: [[KR_PASSPORT:PA1184277]] / 외국인등록번호: [[KR_FRN:931208-5734412]]
생년월일: [[BIRTH_DATE:08 DEC 1993]]
최종출근일: {{date:2024.05.17}} / 이탈인지일: {{date:2024.05.20}}
기숙사: [[KR_ADDRESS:화성시 팔탄면 가재리 312-4 컨테이너 2호]]
신고자: 관리과장 [[PERSON:표성진]] (직통 [[PHONE_NUMBER:031-352-8810]], 사내번호 [[EMPLOYEE_ID:DH-0931]])"""},

{"id": "s10-w03-009", "kind": "system_export", "text": """channel,session_id,start_at,nick,age_grp,ip,counselor
1388web,{{code:S24071900812}},{{date:2024-07-19T22:41:05}},별빛고래,14-16,[[IP_ADDRESS:59.10.187.231]],[[PERSON:하민경]]
1388web,{{code:S24071900813}},{{date:2024-07-19T22:43:50}},익명,17-19,[[IP_ADDRESS:223.39.200.14]],[[PERSON:하민경]]
kakao,{{code:S24071900815}},{{date:2024-07-19T23:02:11}},[[PERSON:윤지유]],14-16,-,[[PERSON:김건우]]"""},

{"id": "s10-w03-010", "kind": "referral_form", "text": """Wee클래스 → 청소년상담복지센터 의뢰서
학생명: [[PERSON:권예준]]   학번: [[STUDENT_ID:30207]]   생년월일: [[BIRTH_DATE:2007. 1. 30.]]
학교: {{org_name:용인백현고등학교}} 3학년 2반
의뢰사유: 잦은 무단결석({{statistic:1학기 19일}}), 부모 이혼 과정에서 우울감 호소
보호자 동의: 모 [[PERSON:송미향]] ({{date:2024.07.05}} 서면동의)
의뢰교사: 전문상담교사 [[PERSON:강다은]] / 교직원번호 [[EMPLOYEE_ID:K10-338207]] / [[EMAIL_ADDRESS:daeun.k@yiedu.kr]]"""},

{"id": "s10-w03-011", "kind": "spreadsheet_paste", "text": """꿈드림 신규등록 (7월)
성명	생년월일	연락처	주소	등록일
[[PERSON:함유나]]	[[BIRTH_DATE:06.09.03]]	[[PHONE_NUMBER:010-9182-0044]]	[[KR_ADDRESS:수원시 영통구 영통로 200번길 15 벽산아파트 821동 1203호]]	{{date:07.04}}
[[PERSON:고건]]	[[BIRTH_DATE:07.11.28]]	[[PHONE_NUMBER:010-3317-2290]]	[[KR_ADDRESS:수원시 팔달구 매산로1가 11-25]]	{{date:07.09}}
[[PERSON:하율]]	[[BIRTH_DATE:08.01.14]]	[[PHONE_NUMBER:010 2256 8803]]	[[KR_ADDRESS:수원시 장안구 정자동 882 백설마을코오롱 322동 804호]]	{{date:07.22}}"""},

{"id": "s10-w03-012", "kind": "sms", "text": """선생님 우리 [[PERSON:준서]] 아직도 안들어왔어요 핸드폰도 꺼져있고 ㅠㅠ 혹시 센터에 갔나요? [[PERSON:준서]] 친구 [[PERSON:도윤]]이 엄마 번호 아시면 좀 알려주세요"""},

{"id": "s10-w03-013", "kind": "police_report", "text": """실종자 발견 보고
{{date:2024. 7. 2.(화) 14:05}} {{place_name:광교호수공원}} 신대호수 산책로에서 치매 배회 노인 발견.
발견자: 시민 [[PERSON:여민호]] ([[PHONE_NUMBER:010-8842-1076]]) 신고
인적사항: [[PERSON:양춘자]] ([[KR_RRN:420815-2******]]), 배회감지기 미착용
보호자: 딸 [[PERSON:조은영]], 주소 [[KR_ADDRESS:수원시 영통구 광교중앙로 248, 광교 자연앤자이 3단지 304동 902호]]
인계시각 {{time:15:40}}, 순찰차 {{code:영통 23호}}"""},

{"id": "s10-w03-014", "kind": "official_document", "text": """CCTV 영상 열람 요청 (실종사건 수사협조)
요청기관: {{org_name:성남수정경찰서}} 실종수사팀 경사 [[PERSON:위재성]]
대상차량: [[KR_CAR_PLATE:34소 8820]] (흰색 스타렉스), [[KR_CAR_PLATE:경기 79 자 4417]] (화물)
대상기간: {{date:2024.08.02. 16:00}} ~ {{date:2024.08.02. 19:00}}
대상구역: 태평로 일대 방범카메라 {{code:SN-CAM-0412}}~{{code:SN-CAM-0419}}
관련: 실종아동 [[PERSON:정우진]]({{case_number:2024-경기남부-실종-04418}})"""},

{"id": "s10-w03-015", "kind": "bank_request", "text": """[금융거래정보 회신] 실종자 [[PERSON:문태식]] 명의 카드 사용내역
카드번호: [[CREDIT_CARD:4673-09**-****-5521]] (신한)
{{date:2024-06-11 09:48}}  {{amount:4,500원}}  가맹점 '바다향 김밥' (개인사업자 [[KR_BRN:621-31-0772?]], 강릉시)
{{date:2024-06-11 18:22}}  {{amount:62,000원}}  가맹점 '솔바람민박' (개인사업자 [[KR_BRN:226-07-3418?]])
{{date:2024-06-12 07:10}}  {{amount:71,300원}}  {{org_name:GS칼텍스}} 강릉○○주유소 ({{business_number:227-85-10233}})
이후 사용 없음."""},

{"id": "s10-w03-016", "kind": "volunteer_roster", "text": """[멘토링 자원봉사자 명단 - 2학기]
이름 / 학교 / 학번 / 연락처 / 이메일
[[PERSON:채윤서]] / {{org_name:아주대}} 사회학과 / [[STUDENT_ID:202221457]] / [[PHONE_NUMBER:010-4481-9930]] / [[EMAIL_ADDRESS:yunseo.chae@ajou.ac.kr]]
[[PERSON:신동혁]] / {{org_name:경기대}} 청소년학과 / [[STUDENT_ID:201911382]] / [[PHONE_NUMBER:010-7200-1846]] / [[EMAIL_ADDRESS:dh_shin99@kyonggi.ac.kr]]
[[PERSON:Lee Ha-eun]] / {{org_name:성균관대}} / [[STUDENT_ID:2023314120]] / [[PHONE_NUMBER:+82 10-5573-0188]] / -
봉사시간 인증: 1365 연계 (월 최대 {{statistic:20시간}})"""},

{"id": "s10-w03-017", "kind": "handwritten_letter", "text": """엄마 아빠 미안해요. 나 [[PERSON:예준]]이 찾지마요. 친구네 있다가 알바 구하면 연락할께요. 내 생일([[BIRTH_DATE:1월 30일]])전엔 꼭 갈께요. 할머니한테 내 통장([[BANK_ACCOUNT:3333-08-7719204]]) 용돈 그만 넣으라고 해줘요. 아빠가 그 통장 또 뺏을거니까."""},

{"id": "s10-w03-018", "kind": "investigation_memo", "text": """[수사메모] 가출팸 숙소 제공 의심자
성명 [[PERSON:차도현]] ([[BIRTH_DATE:1998-06-04]]) 무직
거주지 [[KR_ADDRESS:수원시 팔달구 인계동 1039-3 로얄원룸 402호]] — 상담일지상 [[PERSON:배서연]] 진술 주소와 일치
운전면허 [[KR_DRIVER_LICENSE:12-17-553029-81]] / 차량 [[KR_CAR_PLATE:212구 6638]] (렌트 아님)
연락처 [[PHONE_NUMBER:010-5093-2718]], 인스타 @dohyun_0604
미성년자 {{statistic:3명}} 숙박 제공 정황, 실종아동법 위반 검토."""},

{"id": "s10-w03-019", "kind": "system_export", "text": """실종자 DB 조회 결과 (1건)
[실종자] [[PERSON:김옥자]] / 女 / [[BIRTH_DATE:1945]]년생(79세) / 치매 / 신장 150
[주소] [[KR_ADDRESS:경기 용인시 기흥구 신갈로 58번길 11-3]]
[보호자] 아들 [[PERSON:이성훈]] [[PHONE_NUMBER:010－7715－2230]]
[신고] {{date:2024-07-30 19:02}} / 발견 {{date:2024-07-31 06:45}} (기흥호수 인근)
[등록] 배회감지기 {{code:GPS-YI-22918}}"""},
]
