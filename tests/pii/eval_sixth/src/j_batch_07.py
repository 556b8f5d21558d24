# Writer j, batch 07: mixed short documents (transport staff, foreign residents, payments). CC0 1.0. All invented.
DOCS = [
{"id": "s6-j07-001", "kind": "table", "text": """{{org_name:(주)용남고속}} 시내버스 운수종사자 명단 (민원 관련 노선 {{route_number:10-5}})
사번\t성명\t생년월일\t운전면허번호\t입사일
[[EMPLOYEE_ID:YN-11803]]\t[[PERSON:곽진수]]\t[[BIRTH_DATE:1969.04.18]]\t[[KR_DRIVER_LICENSE:13-94-018233-71]]\t{{date:2011.08.01}}
[[EMPLOYEE_ID:YN-15220]]\t[[PERSON:임동욱]]\t[[BIRTH_DATE:1975.10.02]]\t[[KR_DRIVER_LICENSE:경기 15-007731-22]]\t{{date:2015.02.16}}
[[EMPLOYEE_ID:YN-22071]]\t[[PERSON:Bakhrom Tursunov]]\t[[BIRTH_DATE:1987.06.25]]\t[[KR_DRIVER_LICENSE:111908552140]]\t{{date:2022.07.04}}"""},

{"id": "s6-j07-002", "kind": "police_report", "text": """외국인 관련 교통사고 처리 메모
운전자: [[PERSON:Nguyen Van Duc]] (베트남) / 외국인등록번호 [[KR_FRN:950120-5123456]] / 여권 [[KR_PASSPORT:C5581902]]
동승자: [[PERSON:Pham Thi Hoa]] / 외국인등록번호 [[KR_FRN:970803 - 6******]]
차량: [[KR_CAR_PLATE:88부 3012]] (공장 소유 승합)
사고: {{date:2024.10.27}} 오전 화성 방향 국도 43호선 용인 남사 구간 단독사고
비고: 운전자 국제운전면허 소지, 통역 [[PERSON:팜민투]] [[PHONE_NUMBER:010-3318-2706]]"""},

{"id": "s6-j07-003", "kind": "receipt", "text": """과태료 납부 영수증 (카드)
납부자: [[PERSON:도예준]]
카드번호: [[CREDIT_CARD:5585 2611 3094 217?]]
할부: 일시불   승인일시: {{date:2024.07.02 13:41:09}}
납부금액: {{amount:40,000원}}
고지번호: {{document_number:41135-2024-7-00348812}}
가맹점: 성남시청 (수납대행 {{business_number:220-81-62517}})"""},

{"id": "s6-j07-004", "kind": "subway_complaint", "text": """부정승차 부가금 납부 관련 이의
{{date:9월 13일}} 수원역에서 청소년 카드를 썼다고 부가금 3만원 받았는데 저는 [[BIRTH_DATE:2006]]년생이라 아직 청소년 맞습니다 (생년월일 [[BIRTH_DATE:2006.12.11]]). 카드 등록을 안했을 뿐이에요. 그 자리에서 제 카드([[CREDIT_CARD:9490-1102-****-6615]])로 결제했습니다. 환불해주세요.
환불계좌 토스뱅크 [[BANK_ACCOUNT:1000-4827-3310]] [[PERSON:소하람]]"""},

{"id": "s6-j07-005", "kind": "notice", "text": """[안내] 외국인 주민 민원 접수 시 본인확인 방법
- 외국인등록증 또는 여권을 지참하세요. 여권번호는 영문+숫자 형식입니다(예: {{example:M12345678}}).
- 외국인등록번호는 생년월일 6자리와 7자리 숫자로 구성됩니다 (예: {{example:YYMMDD-5XXXXXX}}).
- 전자민원 인증서 OID {{oid:1.2.410.200004.5.2.1.2}} 지원
문의 {{org_name:용인시 외국인복지센터}} {{public_number:031-324-2921}}"""},

{"id": "s6-j07-006", "kind": "dispatch_log", "text": """119 신고앱 접수 ({{date:2024-12-01 01:07}}) 문자신고 / 발신위치 기지국 기반 / 단말IP [[IP_ADDRESS:223.38.71.204]] / 내용: "옆집에서 가스냄새 나요 [[KR_ADDRESS:수원 장안구 조원동 888-12 대우빌라 2층]]" / 신고자 [[PHONE_NUMBER:010-9210-6644]]"""},

{"id": "s6-j07-007", "kind": "refund_request", "text": """동물보호센터 입양비 반환 신청 (입양 취소)
입양자 [[PERSON:전한나]] / 생년월일 [[BIRTH_DATE:1999. 2. 3.]]
입양일 {{date:2024. 11. 4.}} / 반환 사유: 선천성 심장질환 발견, 센터 재입소
반환 계좌: IBK기업 [[BANK_ACCOUNT:552-017734-01-015]] (본인)
첨부: 동물병원 진단서, 통장사본"""},

{"id": "s6-j07-008", "kind": "sms", "text": """[성남시 택시정책팀] 신규 운수종사자 [[PERSON:함도진]]님 자격 등록 완료. 사원번호 [[EMPLOYEE_ID:T-2024-1187]], 운전면허 [[KR_DRIVER_LICENSE:서울 21-331842-09]] 확인됨. 교육일정 {{date:12/10}} {{time:09:00}}"""},

{"id": "s6-j07-009", "kind": "noise_complaint", "text": """공장 기숙사 앞 공장 소음 때문에 잠 못자요. 우리 네팔 사람 4명 살아요.
[[PERSON:Ram Bahadur Gurung]] ARC [[KR_FRN:920515-5017733]], passport [[KR_PASSPORT:PA0931157]]
[[PERSON:Sita Thapa]] ARC [[KR_FRN:940902-6******]]
주소 [[KR_ADDRESS:용인시 처인구 이동읍 덕성리 630-2 기숙사동 2층]]"""},

{"id": "s6-j07-010", "kind": "memo", "text": """CCTV 관제센터 야간근무 특이사항 {{date:2024.12.03}}
02:11 카메라 {{code:SN-JW-0318}} 화면: 남성 2명 차량털이 의심 → {{public_number:112}} 공조 (경찰 도착 02:19)
   용의차량 [[KR_CAR_PLATE:서울85가1209]], 관제요원 [[PERSON:진솔]] (사번 [[EMPLOYEE_ID:C-1042]])
04:30 관제PC [[IP_ADDRESS:172.16.40.27]] 영상저장 지연 → 유지보수업체({{org_name:한빛시큐리티}}) 담당 [[PERSON:공재훈]] [[PHONE_NUMBER:010-4420-9981]] 통화"""},

{"id": "s6-j07-011", "kind": "taxi_complaint", "text": """카드결제 이중 청구된 것 같습니다. {{date:11/21}} 밤 11시 용인터미널→동백 택시요금 {{amount:18,300원}}이 두번 빠졌어요. 카드 [[CREDIT_CARD:3561-44**-****-0972]] (JCB). 차번호 모름, 영수증에 사업자 [[KR_BRN:142-31-0754?]]만 있어요. [[PERSON:변주아]] [[PHONE_NUMBER:010-3384-5120]]"""},

{"id": "s6-j07-012", "kind": "police_report", "text": """여권 분실신고 접수증
신고인: [[PERSON:SUZUKI HARUTO]] (일본)
여권번호: [[KR_PASSPORT:TK8830417]]
생년월일: [[BIRTH_DATE:14 MAR 1998]]
분실장소: 분당선 서현역 부근 추정 / 분실일 {{date:2024.11.30}}
체류지: [[KR_ADDRESS:성남시 분당구 황새울로 311, 서현오피스텔 1113호]]
접수: {{org_name:분당경찰서}} 서현지구대 {{date:2024.12.01}}"""},
{"id": "s6-j07-013", "kind": "complaint", "text": """견인보관소 결제 관련 문의드립니다. 어제({{date:12.4}}) 탄천 공영주차장 옆에서 제 차 [[KR_CAR_PLATE:45거 6620]]이 견인됐는데요, 보관소에서 견인료+보관료 {{amount:54,000원}}을 제 신용카드 [[CREDIT_CARD:4579 7300 1268 904?]]로 결제했어요. 그런데 표지판이 나무에 가려서 안 보였습니다. 사진 첨부합니다. 이의신청 방법 알려주세요. [[PERSON:탁민성]] 드림"""},
]
