# Writer x, batch 07: mixed consumer and money documents (addresses, licences, places). CC0 1.0.
DOCS = [
{"id": "s10-x07-001", "kind": "citizen_letter", "text": """{{org_name:한국소비자원}}에 가라고 하셔서 갔는데 다시 시청으로 가라네요. 핑퐁입니다.
{{place_name:수원역}} 앞 {{place_name:매산로}} 노점에서 산 보조배터리가 터져서 이불이 탔습니다. 판매자는 사라졌고요.
저는 [[PERSON:차은별]], [[KR_ADDRESS:수원시 팔달구 매산로2가 39-11 (2층 뒷집)]]에 삽니다. 생일은 [[BIRTH_DATE:1983년 5월 25일]], 불난 날은 {{date:3월 30일}}이요."""},

{"id": "s10-x07-002", "kind": "ocr_id_card", "text": """자동차운전면허증
Driver's License
[[KR_DRIVER_LICENSE:경기 14-227816-52]]
1종보통
[[PERSON:구 재 형]]
[[KR_RRN:870605-1******]]
[[KR_ADDRESS:경기도 용인시 수지구 신봉2로 12, 신봉마을 동부센트레빌 608동 903호]]
적성검사 {{date:2027.01.01}}~{{date:2027.12.31}}
발급일 {{date:2017.08.22}}  경기도경찰청장"""},

{"id": "s10-x07-003", "kind": "officer_memo", "text": """[렌터카 파손 과다청구 민원]
민원인 [[PERSON:구재형]] (면허 [[KR_DRIVER_LICENSE:14-227816-52]], 지역명 생략 표기)
대여 차량 [[KR_CAR_PLATE:33하 7102]] / 대여 {{date:2024.03.09}} 반납 {{date:2024.03.11}}
업체: {{org_name:(주)제주하늘렌트카 수원지점}} — 범퍼 긁힘 수리비 {{amount:870,000원}} 청구, 대여 전 사진 없음
민원인 주소지: [[KR_ADDRESS:용인시 수지구 신봉2로 12, 608동 903호]]
→ 자동차대여 표준약관 안내, 수리 견적서 원본 요구"""},

{"id": "s10-x07-004", "kind": "sms", "text": """[용인시 소비생활센터] [[PERSON:성나래]]님, 상담 예약 {{date:4/9}} {{time:10:00}} {{place_name:용인시청}} {{room_number:1층 103호}}. 변경은 {{public_number:031-324-2114}}로 연락주세요."""},

{"id": "s10-x07-005", "kind": "citizen_letter", "text": """정수기 렌탈 해지하려니 위약금이 60만원이래요. 방문판매로 {{date:작년 6월}}에 계약했는데 설명 들은 적 없습니다.
설치 주소: [[KR_ADDRESS:성남시 분당구 내정로 165번길 35 (수내동, 양지마을 금호아파트) 1층 상가 102호]] (가게)
계약자: [[PERSON:위성민]], 생년 [[BIRTH_DATE:1968]], 방문판매원 [[PERSON:엄태리]] 코디
자동이체 카드 [[CREDIT_CARD:5385 9712 **** 6618]]
연락처 [[PHONE_NUMBER:010-2230-6691]] / 가게 [[PHONE_NUMBER:031-711-40８８]]"""},

{"id": "s10-x07-006", "kind": "spreadsheet_paste", "text": """상조회사 폐업 피해 접수 (1차)
가입자|생년월일|주소|납입회차|납입액
[[PERSON:이옥희]]|[[BIRTH_DATE:1944.02.11]]|[[KR_ADDRESS:수원시 장안구 파장로 45-2]]|{{statistic:84회}}|{{amount:2,520,000}}
[[PERSON:김덕배]]|[[BIRTH_DATE:1950.10.30]]|[[KR_ADDRESS:수원시 권선구 서호로 89 서호아파트 1동 506호]]|{{statistic:120회}}|{{amount:3,600,000}}
[[PERSON:장말순]]|[[BIRTH_DATE:1939.음.8.15]]|[[KR_ADDRESS:화성시 봉담읍 동화길 88-4]]|{{statistic:61회}}|{{amount:1,830,000}}
(※ 상조사: {{org_name:○○라이프상조}}, 폐업일 {{date:2024.02.29}}, 예치은행 {{org_name:하나은행 동수원지점}})"""},

{"id": "s10-x07-007", "kind": "call_transcript", "text": """상담원: 상조 가입하신 분 성함이요?
민원인: 우리 어머니 [[PERSON:장말순]]. [[PERSON:장, 말, 순]].
상담원: [[PERSON:장말순]] 님. 생신은요?
민원인: 음력으로 [[BIRTH_DATE:삼구년 팔월 보름]]이에요. 호적엔 다르게 돼 있을 걸요, [[BIRTH_DATE:시월 이일]].
상담원: 주민등록상 생년월일 기준으로 조회할게요. [[BIRTH_DATE:1939년 10월 2일]]이요?
민원인: 네 그게 맞을 거예요.
상담원: 주소는 {{place_name:봉담읍 동화길}} 몇 번지세요?
민원인: [[KR_ADDRESS:봉담읍 동화길 88-4]]요. 저는 아들 [[PERSON:허영태]]고 번호는 [[PHONE_NUMBER:010-7312-5590]]."""},

{"id": "s10-x07-008", "kind": "email", "text": """From: [[EMAIL_ADDRESS:hye.lee0711@outlook.com]]
To: {{public_email:minwon@yongin.go.kr}}
Subject: 헬스장 양도 사기

양도 앱에서 헬스 회원권을 30만원에 넘겨받기로 하고 돈을 보냈는데 양도인이 잠적했어요.
양도인: [[PERSON:봉수한]] / 계좌 토스 [[BANK_ACCOUNT:1000-2977-4381]] / 카톡 프로필상 주소 [[KR_ADDRESS:용인시 기흥구 보정로 30 죽전역 푸르지오 2차 106동 1402호]]
헬스장: {{org_name:짐앤바디 죽전점}} ({{place_name:죽전역}} 2번 출구 앞)
제 이름 [[PERSON:이혜원]] ([[BIRTH_DATE:2000.07.11]]) 입니다."""},

{"id": "s10-x07-009", "kind": "officer_memo", "text": """□ 대부업 방문점검 결과(민생특별사법경찰)
 - 업소: {{org_name:희망머니대부}} 등록번호 {{code:2019-경기용인-0031(대부)}}
 - 대표자 [[PERSON:소정길]] ([[BIRTH_DATE:75.06.19]]), 자택 [[KR_ADDRESS:용인시 처인구 남사읍 진목로 112번길 5]]
 - 차량 [[KR_CAR_PLATE:경기 71 사 3085]] (대포차 의심 — 명의자 [[PERSON:문재갑]])
 - 운전면허 [[KR_DRIVER_LICENSE:12-07-334019-70]] 정지상태에서 운전 확인
 - 점검일 {{date:2024.04.04}}, 점검반 [[PERSON:태준오]], [[PERSON:채다인]]"""},

{"id": "s10-x07-010", "kind": "kakaotalk_export", "text": """[학원 환불 단톡] 
[[[PERSON:민서]]맘] 원장님 번호 바뀐거 아시는 분?
[[[PERSON:주하]]엄마] [[PHONE_NUMBER:010-55O6-2018]] 이걸로 연락됐대요
[[[PERSON:민서]]맘] 오늘 {{place_name:분당구청}} 앞에서 모여서 같이 민원 넣어요 {{time:2시}}
[[[PERSON:주하]]엄마] 저는 애 [[PERSON:주하]]([[BIRTH_DATE:2014.9.1]]생) 원비 영수증 챙길게요"""},

{"id": "s10-x07-011", "kind": "receipt_ocr", "text": """간이영수증
No. {{receipt_number:0417}}
[[PERSON:권지안]] 귀하
금액 {{amount:일금 삼십오만원정}}
내역: 중고 자전거 (삼천리 2021)
위 금액을 정히 영수함
{{date:2024년 4월 2일}}
공급자: [[PERSON:모현석]]  [[KR_ADDRESS:성남시 수정구 산성대로 451번길 7, 지하1층]]  ☎[[PHONE_NUMBER:010-9920-3315]]"""},

{"id": "s10-x07-012", "kind": "citizen_letter", "text": """택시에 휴대폰을 두고 내렸는데 기사님이 돌려주는 대가로 10만원을 달라고 합니다.
택시번호 [[KR_CAR_PLATE:경기31바7714]], 기사님 성함은 영수증에 [[PERSON:함O식]]이라고 찍혀 있습니다.
제 면허증도 폰케이스에 꽂혀 있었어요 ([[KR_DRIVER_LICENSE:1103-019284-41]]).
연락은 회사전화로 주세요: [[PHONE_NUMBER:02-6959-3318]](직통) / 회사 대표 {{public_number:02-6959-3000}}
[[PERSON:황채원]] ([[BIRTH_DATE:930420]])"""},

{"id": "s10-x07-013", "kind": "letter_ocr", "text": """받는 사람
[[KR_ADDRESS:경기도 성남시 분당구 불정로 90 (정자동) 정자동 한솔마을 4단지 409동 802호]]
[[PERSON:석 미 란]] 님
(우) {{code:13561}}
─────────
보내는 사람 {{org_name:성남시 소비자정보센터}} {{place_name:성남시청}} 3층
통지일 {{date:2024.04.10}}"""},

{"id": "s10-x07-014", "kind": "officer_memo", "text": """[해외직구 환불 분쟁 — 여권 명의 통관]
구매자 [[PERSON:석미란]] ([[BIRTH_DATE:1981.02.03]]) 개인통관고유부호 {{code:P190023841227}}
직구 사이트 결제 카드 [[CREDIT_CARD:4092-3388-1107-562?]]
배송대행지 주소가 본인 것이 아닌 [[KR_ADDRESS:인천광역시 중구 공항동로 296번길 98-30, 3층]] (물류창고) 로 기재
여권번호 [[KR_PASSPORT:M584K2071]] 로 통관, 관세 {{amount:48,200원}} 별도
※ {{org_name:국제거래소비자포털}} 이관 검토"""},

{"id": "s10-x07-015", "kind": "short_note", "text": """통장 양도하면 돈 준다는 알바 공고 보고 연락한 학생: [[PERSON:은준서]] ([[BIRTH_DATE:2005년 2월]]생, {{org_name:수원대학교}} 학번 [[STUDENT_ID:24-0317-11]]). 아직 통장 안 넘김. {{place_name:영통구청}} 앞에서 만나기로 했었다고 함({{date:4/6}})."""},
]
