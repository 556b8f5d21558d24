# Writer m, batch 02: museums and cultural festivals. Hand-written, CC0 1.0.
DOCS = [
{"id": "s7-m02-001", "kind": "form", "text": """{{org_name:수원화성박물관}} 단체관람 예약 신청서
기관명: {{org_name:수원 매원초등학교}} 4학년
인솔 책임자: [[PERSON:구하람]] 교사  휴대폰 [[PHONE_NUMBER:010-5126-8830]]
관람 희망일: {{date:2024년 10월 17일(목)}} {{time:10:00}}~{{time:11:30}}
인원: 학생 {{statistic:112}}명, 교사 {{statistic:5}}명
버스: 대형 3대 ([[KR_CAR_PLATE:경기70바 1123]], [[KR_CAR_PLATE:경기70바 1124]], [[KR_CAR_PLATE:경기75사 6401]])
예약번호 {{reservation_number:SHM-241017-003}}"""},

{"id": "s7-m02-002", "kind": "complaint", "text": """수원화성문화제 기간 소음 및 주차 민원

저는 [[KR_ADDRESS:팔달구 정조로 825-3]] 에 사는 주민입니다. 축제 기간({{date:10.4~10.6}}) 밤 11시가 넘어서까지 행궁광장 쪽 음향 리허설 소리가 너무 큽니다. 아이가 이제 돌 지난 아기([[BIRTH_DATE:2023.9.20]]생)라 잠을 못 잡니다.
그리고 집 앞 골목에 외지 차량이 막 주차해서 제 차([[KR_CAR_PLATE:315누8842]])가 나가지를 못했습니다.
민원인 [[PERSON:안소희]] [[PHONE_NUMBER:010-7301-5562]]"""},

{"id": "s7-m02-003", "kind": "email", "text": """From: [[PERSON:Emily Carter]] <[[EMAIL_ADDRESS:e.carter88@outlook.com]]>
To: {{public_email:info@sbsm.or.kr}}
Subject: Lost passport at the museum?

Hello, I visited {{place_name:성남 판교박물관}} on {{date:Sept 3}} with my husband [[PERSON:Daniel Carter]]. I think I left my passport near the locker area. It is a US passport, number [[KR_PASSPORT:567123408]], name [[PERSON:EMILY ROSE CARTER]], date of birth [[BIRTH_DATE:14 FEB 1988]].
I am staying at a hotel in Pangyo until {{date:Sept 10}}. Please call me at [[PHONE_NUMBER:+1 (617) 555-0148]] or my Korean number [[PHONE_NUMBER:010-2941-7705]].
Thank you!"""},

{"id": "s7-m02-004", "kind": "table", "text": """성남문화재단 「거리예술축제」 참여 예술인 출연료 지급 명단
성명 | 생년월일 | 은행 | 계좌번호 | 지급액
[[PERSON:도하늘]] | [[BIRTH_DATE:92.05.14]] | 국민 | [[BANK_ACCOUNT:437102-01-338271]] | {{amount:800,000}}
[[PERSON:배인호]] | [[BIRTH_DATE:88.12.30]] | 카카오뱅크 | [[BANK_ACCOUNT:3333-05-7721904]] | {{amount:1,200,000}}
[[PERSON:Sofia Reyes]] | [[BIRTH_DATE:95.02.07]] | 신한 | [[BANK_ACCOUNT:110-482-519306]] | {{amount:800,000}}
[[PERSON:石川 健太]] | [[BIRTH_DATE:90.08.21]] | 우리 | [[BANK_ACCOUNT:1002-961-204477]] | {{amount:500,000}}
※ 원천징수 3.3% 공제 후 지급, 지급예정일 {{date:2024.11.08}}"""},

{"id": "s7-m02-005", "kind": "form", "text": """[용인 처인성 문화제 플리마켓 셀러 신청서]
상호: 달빛공방 (개인)
대표자: [[PERSON:진유나]]
사업자등록번호: [[KR_BRN:621-11-0480?]]
판매품목: 천연비누, 캔들
연락처: [[PHONE_NUMBER:010-3387-2910]] / 인스타 @dalbit_gongbang
주소: [[KR_ADDRESS:경기 용인시 처인구 김량장동 145-7번지 1층]]
참가비 입금계좌(주최측): 농협 {{public_account:301-0211-4455-71}} (예금주 {{org_name:용인문화재단}})"""},

{"id": "s7-m02-006", "kind": "sms", "text": """[수원시립미술관] [[PERSON:변*희]] 고객님 {{date:11/2}} {{time:14:00}} 도슨트 투어 예약 확정. 예약번호 {{reservation_number:SA2411-0382}}. 변경은 {{public_number:031-228-3800}}"""},

{"id": "s7-m02-007", "kind": "letter", "text": """기증 유물 인수증

기증자: 故 [[PERSON:윤병철]]의 유족 대표 [[PERSON:윤미경]](장녀)
유족 대표 주민등록번호: [[KR_RRN:640227-2******]]
주소: [[KR_ADDRESS:서울특별시 관악구 남부순환로 1820, 504호]]
고인 생몰: [[BIRTH_DATE:1931년 7월 8일]] ~ {{date:2023년 12월 19일}}
기증 물품: 1960년대 수원 시가지 사진 43점, 필름 원판 12롤
인수일: {{date:2024. 2. 6.}}
인수자: {{org_name:수원시립 수원박물관}} 학예연구사 [[PERSON:기승현]]"""},

{"id": "s7-m02-008", "kind": "form", "text": """행궁동 야간 축제 안전요원 근무 동의서
성명 [[PERSON:유건우]]   주민등록번호 [[KR_RRN:990612-101823?]]
주소 [[KR_ADDRESS:수원시 장안구 수성로 245번길 38 (조원동) 한일타운 133동 702호]]
연락처 [[PHONE_NUMBER:010-6603-1187]]  비상연락(모) [[PERSON:한영숙]] [[PHONE_NUMBER:010-9114-3376]]
급여 입금: 하나은행 [[BANK_ACCOUNT:620-219384-51207]]
근무일: {{date:2024.07.26}} ~ {{date:2024.07.28}}, {{time:18:00-23:00}}
{{date:2024년 7월 20일}}  서명 [[PERSON:유건우]] (인)"""},

{"id": "s7-m02-009", "kind": "chat", "text": """[단톡] 축제 자원봉사 3조 (주차안내)
조장 [[PERSON:최범수]]: 내일 집합 {{time:8시 30분}} 종합운동장 북문이요
[[PERSON:임채린]]: 넵
[[PERSON:최범수]]: 차 가져오시는 분 번호 알려주세요 출입증 뽑아야해서
[[PERSON:임채린]]: [[KR_CAR_PLATE:24어 3091]] 입니다
[[PERSON:Joshua Lee]]: 저는 대중교통이요~
[[PERSON:하태민]]: 전 아빠차 [[KR_CAR_PLATE:서울 31 가 5520]] 이요 ㅋㅋ
[[PERSON:최범수]]: ㅇㅋ 20조 반장님께 명단 넘길게요"""},

{"id": "s7-m02-010", "kind": "system_export", "text": """# museum_ticket_log  exported {{date:2024-08-15T09:02:11+09:00}}
ts|member|name|phone|channel|client_ip
{{date:2024-08-14 10:12:53}}|M00218|[[PERSON:설정아]]|[[PHONE_NUMBER:010****6621]]|web|[[IP_ADDRESS:211.36.142.77]]
{{date:2024-08-14 10:15:02}}|M01174|[[PERSON:노윤석]]|[[PHONE_NUMBER:010****0934]]|app|[[IP_ADDRESS:223.38.21.150]]
{{date:2024-08-14 11:40:40}}|-|비회원|-|kiosk|{{subnet_mask:255.255.255.0}}
# kiosk fw {{version:2.4.10.3}}"""},

{"id": "s7-m02-011", "kind": "letter", "text": """감사 편지

{{org_name:용인시박물관}} 선생님들께
지난 토요일 '옛날 놀이 체험'에 참여한 [[PERSON:신지안]](초3) 엄마입니다. 우리 [[PERSON:지안]]이가 집에 와서 투호 던지기 얘기를 하루 종일 했어요. 특히 [[PERSON:나경]] 선생님께서 친절하게 설명해 주셔서 감사했습니다.
다음 프로그램도 꼭 신청하고 싶어요.
- [[PERSON:정수빈]] 올림"""},

{"id": "s7-m02-012", "kind": "form", "text": """외국인 관람객 오디오가이드 대여 기록
대여일 {{date:2024.05.05}}
성명 [[PERSON:WANG XIAOMEI]] / 국적 CHN / 여권 [[KR_PASSPORT:EH4517302]]
생년월일 [[BIRTH_DATE:1979-03-25]]
보증 신분증 반납 확인 ☑  기기번호 {{code:AG-117}}
담당 [[PERSON:맹선영]]"""},

{"id": "s7-m02-013", "kind": "memo", "text": """축제 운영본부 상황일지 {{date:10/5}}
{{time:19:20}} 미아 발생: [[PERSON:김도윤]] (남, [[BIRTH_DATE:2018]]년생… 아니 [[BIRTH_DATE:2019]]년생이라고 보호자 정정) 파란 점퍼
{{time:19:34}} 보호자 [[PERSON:김태성]] 씨({{statistic:40}}대) 본부 방문, 연락처 [[PHONE_NUMBER:010-4055-2178]]
{{time:19:41}} 장안문 안내부스에서 아이 발견, 인계 완료
{{time:20:05}} 푸드트럭 3번 가스 냄새 신고 → {{public_number:119}} 출동 요청(오인)"""},

{"id": "s7-m02-014", "kind": "sms", "text": """[성남아트센터] 주문번호 {{order_number:202409120553}} 「호두까기인형」 {{date:12.21}} {{time:15:00}} R석 2매 결제완료 ([[CREDIT_CARD:9410-****-****-2218]]) 예매자 [[PERSON:하지*]]"""},

{"id": "s7-m02-015", "kind": "complaint", "text": """수원시 새올 민원 - 박물관 주차장 불친절

{{date:2024년 6월 1일}} 오후 3시쯤 수원광교박물관 주차장에서 정산소 직원분이 반말로 응대하셨습니다. 경차 할인 받으려고 차량번호 [[KR_CAR_PLATE:19나2387]] 말씀드렸는데 "그냥 내세요" 하시더군요.
저는 운전면허증(면허번호 [[KR_DRIVER_LICENSE:11-08-274501-62]])도 보여드렸는데 확인조차 안 하셨습니다.
답변 부탁드립니다. [[PERSON:오세린]] / [[EMAIL_ADDRESS:serin.oh@daum.net]]"""},
]
