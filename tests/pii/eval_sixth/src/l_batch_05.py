# Writer l, batch 05: hospital appointment and vaccination systems; tax refunds and
# local tax payments by card.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l05-001", "kind": "hospital", "text": """[예약 문자 발송 로그 — 수원시 영통구보건소]
수신: [[PHONE_NUMBER:010-2283-9174]]
[Web발신] [[PERSON:오세린]]님, {{date:10/24(목)}} {{time:14:30}} 치매안심센터 선별검사 예약되었습니다. 변경: {{public_number:031-228-8831}}
수신: [[PHONE_NUMBER:010-7140-0552]]
[Web발신] [[PERSON:반순임]]님(보호자 [[PERSON:반지혜]]), {{date:10/25(금)}} {{time:10:00}} 예약되었습니다. 신분증 지참."""},

{"id": "s6-l05-002", "kind": "vaccination", "text": """예방접종도우미 — 접종내역 확인서 (출력)
성명: [[PERSON:류시안]]     생년월일: [[BIRTH_DATE:2019년 08월 14일]]     성별: 남
보호자: [[PERSON:류진우]]
접종명            차수   접종일           접종기관
DTaP             4차    {{date:2021.02.15}}    {{org_name:동탄연세소아과의원}}
IPV              4차    {{date:2023.09.01}}    {{org_name:분당서울대학교병원}}
MMR              2차    {{date:2023.09.01}}    {{org_name:분당서울대학교병원}}
발급일 {{date:2024-03-02}}  발급번호 {{document_number:VC-2024-0302-118842}}"""},

{"id": "s6-l05-003", "kind": "hospital", "text": """EMR 접수 화면 캡처 텍스트
PtNo 00481127 | Name [[PERSON:석경미]] | Sex/Age F/{{statistic:58}} | DOB [[BIRTH_DATE:1966-04-02]]
Addr [[KR_ADDRESS:성남시 분당구 미금일로 90번길 32, 까치마을 2단지 213동 1404호]]
Tel [[PHONE_NUMBER:031-711-2094]] / HP [[PHONE_NUMBER:010-4417-6020]]
보험: 건강보험 / 증번호 5-1203318842
Visit {{date:2024-11-05 09:41}} Dept IM Dr [[PERSON:조해윤]]"""},

{"id": "s6-l05-004", "kind": "vaccination", "text": """[학교 예방접종 미완료자 명단 — {{org_name:용인 신갈중학교}} 1학년]
학번 / 이름 / 생년월일 / 미접종 항목 / 보호자 연락처
[[STUDENT_ID:10315]] / [[PERSON:임하윤]] / [[BIRTH_DATE:2011.06.03]] / HPV 1차 / [[PHONE_NUMBER:010-8832-1047]]
[[STUDENT_ID:10522]] / [[PERSON:나태율]] / [[BIRTH_DATE:2011.09.19]] / Tdap / [[PHONE_NUMBER:010-5519-0338]]
[[STUDENT_ID:10709]] / [[PERSON:Aliyev Timur]] / [[BIRTH_DATE:2011.12.30]] / Tdap, HPV / [[PHONE_NUMBER:010-2771-5390]] (러시아어 통역 필요)
보건교사 [[PERSON:송다연]] ({{date:2024.05.13}} 작성)"""},

{"id": "s6-l05-005", "kind": "tax", "text": """위택스 납부확인서
납세자: [[PERSON:고범석]]   주민(법인)등록번호: [[KR_RRN:750910-1******]]
과세대상: [[KR_ADDRESS:경기도 수원시 팔달구 효원로 278, 3층 301호]] 외 1건
세목: 재산세(주택)   과세년도: {{date:2024}}   납부기한: {{date:2024.09.30}}
납부일시: {{date:2024.09.27 22:18:05}}   납부금액: {{amount:412,350원}}
납부방법: 신용카드 [[CREDIT_CARD:4579-88**-****-3326]] (일시불)
전자납부번호: {{code:41115-2-24-09-7721038}}"""},

{"id": "s6-l05-006", "kind": "tax", "text": """지방세 환급금 발생 안내 (등기 반송분 → 전화 안내 기록)
- 대상자 [[PERSON:진 보 영]] / 생년월일 [[BIRTH_DATE:1971-02-03]] / 환급액 {{amount:56,820원}}
- 주소 [[KR_ADDRESS:용인시 수지구 신봉2로 45, 신봉마을 동부센트레빌 605동 804호]] (수취인불명 반송)
- {{date:11/12}} 통화: 본인 아닌 배우자 [[PERSON:홍태성]] 받음. 이사 갔다고 함 → 새 연락처 [[PHONE_NUMBER:010-6640-2281]]
- {{date:11/13}} 본인 통화, 환급계좌 신한 [[BANK_ACCOUNT:110-221-774109]] 등록
담당: 수지구청 세무과 [[PERSON:금나래]]"""},

{"id": "s6-l05-007", "kind": "tax", "text": """[카드 자동이체 신청 내역 — 자동차세]
| 차량번호 | 소유자 | 카드사 | 카드번호 | 신청일 |
|---|---|---|---|---|
| [[KR_CAR_PLATE:57어 8830]] | [[PERSON:문도훈]] | 삼성 | [[CREDIT_CARD:5365 1077 4820 615?]] | {{date:24.05.02}} |
| [[KR_CAR_PLATE:134저2219]] | [[PERSON:문도훈]] | 삼성 | 위와 같음 | {{date:24.05.02}} |
| [[KR_CAR_PLATE:경기 18 보 3342]] | [[PERSON:설은주]] | 현대 | [[CREDIT_CARD:4033-02**-****-9120]] | {{date:24.05.07}} |"""},

{"id": "s6-l05-008", "kind": "hospital", "text": """Foreign patient registration / 외국인 환자 등록
Name (as in passport): [[PERSON:BATBAYAR ENKHJARGAL]]
Passport No.: [[KR_PASSPORT:E1884215]]  (Mongolia)
ARC(외국인등록번호): [[KR_FRN:920330-6288140]]
DOB: [[BIRTH_DATE:30/03/1992]]
Address in Korea: [[KR_ADDRESS:수원시 팔달구 덕영대로 697번길 11, 2층 201호]]
Emergency contact: [[PERSON:Munkh-Erdene]] (husband) [[PHONE_NUMBER:010-3114-0987]]
Interpreter requested: Mongolian / 예약 {{date:2024-02-19}} 산부인과"""},

{"id": "s6-l05-009", "kind": "tax", "text": """담당자님께,
지난달 낸 주민세(사업소분)가 잘못 나온 것 같아서 환급 신청합니다. 저는 개인사업자이고 사업자번호는 [[KR_BRN:142-26-8830?]]입니다. 사업장은 [[KR_ADDRESS:성남시 중원구 광명로 204, 1층 일부]]인데 면적이 33㎡ 밖에 안 돼서 대상이 아니라고 알고 있어요. 환급은 농협 [[BANK_ACCOUNT:351-1022-4478-13]] ([[PERSON:백영식]])으로 부탁드립니다.
{{date:2024. 9. 3.}} [[PERSON:백영식]] 드림 / [[PHONE_NUMBER:010-5590-3317]]"""},

{"id": "s6-l05-010", "kind": "vaccination", "text": """[코로나19 예방접종 이상반응 신고 — 보건소 입력]
피접종자: [[PERSON:유말순]] ([[BIRTH_DATE:1943.08.22]]생, 여)
접종일: {{date:2023-10-31}} / 백신: {{code:XBB.1.5 (화이자)}} / 로트번호 {{code:HA9781}}
증상 발생: {{date:2023-11-01}} 오전, 발열 {{statistic:38.6℃}}
신고자: 딸 [[PERSON:강미경]] [[PHONE_NUMBER:010-9908-4413]]
거주지: [[KR_ADDRESS:수원시 장안구 송원로 79번길 13-6]]
※ 환자 {{date:2023-11-03}} 퇴원, 사망일 해당 없음"""},

{"id": "s6-l05-011", "kind": "hospital", "text": """안녕하세요. 용인세브란스 예약센터입니다.
[[PERSON:Hye-jin]]님, 요청하신 예약 변경 확인드립니다.
- 환자명: [[PERSON:권혜진]] (등록번호 12-004573)
- 변경 전: {{date:2025년 1월 6일}} 오전 9시 40분
- 변경 후: {{date:2025년 1월 13일}} 오후 2시
- 진료과: 정형외과 [[PERSON:양민석]] 교수
회신은 [[EMAIL_ADDRESS:hyejin.kwon.88@gmail.com]]로 보내드렸습니다. 본 메일은 발신전용({{public_email:noreply@yisev.co.kr}})입니다."""},

{"id": "s6-l05-012", "kind": "tax", "text": """지방소득세 환급 신청 — 근로자 (해외이주 전)
성명: [[PERSON:Grace Yoon]] / [[PERSON:윤가은]]
여권번호: [[KR_PASSPORT:M01938K74]]
주민등록번호: [[KR_RRN:881106-274118?]]
해외 주소: 2F, 18 Kingsway, Auckland, NZ
국내 연락 대리인: 어머니 [[PERSON:정숙희]] [[PHONE_NUMBER:031-263-0441]], [[KR_ADDRESS:수원시 권선구 호매실로 90, 현대아이파크 1108동 1602호]]
환급계좌: 우리은행 [[BANK_ACCOUNT:1002-354-118820]]"""},

{"id": "s6-l05-013", "kind": "vaccination", "text": """국가예방접종 보상 청구 (서식 전산입력)
청구인 [[PERSON:민지수]] 주민번호 [[KR_RRN:940317-2******]]
피해자 [[PERSON:민서아]] (자녀) 생년월일 [[BIRTH_DATE:2022.3.]] (월까지만 기재)
접종 기관 {{org_name:성남시 수정구보건소}}
청구금액 {{amount:1,284,000원}}, 진료비 영수증 {{statistic:6매}}
연락처 [[PHONE_NUMBER:010 8264 9031]] / 주소 [[KR_ADDRESS:성남시 수정구 위례광장로 300, 위례자이 3109동 402호]]"""},

{"id": "s6-l05-014", "kind": "hospital", "text": """[카카오 알림톡 원문]
#{이름}님 예약 안내 → 변수 치환 실패 사례 리포트
치환 전: #{이름}님 #{날짜} #{시간} 진료 예정입니다.
치환 후(발송됨): [[PERSON:윤 다 현]]님 {{date:2024-12-18}} {{time:11:20}} 진료 예정입니다.
원인: 이름 필드 공백 포함 ('[[PERSON:윤 다 현]]')
발송번호 {{public_number:1661-7500}}, 수신번호 [[PHONE_NUMBER:010-4420-7719]]"""},

{"id": "s6-l05-015", "kind": "tax", "text": """[납부 오류 민원] 카드로 취득세 냈는데 미납으로 나와요
작성자: [[PERSON:차수현]]
본문: {{date:2월 14일}}에 위택스로 취득세 {{amount:2,916,000원}} 카드결제 했습니다. 카드는 [[CREDIT_CARD:6243 6110 2287 559?]] 이고 승인번호 {{code:30118942}}도 있어요. 근데 오늘 미납 독촉 문자가 왔어요. 물건지 [[KR_ADDRESS:용인시 처인구 남사읍 봉무리 512-3]]입니다. 빨리 확인 좀..."""},

{"id": "s6-l05-016", "kind": "vaccination", "text": """어르신 폐렴구균 접종 대상자 (보건소 → 경로당 연락용)
- [[PERSON:이 봉 래]] ([[BIRTH_DATE:一九四六年 二月 五日]]) 미접종
- [[PERSON:박 순 이]] ([[BIRTH_DATE:丙子年 3.12]] 음력) 접종완료 {{date:2022.10.}}
- [[PERSON:정 만 수]] ([[BIRTH_DATE:1950.**.**]]) 본인 거부
경로당: {{place_name:매탄3동 한빛경로당}} 총무 [[PERSON:안기남]] [[PHONE_NUMBER:010-2615-7013]]"""},

{"id": "s6-l05-017", "kind": "tax", "text": """Local tax refund — overpaid car tax (English request via 외국인 주민지원센터)
Applicant: [[PERSON:Michael O'Connor]]
ARC No.: [[KR_FRN:800214-5******]]
Vehicle: [[KR_CAR_PLATE:41마 7026]] (sold on {{date:2024-06-10}})
Refund account: [[BANK_ACCOUNT:620-214488-01-9]] (IBK, account holder MICHAEL OCONNOR)
Driver's licence (Korean, for ID): [[KR_DRIVER_LICENSE:13-20-018834-41]]
Email: [[EMAIL_ADDRESS:mike.oconnor@proton.me]]"""},
]
