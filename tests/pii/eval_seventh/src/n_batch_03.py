# Writer n, batch 03: retirement, awards, condolence pay, access logs, recruitment.
# Hand-written, invented data. CC0 1.0.
DOCS = [
{"id": "s7-n03-001", "kind": "personnel_order", "text": """2025년 상반기 정년퇴직 및 공로연수 대상자 (1965년 상반기 출생자)
성명      직급       생년월일        공로연수 시작   퇴직예정일
[[PERSON:하정남]]    시설5급    [[BIRTH_DATE:1965.01.22]]      {{date:2024.07.01}}      {{date:2025.06.30}}
[[PERSON:추영숙]]    행정6급    [[BIRTH_DATE:1965.03.08]]      {{date:2024.07.01}}      {{date:2025.06.30}}
[[PERSON:봉재만]]    운전7급    [[BIRTH_DATE:1965.06.30]]      공로연수 미신청  {{date:2025.06.30}}
※ 생년월일 기준일은 가족관계등록부상 일자"""},

{"id": "s7-n03-002", "kind": "condolence_payment", "text": """경조사비 지급 신청(직원 본인 부친상)
신청인 : 민원지적과 [[PERSON:어해린]]
고인 : [[PERSON:어병철]] (향년 84세, [[BIRTH_DATE:1940년 2월 11일]]생)
별세일 : {{date:2024년 11월 3일}}   발인 : {{date:11월 5일}}
빈소 : {{place_name:아주대학교병원 장례식장}} 3호실
지급액 : {{amount:200,000원}}
입금계좌 : 하나 [[BANK_ACCOUNT:620-218844-107]]"""},

{"id": "s7-n03-003", "kind": "award_record", "text": """공 적 조 서
○ 인적사항
 - 소속/직급: 성남시 수정구 세무과 / 지방세무주사
 - 성명: [[PERSON:국현아]]      - 생년월일: [[BIRTH_DATE:72. 11. 15]]
 - 주소: [[KR_ADDRESS:성남시 수정구 위례순환로 150(창곡동) 위례센트럴자이 5012동 1801호]]
 - 임용일: {{date:'96. 5. 20}}
○ 공적요지: 체납액 징수 독려로 {{date:2023년도}} 징수율 {{statistic:97.4%}} 달성 ...
○ 추천권자: 수정구청장 [[PERSON:기문석]]"""},

{"id": "s7-n03-004", "kind": "system_export", "text": """# 전자결재(온-나라) 관리자 접속이력 export / generated {{date:2024-10-15T09:00:03+09:00}}
"user_id","user_nm","login_dt","ip","result"
"[[EMPLOYEE_ID:20080517]]","[[PERSON:원태식]]","{{date:2024-10-14 08:52:17}}","[[IP_ADDRESS:10.21.104.33]]","SUCCESS"
"[[EMPLOYEE_ID:20080517]]","[[PERSON:원태식]]","{{date:2024-10-14 23:47:09}}","[[IP_ADDRESS:211.36.142.87]]","FAIL(PW)"
"[[EMPLOYEE_ID:20160092]]","[[PERSON:나보영]]","{{date:2024-10-14 09:03:51}}","[[IP_ADDRESS:fe80::1c4a:9bff:fe21:7a0e]]","SUCCESS"
# app version {{version:8.2.10.4}} / policy OID {{oid:1.2.410.200005.1.1.4}}"""},

{"id": "s7-n03-005", "kind": "recruitment_result", "text": """[공무직(환경미화) 채용 서류전형 합격자 공고]
응시번호   성명          생년월일
{{receipt_number:2024-환경-003}}  [[PERSON:봉○민]]    [[BIRTH_DATE:1987.**.**]]
{{receipt_number:2024-환경-011}}  [[PERSON:편*수]]     [[BIRTH_DATE:1979.**.**]]
{{receipt_number:2024-환경-019}}  [[PERSON:Sergei Kim]]  [[BIRTH_DATE:1983.**.**]]
{{receipt_number:2024-환경-027}}  [[PERSON:육O희]]     [[BIRTH_DATE:1990.**.**]]
면접일시: {{date:2024. 12. 6.(금) 14:00}} / 장소: 시청 별관 {{room_number:2층 대회의실}}
문의: 용인시 인사과 {{public_number:031-324-2134}}"""},

{"id": "s7-n03-006", "kind": "memo", "text": """[[PERSON:혜진]]아 내일 실사 나갈 때 계약서 원본이랑 대표자 신분증 사본 꼭 받아와.
지난번 그 집(대표 [[PERSON:금대원]]) 주민번호 뒷자리 가려서 줬던데 [[KR_RRN:661205-1******]] 이걸로는 신용조회 안돼.
주소는 [[KR_ADDRESS:수원시 권선구 세류로 41-9]] 맞는지도 확인 부탁~"""},

{"id": "s7-n03-007", "kind": "procurement", "text": """긴급 소모품 구매 견적 비교표
| 업체명 | 대표 | 사업자번호 | 구분 | 견적금액 |
| 다온문구 | [[PERSON:탁미정]] | [[KR_BRN:135-09-6643?]] | 개인 | {{amount:1,240,000}} |
| (주)오피스플러스 | [[PERSON:강태호]] | {{business_number:124-86-31052}} | 법인 | {{amount:1,312,500}} |
| 새한사무기 | [[PERSON:엄지섭]] | [[KR_BRN:215-91-0387?]] | 개인(면세) | {{amount:1,198,000}} |
→ 최저가 새한사무기 선정 ({{date:2024.05.21.}} 견적마감)"""},

{"id": "s7-n03-008", "kind": "business_card_ocr", "text": """[명함 스캔 텍스트 - 자동인식]
용인특례시
도시정책실 교통정책과
주무관  [[PERSON:소 은 결]]
T. [[PHONE_NUMBER:031-6193-2917]]  F. {{public_number:031-6193-2999}}
M. [[PHONE_NUMBER:O1O-7２64-3O85]]
E. [[EMAIL_ADDRESS:eunkyul.so@korea.kr]]
{{postal_code:17019}} [[KR_ADDRESS:경기도 용인시 처인구 중부대로 1199 (삼가동) 용인시청 본관 5층]]"""},

{"id": "s7-n03-009", "kind": "council_minutes", "text": """제290회 수원시의회 정례회 본회의 회의록(제3호)
{{date:2024년 12월 10일(화) 오후 2시}}
  의장 [[PERSON:배명수]]: 5분 자유발언 순서입니다. [[PERSON:채경란]] 의원님 나오셔서 발언해 주시기 바랍니다.
  [[PERSON:채경란]] 의원: 존경하는 의장님, 그리고 [[PERSON:하상진]] 부시장님. 지난 {{date:11월 22일}} 권선구 ○○동에서 [[BIRTH_DATE:1948]]년생 독거 어르신께서 고독사한 채 발견되셨습니다. 고인은 [[KR_ADDRESS:권선구 서둔로 88번길 12 반지하]]에 혼자 사셨고...

(※ 회의록 공개 시 사망자 주소는 비공개 처리 요망 - 의사팀 [[PERSON:한소미]])"""},

{"id": "s7-n03-010", "kind": "press_release", "text": """수원시, 공직자 재산공개 대상 확대… 4급 이상 전원
(수원=연합) 수원시는 {{date:25일}} 시 소속 4급 이상 공무원 {{statistic:58명}}의 재산 변동사항을 공개했다. 최다 신고자는 [[PERSON:윤혁배]] 기획조정실장으로 {{amount:41억2천만원}}이었다.
※ 문의: 감사관 윤리팀 ☎ {{public_number:031-228-2371}}, 이메일 {{public_email:ethics@suwon.go.kr}}"""},

{"id": "s7-n03-011", "kind": "leave_form", "text": """병가 신청 (진단서 첨부)
성명 [[PERSON:피경준]] / 소속 상수도사업소 시설팀 / 생년월일 [[BIRTH_DATE:１９８１．０４．１６]]
기간 {{date:２０２４．１１．１８}}~{{date:１１．２９}} (10일)
사유 허리디스크 수술 (○○정형외과, 진단서 발급일 {{date:2024.11.15}})
업무대행 [[PERSON:남윤석]] 주무관
연락처(본인) [[PHONE_NUMBER:010-2０68-4477]]"""},

{"id": "s7-n03-012", "kind": "whistleblowing", "text": """[청렴신문고 접수번호 {{case_number:CL-2024-0194}}]
신고자: 비공개 (실명확인 완료, 감사관만 열람)
 └ 실명 [[PERSON:석진욱]] / [[KR_RRN:811130-157220?]] / [[PHONE_NUMBER:010-6184-2520]]
피신고인: ○○과 계약담당 주무관 [[PERSON:여○현]]
내용: 특정업체(대표 [[PERSON:우성호]], 사업자 [[KR_BRN:203-15-8871?]]) 쪼개기 수의계약 의혹.
      같은 업체와 {{date:2024.3.4}}, {{date:3.11}}, {{date:3.25}} 각각 1,9xx만원 계약.
처리기한: {{date:2024.05.07}}"""},

{"id": "s7-n03-013", "kind": "trip_request", "text": """출장명령서
문서번호: {{document_number:교통정책과-8812}}
출장자: 교통정책과 [[PERSON:엄정후]], [[PERSON:독고나래]]
출장지: [[KR_ADDRESS:서울특별시 강남구 테헤란로8길 21, 4층]] (버스운송사업조합 회의실)
출장일시: {{date:2024.7.9.(화) 13:00~18:00}}
교통수단: 대중교통
비고: [[PERSON:독고나래]] 주무관 차량 이용 시 유류비 별도 청구 불가"""},

{"id": "s7-n03-014", "kind": "spreadsheet", "text": """[복지포인트 배정 - 가족사항 확인] (엑셀 복붙)
직원명	관계	가족성명	생년월일	비고
[[PERSON:탁수연]]	본인	[[PERSON:탁수연]]	[[BIRTH_DATE:19880314]]	
[[PERSON:탁수연]]	배우자	[[PERSON:길성훈]]	[[BIRTH_DATE:19850902]]	
[[PERSON:탁수연]]	자녀	[[PERSON:길하온]]	[[BIRTH_DATE:20170611]]	초등
[[PERSON:탁수연]]	자녀	[[PERSON:길하랑]]	[[BIRTH_DATE:20210129]]	
[[PERSON:탁수연]]	부	[[PERSON:탁영길]]	[[BIRTH_DATE:19560720]]	부양"""},

{"id": "s7-n03-015", "kind": "correction_notice", "text": """[알림] 보도자료 정정
{{date:10월 8일}} 배포한 「성남시, 우수공무원 해외연수」 자료 중 연수자 명단 오류를 정정합니다.
 (誤) 도시계획과 주무관 [[PERSON:안세영]] → (正) 도시계획과 주무관 [[PERSON:안세연]]
 (誤) 연수기간 {{date:10.21~10.30}} → (正) {{date:10.22~10.31}}
홍보담당관실 언론팀 [[PERSON:류재원]] [[PHONE_NUMBER:031-729-2092]]"""},

{"id": "s7-n03-016", "kind": "emergency_contacts", "text": """민방위·을지 비상소집 연락 1-2-3 체계 (자치행정과)
과장 [[PERSON:이규성]]([[PHONE_NUMBER:010-5017-3392]])
→ 행정팀장 [[PERSON:신아름]]([[PHONE_NUMBER:010-7290-1144]]) → 주무관 [[PERSON:조윤후]]([[PHONE_NUMBER:010-2283-7605]]), [[PERSON:정다인]]([[PHONE_NUMBER:010-8815-0229]])
→ 자치팀장 [[PERSON:마동현]]([[PHONE_NUMBER:010-3341-9086]]) → 주무관 [[PERSON:구슬기]](☎ [[PHONE_NUMBER:010)6602-7131]])
※ 소집 장소: {{place_name:시청 지하 충무시설}}, 응소 목표 {{time:1시간 이내}}"""},

{"id": "s7-n03-017", "kind": "training_roster", "text": """정보보안 전문교육 수료자(위탁: 한국지역정보개발원)
- [[PERSON:나보영]] (정보통신과, [[EMPLOYEE_ID:20160092]]) 수료번호 {{document_number:KLID-24-0571}}
- [[PERSON:권해찬]] (정보통신과, [[EMPLOYEE_ID:20220418]]) 수료번호 {{document_number:KLID-24-0572}}
교육기간 {{date:2024. 6. 17. ~ 6. 21.}} (35시간)"""},

{"id": "s7-n03-018", "kind": "form", "text": """보안서약서

본인은 {{date:2024년 7월 1일}}부로 정보통신과 외부용역 인력으로 근무함에 있어 ...
성  명: [[PERSON:표지한]]
생년월일: [[BIRTH_DATE:1993년 8월 19일]]
소  속: (주)에이치엔아이티 (사업자 {{business_number:214-87-09512}})
주  소: [[KR_ADDRESS:경기도 수원시 팔달구 인계로 178번길 33, 202호]]
할당IP: [[IP_ADDRESS:10.40.15.201]] / 게이트웨이 {{ip_gateway:10.40.15.1}}
서약일 : {{date:2024. 7. 1.}}      서약자 [[PERSON:표지한]] (서명)"""},
]
