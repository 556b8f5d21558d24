# Writer f, batch 03: forests and disasters (산불 감시원, 산림 훼손 신고, 멧돼지 피해 보상). CC0 1.0, all invented.
DOCS = [
    {"id": "s12-f03-001", "kind": "application_form", "text": """2026년 산불감시원(기간제근로자) 채용 응시원서
응시분야: 산불감시원(처인구 이동읍 권역)       응시번호: {{code:산-026}}
성명(한글) [[PERSON:노재만]]  (한자) [[PERSON:盧在萬]]
주민등록번호 [[KR_RRN:640227-151802?]]
주소 [[KR_ADDRESS:경기도 용인시 처인구 이동읍 화산로 7-22, 가동 102호]]
연락처 [[PHONE_NUMBER:010-7720-1645]] / 비상연락처(배우자 [[PERSON:소영애]]) [[PHONE_NUMBER:010-7720-1646]]
운전면허: 1종보통 [[KR_DRIVER_LICENSE:13-88-104277-52]]
경력: 2023~2025 산불감시원 3년 (처인구청), 지역 지리 숙지
제출일 {{date:2026.01.09}}"""},

    {"id": "s12-f03-002", "kind": "spreadsheet_export", "text": """산불감시원 근무배치표 (봄철 조심기간 {{date:2.1~5.15}})
사번,성명,담당구역,초소,휴대폰,근무형태
[[EMPLOYEE_ID:TMP-26-0113]],[[PERSON:노재만]],이동읍 어비리·묵리,{{place_name:어비리 감시탑}},[[PHONE_NUMBER:010-7720-1645]],주간
[[EMPLOYEE_ID:TMP-26-0114]],[[PERSON:한상례]],원삼면 학일리,{{place_name:학일초소}},[[PHONE_NUMBER:010-3119-8027]],주간
[[EMPLOYEE_ID:TMP-26-0115]],[[PERSON:길만수]],백암면 용천리,이동 순찰,[[PHONE_NUMBER:010 2247 6605]],주간(차량)
[[EMPLOYEE_ID:TMP-26-0116]],[[PERSON:라형구]],남사읍 봉무리,{{place_name:봉무 임도입구}},[[PHONE_NUMBER:010-9351-0076]],주말"""},

    {"id": "s12-f03-003", "kind": "work_log", "text": """산불감시원 근무일지 ({{date:2026. 3. 12.(목)}} 맑음, 습도 28%)
감시원 [[PERSON:길만수]]
{{time:11:20}} 백암면 용천리 밭두렁에서 쓰레기 소각 연기 발견, 현장 출동
 행위자: [[PERSON:염상덕]] (본인 진술 [[BIRTH_DATE:1947년 2월 8일]]생), [[KR_ADDRESS:백암면 용천리 312-4]] 거주
 내용: 고춧대·비닐 소각. 소화 후 계도, 산림 100m 이내라 과태료 대상 보고
{{time:15:05}} 이상 없음. 순찰차 [[KR_CAR_PLATE:67무 3120]] 주행 112km"""},

    {"id": "s12-f03-004", "kind": "complaint", "text": """[국민신문고 민원] 제목: 뒷산 소나무 무단 벌채 신고합니다
민원인: [[PERSON:탁지훈]] / [[PHONE_NUMBER:010-8842-5519]] / [[EMAIL_ADDRESS:tak.jihoon@outlook.kr]]
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 71, 105동 804호]]
내용: 저희 아파트 뒤 [[KR_ADDRESS:포곡읍 둔전리 산 27-6]] 일대에서 {{date:지난주 토요일}}부터 포크레인이 들어와 소나무를 30그루 넘게 베고 있습니다.
허가받은 공사인지 확인해 주시고, 무허가면 원상복구 명령 부탁드립니다. 트럭 번호는 [[KR_CAR_PLATE:경기82사 7016]] 이었습니다.
민원번호 {{case_number:1AA-2603-0412877}}"""},

    {"id": "s12-f03-005", "kind": "inspection_report", "text": """불법 산지전용 현장조사서
조사일시 {{date:2026.03.18}} {{time:10:00}} / 조사자 산림과 [[PERSON:편현우]], [[PERSON:국세영]]
위치: [[KR_ADDRESS:포곡읍 둔전리 산 27-6]] (임야, 보전산지 아님)
행위자: [[PERSON:마영준]] ({{org_name:영준개발}} 대표, 개인사업자 [[KR_BRN:142-30-8817?]])
 생년월일 [[BIRTH_DATE:1975.10.14]] / 연락처 [[PHONE_NUMBER:010-2201-7740]]
 주소 [[KR_ADDRESS:경기 광주시 오포읍 신현로 45-3]]
훼손면적: 1,120㎡, 입목 벌채 34본(소나무, 흉고 20~30cm)
조치: 공사중지 명령, 복구명령 예정. 수사의뢰 검토 (산지관리법 제14조)"""},

    {"id": "s12-f03-006", "kind": "application_form", "text": """야생동물 피해 보상금 지급 신청서
신청인 [[PERSON:지경태]]  생년월일 [[BIRTH_DATE:1958-12-01]]  전화 [[PHONE_NUMBER:031-335-0427]]
주소 [[KR_ADDRESS:용인시 처인구 원삼면 학일리 55]]
피해장소 [[KR_ADDRESS:원삼면 학일리 1012-3]] / 작물: 고구마 2,300㎡, 피해율 60%
가해동물: 멧돼지(흔적, 파헤침)  피해일 {{date:2025.9.20 전후}}
입금계좌: 농협 [[BANK_ACCOUNT:352-6601-4471-23]] 예금주 [[PERSON:지경태]]
위 금액을 지급 받고자 신청합니다. {{date:2025. 9. 24.}}"""},

    {"id": "s12-f03-007", "kind": "ocr_scan", "text": """피 해 현 장 확 인 서  (사 진 대 장)
신 청 인 : [[PERSON:지 경 태]]      확 인 일 : {{date:2025.09.26}}
피해지번 : [[KR_ADDRESS:원 삼 면 학 일 리 lO12-3]]
확인 결과 : 멧 돼 지 에 의 한 고 구 마 피 해  약  l,38O ㎡
확 인 자 : 원삼면 [[PERSON:설 윤 호]] (인)  /  피해방지단 [[PERSON:육 만 셕]]   (인)
※ 사진 #1~#6 첨부"""},

    {"id": "s12-f03-008", "kind": "report", "text": """유해야생동물 피해방지단 포획실적 ({{date:2025년 10월}})
성명      총포소지허가       포획(멧돼지/고라니)   연락처
[[PERSON:육만석]]    {{permit_number:용인-엽-2019-044}}    7 / 12            [[PHONE_NUMBER:010-4470-1183]]
[[PERSON:가승범]]    {{permit_number:용인-엽-2021-103}}    3 / 9             [[PHONE_NUMBER:010-6025-7739]]
[[PERSON:봉재익]]    {{permit_number:용인-엽-2017-012}}    11 / 4            [[PHONE_NUMBER:010-9928-3010]]
포획포상금 지급: 멧돼지 {{amount:20만원}}/두, 고라니 {{amount:3만원}}/두
ASF 시료 채취 {{statistic:21건}} 모두 음성"""},

    {"id": "s12-f03-009", "kind": "kakaotalk", "text": """[처인 피해방지단]
[[PERSON:가승범]] 오후 11:02
학일리 [[PERSON:지경태]]씨 고구마밭 또 들어왔대요 낼 새벽 5시 출동 가능하신분
[[PERSON:봉재익]] 오후 11:05
나 가능 ㅇㅇ 트럭 끌고 감 [[KR_CAR_PLATE:85고9402]]
[[PERSON:가승범]] 오후 11:06
넵 [[PERSON:만석]]형님은 어깨 수술하셔서 이번주 빠지신대요
[[PERSON:봉재익]] 오후 11:08
ㅇㅋ 지씨 아저씨 번호 줘봐
[[PERSON:가승범]] 오후 11:08
[[PHONE_NUMBER:031-335-0427]] 집전화만 받으심"""},

    {"id": "s12-f03-010", "kind": "sms", "text": """[Web발신] [행정안전부] {{date:03-22}} {{time:14:37}} 처인구 백암면 {{place_name:용천리 야산}} 산불 발생. 인근 주민은 {{place_name:백암면행정복지센터}}로 대피하시기 바랍니다. 문의 {{public_number:031-324-2119}}"""},

    {"id": "s12-f03-011", "kind": "spreadsheet_export", "text": """산불 피해 주택 재난지원금 지급대상 (백암면 용천리, {{date:2026.03.22}} 산불)
성명\t생년월일\t피해주택\t피해구분\t지원금\t입금계좌
[[PERSON:염상순]]\t[[BIRTH_DATE:1944.05.30]]\t[[KR_ADDRESS:용천리 298]]\t전소\t{{amount:16,000,000}}\t[[BANK_ACCOUNT:351-1025-8830-13]]
[[PERSON:홍순자]]\t[[BIRTH_DATE:1952.11.17]]\t[[KR_ADDRESS:용천리 301-2]]\t반소\t{{amount:8,000,000}}\t[[BANK_ACCOUNT:1027-0881-3305]](수협)
[[PERSON:탁성민]]\t[[BIRTH_DATE:1981.04.09]]\t[[KR_ADDRESS:용천리 303-1 창고]]\t창고소실\t{{amount:2,000,000}}\t[[BANK_ACCOUNT:74620201441096]]
※ 세대주 기준, 중복지급 불가"""},

    {"id": "s12-f03-012", "kind": "email", "text": """보낸 사람: [[PERSON:차은희]] <[[EMAIL_ADDRESS:ehcha@yiforest.or.kr]]>
받는 사람: [[PERSON:편현우]] <[[EMAIL_ADDRESS:phw2219@korea.kr]]>
참조: {{public_email:forest@yiforest.or.kr}}
날짜: {{date:2026년 2월 3일 (화) 오후 4:12}}
제목: 숲가꾸기 기간제 인력 명단 송부

주무관님, 조합 숲가꾸기 2반 인력 명단 보내드립니다.
반장 [[PERSON:성기호]] (사번 [[EMPLOYEE_ID:YF-2016-031]]), 반원 [[PERSON:어용수]]([[EMPLOYEE_ID:YF-2022-118]]), [[PERSON:빈대섭]]([[EMPLOYEE_ID:YF-2024-207]]).
안전교육은 {{date:2/10}} 조합 교육장에서 실시합니다.
{{org_name:용인시산림조합}} 산림경영팀 [[PERSON:차은희]] 드림 / 직통 [[PHONE_NUMBER:031-339-8815]] (대표 {{public_number:031-339-8800}})"""},

    {"id": "s12-f03-013", "kind": "system_log", "text": """# wildfire-cctv-nvr access.log
26/03/22 14:21:07 cam=YC-03 ip=[[IP_ADDRESS:172.20.33.13]] rtsp ok firmware={{version:5.7.3 build 230811}}
26/03/22 14:22:40 ALARM smoke cam=YC-03 conf=0.91
26/03/22 14:23:15 operator=[[EMPLOYEE_ID:20190871]]([[PERSON:권나래]]) ack from [[IP_ADDRESS:192.168.40.27]]
26/03/22 14:29:52 ptz preset=4 by=[[EMPLOYEE_ID:20190871]]
26/03/22 15:02:11 snmp trap oid={{oid:1.3.6.1.4.1.39165.1.2}} from [[IP_ADDRESS:172.20.33.1]]"""},

    {"id": "s12-f03-014", "kind": "phone_memo", "text": """{{date:8/11}} {{time:9:10}} 우박 피해 전화 접수 - 남사읍 창리 [[PERSON:피정란]] 씨 ([[PHONE_NUMBER:010-33O5-4128]])
배 과수원 [[KR_ADDRESS:창리 471-1]] 낙과 40% 정도, 재해보험 가입했는지 본인도 모름 → 농협 지점 확인 요청. 남편 [[PERSON:옥현수]](거동불편)"""},

    {"id": "s12-f03-015", "kind": "volunteer_list", "text": """멧돼지 피해 울타리 설치 대학생 농촌봉사활동 참가자 명단
소속: {{org_name:단국대 죽전캠퍼스}} 환경봉사동아리 '늘푸름'   활동일 {{date:2025.07.05~07.06}}
1. [[PERSON:이하준]] (학번 [[STUDENT_ID:32201447]], 환경자원경제 3)  [[PHONE_NUMBER:010-2871-3346]]
2. [[PERSON:최서연]] (학번 [[STUDENT_ID:32231092]], 조경 1)
3. [[PERSON:박지민]] (학번 [[STUDENT_ID:32213378]], 식량생명공학 2)  [[EMAIL_ADDRESS:jimin0405@dankook.ac.kr]]
인솔: [[PERSON:문혜린]] 조교  / 봉사시간 1인 16시간"""},

    {"id": "s12-f03-016", "kind": "receipt", "text": """매출전표(고객용)
가맹점: {{org_name:처인농자재마트}}  사업자번호 [[KR_BRN:135-15-2046?]]  대표자 [[PERSON:설용갑]]
카드종류: NH농협 BC  카드번호: [[CREDIT_CARD:9410-61**-****-3372]]
거래일시 {{date:2025/06/18}} {{time:10:44}}  할부: 일시불
품명: 태양광 전기울타리 세트(멧돼지용) 2set  금액 {{amount:1,180,000}}
구매자 서명: [[PERSON:지경태]]"""},

    {"id": "s12-f03-017", "kind": "statement", "text": """진 술 서 (산불 원인 조사)
성명: [[PERSON:염상덕]]   주민등록번호: [[KR_RRN:470208-140662?]]
주소: [[KR_ADDRESS:용인시 처인구 백암면 용천리 312-4]]
{{date:2026년 3월 22일}} 오후 두 시쯤 밭에서 깻단을 태우다가 바람이 불어서 불씨가 뒷산으로 넘어갔습니다. 저 혼자 끄려다가 안 돼서 아들 [[PERSON:염재우]]한테 전화했고 아들이 119에 신고했습니다.
지난번에 감시원 양반이 태우지 말라고 한 것은 기억합니다. 잘못했습니다.
                           진술인 [[PERSON:염상덕]] (무인)   조사자 산림특별사법경찰 [[PERSON:편현우]]"""},

    {"id": "s12-f03-018", "kind": "evacuation_list", "text": """산사태 취약지역 주민 대피 명단 (이동읍 묵리 1반)  작성 {{date:2025.07.16 06:30}}
 1) [[PERSON:경순이]]  [[BIRTH_DATE:35.04.11]]  독거, 거동불편  → {{place_name:묵리 마을회관}} (이장 차량)
 2) [[PERSON:함덕수]]/[[PERSON:봉말순]] 부부  [[BIRTH_DATE:41.09.23]]/[[BIRTH_DATE:44.01.05]]  → 아들집 [[KR_ADDRESS:수원시 권선구 세권로 218, 3동 1402호]]
 3) [[PERSON:태민준]] (귀촌, [[BIRTH_DATE:88.10.30]]) 본인 차량 이동, 연락 [[PHONE_NUMBER:010-4829-3310]]
 대피 완료 확인: 이장 [[PERSON:전상국]] {{time:07:45}}"""},
]
