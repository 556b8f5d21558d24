# Writer o, batch 03: tourism and accommodation (펜션·캠핑장 예약, 관광 안내소 분실 접수,
# 시티투어 명단). All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o03-001", "kind": "pension_booking", "text": """[예약확정] 용인 숲속별빛펜션
예약번호 : {{reservation_number:2504118873}}
예약자 : [[PERSON:하지연]] → 실제 이용자 [[PERSON:하지민]] (동생)
연락처 : [[PHONE_NUMBER:010-****-5512]] (안심번호 {{public_number:0504-1832-7706}})
이용일 : {{date:2025.05.03(토)}} ~ {{date:2025.05.05(월)}} 2박 / 객실 {{room_number:별채 201호}}
인원 : 성인 4, 아동 2 (바베큐 그릴 추가)
결제 : 현대카드 [[CREDIT_CARD:4364-20**-****-0158]] 일시불 {{amount:486,000원}}
차량 : [[KR_CAR_PLATE:62누 3381]]
요청사항 : 아이 생일이라 케이크 냉장 보관 부탁드려요 ([[PERSON:서아]] [[BIRTH_DATE:5월 4일]]생 ㅎㅎ)
"""},

{"id": "s15-o03-002", "kind": "campsite_roster", "text": """OO오토캠핑장 {{date:6/14(토)}} 입실 명단 - 관리동 출력

사이트\t예약자\t연락처\t차량번호\t인원\t비고
{{site_number:A-07}}\t[[PERSON:변재석]]\t[[PHONE_NUMBER:010-2295-8814]]\t[[KR_CAR_PLATE:324가5178]]\t4\t전기O
{{site_number:A-08}}\t[[PERSON:주미래]]\t[[PHONE_NUMBER:010-6613-2048]]\t[[KR_CAR_PLATE:19호 7720]]\t2\t렌트카, 늦은입실 22시
{{site_number:B-12}}\t[[PERSON:육성철]]\t[[PHONE_NUMBER:010.7781.0263]]\t[[KR_CAR_PLATE:경기31다4456]]\t5\t카라반 견인
{{site_number:C-03}}\t[[PERSON:Kim, Jonathan]]\t[[PHONE_NUMBER:+1 (213) 555-0148]]\t[[KR_CAR_PLATE:07오 8812]]\t3\t영어 안내
* 매너타임 22:00~07:00 / 관리동 {{public_number:031-339-5500}}
"""},

{"id": "s15-o03-003", "kind": "lost_item_report", "text": """관광안내소 분실물 신고 접수대장 No. {{case_number:2025-0187}}

접수일시 : {{date:2025.07.19 15:40}}   접수자 : [[PERSON:편소윤]]
신고인 : [[PERSON:하민재]] ([[BIRTH_DATE:1990.03.22]]생)   연락처 : [[PHONE_NUMBER:010-4428-1903]]
주소 : [[KR_ADDRESS:대구광역시 수성구 달구벌대로 2435, 수성 SK리더스뷰 102동 2801호]]
분실물 : 검정 반지갑 1개 (신분증·카드 포함)
  - 운전면허증 [[KR_DRIVER_LICENSE:대구 10-287451-63]]
  - 신한카드 [[CREDIT_CARD:4518-4420-1187-362?]] (분실신고 완료했다고 함)
  - 현금 약 {{amount:5만원}}
분실 추정 장소 : {{place_name:화성행궁 매표소}} 앞 벤치
처리 : 경찰청 유실물센터(lost112) 등록, 습득 시 연락 예정
"""},

{"id": "s15-o03-004", "kind": "lost_passport_report", "text": """[Tourist Information Center - Lost Passport Assistance Record]

Name : [[PERSON:TANAKA YUKI]] ([[PERSON:다나카 유키]])
Nationality : Japan   Passport No. : [[KR_PASSPORT:TK4829163]]
Date of Birth : [[BIRTH_DATE:1998.02.11]]
Hotel : {{org_name:이비스 앰배서더 수원}} Room {{room_number:1207}}
Mobile (JP) : [[PHONE_NUMBER:+81 90-4471-2208]]   Kakao/LINE : {{username:yuki_t0211}}
Lost at : 수원화성 성곽길 (장안문~화서문) around {{date:14:00 on 18 Aug 2025}}
Action : 분실신고 접수증 발급 안내(수원중부경찰서), 주한일본대사관 영사과 {{public_number:02-739-7400}} 안내
Staff : [[PERSON:Lee Seo-yeon]] / 통역 [[PERSON:오카다 레이]]
"""},

{"id": "s15-o03-005", "kind": "city_tour_manifest", "text": """수원 시티투어 탑승자 명단 (여행자보험 가입용)   운행일 {{date:2025-09-06}}  코스 : 화성 야경투어  차량 [[KR_CAR_PLATE:경기 76 아 3016]]

번호 성명             생년월일      연락처            국적  여권번호
1   [[PERSON:정민호]]           [[BIRTH_DATE:1971-08-30]]    [[PHONE_NUMBER:010-2234-7791]]     KOR   -
2   [[PERSON:정유리]]           [[BIRTH_DATE:1974-04-16]]    [[PHONE_NUMBER:010-2234-7792]]     KOR   -
3   [[PERSON:LIU JIANGUO]]      [[BIRTH_DATE:1965-11-02]]    -                 CHN   [[KR_PASSPORT:E48261735]]
4   [[PERSON:NGUYEN VAN LONG]]  [[BIRTH_DATE:1988-07-25]]    [[PHONE_NUMBER:010-8873-1129]]     VNM   [[KR_PASSPORT:C7412086]]
5   [[PERSON:SARAH MÜLLER]]     [[BIRTH_DATE:2000-01-09]]    [[PHONE_NUMBER:+49 151 2340 8871]]  DEU   [[KR_PASSPORT:C4J8K2L9M]]
6   [[PERSON:남태경]]           [[BIRTH_DATE:1952-05-05]]    [[PHONE_NUMBER:031-243-7718]]      KOR   -

해설사 : [[PERSON:국은영]] / 기사 : [[PERSON:방동수]] ([[PHONE_NUMBER:010-5402-3317]])
"""},

{"id": "s15-o03-006", "kind": "civil_complaint", "text": """펜션 환불 관련 민원입니다.
{{date:8월 9일}} 태풍 예보로 입실 불가 통보를 받았는데 펜션 측에서 환불을 안해줍니다. 숙박업소 관리감독 해주세요.
- 업소명 : {{org_name:처인구 OO계곡펜션}} (대표 [[PERSON:탁병곤]], 사업자 [[KR_BRN:142-06-3318?]])
- 결제액 : {{amount:320,000원}} 계좌이체 ({{date:7/2}} 이체)
- 신청인 : [[PERSON:이하린]] / [[PHONE_NUMBER:010-9913-4027]] / [[KR_ADDRESS:수원시 권선구 호매실로 90 (금곡동) 호매실LH 1503동 402호]]
- 환불받을 계좌 : 국민 [[BANK_ACCOUNT:820401-04-177213]]
펜션 주인 폰은 [[PHONE_NUMBER:010-3772-1160]]인데 받지 않습니다.
"""},

{"id": "s15-o03-007", "kind": "campsite_registration", "text": """야영장업 등록 신청서 (관광진흥법 시행규칙 별지 제5호의2서식)

상    호 : {{org_name:별내리 캠핑장}}
대 표 자 : [[PERSON:엄기택]]   생년월일 : [[BIRTH_DATE:1969.03.04]]
주민등록번호 : [[KR_RRN:690304-1******]]
대표자 주소 : [[KR_ADDRESS:용인시 처인구 원삼면 사암리 215-3]]
사업장 소재지 : [[KR_ADDRESS:용인시 처인구 원삼면 두창리 산 41-2 외 3필지]]
사업자등록번호 : [[KR_BRN:507-31-0092?]] (개인)
전화 : [[PHONE_NUMBER:010-4561-0073]]   
야영장 면적 : {{statistic:6,612㎡}} / 야영 사이트 {{statistic:24개}}
신청일 : {{date:2025년 3월 17일}}
"""},

{"id": "s15-o03-008", "kind": "tour_group_email", "text": """보낸사람: [[PERSON:심재윤]] <[[EMAIL_ADDRESS:jaeyoon.shim@jeilcorp.co.kr]]>
받는사람: {{public_email:citytour@suwon.go.kr}}
날짜: {{date:2025년 10월 2일 (목) 오전 11:08}}
제목: 10/25 시티투어 단체(28명) 예약 가능 여부

담당자님 안녕하세요, {{org_name:제일산업}} 총무팀 [[PERSON:심재윤]] 대리입니다.
{{date:10월 25일}} 토요일 오전 코스 28명 단체 예약 가능한지 문의드립니다. 명단은 확정되는 대로 엑셀로 보내드리겠습니다.
세금계산서는 법인 사업자번호 {{business_number:214-86-55901}}로 부탁드립니다.
제 직통은 [[PHONE_NUMBER:02-2188-4471]], 휴대폰 [[PHONE_NUMBER:010-6710-2285]] 입니다.
감사합니다.
"""},

{"id": "s15-o03-009", "kind": "booking_sms", "text": """사장님 안녕하세요 어제 통화한 [[PERSON:은서]]엄마에요^^ {{date:10월 3일}}부터 2박 독채 입금했습니다 [[PERSON:소영희]] 이름으로 보냈어요. 차는 [[KR_CAR_PLATE:118저2394]] 한대에요. 체크인 몇시부터죠??"""},

{"id": "s15-o03-010", "kind": "found_item_handover", "text": """습득물 인계서

습득일시 : {{date:2025. 8. 2. 11:20}}   습득장소 : {{place_name:수원화성 방화수류정}} 인근
습 득 물 : 갈색 카드지갑 (주민등록증 1매, 체크카드 1매)
  - 주민등록증 : [[PERSON:나윤희]] [[KR_RRN:850607-2******]]  주소 [[KR_ADDRESS:경기도 화성시 동탄대로 537, 1102동 905호]]
  - 체크카드 : 농협 [[CREDIT_CARD:9411-02**-****-6630]]
습 득 자 : [[PERSON:석호준]]  (연락처 [[PHONE_NUMBER:010-3310-9982]], 보상금 청구 안함)
인 계 자 : 관광안내소 [[PERSON:빈채은]]   인 수 : {{org_name:수원중부경찰서}} 생활안전계
"""},

{"id": "s15-o03-011", "kind": "lost_item_log", "text": """[안내소 업무일지 {{date:2025-08-23}}]
- 10:30 신용카드 1매 습득(분수대 앞). 카드면 영문명 [[PERSON:PARK JIHOON]], 번호 [[CREDIT_CARD:5327 6105 4418 902?]] 유효기간 {{date:09/28}}. 카드사 고객센터 {{public_number:1588-8900}} 통보 → 카드사에서 본인 연락한다 함.
- 13:10 외국인 관광객 길안내 12건
- 15:45 아동 미아 신고 : [[PERSON:강하준]](만 6세, [[BIRTH_DATE:2019년 2월]]생) 엄마 [[PERSON:오수경]] [[PHONE_NUMBER:010-2847-0035]] → 16:05 장안공원에서 찾음. 
작성 : [[PERSON:표재민]]
"""},

{"id": "s15-o03-012", "kind": "system_log", "text": """[캠핑장 예약시스템 부정예약 점검]
{{date:2025-04-01 10:00:00.084}} booking.open site=ALL
{{date:2025-04-01 10:00:00.311}} reserve ok user=camp_lover88 name=[[PERSON:곽태윤]] hp=[[PHONE_NUMBER:010-5512-9034]] ip=[[IP_ADDRESS:14.52.183.207]] sites=A01,A02,A03,A04
{{date:2025-04-01 10:00:00.322}} reserve ok user=camp_lover88_2 name=[[PERSON:곽태윤]] hp=[[PHONE_NUMBER:010-5512-9035]] ip=[[IP_ADDRESS:14.52.183.207]] sites=B01,B02
{{date:2025-04-01 10:00:01.907}} reserve fail user=hyunsoo_dad name=[[PERSON:여현수]] ip=[[IP_ADDRESS:118.235.9.44]] reason=SOLD_OUT
판단 : 동일 IP 다계정 매크로 의심 → 예약 취소 및 3개월 이용제한. 서버 {{version:Tomcat 9.0.85}}
"""},

{"id": "s15-o03-013", "kind": "guest_register", "text": """게스트하우스 숙박부 (외국인)  {{date:2025.09}}

{{date:09/12}} 입실 | [[PERSON:Oliver Bennett]] | GBR | P/N [[KR_PASSPORT:560198342]] | DOB [[BIRTH_DATE:14 MAR 1996]] | 2박
{{date:09/12}} 입실 | [[PERSON:Chloé Dubois]] | FRA | P/N [[KR_PASSPORT:19AF73215]] | DOB [[BIRTH_DATE:02 OCT 1994]] | 2박
{{date:09/15}} 입실 | [[PERSON:Aziz Karimov]] | UZB | P/N [[KR_PASSPORT:FA0912273]] | DOB [[BIRTH_DATE:30 JUN 1989]] | 1박 / 외국인등록 있음 [[KR_FRN:890630-5******]]
관리자 [[PERSON:김선미]] 확인
"""},

{"id": "s15-o03-014", "kind": "guide_assignment", "text": """[{{date:10월}} 시티투어 문화관광해설사 배정표]
일자 | 코스 | 해설사(사번) | 비상연락
{{date:10/4}} | 주간A | [[PERSON:국은영]]([[EMPLOYEE_ID:CT-017]]) | [[PHONE_NUMBER:010-7721-0934]]
{{date:10/5}} | 야경 | [[PERSON:진솔]]([[EMPLOYEE_ID:CT-022]]) | [[PHONE_NUMBER:010-3391-6758]]
{{date:10/11}} | 주간B | [[PERSON:Alexei Petrov]]([[EMPLOYEE_ID:CT-031]], 러시아어) | [[PHONE_NUMBER:010-9012-4473]]
{{date:10/12}} | 야경 | [[PERSON:국은영]]([[EMPLOYEE_ID:CT-017]]) | [[PHONE_NUMBER:010-7721-0934]]
※ 외국어 해설 요청은 {{date:3일 전}}까지
"""},

{"id": "s15-o03-015", "kind": "accident_report", "text": """캠핑장 안전사고 경위서

1. 사고일시 : {{date:2025년 7월 26일 20시 40분경}}
2. 장소 : {{site_number:D-05}} 사이트 옆 개수대
3. 부상자 : [[PERSON:윤채아]] (여, [[BIRTH_DATE:2018.06.30]]생, 만 7세)
   보호자 : 부 [[PERSON:윤상혁]] [[PHONE_NUMBER:010-2673-9910]] / [[KR_ADDRESS:성남시 분당구 미금일로 90번길 10, 까치마을 1단지 대우롯데 103동 606호]]
4. 경위 : 아이가 개수대 옆 온수 꼭지를 잘못 돌려 오른손 손등에 화상(1~2도). 관리인 [[PERSON:엄기택]] 즉시 냉찜질 후 {{public_number:119}}에 신고, {{org_name:용인세브란스병원}} 응급실 이송.
5. 조치 : 온수 온도 상한 {{statistic:50℃}}로 조정, 경고 스티커 부착({{date:7/27}})
6. 배상 : 영업배상책임보험 접수번호 {{case_number:DB25-07-118834}}
작성 : {{date:2025.07.27}} 대표 [[PERSON:엄기택]]
"""},

{"id": "s15-o03-016", "kind": "prize_shipping_list", "text": """관광안내소 만족도 설문 경품 발송 명단 ({{date:2025.11.05}} 추첨)
1) [[PERSON:권해솔]] / [[PHONE_NUMBER:010-8891-2044]] / [[KR_ADDRESS:경북 안동시 경동로 1375, 솔빛아파트 3동 204호]] / 수원페이 5만원
2) [[PERSON:염다희]] / [[PHONE_NUMBER:010-7270-5519]] / [[KR_ADDRESS:광주 북구 설죽로 518번길 33-7 (일곡동)]] / 수원페이 5만원
3) [[PERSON:Matteo Rossi]] / [[EMAIL_ADDRESS:matteo.rossi92@libero.it]] / 이탈리아 거주 → 해외배송 불가, 모바일상품권 대체
4) [[PERSON:석은비]] / [[PHONE_NUMBER:010 4451 7720]] / [[KR_ADDRESS:서울특별시 마포구 월드컵북로 4길 21 B01호]]
운송장 {{tracking_number:6896-1420-3371}} 외 2건
"""},

{"id": "s15-o03-017", "kind": "forest_lodge_booking", "text": """자연휴양림 숙박 예약 확인 (추첨 당첨)
예약자 : [[PERSON:맹성준]] ([[BIRTH_DATE:1976.12.08]] / 남)
주민등록번호 앞자리 : [[KR_RRN:761208-1]]  ※ 본인확인용
시설 : {{room_number:숲속의 집 산새동 3호}}  기간 : {{date:2025.10.17~10.19}}
요금 : {{amount:170,000원}} 입금기한 {{date:9/30 18:00}}까지 / 입금계좌 {{public_account:국민 010-25-0016-778 (휴양림관리소)}}
휴대전화 : [[PHONE_NUMBER:010-3882-6049]]
"""},

{"id": "s15-o03-018", "kind": "receipt_slip", "text": """분실물 인수증 – 본인 [[PERSON:하민재]] 지갑 수령함 (면허증·카드 이상 없음). 신분확인 면허번호 끝 [[KR_DRIVER_LICENSE:10-287451-63]]. {{date:2025.07.21}} 서명 ________"""},
]
