# Writer h, batch 06: marriage migrants' Korean classes, interpreters, culture vouchers and mixed office records.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h06-001", "kind": "kiip_attendance", "text": """사회통합프로그램(KIIP) 2단계 출석부 - 운영기관 수원시가족센터
연번  성명(영문)              외국인등록번호          출석률
01    [[PERSON:NGUYEN VAN HUNG]]       [[KR_FRN:930211-5******]]        {{statistic:92%}}
02    [[PERSON:BUI THI NGA]]           [[KR_FRN:9701196******]]          {{statistic:85%}}
03    [[PERSON:SARANGEREL D.]]         [[KR_FRN:880530-6*******]]       {{statistic:100%}}
강사: [[PERSON:오지나]] / 기간 {{date:2025.03.03~2025.05.23}} / 이수기준 {{statistic:80%}} 이상
"""},

{"id": "s13-h06-002", "kind": "interpreter_payroll", "text": """통번역사 강사료 지급 조서 ({{date:2025년 4월}})
성명: [[PERSON:곽 린]](郭琳) / 주민등록번호: [[KR_RRN:880714-274106?]]
주소: [[KR_ADDRESS:수원시 영통구 봉영로 1612, 벽적골 8단지 826동 1004호]]
지급액: {{amount:640,000원}} (원천징수 {{amount:21,120원}})
계좌: 우리 [[BANK_ACCOUNT:1002-847-330915]]
"""},

{"id": "s13-h06-003", "kind": "translation_office_invoice", "text": """견 적 서
상호: 다온번역 (개인사업자)  대표: [[PERSON:Tatiana Lee]]
사업자등록번호: [[KR_BRN:220-27-4183?]]
주소: [[KR_ADDRESS:성남시 분당구 황새울로 312, 7층 702호]]
담당자 직통: [[PHONE_NUMBER:070-4827-1165]]   메일: [[EMAIL_ADDRESS:tatiana@daon-trans.kr]]
건명: 다문화가족 생활안내 책자 러시아어 번역 ({{statistic:48쪽}})
견적일 {{date:2025.06.05}} / 유효기간 {{date:견적일로부터 30일}}
"""},

{"id": "s13-h06-004", "kind": "homepage_access_log", "text": """[개인정보 처리시스템 접속기록 점검 결과] 점검자 [[PERSON:라재훈]]
접속일시              처리자(사번)     접속IP             처리내역
{{date:2025-06-09 09:02}}  [[PERSON:한소영]]([[EMPLOYEE_ID:F2018-044]])  [[IP_ADDRESS:192.168.10.27]]  이용자 등록카드 조회 {{statistic:14건}}
{{date:2025-06-09 19:47}}  [[PERSON:여미진]]([[EMPLOYEE_ID:F2021-103]])  [[IP_ADDRESS:175.223.40.16]]  사례관리 대상자 엑셀 다운로드
→ 업무시간 외 외부 IP 다운로드 건 소명 요청. (방화벽 {{version:FortiOS 7.2.8}})
"""},

{"id": "s13-h06-005", "kind": "culture_voucher_refund", "text": """문화누리카드 결제취소 요청
카드번호: [[CREDIT_CARD:9411 2077 3150 662?]]
카드소지자: [[PERSON:남미영]] (생년월일 [[BIRTH_DATE:1959-03-22]])
가맹점: 수원SK아트리움 매표소  결제일 {{date:2025.05.02}}  금액 {{amount:30,000원}}
사유: 공연({{date:5/10}} 뮤지컬) 당일 입원으로 관람 불가
연락처 [[PHONE_NUMBER:031-247-6019]] (집)
"""},

{"id": "s13-h06-006", "kind": "kakaotalk", "text": """[[[PERSON:김보람]]] 선생님~ 이번 토픽 접수 도와드린 분들 명단이에요
[[[PERSON:김보람]]] [[PERSON:레 티 흐엉]] [[BIRTH_DATE:1999/7/14]] / [[PERSON:Marites Gomez]] [[BIRTH_DATE:1986/1/30]] / [[PERSON:아이게림]] [[BIRTH_DATE:2000/10/3]]
[[[PERSON:표준석]]] 네 받았습니다. 수험료는 센터 카드로 결제했어요
[[[PERSON:김보람]]] 센터카드 끝번호 {{code:4021}} 맞죠? 영수증 챙겨주세요~
"""},

{"id": "s13-h06-007", "kind": "tutoring_volunteer_list", "text": """다문화 아동 학습멘토링 대학생 멘토
| 멘토 | 학교/학번 | 멘티(학년) | 요일 |
| [[PERSON:윤채은]] | 경희대 국제캠 [[STUDENT_ID:2022104391]] | [[PERSON:권하린]](초1) | 수 |
| [[PERSON:Ahmed Khan]] | 아주대 [[STUDENT_ID:202395012]] | [[PERSON:엄서아]](초1) | 금 |
| [[PERSON:차도윤]] | 수원대 [[STUDENT_ID:19013722]] | [[PERSON:하준호]](초2) | 화 |
※ 학번은 봉사시간 인증용, 멘토 활동비 월 {{amount:20만원}}
"""},

{"id": "s13-h06-008", "kind": "complaint", "text": """안녕하세요 저는 필리핀에서 온 [[PERSON:레이첼]]이에요. 한국어 잘 못해요 미안해요. 센터에서 한국어 수업 신청했어요 근데 문자 안 왔어요. 제 전화 [[PHONE_NUMBER:010-2785-1940]] 이에요. 집은 [[KR_ADDRESS:용인 수지구 풍덕천로 129 삼성래미안1차 108동 1203호]] 이에요. 감사합니다
"""},

{"id": "s13-h06-009", "kind": "official_reply", "text": """[[PERSON:박대호]] 님 귀하
귀하께서 요청하신 결혼이민자 배우자 한국어 교육 참여 확인서를 아래와 같이 발급합니다.
 - 참여자: [[PERSON:Nilufar Rakhimova]] (배우자 [[PERSON:박대호]])
 - 외국인등록번호: [[KR_FRN:910208-6******]]
 - 교육기간: {{date:2024. 9. 2. ~ 2024. 12. 20.}} (출석 {{statistic:38/40회}})
발급번호 {{document_number:성남가족-2025-0218}}  발급일 {{date:2025. 2. 18.}}
"""},

{"id": "s13-h06-010", "kind": "driving_class_roster", "text": """운전면허 필기 대비반 (중국어반)
[[PERSON:孙晓燕]] [[PERSON:쑨샤오옌]] / 학원 등록 완료 / 면허 취득 후 번호 [[KR_DRIVER_LICENSE:서울 25-113048-71]]
[[PERSON:赵静]] [[PERSON:자오징]] / 필기 2회 불합격
[[PERSON:周丽华]] [[PERSON:저우리화]] / 본국 면허 전환 대상 (중국 면허 번호 미기재)
"""},

{"id": "s13-h06-011", "kind": "address_change", "text": """주소 변경 신청 (센터 회원정보)
회원: [[PERSON:Nguyen Thi Kim Oanh]] / 구 주소: [[KR_ADDRESS:경기 수원시 장안구 조원동 881-3 지층]]
신 주소: [[KR_ADDRESS:경기 수원시 장안구 경수대로 1079 (정자동, 백설마을코오롱아파트) 624동 301호]]
변경일 {{date:2025-07-01}} / 우편번호 {{code:16306}}
"""},

{"id": "s13-h06-012", "kind": "email_en", "text": """Hi [[PERSON:Soyeong]],
This is [[PERSON:Grace Obi]] from the Thursday Korean class. I moved to Osan last week so I can't come anymore. My new address is [[KR_ADDRESS:Osan-si, Gyeseong-ro 88, Apt 1502]]. Could you send my certificate there? My ARC number is [[KR_FRN:891105-6204917]] if you need it.
Thanks,
[[PERSON:Grace]]
"""},

{"id": "s13-h06-013", "kind": "performance_ticket_export", "text": """예매번호	예매자	연락처	좌석	결제수단	IP
{{reservation_number:T25081400231}}	[[PERSON:문재하]]	[[PHONE_NUMBER:010-****-2216]]	{{room_number:R석 1층 C열 12번}}	신용카드([[CREDIT_CARD:4579-72**-****-3106]])	[[IP_ADDRESS:121.131.88.204]]
{{reservation_number:T25081400232}}	[[PERSON:임○주]]	[[PHONE_NUMBER:010-****-9930]]	{{room_number:S석 2층 B열 3번}}	무통장입금	[[IP_ADDRESS:59.10.172.45]]
"""},

{"id": "s13-h06-014", "kind": "memo", "text": """통역사 배치 변경: {{date:7/15}} 오전 가정법원 건 [[PERSON:Bolortuya]] 샘 → [[PERSON:엥흐바야르]] 샘 (몽골어). 의뢰인 집 주소 [[KR_ADDRESS:성남시 수정구 태평로 61번길 7, 2층 201호]]에서 10시 픽업. 센터차 [[KR_CAR_PLATE:경기 77 마 8825]] 사용 - 운전 [[PERSON:표준석]]
"""},

{"id": "s13-h06-015", "kind": "call_center_note", "text": """[120 상담] {{date:2025/08/04 10:05}}
민원인 [[PERSON:도경아]] ([[PHONE_NUMBER:010-5019-3386]]) 다문화 며느리 [[PERSON:Nguyen Thi Phuong]]([[BIRTH_DATE:2001. 2. 5]]) 한국어교실 안내 요청, 주소지 [[KR_ADDRESS:수원시 권선구 평동로 79번길 45]] 인근 반 문의 → 권선구 가족센터 분원 안내
"""},

{"id": "s13-h06-016", "kind": "volunteer_interpreter_register", "text": """재능기부 통역자원봉사자 등록부
[[PERSON:Kim Jong-soo]] / [[BIRTH_DATE:1962. 1. 11]] / 영어 / 전 무역회사 근무
[[PERSON:한예솔]] / [[BIRTH_DATE:1990. 8. 18]] / 중국어 / 통번역대학원 졸
[[PERSON:Ayumi]] / [[BIRTH_DATE:1978. 5. 2]] / 일본어 / 결혼이민자(2005 입국)
"""},

{"id": "s13-h06-017", "kind": "grant_settlement", "text": """보조금 정산 - 강사수당 지급 내역
강사 [[PERSON:오지나]] 사업자 [[KR_BRN:124-90-5532?]] (개인, 한국어교육 프리랜서) {{amount:1,200,000}}
강사 [[PERSON:Elena Petrova]] 사업자 [[KR_BRN:129-26-0918?]] {{amount:800,000}}
센터 고유번호 {{business_number:135-82-70214}} / 정산일 {{date:2025.12.10}}
"""},

{"id": "s13-h06-018", "kind": "one_line", "text": """[[PERSON:윤하은]]이가 내일 한국어 보충수업 못 온대요 - 통역 [[PERSON:팜티빅]] 전달"""},

{"id": "s13-h06-019", "kind": "bus_tour_application", "text": """다문화가족 역사탐방(경주) 참가자 명단 - 버스 탑승용
1 [[PERSON:손영재]]·[[PERSON:Lina]] 부부, 자녀 [[PERSON:손예린]]([[BIRTH_DATE:2016년]]생)
2 [[PERSON:Dang Thi Hue]] + 자녀 [[PERSON:모지훈]]([[BIRTH_DATE:2014년]]생)
출발 {{date:10/18 07:30}} 수원시청 앞 / 귀가 {{date:10/19 20:00}} / 여행자보험 가입 위해 생년월일 필수
"""},

{"id": "s13-h06-020", "kind": "resident_complaint", "text": """다문화가족센터 주차 관련 민원. 센터 행사 있는 날마다 우리 빌라 주차장에 외부차량이 들어와요. {{date:9월 20일}} 토요일에도 [[KR_CAR_PLATE:52머 6119]] 차량이 하루 종일 막고 있었습니다. 빌라 주소는 [[KR_ADDRESS:성남시 중원구 광명로 285번길 14-2]]입니다. 반장 [[PERSON:국순옥]] [[PHONE_NUMBER:010-4432-8071]]
"""},
]
