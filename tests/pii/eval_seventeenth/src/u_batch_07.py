# Writer u, batch 07: mixed short and odd documents across welfare, health, funerals. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s17-u07-001", "kind": "chat", "text": """[[PERSON:지수]]야 [[PERSON:윤하은]]이가 오늘 경로당 배식 봉사 못온대 대신 니가 좀 와줄수있어? 11시까지 ㅠㅠ"""},

{"id": "s17-u07-002", "kind": "spreadsheet", "text": """지역아동센터 아동급식카드(G드림) 재발급 명단 — 수원 행궁동
아동명\t학교/학번\t생년월일\t기존카드\t신규카드\t보호자
[[PERSON:소이안]]\t○○초 [[STUDENT_ID:50214]]\t[[BIRTH_DATE:2014.02.07]]\t[[CREDIT_CARD:9411-03**-****-5512]]\t[[CREDIT_CARD:9411 0380 2217 046?]]\t[[PERSON:소경태]](부)
[[PERSON:명지안]]\t○○중 [[STUDENT_ID:20611]]\t[[BIRTH_DATE:2011.07.19]]\t분실\t[[CREDIT_CARD:9411 0380 2217 118?]]\t[[PERSON:김말자]](조모)
※ 학교 '학번'은 학년·반·번호 조합 / 카드 1일 한도 {{amount:9,500원}} / 재발급일 {{date:2025.03.05}}"""},

{"id": "s17-u07-003", "kind": "email", "text": """Subject: Question about cremation fee for my mother-in-law
From: [[PERSON:Daniel Whitfield]] <[[EMAIL_ADDRESS:d.whitfield77@outlook.com]]>

Hello, my Korean mother-in-law [[PERSON:Mrs. Pyo Geum-ok]] ([[PERSON:표금옥]]) passed away on {{date:March 3, 2025}} at home. She was born [[BIRTH_DATE:August 9, 1946]].
We live at [[KR_ADDRESS:Apt 1203, 87 Dongbaekjukjeon-daero, Giheung-gu, Yongin-si, Gyeonggi-do]].
I am a US citizen (passport [[KR_PASSPORT:A04417729]]) and my wife [[PERSON:Soyeon]] is her only daughter. Do we pay the resident rate ({{amount:100,000 KRW}}) or non-resident rate?
My number is [[PHONE_NUMBER:010-3390-8812]]. Thank you.""".replace("[[PERSON:Mrs. Pyo Geum-ok]]", "Mrs. [[PERSON:Pyo Geum-ok]]")},

{"id": "s17-u07-004", "kind": "system_log", "text": """{{date:2025-03-06}} 07:55 배송출발 차량=[[KR_CAR_PLATE:경기92사1057]] 기사=[[PERSON:권태식]] 면허=[[KR_DRIVER_LICENSE:경기 09-447120-15]] 경로=처인→기흥
{{date:2025-03-06}} 09:12 배송완료 수령자=[[PERSON:봉재석]] 주소=[[KR_ADDRESS:처인구 역북동 812-4 103호]] 서명=Y
{{date:2025-03-06}} 09:40 배송완료 수령자=[[PERSON:김 미 자]] (대리: 이웃 [[PERSON:추영옥]]) 
{{date:2025-03-06}} 10:02 GPS 단말 [[IP_ADDRESS:100.64.12.9]] 연결 끊김, 펌웨어 {{version:3.1.4}}"""},

{"id": "s17-u07-005", "kind": "pipe_table", "text": """기숙사 입사생 결핵검진 결과 (장안구보건소 ↔ ○○대 생활관)
| 학번 | 성명 | 생년월일 | 흉부X선 | 판독일 |
| [[STUDENT_ID:25-107733]] | [[PERSON:남도윤]] | [[BIRTH_DATE:2006-01-30]] | 정상 | {{date:2025-02-21}} |
| [[STUDENT_ID:25-108019]] | [[PERSON:Aziz Karimov]] | [[BIRTH_DATE:2003-09-12]] | 재검 | {{date:2025-02-21}} |
| [[STUDENT_ID:24-203315]] | [[PERSON:여*빈]] | [[BIRTH_DATE:2005-**-**]] | 정상 | {{date:2025-02-24}} |
재검 대상자 연락: 생활관 행정실 {{public_number:031-290-5500}}"""},

{"id": "s17-u07-006", "kind": "sms", "text": """[부고] 故 [[PERSON:표금옥]]님 별세. 빈소 용인세브란스병원 장례식장 {{room_number:5호실}}, 발인 {{date:3월 5일}} 오전 7시, 장지 용인평온의숲. 상주 [[PERSON:Daniel Whitfield]]·[[PERSON:안소연]]"""},

{"id": "s17-u07-007", "kind": "transcript", "text": """[129 연계 상담 녹취 STT 결과 — 오류 포함]
상담원: 성함이 어떻게 되세요
내담자: [[PERSON:편 말 순]]이요 편할 편에 말 순
상담원: 생년월일 말씀해 주시겠어요
내담자: [[BIRTH_DATE:천구백사십구 년 유월 이십 일]]
상담원: 연락 가능한 번호요
내담자: [[PHONE_NUMBER:공일공 칠칠사 이팔구삼]] 이요 아니 집 전화는 [[PHONE_NUMBER:삼일 이사칠 공공팔육]]
상담원: 주소는요
내담자: [[KR_ADDRESS:수원 장안구 연무동 이백삼십일 다시 칠]] 
상담원: 네 어머님 긴급 난방비 관련해서 주민센터에서 {{date:내일 오전}}에 연락 드릴 거예요"""},

{"id": "s17-u07-008", "kind": "form", "text": """경로당 운영비 정산 — 간식 구입 영수증 첨부
구입처: 행복마트 (대표 [[PERSON:곽두만]], 사업자 [[KR_BRN:124-05-3388?]]) / 금액 {{amount:57,400원}} / 구입일 {{date:2025-02-27}}
결제: 경로당 운영비 카드 {{public_card:9410-7700-0000-1234}} (성남시 보조금 전용, 개인 카드 아님)
정산자: 총무 [[PERSON:구판례]]"""},
]
