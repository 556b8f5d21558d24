# Writer m, batch 07: food safety and restaurant hygiene reports. Hand-written, CC0 1.0.
DOCS = [
{"id": "s7-m07-001", "kind": "complaint", "text": """식중독 의심 신고

{{date:2024년 7월 13일}} 저녁 {{place_name:영통구청}} 근처 횟집에서 가족 4명이 회를 먹고 새벽부터 설사와 구토를 했습니다. 아들([[PERSON:이준서]], [[BIRTH_DATE:2016. 8. 1.]]생)은 탈수로 {{place_name:동수원병원}} 응급실에 다녀왔습니다.
식당: {{place_name:영통구 봉영로}} 일대 '바다향' (정확한 번지 모름)
신고인: [[PERSON:이상훈]] / [[PHONE_NUMBER:010-4429-7815]]
주소: [[KR_ADDRESS:수원시 영통구 청명남로 34, 청명마을 4단지 주공 407동 1208호]]"""},

{"id": "s7-m07-002", "kind": "form", "text": """식품위생 점검 결과표 (성남시 수정구 위생과)
점검일: {{date:2024.05.22}}   점검반: [[PERSON:반석훈]](사번 [[EMPLOYEE_ID:SN-2016-1183]]), [[PERSON:이하영]](사번 [[EMPLOYEE_ID:SN-2022-0457]])
업소명: 돈까스 명가 / 영업자 [[PERSON:오태식]] ([[BIRTH_DATE:1970.01.08]])
사업자등록번호: [[KR_BRN:129-35-6120?]]
소재지: [[KR_ADDRESS:성남시 수정구 수정로 171번길 14 (신흥동) 1층]]
위반사항: 유통기한 경과 원료 보관(돈육 2kg, 기한 {{date:5.19}})
행정처분: 영업정지 {{statistic:15}}일 갈음 과징금 예정"""},

{"id": "s7-m07-003", "kind": "sms", "text": """[Web발신] 용인시 수지구 위생과입니다. [[PERSON:송재원]]님이 신고하신 음식점 위생불량 건({{case_number:1AA-2408-402215}}) {{date:8/27}} 현장점검 완료, 시정명령 조치하였습니다."""},

{"id": "s7-m07-004", "kind": "table", "text": """음식점 위생등급 신청 업소 현황 ({{date:2024 상반기}})
연번|업소명|대표자|사업자번호|소재지|신청등급
1|한솥밥상|[[PERSON:기민혁]]|[[KR_BRN:214-28-5504?]]|[[KR_ADDRESS:수원시 장안구 정자천로 188, 102호]]|매우우수
2|라멘야 쿠로|[[PERSON:Kuroda Shin]]|[[KR_BRN:135-09-1187?]]|[[KR_ADDRESS:수원시 영통구 센트럴타운로 107, 광교푸르지오시티 B동 1층 112호]]|우수
3|(주)푸드온|-|{{business_number:124-81-55302}}|{{place_name:광교 갤러리아 푸드홀}}|좋음
4|할매국밥|[[PERSON:나분자]]|[[KR_BRN:124-90-0331?]]|[[KR_ADDRESS:수원시 팔달구 지동 281-15]]|좋음"""},

{"id": "s7-m07-005", "kind": "email", "text": """To: 위생과 [[PERSON:이하영]] 주무관님 <[[EMAIL_ADDRESS:hayoung.lee@korea.kr]]>
Cc: {{public_email:food119@seongnam.go.kr}}
제목: 이물질(금속) 발견 사진 추가 송부

안녕하세요, {{date:5/20}}에 전화로 신고한 [[PERSON:도유리]]입니다. 배달 짜장면에서 철수세미 조각이 나왔던 건입니다. 사진 3장과 주문내역 캡처 첨부합니다(주문번호 {{order_number:B1P3-77QX}}).
배달 주소가 [[KR_ADDRESS:성남시 수정구 창곡동 위례센트럴자이 5101동 1802호]]로 되어 있는 화면입니다.
연락처 [[PHONE_NUMBER:010-8103-2264]]"""},

{"id": "s7-m07-006", "kind": "letter", "text": """위생교육 이수증
성명 : [[PERSON:Bui Thi Thanh]]
외국인등록번호 : [[KR_FRN:900827-6******]]
생년월일 : [[BIRTH_DATE:1990년 08월 27일]]
업종 : 일반음식점 (종업원)
교육일 : {{date:2024. 3. 14.}}  교육시간 : {{statistic:3}}시간
{{org_name:한국외식업중앙회 경기도지회}}"""},

{"id": "s7-m07-007", "kind": "chat", "text": """[문자 캡처] 식당 사장님과 주고받은 내용 (민원 첨부)
나 {{time:21:03}}: 사장님 오늘 포장해간 김밥에서 머리카락 나왔어요 사진 보내드려요
사장님 {{time:21:40}}: 죄송합니다 내일 오시면 새로 싸드릴게요
나 {{time:21:42}}: 아이가 먹다가 토했어요... 병원비는요?
사장님 {{time:22:15}}: 그건 좀... 제 번호로 연락주세요 [[PHONE_NUMBER:010 3342 08 77]] [[PERSON:권태진]]
(신고인: [[PERSON:장혜림]], [[PHONE_NUMBER:010-5540-1293]])"""},

{"id": "s7-m07-008", "kind": "form", "text": """영업신고서 (즉석판매제조·가공업)
신고인 성명: [[PERSON:류하린]]   주민등록번호: [[KR_RRN:910402-212876?]]
신고인 주소: [[KR_ADDRESS:용인시 수지구 문정로 24, 성복역 롯데캐슬 골드타운 106동 2403호]]
영업소 명칭: 하린베이커리
영업소 소재지: [[KR_ADDRESS:용인시 수지구 성복2로 86, 상가동 1층 104호]]
전화번호: [[PHONE_NUMBER:031-8005-2291]]
건강진단결과서 발급일: {{date:2024.01.19}}
{{date:2024년 1월 29일}}  신고인 [[PERSON:류하린]] (서명 또는 인)"""},

{"id": "s7-m07-009", "kind": "memo", "text": """야간 단속 일지 (유흥가 식품접객업소)
{{date:10월 18일}} {{time:22:00}}~{{time:01:30}}
1) 호프 '달맥' – 청소년 주류 제공 의심, 손님 신분증 확인: [[PERSON:임도현]] [[BIRTH_DATE:2006.11.30]] (만 17세) → 경찰 인계
2) 포차 '불꽃' – 이상 없음. 업주 [[PERSON:하민기]] 운전면허증으로 본인 확인([[KR_DRIVER_LICENSE:11-02-330918-40]])
단속반: [[PERSON:지수호]], [[PERSON:오가을]]"""},

{"id": "s7-m07-010", "kind": "complaint", "text": """학교 급식 위생 관련 민원 (교육청 이첩 요청)

저는 {{org_name:성남 분당중학교}} 2학년 [[PERSON:강시우]] 학생의 보호자입니다. 지난주 급식 닭볶음탕에서 덜 익은 닭고기가 나왔다고 아이가 사진을 찍어 왔습니다.
학생 정보: 학번 [[STUDENT_ID:20314]], 생년월일 [[BIRTH_DATE:2010.02.16]]
보호자 [[PERSON:강윤미]] / [[PHONE_NUMBER:010-9966-2471]] / [[EMAIL_ADDRESS:yunmi.kang76@naver.com]]"""},

{"id": "s7-m07-011", "kind": "sms", "text": """[수원시] 식품위생 명예감시원 [[PERSON:한정숙]]님 {{date:11/20(수)}} {{time:14시}} 합동점검 집결 장소: {{place_name:팔달구청 민원실 앞}}. 신분증, 감시원증 지참."""},

{"id": "s7-m07-012", "kind": "system_export", "text": """[food_report_api] 2024-09 access log (masked export)
time={{date:2024-09-03T08:11:40Z}} src=[[IP_ADDRESS:203.246.77.18]] user=reporter:[[EMAIL_ADDRESS:kimjs.hwa@gmail.com]] action=submit id={{case_number:FR240903-0041}}
time={{date:2024-09-03T08:13:02Z}} src=[[IP_ADDRESS:10.21.4.112]] user=staff:[[EMPLOYEE_ID:YI-20110278]] action=assign id={{case_number:FR240903-0041}}
time={{date:2024-09-03T08:30:55Z}} src=[[IP_ADDRESS:2406:5900:10f0:2a::5]] user=reporter:[[EMAIL_ADDRESS:duck.seo@kakao.com]] action=submit id={{case_number:FR240903-0042}}
app=foodreport {{version:v3.11.2}} mask={{subnet_mask:255.255.248.0}}"""},
]
