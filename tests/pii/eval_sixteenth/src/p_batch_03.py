# Writer p, batch 03: transport - public-transport lost-and-found logs, driving-school rosters.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p03-001", "kind": "log_table", "text": """{{org_name:삼일교통}} 유실물 접수대장 ({{date:2024년 4월}})
습득일 | 노선 | 습득물 | 내용 확인 | 보관/인계
{{date:04.02}} | {{route_number:13-4}} | 지갑(갈색) | 학생증 {{org_name:경기대학교}} [[PERSON:봉하린]] 학번 [[STUDENT_ID:201912088]], 현금 {{amount:12,000원}} | 본인 인계 {{date:04.03}}
{{date:04.05}} | {{route_number:900}} | 여권 | [[PERSON:KIM MINJAE]] / [[KR_PASSPORT:M47192035]] | {{org_name:수원중부경찰서}} 인계
{{date:04.09}} | {{route_number:13-4}} | 카드지갑 | 신용카드 1매 [[CREDIT_CARD:4673-12**-****-9051]], 사원증(사번 [[EMPLOYEE_ID:20170384]]) 명의 [[PERSON:탁지원]] | 보관중
{{date:04.17}} | {{route_number:720-2}} | 우산 외 | - | 보관중
기사 [[PERSON:노재형]] 습득 건 포함 총 4건"""},

{"id": "s16-p03-002", "kind": "form", "text": """습득물 신고서 (유실물센터)
접수번호 : {{receipt_number:LF-20240518-0071}}
습 득 일 : {{date:2024.05.18 22:40}}         습득장소 : {{place_name:수원역 버스환승센터}} 4번 승강장 벤치
습 득 물 : 대한민국 여권 1매 (녹색 신형)
  - 여권번호 [[KR_PASSPORT:M045B2193]]
  - 성명 [[PERSON:JEONG SEOYEON]] / [[PERSON:정서연]]
  - 생년월일 [[BIRTH_DATE:07 JUL 2003]]
습 득 자 : [[PERSON:유경태]] ([[PHONE_NUMBER:010-2204-6611]])  보상금 청구 : 포기
※ 여권 안내문 '여권번호 예시: {{format_example:M12345678}}' 과 혼동하지 말 것"""},

{"id": "s16-p03-003", "kind": "messenger_chat", "text": """[당근 동네생활 댓글 → 1:1 채팅]
햇살가득님: 혹시 어제 {{route_number:66}}번 버스에 지갑 두고 내리신 분 찾으세요? 제가 주워서 기사님 드렸어요
나: 헉 네 저 같아요!! 파란색 반지갑이요
햇살가득님: 안에 외국인등록증 있던데 혹시 [[PERSON:Aziz Karimov]] 님 맞으세요?
나: 아 그건 남편꺼요 ㅠ 번호 [[KR_FRN:871203-5******]] 이렇게 시작하는 거 맞아요
햇살가득님: 네네 그거에요. 카드도 하나 있었고요 체크카드
나: 맞아요 감사해요!! 버스회사에 전화해볼게요"""},

{"id": "s16-p03-004", "kind": "roster", "text": """{{org_name:광교자동차운전전문학원}} 2024년 하계 대학생 단체반 명단
(제휴: {{org_name:경기대학교}} 총학생회 / 수강료 {{amount:15% 할인}})

번호 | 성명 | 학번 | 생년월일 | 연락처 | 과정
1 | [[PERSON:고은서]] | [[STUDENT_ID:202210457]] | [[BIRTH_DATE:03.04.18]] | [[PHONE_NUMBER:010-3918-2240]] | 2종보통
2 | [[PERSON:천시우]] | [[STUDENT_ID:202311902]] | [[BIRTH_DATE:04.11.02]] | [[PHONE_NUMBER:010-6257-8803]] | 1종보통
3 | [[PERSON:마하은]] | [[STUDENT_ID:202110033]] | [[BIRTH_DATE:02.01.27]] | [[PHONE_NUMBER:010-4471-0096]] | 2종보통
4 | [[PERSON:Bilguun Enkhbat]] | [[STUDENT_ID:202399015]] | [[BIRTH_DATE:2001.08.09]] | [[PHONE_NUMBER:010-8830-4527]] | 2종보통(외국인)
개강 {{date:7/1}} · 기능시험 {{date:7/12}} · 도로주행 {{date:7/19}}"""},

{"id": "s16-p03-005", "kind": "roster", "text": """강사 현황 (도로교통공단 보고용)
사번	성명	생년월일	강사자격번호	운전면허번호	담당
[[EMPLOYEE_ID:GK-031]]	[[PERSON:변재민]]	[[BIRTH_DATE:1978-03-14]]	{{license_number:기능-2008-1127}}	[[KR_DRIVER_LICENSE:경기 98-011482-72]]	기능
[[EMPLOYEE_ID:GK-044]]	[[PERSON:은소라]]	[[BIRTH_DATE:1985-12-01]]	{{license_number:도로-2014-0392}}	[[KR_DRIVER_LICENSE:13-05-227130-11]]	도로주행
[[EMPLOYEE_ID:GK-052]]	[[PERSON:제갈윤]]	[[BIRTH_DATE:1990-07-23]]	{{license_number:도로-2019-0871}}	[[KR_DRIVER_LICENSE:130961884410]]	도로주행
작성일 {{date:2024. 6. 28.}} / 원장 [[PERSON:류상철]]"""},

{"id": "s16-p03-006", "kind": "email", "text": """제목: 수강 취소 및 환불 요청드립니다 (학번 [[STUDENT_ID:202110033]])

안녕하세요, 대학생 단체반으로 등록했던 [[PERSON:마하은]]입니다.
교환학생 일정이 당겨져서 {{date:7월 3일}} 출국하게 되어 수강을 취소하려 합니다. 아직 기능교육 1회({{date:7/1}})만 들었습니다.
환불은 아래 계좌로 부탁드립니다.
 - 우리은행 [[BANK_ACCOUNT:1002-357-884120]] [[PERSON:마하은]]
여권 사본이 필요하시면 말씀해주세요 (여권번호 [[KR_PASSPORT:M813K4027]]).
연락처 [[PHONE_NUMBER:010-4471-0096]] / [[EMAIL_ADDRESS:haeun.ma02@kyonggi.ac.kr]]"""},

{"id": "s16-p03-007", "kind": "document", "text": """유실물 인계서
인 계 일 시 : {{date:2024년 6월 3일 15:00}}
인 계 기 관 : {{org_name:성남시 시내버스 공동유실물센터}}
인 수 기 관 : {{org_name:분당경찰서}} 생활안전과
물  품 : 신용카드 2매, 신분증 1매
  ① 삼성카드 [[CREDIT_CARD:5310 7218 4403 209?]] (명의 [[PERSON:LEE HYUNWOO]])
  ② 현대카드 [[CREDIT_CARD:4221-5800-1937-665?]] (명의 [[PERSON:LEE HYUNWOO]])
  ③ 주민등록증 [[PERSON:이현우]] [[KR_RRN:930812-1******]] [[KR_ADDRESS:성남시 분당구 판교역로 10, 3동 1201호]]
인계자 [[PERSON:여상민]] (센터 직원, 사번 [[EMPLOYEE_ID:SN-0915]])  인수자 순경 [[PERSON:피지호]]"""},

{"id": "s16-p03-008", "kind": "ocr_scan", "text": """{{org_name:AJOU UNIVERSITY}} 아주대학교
STUDENT ID CARD
[[PERSON:신 다 인]]
[[PERSON:SHIN DAIN]]
학번 [[STUDENT_ID:2O2l3l5O8]]
소프트웨어학과
발급일 {{date:2O2l.O3.O2}}
본 카드는 교통카드 기능이 있습니다
(분실시 학생지원팀 {{public_number:O3l-2l9-2O53}})"""},

{"id": "s16-p03-009", "kind": "call_note", "text": """[{{date:2024-06-21}} {{time:20:05}}] 택시 분실물 상담 - 상담원 [[PERSON:오세린]]
외국인 승객 [[PERSON:Emily Carter]] (미국) 여권 분실 추정. 통역앱 사용.
- 승차: {{place_name:판교역}} → {{place_name:정자역}} 부근 호텔, {{time:18:30}}경, 카드결제 [[CREDIT_CARD:4147 20XX XXXX 7733]]
- 여권번호 본인 진술 [[KR_PASSPORT:568207143]] (US)
- 숙소 [[KR_ADDRESS:성남시 분당구 정자일로 213번길 10 호텔 1108호]]
- 연락 [[PHONE_NUMBER:+1 (312) 555-0148]] / 국내 로밍 안됨, 호텔 프런트 {{public_number:031-789-5000}}
→ 결제 승인내역으로 차량 특정 요청, 카드사 조회 중. 미 대사관 안내함."""},

{"id": "s16-p03-010", "kind": "notice", "text": """[유실물 찾아가세요] {{date:2024. 7. 1.}} 기준 보관물품

- 학생증: [[PERSON:김○린]]({{org_name:수원고}}), [[PERSON:박*준]]({{org_name:아주대}}), [[PERSON:Ch** Ly]]
- 신분증: [[PERSON:윤O호]] ([[BIRTH_DATE:1965.**.**]]생)
- 여권: 1매 (성명 비공개)
- 카드: 신한 [[CREDIT_CARD:****-****-****-1284]] 외 3매
보관기간 6개월 경과시 국고 귀속 / 문의 {{public_number:031-8012-3324}} (평일 {{time:09~18시}})"""},

{"id": "s16-p03-011", "kind": "csv_export", "text": """학원코드,수강생,주민번호앞,주소,학과시험일,결과
{{code:A0417}},[[PERSON:추연우]],[[KR_RRN:050213-3]],[[KR_ADDRESS:수원시 장안구 송정로 19 (조원동)]],{{date:2024-07-08}},합격
{{code:A0417}},[[PERSON:Pham Thu Trang]],[[KR_FRN:990521-6]],[[KR_ADDRESS:수원시 권선구 권광로 134번길 30-2 B01호]],{{date:2024-07-08}},불합격
{{code:A0417}},[[PERSON:한예준]],[[KR_RRN:060630-3]],[[KR_ADDRESS:화성시 봉담읍 동화길 47 (e편한세상) 108-302]],{{date:2024-07-09}},합격
"""},

{"id": "s16-p03-012", "kind": "office_memo", "text": """습득물 메모 - {{place_name:정자역}} 버스정류장(분당방면)
사원증 1매: {{org_name:판교테크(주)}} 개발본부 [[PERSON:위서준]] / Emp No. [[EMPLOYEE_ID:PT-2020-11493]]
목걸이형, 출입카드 겸용. 회사 대표번호({{public_number:1644-3190}})로 연락했더니 본인이 내일 찾으러 온다고 함 - {{date:7/22}} 접수자 [[PERSON:곽도영]]"""},

{"id": "s16-p03-013", "kind": "messenger_chat", "text": """[학원 상담실 단톡]
실장 [[PERSON:구혜진]]: 오늘 {{time:3시}} 도로주행 [[PERSON:천시우]] 학생 강사 배정 누구에요?
[[PERSON:은소라]]: 저요. 근데 학생이 연락이 안돼요 [[PHONE_NUMBER:010-6257-8803]] 맞나요?
실장 [[PERSON:구혜진]]: 맞는데 어머니 번호로 해봐요 [[PHONE_NUMBER:010-6257-1142]]
[[PERSON:은소라]]: 넵. 아 그리고 학번 [[STUDENT_ID:202311902]] 이 학생 학생증 사본이 흐려서 할인 증빙 다시 받아야될 것 같아요
원장님: 다음 주까지만 받아놔요"""},

{"id": "s16-p03-014", "kind": "log_table", "text": """유실물 처리대장 / {{org_name:용인교통(주)}} 기흥영업소

일련번호: {{receipt_number:YI-24-0833}}
습득일시: {{date:2024.08.14 (수) 07:52}}   차량 [[KR_CAR_PLATE:경기70자1143]] / 운전원 [[PERSON:석만호]] (사번 [[EMPLOYEE_ID:D-0415]])
습득물: 카드지갑 - 체크카드 [[CREDIT_CARD:6243610028917735]], 신분증 없음
분실자 확인: 카드사 통해 연락 → [[PERSON:맹수아]] ([[PHONE_NUMBER:010-5521-90 17]])
인계일시: {{date:2024.08.14 (수) 18:20}}  수령인 서명: [[PERSON:맹수아]]"""},

{"id": "s16-p03-015", "kind": "complaint_letter", "text": """외국인등록증 분실 후 재발급 관련해서 질문드립니다.
{{date:지난주 금요일}}에 {{route_number:5100}}번 광역버스에서 지갑을 잃어버렸어요. 외국인등록증이랑 여권이 같이 들어있었어요.
NAME: [[PERSON:Dilnoza Yusupova]] (Uzbekistan)
외국인등록번호: [[KR_FRN:950308-6421187]]
여권번호: [[KR_PASSPORT:FA3071925]]
Birth: [[BIRTH_DATE:08.03.1995]]
주소: [[KR_ADDRESS:용인시 처인구 중부대로 1199 (삼가동) 원룸 205호]]
출입국사무소에 가기 전에 버스회사에 먼저 확인하고 싶어요. 전화 [[PHONE_NUMBER:010-9270-3318]]"""},

{"id": "s16-p03-016", "kind": "form", "text": """운전면허 교육 수강신청서
교육생 [[PERSON:허다은]]          생년월일 [[BIRTH_DATE:1999년 12월 31일]]
주소 [[KR_ADDRESS:수원시 영통구 광교호수공원로 80, 6102동 2103호 (원천동, 광교중흥S클래스)]]
휴대전화 [[PHONE_NUMBER:010-7716-4022]]   비상연락(모) [[PERSON:송경아]] [[PHONE_NUMBER:031-206-3397]]
과정 2종보통 / 수강료 {{amount:₩680,000}}
결제: 카드 [[CREDIT_CARD:3560-2411-8825-901?]] 3개월 할부 / 승인 {{approval_number:05218834}}
접수일 {{date:2024.09.02}}   접수자 [[PERSON:구혜진]]"""},
]
