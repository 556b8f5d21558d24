# Writer m, batch 08: lost-and-found (and a few mixed leftovers). Hand-written, CC0 1.0.
DOCS = [
{"id": "s7-m08-001", "kind": "lost_found", "text": """습득물 신고서 (유실물법 제1조)
습득일시: {{date:2024. 4. 7.}} {{time:17:20}}경
습득장소: {{place_name:수원 광교호수공원}} 원천호수 산책로 벤치
습득물: 갈색 장지갑 1개 (현금 {{amount:83,000원}}, 신용카드 2매, 주민등록증 1매)
  - 주민등록증 성명 [[PERSON:황보경민]], 번호 [[KR_RRN:730419-1******]]
  - 주민등록증 주소 [[KR_ADDRESS:수원시 영통구 광교호수로 152, 광교 자연앤힐스테이트 5203동 1901호]]
  - 카드 [[CREDIT_CARD:4673-09**-****-2251]] 외 1매
습득자: [[PERSON:은지환]] ([[PHONE_NUMBER:010-3608-2195]]) — 보상금 포기
접수: {{org_name:광교지구대}} 경사 [[PERSON:노상우]]"""},

{"id": "s7-m08-002", "kind": "sms", "text": """[LOST112] [[PERSON:최유진]]님, 분실하신 물품(휴대폰, 아이폰15)이 {{org_name:분당경찰서}}에 보관 중입니다. 관리번호 {{case_number:F2024051300123}}. 신분증 지참 후 방문 ({{date:5/27}}까지)."""},

{"id": "s7-m08-003", "kind": "table", "text": """체육센터 분실물 보관 목록 (보관기간 14일 경과 시 폐기/기부)
접수일|물품|특징|습득자|찾아간 사람|연락처
{{date:09/02}}|수경|스피도 검정|직원 [[PERSON:변서우]]|-|-
{{date:09/03}}|학생증|[[PERSON:남궁혁]] (학번 [[STUDENT_ID:2024110357]]) {{org_name:아주대}}|[[PERSON:이승재]](회원)|본인|[[PHONE_NUMBER:010-7281-5590]]
{{date:09/05}}|자동차키|현대, 키링에 '[[KR_CAR_PLATE:157소 3362]]'|직원 [[PERSON:변서우]]|[[PERSON:봉미정]]|[[PHONE_NUMBER:010-2210-6474]]
{{date:09/09}}|외국인등록증|[[PERSON:Sadikov Timur]] [[KR_FRN:870101-5410223]]|청소 여사님|미수령|-"""},

{"id": "s7-m08-004", "kind": "email", "text": """Subject: [분실물] 여권 습득 – 수원시 관광안내소

{{org_name:주한 필리핀 대사관}} 영사과 귀중,
{{date:2024-06-19}} 수원역 관광안내소에서 필리핀 여권 1매를 습득하여 {{org_name:수원역파출소}}에 인계하였기에 알려드립니다.
 - Holder: [[PERSON:DELA CRUZ, MARIA ANGELICA]]
 - Passport No.: [[KR_PASSPORT:P4410739B]]
 - Date of Birth: [[BIRTH_DATE:1997 NOV 22]]
안내소 근무자 [[PERSON:유다현]] ([[EMAIL_ADDRESS:dahyun.yu@suwontour.kr]]) / 안내소 대표 {{public_number:031-228-4672}}"""},

{"id": "s7-m08-005", "kind": "letter", "text": """유실물 수령 위임장

위임인: [[PERSON:Ahmed Karim]]  (외국인등록번호 [[KR_FRN:920818-7******]], 여권 [[KR_PASSPORT:BX9022871]])
주소: [[KR_ADDRESS:용인시 처인구 백암면 백암로 201-15, 2층]]
수임인: [[PERSON:김세훈]] (생년월일 [[BIRTH_DATE:1986.12.19]], 관계: 직장동료)
위 수임인에게 {{org_name:용인동부경찰서}} 보관 중인 본인의 가방(관리번호 {{case_number:F2024082100877}}) 수령 권한을 위임합니다.
{{date:2024. 8. 26.}}  위임인 [[PERSON:Ahmed Karim]] (서명)"""},

{"id": "s7-m08-006", "kind": "chat", "text": """[동네 맘카페 댓글 캡처]
ㄴ [[PERSON:서율]]맘: 오늘 정자동 놀이터에서 아기 신발 한짝 주웠어요 ㅠ 핑크색 {{statistic:130}}사이즈요
ㄴ [[PERSON:하니]]♡: 헐 저희 애꺼같아요!! 이름 [[PERSON:강하니]] 라고 안쪽에 써있지 않나요?
ㄴ [[PERSON:서율]]맘: 맞아요 ㅎㅎ 저 [[KR_ADDRESS:느티마을 3단지 305동]] 살아요 경비실에 맡겨둘게요~"""},

{"id": "s7-m08-007", "kind": "form", "text": """버스 분실물 조회 요청 (용인시 버스정책과)
분실일: {{date:2024년 11월 2일}}  노선: 5001번 (용인→강남)
분실물: 노트북 가방(회색), 안에 사원증
사원증 정보: [[PERSON:Jeon Hae-in]] / 사번 [[EMPLOYEE_ID:E0712294]] / {{org_name:(주)대한정밀}}
신청인 연락처: [[PHONE_NUMBER:010-9052-3118]], [[EMAIL_ADDRESS:haein.jeon@daehan-p.co.kr]]
신청인 주소: [[KR_ADDRESS:용인시 기흥구 흥덕중앙로 120, 흥덕 U타워 2405호]]"""},

{"id": "s7-m08-008", "kind": "memo", "text": """지하상가 관리사무소 분실물 인계 기록
- {{date:12.03}} 운전면허증 습득: [[PERSON:방정호]] / [[KR_DRIVER_LICENSE:경기 91-117320-08]] / 생년 [[BIRTH_DATE:1971.6.4]] → 수원역파출소 인계
- {{date:12.04}} 체크카드 ([[CREDIT_CARD:4119 2280 1945 006?]]) 명의 [[PERSON:YOON SEHA]] → 카드사 {{public_number:1588-1688}} 분실신고 대행 후 폐기
- {{date:12.04}} 어린이 가방: 이름표 "[[PERSON:박하준]] 7세 / 엄마 [[PHONE_NUMBER:010-66O2-1045]]" → 보호자 통화 후 반환
- {{date:12.05}} 외국인등록증 습득: [[PERSON:Rustam Aliyev]] [[KR_FRN:950730-5xxxxxx]] → 본인 내방 수령 ({{time:15:10}})"""},
]
