# Writer e, batch 04: assembly and demonstration notices, loudspeaker noise.
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e04-001", "kind": "application_form", "text": """옥외집회(시위·행진) 신고서  [사본: 수원시 회계과 통보용]
주최자  성명 [[PERSON:마경훈]]   생년월일 [[BIRTH_DATE:1974.09.02]]   직업 회사원
        주소 [[KR_ADDRESS:수원시 팔달구 중부대로 223번길 40-7, 302호]]
        연락처 [[PHONE_NUMBER:010-7250-3381]]
주관자  성명 [[PERSON:석은아]]   생년월일 [[BIRTH_DATE:1982.01.30]]   연락처 [[PHONE_NUMBER:010-2244-0598]]
연락책임자 [[PERSON:빈수창]]  [[PHONE_NUMBER:010-9816-4027]]
목적: 공공임대 재건축 이주대책 촉구
일시: {{date:2024. 10. 15.(화)}} {{time:14:00}} ~ {{time:17:00}}
장소: {{place_name:수원시청 본관 앞 인도}} (효원로변)
참가예정단체 및 인원: 세류동 재건축 세입자대책위 약 {{statistic:150명}}
준비물: 방송차 1대([[KR_CAR_PLATE:83더 2071]]), 앰프 2, 현수막 4
{{date:2024. 10. 10.}}  주최자 [[PERSON:마경훈]] (서명)
수원중부경찰서장 귀하"""},

{"id": "s12-e04-002", "kind": "spreadsheet", "text": """질서유지인 명단 (첨부)
순번\t성명\t생년월일\t주소\t연락처
1\t[[PERSON:마경훈]]\t[[BIRTH_DATE:740902]]\t[[KR_ADDRESS:팔달구 중부대로223번길 40-7]]\t[[PHONE_NUMBER:010-7250-3381]]
2\t[[PERSON:도해성]]\t[[BIRTH_DATE:690315]]\t[[KR_ADDRESS:권선구 세류로 88, 5동 104호]]\t[[PHONE_NUMBER:010-3197-6650]]
3\t[[PERSON:남수빈]]\t[[BIRTH_DATE:011122]]\t[[KR_ADDRESS:권선구 세류동 1203-8]]\t[[PHONE_NUMBER:010-6670-1942]]
4\t[[PERSON:봉미라]]\t[[BIRTH_DATE:550807]]\t[[KR_ADDRESS:권선구 세류로 92 2층]]\t[[PHONE_NUMBER:010-5082-7314]]
5\t[[PERSON:천광식]]\t[[BIRTH_DATE:630419]]\t[[KR_ADDRESS:팔달구 매산로 3가 45-2]]\t[[PHONE_NUMBER:010-8821-0046]]
※ 질서유지인은 만 18세 이상 ({{date:2024.10.10}} 기준)"""},

{"id": "s12-e04-003", "kind": "complaint", "text": """시청앞 집회 확성기 소음 민원

시청 바로 건너편 오피스텔 [[KR_ADDRESS:인계동 1111-3 아르테스 오피스텔 1207호]]에서 재택근무하는 [[PERSON:표하윤]]입니다.
오늘 오후 2시부터 집회하는데 확성기 소리가 창문 닫아도 화상회의가 안될 정도입니다.
같은 노래를 30분째 반복하고 있어요. 소음측정 해서 기준 넘으면 조치 부탁드립니다.
휴대폰: [[PHONE_NUMBER:010-3035-7729]]
(접수: {{date:2024-10-15 14:47}}, {{receipt_number:민원번호 2AA-2410-1518347}})"""},

{"id": "s12-e04-004", "kind": "phone_memo", "text": """당직 {{date:10/15}} 15:10 중부서 정보과 [[PERSON:탁성호]] 경위 전화 (직통 [[PHONE_NUMBER:031-8012-2471]])
- 시청앞 집회 소음 측정함. 등가소음 {{statistic:74dB}} (주간 주거지역 기준 {{statistic:65dB}}) 초과 → 유지명령 1차 발부
- 주최자 [[PERSON:마경훈]]씨 협조적임. 앰프 볼륨 낮춤.
- 시청 청사 방호 인력 추가 필요 없음. 총무과 [[PERSON:길나영]] 팀장님께 보고 완료"""},

{"id": "s12-e04-005", "kind": "kakaotalk", "text": """세류동 세입자대책위 (47)
[[PERSON:석은아]] 오후 12:01 여러분 2시 시청앞입니다 피켓은 제가 차로 가져가요
[[PERSON:봉미라]] 오후 12:03 난 버스타고 갈게 ~~
[[PERSON:남수빈]] 오후 12:05 저 학교 수업 끝나고 3시쯤 합류할게요!! 학생증 보여주면 된다 하셔서 학번 [[STUDENT_ID:20213407]] 로 명단에 넣어주세요
[[PERSON:석은아]] 오후 12:06 수빈아 고마워 ㅎㅎ 조심히 와
[[PERSON:도해성]] 오후 12:30 방송차 [[KR_CAR_PLATE:83더2071]] 저희 형님 차 빌렸음
[[PERSON:천광식]] 오후 12:31 ㅇㅋ"""},

{"id": "s12-e04-006", "kind": "official_letter", "text": """성남시
수신  [[PERSON:권나율]] 님 (성남청년네트워크 대표)
      [[KR_ADDRESS:성남시 중원구 둔촌대로 83, 3층 301호]]
제목  성남시청 너른못 광장 사용허가 통지
1. 귀 단체에서 신청한 광장 사용에 대하여 아래와 같이 허가합니다.
  - 사용일시: {{date:2024. 11. 2.(토)}} {{time:10:00}}~{{time:18:00}}
  - 사용면적: {{amount:1,200㎡}}   사용료: {{amount:384,000원}}  원상복구 예치금 {{amount:500,000원}}
2. 확성장치 사용 시 주간 {{statistic:65dB}} 이하를 준수하여 주시기 바랍니다.
3. 예치금 반환계좌: 하나 [[BANK_ACCOUNT:391-910412-73207]] (예금주 [[PERSON:권나율]])
담당 회계과 청사관리팀 [[PERSON:용민석]] ☎ [[PHONE_NUMBER:031-729-2183]]  팩스 {{public_number:031-729-2199}}"""},

{"id": "s12-e04-007", "kind": "email", "text": """From: [[PERSON:권나율]] <[[EMAIL_ADDRESS:nayul.kwon@snyouth.or.kr]]>
To: [[PERSON:용민석]] <[[EMAIL_ADDRESS:yms2183@korea.kr]]>
Date: {{date:2024-10-21 (월) 10:14}}
Subject: [광장사용] 행사 참여 대학생 명단 보완

주무관님 안녕하세요, 요청하신 자원봉사 대학생 명단 보내드립니다.
 - [[PERSON:장하루]] 가천대 ([[STUDENT_ID:202134512]])
 - [[PERSON:연다은]] 가천대 ([[STUDENT_ID:202239874]])
 - [[PERSON:Ahmed Karimov]] 가천대 교환학생 (여권 [[KR_PASSPORT:FA2177093]])
행사 당일 책임자 연락처는 제 번호 [[PHONE_NUMBER:010-4871-2265]]로 해주시면 됩니다.
감사합니다. [[PERSON:권나율]] 드림"""},

{"id": "s12-e04-008", "kind": "ocr_scan", "text": """접 수 증 ( 옥 외 집 회 신 고 )
접수번호 : {{receipt_number:2O24-OO4l7}}
주 최 자 : [[PERSON:마 경 훈]]
생년월일 : [[BIRTH_DATE:l974 . O9 . O2]]
접수일시 : {{date:2O24 . lO . lO . l5 : 3O}}
접 수 자 : 경사 [[PERSON:민 규 태]] (인)
※ 본 접수증은 신고서 접수 사실만을 증명합니다.
수 원 중 부 경 찰 서"""},

{"id": "s12-e04-009", "kind": "system_log", "text": """{{date:2024-10-15 14:47:22}} [minwon-web] new ticket={{case_number:2AA-2410-1518347}} cat=소음/집회 name=[[PERSON:표하윤]] tel=[[PHONE_NUMBER:010-3035-7729]] ip=[[IP_ADDRESS:211.36.142.8]] ua=SamsungBrowser/25.0
{{date:2024-10-15 14:52:09}} [minwon-web] assign ticket={{case_number:2AA-2410-1518347}} to=[[EMPLOYEE_ID:SW-20170933]] ([[PERSON:길나영]])
{{date:2024-10-15 15:30:41}} [minwon-web] reply ticket={{case_number:2AA-2410-1518347}} by=[[EMPLOYEE_ID:SW-20220151]] ([[PERSON:모하람]]) ip=[[IP_ADDRESS:10.1.88.42]]"""},

{"id": "s12-e04-010", "kind": "sms", "text": """[수원시] [[PERSON:표하윤]]님 민원({{date:10.15}}) 관련, 경찰에서 현장 소음측정 후 확성기 유지명령 조치하였음을 알려드립니다. - 총무과 [[PERSON:모하람]]"""},

{"id": "s12-e04-011", "kind": "phone_memo", "text": """1인시위 현황 ({{date:11월 첫째주}}) - 청원경찰 [[PERSON:국동원]] 작성
월~금 08:30~09:30 본관 정문 앞 
시위자: [[PERSON:하○석]] (60대 남, 본인 말로 [[BIRTH_DATE:1962년]]생)
피켓 내용: "용인시 지적재조사 엉터리! 내 땅 돌려내라" / 피켓 하단 연락처 [[PHONE_NUMBER:010-29**-61**]]
특이사항: 확성기 사용 없음, 민원실 출입 시 소란 없음. 지적과에 공유함."""},

{"id": "s12-e04-012", "kind": "complaint", "text": """집회 소음 때문에 매주 토요일이 지옥입니다.

저는 [[KR_ADDRESS:용인시 처인구 중부대로 1199 (삼가동) 쌍용아파트 3동 1102호]]에 사는 [[PERSON:金敏静]]([[PERSON:김민정]])입니다. 시청 앞 주거지 확성기 소음 말씀드립니다.
{{date:9월 7일}}, {{date:9월 14일}}, {{date:9월 21일}} 매번 오전 10시부터 오후 4시까지 확성기 + 북소리입니다.
집회 자유는 존중하지만 주거지역 최고소음도 기준을 넘는 것 같습니다.
민원 답변은 이메일 [[EMAIL_ADDRESS:minjeong_k77@hanmail.net]] 로 부탁드립니다."""},

{"id": "s12-e04-013", "kind": "official_letter", "text": """민 원 회 신
민원인: [[PERSON:김민정]] 님   접수일: {{date:2024. 9. 23.}}   {{case_number:2AA-2409-0871102}}
1. 평소 시정에 관심을 가져주셔서 감사드립니다.
2. 집회 시 확성기 소음 규제는 「집회 및 시위에 관한 법률」에 따라 관할 경찰서(용인동부경찰서)에서 담당하고 있어 해당 기관에 민원을 이송하였습니다.
3. 추가 문의는 자치행정과 [[PERSON:봉승연]] 주무관({{public_number:031-324-2041}})에게 하시면 친절히 안내해 드리겠습니다.
{{date:2024. 9. 25.}}"""},

{"id": "s12-e04-014", "kind": "inspection_report", "text": """집회 현장 안전사고 확인서
일시: {{date:2024. 11. 2.}} {{time:15:20}}   장소: 성남시청 너른못 광장 무대 우측
부상자: [[PERSON:Ahmed Karimov]] (우즈베키스탄, [[BIRTH_DATE:2001-03-17]]), 여권번호 [[KR_PASSPORT:FA2177093]]
경위: 무대 철거 중 트러스 하부에 손가락 끼임
조치: 119 출동({{time:15:31}}), 분당서울대병원 이송. 보호자 대신 행사 책임자 [[PERSON:권나율]] 동행
확인자: 청사관리팀 [[PERSON:용민석]] (사번 [[EMPLOYEE_ID:2016-0488]])"""},

{"id": "s12-e04-015", "kind": "spreadsheet", "text": """차량시위(행진) 참가차량 목록 - 접수 {{date:2024.08.26}}
no | 차량번호 | 차종 | 운전자 | 면허번호
1 | [[KR_CAR_PLATE:서울 86 자 5512]] | 1톤 화물 | [[PERSON:허동진]] | [[KR_DRIVER_LICENSE:11-98-041883-21]]
2 | [[KR_CAR_PLATE:경기 90 바 3044]] | 5톤 화물 | [[PERSON:이소담]] | [[KR_DRIVER_LICENSE:13-05-117629-70]]
3 | [[KR_CAR_PLATE:231로 7706]] | 승합 | [[PERSON:왕보라]] | [[KR_DRIVER_LICENSE:경기 19-322704-05]]
4 | [[KR_CAR_PLATE:12가 0087]] | 승용(선도) | [[PERSON:경재혁]] | [[KR_DRIVER_LICENSE:서울 02-608331-12]]
행진경로: 수원역 → 매산로 → 팔달문 (약 {{amount:3.2km}})"""},

{"id": "s12-e04-016", "kind": "phone_memo", "text": """[[PERSON:길나영]] 팀장님 - 중부서 [[PERSON:탁성호]] 경위님 회신 왔어요 (10/16 오전) 내일 집회는 철회됐답니다. -[[PERSON:모하람]]"""},

{"id": "s12-e04-017", "kind": "application_form", "text": """개인정보 열람 청구서 (CCTV 영상)
청구인: [[PERSON:마경훈]]   주민등록번호 [[KR_RRN:740902-153218?]]
주소: [[KR_ADDRESS:수원시 팔달구 중부대로223번길 40-7 302호]]   전화 [[PHONE_NUMBER:010-7250-3381]]
열람대상: {{date:2024.10.15}} {{time:14:00}}~{{time:17:00}} 시청 본관 앞 CCTV (집회 중 몸싸움 장면)
열람사유: 참가자 [[PERSON:도해성]] 부상 경위 확인
청구일 {{date:2024.10.21}}"""},
]
