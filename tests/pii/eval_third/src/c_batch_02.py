# Writer c, batch 02: parking enforcement, towing, traffic and vehicle records. All values invented. CC0 1.0.
DOCS = [
{"id": "s3-c02-001", "kind": "fine_objection", "text": """주정차위반 과태료 의견진술서

차량번호: [[KR_CAR_PLATE:38무 4172]]
소 유 자: [[PERSON:안경수]]   생년월일: [[BIRTH_DATE:1966. 4. 21.]]
주    소: [[KR_ADDRESS:경기도 수원시 권선구 세류동 1127-5 2층]]
연 락 처: [[PHONE_NUMBER:010-6621-0948]]
위반일시: {{date:2024. 3. 11. 14:27}}   위반장소: {{place_name:세류초등학교 정문 앞}}
진술내용: 어머니 병원 모시고 가느라 약 5분 정차하였습니다. 진단서 첨부합니다.
                                                         {{date:2024년 3월 18일}}  신청인 [[PERSON:안경수]] (인)"""},

{"id": "s3-c02-002", "kind": "safety_report", "text": """안전신문고 신고내용: 매일 아침마다 [[KR_CAR_PLATE:157러8842]] 흰색 카니발이 {{place_name:상현초}} 어린이보호구역 횡단보도 위에 세워둡니다. 오늘도 {{time:08시 10분}}쯤 찍었어요. 애들이 차 사이로 튀어나와서 너무 위험합니다. 처리결과 문자로 주세요 [[PHONE_NUMBER:010.5138.2290]]"""},

{"id": "s3-c02-003", "kind": "towing_record", "text": """견인차량 인수 대장 ({{place_name:성남시 차량견인보관소}})
견인일시	차량번호	인수자	면허번호	연락처	비고
{{date:06-04 10:15}}	[[KR_CAR_PLATE:경기 34나 5678]]	[[PERSON:구본석]]	[[KR_DRIVER_LICENSE:13-02-114522-71]]	[[PHONE_NUMBER:010-2274-9915]]	견인료 {{amount:40,000원}}
{{date:06-04 13:40}}	[[KR_CAR_PLATE:201가1359]]	[[PERSON:함지우]](처)	[[KR_DRIVER_LICENSE:경기 09-338012-40]]	[[PHONE_NUMBER:01099011842]]	위임장有
{{date:06-05 09:02}}	[[KR_CAR_PLATE:19 어 7730]]	[[PERSON:Rahman Mohammad]]	국제면허	[[PHONE_NUMBER:010-4819-3306]]	통역 [[PERSON:김나영]] 동행"""},

{"id": "s3-c02-004", "kind": "residential_parking_application", "text": """거주자우선주차 신청서
신청인 : [[PERSON:변상철]] ( 생년월일 [[BIRTH_DATE:52.07.30]] )
주 소 : [[KR_ADDRESS:용인시 수지구 풍덕천동 712-14 (1층)]]
차량번호 : [[KR_CAR_PLATE:69모2210]] (소형)
희망구획 : {{code:수지-풍덕-A-017}}   배정기간 {{date:2024.07.01~2024.12.31}}
전화 : [[PHONE_NUMBER:031-262-XXXX]] (자택) / [[PHONE_NUMBER:010-3127-0056]]
※ 주민등록상 주소와 차량 사용본거지가 같아야 함"""},

{"id": "s3-c02-005", "kind": "fine_reduction", "text": """과태료 감경(50%) 신청 - 국가유공자
성명 [[PERSON:오동춘]]  주민번호 [[KR_RRN:450912-104732?]]
차량 [[KR_CAR_PLATE:서울12가3456]]
고지서번호 {{document_number:2024-과-018834}}  금액 {{amount:80,000원}} → {{amount:40,000원}}
유공자증 사본 첨부, 본인 통화({{date:8/22}}) 확인 - 담당 [[PERSON:신예진]]"""},

{"id": "s3-c02-006", "kind": "csv_export", "text": """단속일시,카메라ID,위치,차량번호,제한속도,주행속도
{{date:2024-08-01 07:12:55}},{{code:CAM-SN-0412}},{{place_name:산성대로 수진역방향}},[[KR_CAR_PLATE:123가4567]],50,71
{{date:2024-08-01 07:13:20}},{{code:CAM-SN-0412}},{{place_name:산성대로 수진역방향}},[[KR_CAR_PLATE:경기80바1234]],50,66
{{date:2024-08-01 07:15:02}},{{code:CAM-SN-0412}},{{place_name:산성대로 수진역방향}},[[KR_CAR_PLATE:302호2871]],50,58"""},

{"id": "s3-c02-007", "kind": "rental_contract", "text": """자동차 대여 계약서 (단기)
대여차량: [[KR_CAR_PLATE:허 5108]] → 정정: [[KR_CAR_PLATE:33허5108]] (K5 / 흰색)
대여기간: {{date:2024.05.17 10:00}} ~ {{date:2024.05.19 18:00}}
제1운전자: [[PERSON:마준혁]]  생년월일 [[BIRTH_DATE:1998-12-02]]  면허번호 [[KR_DRIVER_LICENSE:11-17-045521-30]]
           주소 [[KR_ADDRESS:경기 성남시 분당구 판교역로14번길 8, 201동 1504호]]
제2운전자: [[PERSON:예서윤]]  생년월일 [[BIRTH_DATE:1999-03-25]]  면허번호 [[KR_DRIVER_LICENSE:119900231157]]
연락처: [[PHONE_NUMBER:010-7712-3048]]
지점: {{org_name:○○렌트카 판교지점}} {{public_number:031-8017-5500}}"""},

{"id": "s3-c02-008", "kind": "license_notice", "text": """운전면허 정지처분 사전통지서
성 명: [[PERSON:윤○택]]   생년월일: [[BIRTH_DATE:19830614]]
면허번호: [[KR_DRIVER_LICENSE:28-08-******-11]]
누산벌점: {{statistic:40점}} (최근 1년)   정지예정일: {{date:2024. 10. 7.}}
이의가 있는 경우 {{date:2024. 10. 2.}}까지 경찰서 민원실({{public_number:031-8022-0000}})에 의견 제출"""},

{"id": "s3-c02-009", "kind": "unpaid_notice", "text": """[공영주차장 사용료 미납 안내]
[[KR_CAR_PLATE:47저 9015]] 차량 {{date:9월}} 월정기 요금 {{amount:60,000원}}이 미납되었습니다.
납부: 수원시 세입계좌 {{public_account:농협 301-0157-4433-71}} (예금주 수원시)
문의: {{org_name:수원도시공사}} 주차사업부 {{public_number:031-8012-4511}}
수신: [[PERSON:진민호]]님 [[PHONE_NUMBER:010-****-7713]]"""},

{"id": "s3-c02-010", "kind": "complaint", "text": """번호판 도용 의심됩니다. 저는 [[KR_CAR_PLATE:52우 3386]] 차주 [[PERSON:나혜숙]]인데요 {{date:지난달 14일}} 부산에서 과속단속 고지서가 날아왔어요. 저는 그날 용인에 있었고 제 차는 회색 레이인데 사진 차는 검정 SUV입니다. 주소는 [[KR_ADDRESS:용인시 기흥구 구갈동 산 12-3]]이고 낮에는 [[PHONE_NUMBER:010 9901 4432]] 로 연락 주세요."""},

{"id": "s3-c02-011", "kind": "kickboard_enforcement", "text": """PM(개인형이동장치) 단속 결과
적발 {{date:10.05. 21:30}} {{place_name:정자역 3번출구}}
운전자: [[PERSON:차승민]](고2, [[BIRTH_DATE:2007. 11. 9]]생) 무면허, 헬멧 미착용
보호자: 모 [[PERSON:지은혜]] [[PHONE_NUMBER:010-3306-1185]]
학생 소속 확인: 학번 없음, 학생증 사진 촬영"""},

{"id": "s3-c02-012", "kind": "ocr_scan", "text": """과 태 료  부 과  사 전 통 지 서
차 량 번 호 : [[KR_CAR_PLATE:3 4 라 5 6 7 8]]
소 유 자 : [[PERSON:김 영 식]]
주 소 : [[KR_ADDRESS:경 기 도 용 인 시 처 인 구 김 량 장 동 3 5 1 - 9]]
위 반 일 시 : {{date:2 0 2 4 - 0 4 - 0 2  1 1 : 0 8}}
납 부 금 액 : {{amount:4 0 , 0 0 0 원}}"""},

{"id": "s3-c02-013", "kind": "sms", "text": """[Web발신]
[[KR_CAR_PLATE:12가3456]] 차주님 지하2층 출입구 막고있어요 차 좀 빼주세요
-[[KR_ADDRESS:힐스테이트 광교 3102동 1801호]] [[PHONE_NUMBER:010-4472-8810]]"""},

{"id": "s3-c02-014", "kind": "neighbor_dispute", "text": """민원 요지: 빌라 주차장 문제
신청인 [[PERSON:유재찬]] ([[KR_ADDRESS:성남시 수정구 태평동 7281 그린빌 B동 202호]])
옆집 [[PERSON:박○○]]씨가 본인 차 [[KR_CAR_PLATE:경기 31바 4421]] 외에 [[KR_CAR_PLATE:12루 0093]]까지 2대를 주차라인에 상시 세워두고 이중주차함.
건축물대장상 세대당 1대({{statistic:총 6면}}). 관리규약 위반이라고 했는데 무시함. {{date:2024.6.}}부터 계속.
연락처 [[PHONE_NUMBER:010-8130-2247]]"""},

{"id": "s3-c02-015", "kind": "taxi_complaint", "text": """택시 승차거부 신고
일시: {{date:2024-11-23 23:50}}경 {{place_name:수원역 택시승강장}}
택시 번호: [[KR_CAR_PLATE:경기 32아 7081]] (개인택시)
기사 자격증번호 {{code:경기-12-004471}}, 기사님 이름은 명찰에 [[PERSON:조상근]]
신고인: [[PERSON:모지현]] [[PHONE_NUMBER:010-7045-6631]] [[EMAIL_ADDRESS:jihyun.mo@gmail.com]]"""},

{"id": "s3-c02-016", "kind": "seizure_release", "text": """자동차 압류해제 요청서
소유자: [[PERSON:엄태식]] ([[KR_RRN:710228-1******]])
차량번호: [[KR_CAR_PLATE:부산 57 너 2041]] (구 번호판)
체납액 완납일 {{date:2024.2.29}} / 영수증번호 {{receipt_number:0029-2024-00514}}
과오납 환급계좌: 국민 [[BANK_ACCOUNT:612301-04-178833]] (본인)
문의: [[PHONE_NUMBER:051)622-4180]] 자택"""},

{"id": "s3-c02-017", "kind": "disabled_parking_report", "text": """장애인전용주차구역 위반 ({{place_name:분당구청}} 민원주차장)
[[KR_CAR_PLATE:２３소 ４５１９]] / 표지 미부착 / {{date:12.02}} {{time:10:41}}, {{time:10:47}} 두번 촬영
신고 [[PERSON:탁미란]] [[PHONE_NUMBER:010-****-2050]] (익명 원함)"""},

{"id": "s3-c02-018", "kind": "accident_memo", "text": """아파트 지하주차장 접촉사고 메모
가해차량: [[KR_CAR_PLATE:281더5521]] 운전자 [[PERSON:한지석]] 면허 [[KR_DRIVER_LICENSE:서울 04-552817-63]]
피해차량: [[KR_CAR_PLATE:63도 1204]] 차주 [[PERSON:곽은비]] [[PHONE_NUMBER:010-5560-3391]]
보험: {{org_name:OO화재}} 접수번호 {{case_number:24-0811-39027}}
사고시각 {{date:08/11 19:05}}, CCTV 관리실 확인 완료"""},

{"id": "s3-c02-019", "kind": "vehicle_transfer", "text": """자동차 이전등록 신청 위임장
위임인(매도인) [[PERSON:제갈민수]]  생년월일 [[BIRTH_DATE:1975년 1월 30일]]  주소 [[KR_ADDRESS:경기도 수원시 장안구 정자동 111 백설마을 삼환아파트 541동 803호]]
수임인 [[PERSON:공태윤]] (상사 직원)  연락처 [[PHONE_NUMBER:010-9120-4876]]
차량번호 [[KR_CAR_PLATE:경기37라1820]]  차대번호 {{code:KMHD341CBHU447812}}
위임일 {{date:2024년 12월 3일}}"""},
]
