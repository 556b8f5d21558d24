# Writer r, batch 02: hospitals, pharmacies, insurance. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r02-001", "kind": "referral_letter", "text": """진 료 의 뢰 서

환자성명: [[PERSON:임순자]]      성별/나이: 여 / {{statistic:만 74세}}
주민등록번호: [[KR_RRN:490822-2******]]
주    소: [[KR_ADDRESS:경기도 용인시 기흥구 신갈로58번길 11-4, 2층]]
연 락 처: [[PHONE_NUMBER:031-283-4419]] (자택) / 보호자(아들 [[PERSON:조현석]]) [[PHONE_NUMBER:010-3825-6071]]

상병명: 우측 슬관절 퇴행성 관절염 (M17.1)
의뢰내용: 보존적 치료 3개월 이상 시행하였으나 호전 없어 인공관절 치환술 평가 위해 귀원에 의뢰드립니다.
영상자료 CD 동봉.

{{date:2024년 4월 9일}}
의뢰기관: 밝은정형외과의원 (요양기관번호 {{code:31312478}})
의뢰의사: [[PERSON:서정민]] (인)
회송 시 FAX {{public_number:031-282-7700}}"""},

{"id": "s16-r02-002", "kind": "prescription", "text": """처   방   전
[■의료보험 □의료급여 □산업재해보험 □자동차보험 □기타]
교부번호: {{document_number:20240517-00213}}    의료기관 명칭: 푸른소아청소년과의원
환자 성명: [[PERSON:강다온]]    주민등록번호: [[KR_RRN:190311-4******]]
처방 의료인 성명: [[PERSON:문혜진]]   면허종별: 의사
질병분류기호: J06.9
처방 의약품의 명칭 / 1회 투약량 / 1일 투여횟수 / 총 투약일수
 오구멘틴시럽 228mg/5ml  4.5ml  2  5
 코푸시럽  3ml  3  5
사용기간: 교부일로부터 (3)일간   교부일 {{date:2024.05.17}}
조제약사: [[PERSON:홍성태]]  조제일 {{date:2024.05.17}}"""},

{"id": "s16-r02-003", "kind": "insurance_claim", "text": """실손의료보험 보험금 청구서
■ 피보험자: [[PERSON:곽윤아]]   주민번호 [[KR_RRN:870605-268314?]]   휴대폰 [[PHONE_NUMBER:010-7729-0518]]
■ 청구인(수익자): 피보험자와 동일
■ 사고내용: 질병 / 사고일 {{date:2024.02.27}} / 진단명: 급성 장염
■ 진료기간: {{date:2024.02.27 ~ 2024.02.29}} (입원 2일) / 진료기관: 수원성빈센트병원
■ 보험금 수령계좌: 국민은행 [[BANK_ACCOUNT:421901-01-327715]] 예금주 [[PERSON:곽윤아]]
■ 이메일(결과 통보): [[EMAIL_ADDRESS:yuna_kwak87@naver.com]]
청구일 {{date:2024년 3월 4일}}  청구인 [[PERSON:곽윤아]] (서명)
※ 증권번호 {{document_number:L20231108-772154}}"""},

{"id": "s16-r02-004", "kind": "assignment", "text": """[간병 배정 알림] 간병인협회 → 7병동 간호사실
환자: [[PERSON:전병철]] 님 ({{room_number:712호}} 3번 베드), [[BIRTH_DATE:1940년 1월 15일]]생, 뇌경색 후 편마비
간병인: [[PERSON:김춘화]] 여사 (H-2, 연락처 [[PHONE_NUMBER:010-6204-3318]])
기간: {{date:6/3 ~ 6/16}} 24시간 공동간병 아님(1:1)
보호자: 딸 [[PERSON:전미경]] [[PHONE_NUMBER:010-4501-2277]] — 간병비 일 {{amount:13만원}}, 보호자 직접 지급"""},

{"id": "s16-r02-005", "kind": "sms", "text": """[분당한빛검진센터] [[PERSON:류재성]]님 종합검진 예약 안내
일시: {{date:2024-07-02(화) 07:30}}
생년월일 [[BIRTH_DATE:1979-10-21]] 확인바랍니다.
전날 저녁 9시 이후 금식 / 변경: {{public_number:1644-8275}}"""},

{"id": "s16-r02-006", "kind": "receipt", "text": """진료비 계산서·영수증
환자등록번호 {{code:0012847761}}   환자성명 [[PERSON:위상훈]]   진료기간 {{date:2024-03-11}}
진료과 내과  병실 -   환자구분 건강보험
급여 본인부담금 {{amount:18,400}} / 비급여 {{amount:65,000}} / 합계 {{amount:83,400}}
카드결제  신한 [[CREDIT_CARD:4518-42**-****-7703]]  할부 00  승인번호 {{approval_number:30418822}}
수납일시 {{date:2024-03-11 11:52:07}}  수납자 원무과"""},

{"id": "s16-r02-007", "kind": "pharmacy_record", "text": """[조제내역 확인]  온누리새봄약국
환자: [[PERSON:방춘길]] / 생년월일(6자리) [[BIRTH_DATE:380419]] / {{statistic:만 86세}}
주소: [[KR_ADDRESS:수원시 팔달구 매산로2가 92-5]]
처방: 아주대병원 신경과 / 처방일 {{date:24.04.30}} / 조제일 {{date:24.05.01}}
- 도네페질 5mg 1T qd 28일
보호자 며느리 [[PERSON:신경아]]씨가 수령, 복약지도 완료. 다음 처방 {{date:5/28}} 전후"""},

{"id": "s16-r02-008", "kind": "complaint_letter", "text": """실손보험 청구 부지급에 대한 민원

민원인 [[PERSON:노승환]] (生 [[BIRTH_DATE:1966.12.02]])
주소 [[KR_ADDRESS:경기 성남시 분당구 내정로 55 파크타운 대림아파트 118동 501호]]
연락처 [[PHONE_NUMBER:010.5518.2704]]

저는 {{date:2019년}}에 가입한 실손보험으로 도수치료비를 청구했는데, 보험사 직원 [[PERSON:하윤정]] 대리가 전화로 "횟수 초과"라고만 하고 서면 통지도 없었습니다. 약관 어디에 그런 내용이 있는지 안내받지 못했습니다. 증권번호는 {{document_number:3020-5518-0172}} 이고 청구 접수번호는 {{receipt_number:C24-0094412}} 입니다.
계좌번호 [[BANK_ACCOUNT:1002-661-402918]](우리)로 지급되어야 할 금액은 {{amount:1,120,000원}}입니다.
{{date:2024. 5. 8.}} [[PERSON:노승환]] 올림"""},

{"id": "s16-r02-009", "kind": "parking_registration", "text": """장기입원환자 보호자 주차 등록대장 (본관 지하2층)
등록일 | 환자명(병실) | 보호자 | 차량번호 | 연락처
{{date:05-02}} | [[PERSON:채명숙]]({{room_number:803}}) | [[PERSON:윤기범]] | [[KR_CAR_PLATE:123가4568]] | [[PHONE_NUMBER:010-2941-0073]]
{{date:05-02}} | [[PERSON:안병두]]({{room_number:1021}}) | [[PERSON:안소라]] | [[KR_CAR_PLATE:경기 47 나 8812]] | [[PHONE_NUMBER:010-7300-5816]]
{{date:05-06}} | [[PERSON:황보경자]]({{room_number:915}}) | [[PERSON:황보영훈]] | [[KR_CAR_PLATE:31 로 7206]] | [[PHONE_NUMBER:010-8812-6654]]
* 1대/1환자, 퇴원 시 자동 해지"""},

{"id": "s16-r02-010", "kind": "ocr_scan", "text": """진   단   서
등록번호 {{code:OO27731O}}     연번호 {{document_number:2O24-O3812}}
환자의 성명 [[PERSON:염 재 선]]   주민등록번호 [[KR_RRN:7l0203-1O28845]]
환자의 주소 [[KR_ADDRESS:경기도 수원시 영통구 매탄로 9l 매탄위브하늘채 2O2동 17O4호]]
전화번호 [[PHONE_NUMBER:OlO-3O17-5524]]
병 명  [임상적 추정] [■최종진단]  요추 추간판 탈출증 (M51.2)
발 병 일 {{date:2O24 년 O1 월 15 일}}     진 단 일 {{date:2O24 년 O2 월 O2 일}}
향후 치료의견: 약 4주간 안정가료 요함
의료기관 명칭: 연세바른신경외과  면허번호 제 {{license_number:8732l}} 호  의사 성명 [[PERSON:남궁 석]]"""},

{"id": "s16-r02-011", "kind": "messenger_chat", "text": """[보험설계사 1:1 채팅]
[[PERSON:송미라]] 팀장: 고객님~ 자동차보험 갱신건이요. 운전자 범위 부부한정으로 하실거죠?
고객 [[PERSON:탁경민]]: 네 와이프 면허번호 보내드릴게요
고객 [[PERSON:탁경민]]: [[KR_DRIVER_LICENSE:경기 14-093812-52]] 이고 생일은 [[BIRTH_DATE:88년 2월 9일]]이요
[[PERSON:송미라]] 팀장: 넵 배우자분 성함이?
고객 [[PERSON:탁경민]]: [[PERSON:민지현]]이요. 차는 그대로 [[KR_CAR_PLATE:209러 3317]]
[[PERSON:송미라]] 팀장: 확인했습니다! 만기일 {{date:6월 21일}} 전에 설계서 보내드릴게요~"""},

{"id": "s16-r02-012", "kind": "csv_export", "text": """예약일시,진료과,환자번호,환자명,생년월일,성별,연락처,담당의
{{date:2024-06-10 09:00}},가정의학과,{{code:10388127}},[[PERSON:표성균]],[[BIRTH_DATE:1955-03-29]],M,[[PHONE_NUMBER:010-9221-4410]],[[PERSON:이지은]]
{{date:2024-06-10 09:20}},가정의학과,{{code:10401532}},[[PERSON:Nomura Keiko]],[[BIRTH_DATE:1971-08-14]],F,[[PHONE_NUMBER:+82-10-3390-1725]],[[PERSON:이지은]]
{{date:2024-06-10 09:40}},가정의학과,{{code:10297716}},[[PERSON:석은비]],[[BIRTH_DATE:2003-11-30]],F,[[PHONE_NUMBER:010****8811]],[[PERSON:이지은]]
{{date:2024-06-10 10:00}},가정의학과,{{code:10422209}},[[PERSON:마동길]],[[BIRTH_DATE:1948-06-05]],M,[[PHONE_NUMBER:031-334-2201]],[[PERSON:이지은]]"""},

{"id": "s16-r02-013", "kind": "contract", "text": """입원약정서 (요양병원)
환    자: [[PERSON:변귀남]]  생년월일: 음력 [[BIRTH_DATE:1936년 9월 23일]]
연대보증인: [[PERSON:변상우]] (관계: 장남)  주민등록번호: [[KR_RRN:640127-1******]]
주    소: [[KR_ADDRESS:용인시 수지구 풍덕천로 129, 신정마을 주공1단지 107동 1102호]]
전    화: [[PHONE_NUMBER:０１０－４４８２－３０９７]]
입원일: {{date:2024. 1. 8.}}  입원비 자동이체: 농협 [[BANK_ACCOUNT:302-0381-4477-21]]
본인은 병원의 제반 규칙을 준수하며 진료비를 지정 기일 내에 납부할 것을 약정합니다."""},

{"id": "s16-r02-014", "kind": "letter", "text": """[[KR_ADDRESS:16470 경기도 수원시 팔달구 효원로 307번길 20-3 (인계동)]]
[[PERSON:제갈민호]] 님 귀하

국민건강보험공단 수원남부지사
{{date:2024년}} 일반건강검진 결과를 알려드립니다.
검진일: {{date:2024. 04. 18.}}  수검자 생년월일: [[BIRTH_DATE:1981. 07. 06.]]"""},

{"id": "s16-r02-015", "kind": "insurance_notice", "text": """보험금 지급 안내
[[PERSON:천*영]] 고객님, 청구하신 보험금이 아래와 같이 지급되었습니다.
- 접수번호: {{receipt_number:2405-0188-3321}}
- 지급일: {{date:2024.05.14}}
- 지급액: {{amount:342,800원}}
- 입금계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-18-*****61]]
문의 고객센터 {{public_number:1588-3114}} / {{public_email:claim@hwpins.co.kr}}"""},

{"id": "s16-r02-016", "kind": "er_record", "text": """ER 내원기록 (요약)
내원: {{date:2024-02-11 02:47}} 119 이송
환자: 신원미상 → 03:30 보호자 도착 후 확인: [[PERSON:소재웅]], M/52, DOB [[BIRTH_DATE:1971.9.1]]
보호자: 처 [[PERSON:엄혜란]] [[PHONE_NUMBER:010-2066-4913]]
C.C: 의식저하, 음주 상태, 두부 열상 3cm
차량: 본인차량 [[KR_CAR_PLATE:55수8021]] 단독사고 (경찰 인계)
담당: R2 [[PERSON:차승훈]] / 퇴실 {{date:2024-02-11 09:15}} 신경외과 입원"""},

{"id": "s16-r02-017", "kind": "messenger_chat", "text": """튼튼치과 플러스친구
치과: [[PERSON:우현지]]님 안녕하세요~ 내일 11시 스케일링 예약 확인차 연락드립니다 :)
[[PERSON:우현지]]: 네 갈게요! 근데 저 아이도 같이 봐줄수 있나요? 딸 [[PERSON:하은]]이 [[BIRTH_DATE:2016년 8월]]생이에요
치과: 네 가능합니다~ 아이 성함 전체로 알려주세요
[[PERSON:우현지]]: [[PERSON:남하은]]이요"""},

{"id": "s16-r02-018", "kind": "registration_form", "text": """International Patient Registration / 외국인 환자 등록
Name: [[PERSON:ALIYEVA KAMILA]]   Nationality: KAZ
Passport No.: [[KR_PASSPORT:N13928470]]   Date of Birth: [[BIRTH_DATE:04 FEB 1990]]
Contact in Korea: [[PHONE_NUMBER:010-6681-0093]] / Hotel: Ramada Suwon, Room {{room_number:1507}}
Coordinator: [[PERSON:Yu Jin Park]] (IHC, [[EMAIL_ADDRESS:yjpark.ihc@ajouhosp.kr]])
Visit date: {{date:11 JUN 2024}}   Payment: VISA [[CREDIT_CARD:4062 5583 1190 274?]]"""},
]
