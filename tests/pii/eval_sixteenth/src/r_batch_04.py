# Writer r, batch 04: international students, clinics, insurance, sole proprietors. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r04-001", "kind": "spreadsheet", "text": """[국제교류처] 2024-1학기 외국인 유학생 체류관리 대상 (비자만료 60일 이내)
학번\t성명\t국적\t생년월일\t여권번호\t체류만료\t거주지
[[STUDENT_ID:202371045]]\t[[PERSON:LIU YANG]]\t중국\t[[BIRTH_DATE:2002/09/17]]\t[[KR_PASSPORT:EJ4418203]]\t{{date:2024/06/30}}\t[[KR_ADDRESS:수원시 영통구 월드컵로 206 글로벌하우스 B동 412호]]
[[STUDENT_ID:202271188]]\t[[PERSON:NGUYEN DUC THANH]]\t베트남\t[[BIRTH_DATE:2000/01/05]]\t[[KR_PASSPORT:C3098145]]\t{{date:2024/07/12}}\t[[KR_ADDRESS:수원시 팔달구 우만동 31-7 2층]]
[[STUDENT_ID:202471006]]\t[[PERSON:BAYARSAIKHAN TEMUULEN]]\t몽골\t[[BIRTH_DATE:2003/03/28]]\t[[KR_PASSPORT:E2281073]]\t{{date:2024/06/21}}\t기숙사
담당 [[PERSON:유선희]] 주무관 내선 {{public_number:2417}}"""},

{"id": "s16-r04-002", "kind": "sms", "text": """[아주대병원 건강증진센터] 유학생 결핵검진 예약: 학번 [[STUDENT_ID:202371045]] [[PERSON:LIU YANG]] / {{date:05.09 10:30}} / 본관 B1 / 외국인등록증 지참"""},

{"id": "s16-r04-003", "kind": "referral_letter", "text": """보건실 → 소아청소년과 의뢰 (학부모 동의 받음)
학교: 성남 ○○고등학교   학생: [[PERSON:한지우]] (학번 [[STUDENT_ID:20417]], 2학년 4반 17번)
생년월일: [[BIRTH_DATE:08.03.11]]
모: [[PERSON:라티파 하산]] (우즈베키스탄 출신, 한국어 소통 가능) [[PHONE_NUMBER:010-6314-0972]]
증상: {{date:3일 전}}부터 발열, 체육시간 중 호흡곤란 호소
보건교사 [[PERSON:지윤경]]  {{date:2024. 4. 16.}}"""},

{"id": "s16-r04-004", "kind": "access_request", "text": """임상실습 학생 EMR 계정 및 출입카드 신청
실습기간: {{date:2024.03.04 ~ 2024.04.26}} (내과 로테이션)
No | 성명 | 학번 | 생년월일 | 연락처
1 | [[PERSON:탁유진]] | [[STUDENT_ID:M2019-043]] | [[BIRTH_DATE:1999-08-02]] | [[PHONE_NUMBER:010-3382-7701]]
2 | [[PERSON:권지호]] | [[STUDENT_ID:M2019-051]] | [[BIRTH_DATE:2000-12-20]] | [[PHONE_NUMBER:010-8813-0245]]
3 | [[PERSON:Michael Han]] | [[STUDENT_ID:M2019-067]] | [[BIRTH_DATE:1997-05-31]] | [[PHONE_NUMBER:010-4402-9917]]
※ EMR 조회 전용 권한, 접속 허용 대역 [[IP_ADDRESS:10.88.0.0]] / 마스크 {{subnet_mask:255.255.0.0}}
교육수련팀 [[PERSON:오하람]] ([[EMAIL_ADDRESS:haram.oh@cmc-edu.or.kr]])"""},

{"id": "s16-r04-005", "kind": "application_form", "text": """2024 하계 인턴십 지원서
이름: [[PERSON:명세아]]   학교/학과: 경희대 국제통상학과 4학년   학번: [[STUDENT_ID:2020100317]]
생년월일: [[BIRTH_DATE:2001년 6월 9일]]   휴대폰: [[PHONE_NUMBER:010 5521 0638]]
주소: [[KR_ADDRESS:용인시 기흥구 덕영대로 1732, 경희대 제2기숙사 3동 215호]]
지원동기: 외국인 근로자 고용 지원 업무에 관심이 있어..."""},

{"id": "s16-r04-006", "kind": "form", "text": """외국면허 → 국내면허 교환발급 신청 (용인운전면허시험장)
신청인: [[PERSON:Tanaka Hiroshi]] ([[PERSON:田中 浩]])   국적: 일본
외국인등록번호: [[KR_FRN:760412-5061233]]
여권번호: [[KR_PASSPORT:TK7720915]]
외국면허번호: {{document_number:第 3012 4567 8900 号}} (일본 발급)
→ 국내 발급 면허번호: [[KR_DRIVER_LICENSE:경기 24-005813-11]]
발급일: {{date:2024.02.15}}  적성검사 기간: {{date:2033.01.01 ~ 2033.12.31}}
체류지: [[KR_ADDRESS:용인시 수지구 포은대로 499 (죽전동) 현대홈타운 303-802]]"""},

{"id": "s16-r04-007", "kind": "insurance_report", "text": """[자동차 사고접수 내역] 접수번호 {{case_number:2024-0617-33820}}
피보험자: [[PERSON:반성호]]  운전자: [[PERSON:반성호]] (면허 [[KR_DRIVER_LICENSE:11-09-384172-22]])
피보험차량: [[KR_CAR_PLATE:231소 9904]]   상대차량: [[KR_CAR_PLATE:경기 33 버 2710]] (운전자 [[PERSON:엄태준]], 연락처 [[PHONE_NUMBER:010-7763-4428]])
사고일시: {{date:2024.06.17 08:20}}  사고장소: 용인시 수지구 동천동 {{place_name:동천IC 사거리}}
대물 담당: [[PERSON:경수현]] 손해사정사 ({{public_number:1588-5656}} 내선 {{public_number:3021}})"""},

{"id": "s16-r04-008", "kind": "receipt", "text": """영  수  증  (공급받는자용)
상호: 행복한우리약국   대표자: [[PERSON:소민경]]
사업자등록번호: [[KR_BRN:124-90-4471?]]
주소: [[KR_ADDRESS:경기도 수원시 장안구 경수대로 1029, 1층]]
판매일시 {{date:2024-05-30 19:42}}
  타이레놀 500mg 10T     {{amount:3,000}}
  판콜에이 3병           {{amount:4,500}}
  합계                   {{amount:7,500}}
카드: [[CREDIT_CARD:4673 09** **** 2251]] 일시불  승인 {{approval_number:04417720}}"""},

{"id": "s16-r04-009", "kind": "settlement", "text": """간병인 파견 정산표 ({{date:2024년 5월}})  - 수원 새빛간병 (대표 [[PERSON:주연화]], 사업자 [[KR_BRN:605-13-2280?]])
간병인 | 환자 | 병원 | 일수 | 금액 | 입금계좌
[[PERSON:허순옥]] | [[PERSON:노*철]] | 동수원병원 | 14 | {{amount:1,820,000}} | 농협 [[BANK_ACCOUNT:356-0882-1430-73]]
[[PERSON:김명란]] | [[PERSON:이○자]] | 윌스기념병원 | 9 | {{amount:1,170,000}} | 국민 [[BANK_ACCOUNT:942802-00-118374]]
[[PERSON:최봉선]] | [[PERSON:박OO]] | 수원중앙병원 | 21 | {{amount:2,730,000}} | 우체국 [[BANK_ACCOUNT:310207-02-184431]]"""},

{"id": "s16-r04-010", "kind": "complaint", "text": """안녕하세요 성남시 중원구 상대원동 사는 주민입니다.
저희 옆 건물([[KR_ADDRESS:상대원동 2946-1]])에 외국인 근로자분들이 기숙사로 쓰시는 것 같은데 밤 12시 넘어서까지 마당에서 고기 굽고 노래를 해서 잠을 못잡니다. 건물주 [[PERSON:허태식]] 씨한테 말해도 소용이 없네요.
단속 부탁드립니다.
작성자: [[PERSON:길명자]] / 주소 [[KR_ADDRESS:성남시 중원구 상대원동 2946-3 1층]] / [[PHONE_NUMBER:010-4238-7716]]"""},

{"id": "s16-r04-011", "kind": "form", "text": """체류지 변경신고서
성명 [[PERSON:DELA CRUZ JOSEPHINE]]   생년월일 [[BIRTH_DATE:1987.12.20]]   등록번호 [[KR_FRN:871220-6******]]
종전 체류지: [[KR_ADDRESS:경기 오산시 원동 711-2 새롬빌 302]]
신 체류지: [[KR_ADDRESS:수원시 권선구 곡반정동 576 LH 휴먼시아 101동 203호]]
전입일: {{date:2024.03.25}}   신고일: {{date:2024.04.03}} (14일 이내)
신고인 서명: [[PERSON:Josephine Dela Cruz]]"""},

{"id": "s16-r04-012", "kind": "address_book", "text": """[경조사 연락망] 경영지원본부 (대외비)
[[PERSON:송인철]] 상무  [[KR_ADDRESS:서울 서초구 반포대로 275, 래미안 퍼스티지 121-1503]]
[[PERSON:노가영]] 부장  [[KR_ADDRESS:경기 용인 수지 상현동 만현마을 5단지 504-1102]]
[[PERSON:기세훈]] 차장  [[KR_ADDRESS:수원시 영통구 영통동 1012-3번지 4층]]
[[PERSON:왕지민]] 대리  [[KR_ADDRESS:성남시 분당구 정자일로 95 (정자동) 상록마을 우성아파트 308동 1401호]]
작성 {{date:24.01.02}} 총무 [[PERSON:편재영]]"""},

{"id": "s16-r04-013", "kind": "insurance_application", "text": """보험 청약서 - 계약자 정보
계약자: [[PERSON:도해림]]  주민번호: [[KR_RRN:930514-247016?]]
주소: 우)[[KR_ADDRESS:16827 경기도 용인시 수지구 광교중앙로 296, 3102동 702호]]
휴대폰: [[PHONE_NUMBER:010-2280-6615]]  이메일: [[EMAIL_ADDRESS:haerim.do@kakao.com]]
보험료 자동납부: 카드 [[CREDIT_CARD:5236 1204 8810 667?]] / 매월 {{date:25일}} / 월 {{amount:48,900원}}
청약일: {{date:2024-05-02}}  모집인: [[PERSON:차민혁]] (등록번호 {{code:20140712345}})"""},

{"id": "s16-r04-014", "kind": "email", "text": """Subject: 결제 취소 요청드립니다 (중복결제)

원무과 담당자님께,
{{date:어제(6/4)}} 딸 [[PERSON:서연우]] 외래 진료비를 키오스크에서 결제했는데 두 번 승인이 났습니다.
카드번호는 [[CREDIT_CARD:4009-5512-3387-120?]] 이고 금액은 각 {{amount:23,700원}}입니다.
환자 생년월일은 [[BIRTH_DATE:2012년 10월 1일]] 입니다.
확인 후 한 건 취소 부탁드립니다.
[[PERSON:이수정]] 드림 ([[PHONE_NUMBER:010-5560-2389]])"""},

{"id": "s16-r04-015", "kind": "call_note", "text": """[전화메모 {{date:6/11 10:05}}] 네팔어 통역 요청
요청자: [[PERSON:Bishnu Tamang]] / 본인 휴대폰 [[PHONE_NUMBER:010-2983-11O4]]
내용: 사장님이 월급 두 달째 안줌. 숙소 주소 [[KR_ADDRESS:화성시 향남읍 발안로 28-16 컨테이너]]
→ 노동청 진정 안내 예정, 통역 [[PERSON:Sita Rai]] 선생님 배정 ({{date:6/13}} 오후)"""},

{"id": "s16-r04-016", "kind": "messenger_chat", "text": """[법인카드 분실] 재무팀 단톡
[[PERSON:조하늘]]: 팀장님 저 법카를 택시에 두고 내린거 같아요 ㅠ
[[PERSON:조하늘]]: [[CREDIT_CARD:9430-11**-****-0627]] 요거요
[[PERSON:변정훈]] 팀장: 바로 카드사에 분실신고 하고 ERP에도 정지 요청 올려요
[[PERSON:조하늘]]: 넵 카드사 {{public_number:1577-6000}} 신고완료요. 접수번호 {{receipt_number:L240612-0471}}"""},

{"id": "s16-r04-017", "kind": "visit_schedule", "text": """의료급여 수급자 방문간호 일정 ({{date:6월 3주}}) - 장안구보건소
{{date:6/17(월)}} [[PERSON:육금순]]([[BIRTH_DATE:1939.04.03]]) 당뇨 / [[KR_ADDRESS:장안구 송원로 52 송죽동 송죽연립 가동 103호]]
{{date:6/17(월)}} [[PERSON:피순남]]([[BIRTH_DATE:1944.11.29]]) 고혈압 / [[KR_ADDRESS:장안구 조원동 884-12 반지하]]
{{date:6/18(화)}} [[PERSON:인병구]]([[BIRTH_DATE:1951.07.17]]) 욕창 드레싱 / [[KR_ADDRESS:파장동 419-3 2층]]
방문간호사 [[PERSON:여진아]] [[PHONE_NUMBER:010-9281-6630]]"""},

{"id": "s16-r04-018", "kind": "class_roster", "text": """사회통합프로그램(KIIP) 3단계 수강생 명단 - 성남 운영기관
연번 성명 국적 외국인등록번호 생년월일
1 [[PERSON:Hoang Thi Phuong]] 베트남 [[KR_FRN:950719-6******]] [[BIRTH_DATE:1995.07.19]]
2 [[PERSON:Enkhbold Ganzorig]] 몽골 [[KR_FRN:890306-5******]] [[BIRTH_DATE:1989.03.06]]
3 [[PERSON:장링링]] 중국 [[KR_FRN:910102-6******]] [[BIRTH_DATE:1991.01.02]]
개강 {{date:2024.03.09}} (토) / 강사 [[PERSON:민소정]]"""},

{"id": "s16-r04-019", "kind": "lease_contract", "text": """원룸 임대차계약서 (외국인 임차인)
임대인: [[PERSON:공정남]] (주택임대사업자, 사업자번호 [[KR_BRN:135-32-7720?]])  연락처 [[PHONE_NUMBER:010-3317-2085]]
임차인: [[PERSON:SHRESTHA ANIL]]  여권 [[KR_PASSPORT:PA0913472]]  외국인등록 [[KR_FRN:940228-5472861]]
목적물: [[KR_ADDRESS:경기도 화성시 봉담읍 동화길 62-5, 301호]]
보증금 {{amount:300만원}} / 월세 {{amount:35만원}} / 계약기간 {{date:2024.04.01 ~ 2025.03.31}}
월세 입금: 신한 [[BANK_ACCOUNT:110-339-286104]] (예금주 [[PERSON:공정남]])"""},
]
