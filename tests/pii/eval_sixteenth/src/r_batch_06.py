# Writer r, batch 06: mixed domains. Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s16-r06-001", "kind": "letter", "text": """국민건강보험공단 용인지사
수신: [[PERSON:KHAN MUHAMMAD ASIF]] 귀하
주소: [[KR_ADDRESS:경기도 용인시 처인구 포곡읍 전대리 287-14 (가동 2층)]]
외국인등록번호: [[KR_FRN:860715-5******]]

지역가입자 건강보험료 고지 ({{date:2024년 5월}}분)
보험료 {{amount:146,650원}} / 납부기한 {{date:2024.06.10}}
※ 체납 시 체류기간 연장이 제한될 수 있습니다.
가상계좌(기업) {{public_account:KR 901-3182-44710}} (공단 수납 전용)"""},

{"id": "s16-r06-002", "kind": "ocr_scan", "text": """외 국 인 등 록 사 실 증 명
Certificate of Alien Registration
성명 Name  [[PERSON:WANG  JIANHUA]]
국적 Nationality  CHINA         성별 Sex  M
생년월일 Date of Birth  [[BIRTH_DATE:l982.1O.O9]]
외국인등록번호 [[KR_FRN:82lOO9-5O73l28]]
여권번호 [[KR_PASSPORT:E7O31849l]]
체류자격 {{code:H-2}}   체류기간 {{date:2O22.O4.11 ~ 2O25.O4.1O}}
체류지 [[KR_ADDRESS:경기도 성남시 중원구 성남대로 9O7번길 12-3 지하1층]]
발급일 {{date:2O24.O3.O6}}   수원출입국·외국인청장"""},

{"id": "s16-r06-003", "kind": "audit_log", "text": """[ERP 개인정보 변경 이력 조회]  조회자: 인사팀 [[PERSON:노재현]]
변경일시            대상자(사번)           항목     변경전 → 변경후
{{date:2024-03-04 10:12}}  [[PERSON:함수연]]([[EMPLOYEE_ID:201903]])   주소     [[KR_ADDRESS:수원시 장안구 파장로 55-1]] → [[KR_ADDRESS:수원시 장안구 이목로 24 이목동 삼성래미안 110동 804호]]
{{date:2024-03-11 16:48}}  [[PERSON:어상민]]([[EMPLOYEE_ID:202207]])   휴대폰   [[PHONE_NUMBER:010-3291-4470]] → [[PHONE_NUMBER:010-7725-0918]]
{{date:2024-03-15 09:03}}  [[PERSON:함수연]]([[EMPLOYEE_ID:201903]])   계좌     신한 [[BANK_ACCOUNT:110-283-009117]] → 토스 [[BANK_ACCOUNT:1000-2291-7841]]"""},

{"id": "s16-r06-004", "kind": "delivery_list", "text": """원격조제약 택배 발송대장 ({{date:6/14}}) - 온누리새봄약국
수취인 | 주소 | 연락처 | 송장번호
[[PERSON:현말례]] | [[KR_ADDRESS:경기 안성시 보개면 남풍리 산 14-2]] | [[PHONE_NUMBER:031-673-0192]] | {{tracking_number:6892-1174-0318}}
[[PERSON:맹덕수]] | [[KR_ADDRESS:용인시 처인구 원삼면 사암리 707]] | [[PHONE_NUMBER:010-5901-2264]] | {{tracking_number:6892-1174-0325}}
[[PERSON:추영희]] | [[KR_ADDRESS:화성시 서신면 궁평항로 1049-21 (궁평리)]] | [[PHONE_NUMBER:010-2840-7713]] | {{tracking_number:6892-1174-0332}}"""},

{"id": "s16-r06-005", "kind": "ticket", "text": """[보안관제] 해외 로그인 탐지 - 웹메일
대상 계정: [[EMAIL_ADDRESS:mk.choi@gwangmyung-hosp.or.kr]] ([[PERSON:최민경]] 간호사, 사번 [[EMPLOYEE_ID:N14-0552]])
{{date:2024-06-02 03:41:12}} 로그인 성공  [[IP_ADDRESS:103.152.118.40]] (VN)
{{date:2024-06-02 03:44:58}} 전달규칙 생성 → 외부주소 {{public_email:secure-notice@mailbox-update.com}}
{{date:2024-06-02 08:30:05}} 정상 로그인  [[IP_ADDRESS:211.234.7.19]] (KR)
조치: 비밀번호 초기화, 전달규칙 삭제, 피싱메일 차단. 담당 보안팀 [[PERSON:석민호]]"""},

{"id": "s16-r06-006", "kind": "refund_form", "text": """기숙사 퇴사 및 보증금 환불 신청서 (International House)
학번: [[STUDENT_ID:2021-94107]]   성명: [[PERSON:Sitorus Maria]]   호실: {{room_number:B-508}}
퇴사일: {{date:2024.02.16}}   보증금: {{amount:200,000원}}
환불계좌: 하나은행 [[BANK_ACCOUNT:167-910482-77307]]  예금주 [[PERSON:SITORUS MARIA]]
연락처: [[PHONE_NUMBER:010-8226-1093]] / [[EMAIL_ADDRESS:maria.sitorus01@gmail.com]]
귀국 예정일: {{date:2024.02.20}}"""},

{"id": "s16-r06-007", "kind": "birth_certificate", "text": """출 생 증 명 서
출생아: 성별 ■남 □여   출생일시 [[BIRTH_DATE:2024년 1월 22일]] 14시 37분
출생장소: 분당제일여성병원 (분만실)
모의 성명: [[PERSON:PHAN THI KIM NGAN]]   외국인등록번호: [[KR_FRN:980411-6238507]]
모의 주소: [[KR_ADDRESS:성남시 분당구 야탑로 81번길 17, 매화마을 4단지 402동 601호]]
부의 성명: [[PERSON:염동진]]   생년월일: [[BIRTH_DATE:1983.05.30]]
작성일 {{date:2024.01.22}}  의사 [[PERSON:변수미]]"""},

{"id": "s16-r06-008", "kind": "death_certificate", "text": """사 망 진 단 서
성명 [[PERSON:육춘식]]   성별 남   주민등록번호 [[KR_RRN:370906-103118?]]
생년월일 [[BIRTH_DATE:1937년 9월 6일]]   사망일시 {{date:2024년 2월 3일 05시 20분}}
주소 [[KR_ADDRESS:경기도 수원시 권선구 세류로 17, 2동 104호]]
사망장소: 수원시 권선구 소재 요양병원
직접사인: 폐렴  ※ 발행일 {{date:2024.02.03}}"""},

{"id": "s16-r06-009", "kind": "employment_certificate", "text": """재 직 증 명 서
성    명: [[PERSON:황지성]]          주민등록번호: [[KR_RRN:900318-1******]]
주    소: [[KR_ADDRESS:서울시 송파구 올림픽로 435, 파크리오 A동 2011호]]
소    속: 경영지원팀 / 직위: 과장 / 사번: [[EMPLOYEE_ID:HR-0914]]
재직기간: {{date:2016년 1월 4일}} ~ 현재
용    도: 금융기관 제출용
발급일: {{date:2024년 6월 5일}}   (주)대성하이텍 대표이사 (인)
회사 사업자번호: {{business_number:214-86-3317?}}"""},

{"id": "s16-r06-010", "kind": "application_form", "text": """장기요양인정 신청서 (대리인 신청)
신청인(수급자): [[PERSON:탁순이]]  주민번호 [[KR_RRN:330214-2******]]  ([[BIRTH_DATE:1933.02.14]])
주소: [[KR_ADDRESS:용인시 기흥구 구갈로 60번길 8-3]]
대리인: [[PERSON:탁명호]] (관계: 아들)  주민번호 [[KR_RRN:620807-152291?]]  휴대폰 [[PHONE_NUMBER:010-3347-8860]]
신청일: {{date:2024. 3. 20.}}"""},

{"id": "s16-r06-011", "kind": "claim_form", "text": """출국만기보험금 지급신청서 (외국인근로자 전용)
성명: [[PERSON:HTET NAING SOE]]   국적: 미얀마   생년월일: [[BIRTH_DATE:1994-10-27]]
여권번호: [[KR_PASSPORT:MH592011]]   외국인등록번호: [[KR_FRN:941027-5318864]]
사업장: 대원금속 (화성)   입사일: {{date:2020-11-02}}   퇴사일: {{date:2024-05-31}}
출국예정일: {{date:2024-06-20}}  항공편 {{code:KE471}}
입금계좌: KEB하나 [[BANK_ACCOUNT:620-914028-11507]] (본인)
신청인 서명: [[PERSON:Htet Naing Soe]]"""},

{"id": "s16-r06-012", "kind": "volunteer_card", "text": """통번역 자원봉사자 등록카드
이름: [[PERSON:카리나 김]] ([[PERSON:Karina Kim]])   사용언어: 러시아어, 한국어
소속: 외대 통번역대학원 재학 (학번 [[STUDENT_ID:23MS0418]])
생년월일: [[BIRTH_DATE:1997.11.08]]  휴대폰: [[PHONE_NUMBER:010-9028-3316]]
이메일: [[EMAIL_ADDRESS:karina.kim.ru@gmail.com]]
가능시간: 화/목 오후   등록일: {{date:2024.03.14}}"""},

{"id": "s16-r06-013", "kind": "messenger_chat", "text": """[카톡] 인사팀 [[PERSON:주은비]] ↔ 신입 [[PERSON:용태현]]
[[PERSON:용태현]]: [[PERSON:은비]]님 원천징수영수증 재발급 받을수있나요?
[[PERSON:주은비]]: 네 [[PERSON:태현]]님~ 본인확인차 주민번호 앞자리랑 사번 알려주세요
[[PERSON:용태현]]: [[BIRTH_DATE:970624]] / [[EMPLOYEE_ID:24-0133]]요
[[PERSON:주은비]]: 확인됐어요 메일로 보내드릴게요 ([[EMAIL_ADDRESS:th.yong@dsmotors.co.kr]] 맞죠?)"""},

{"id": "s16-r06-014", "kind": "access_request", "text": """외주인력 VPN 계정 신청
성명: [[PERSON:구태오]] (프리랜서, 개인사업자 [[KR_BRN:504-24-6618?]])
계약기간: {{date:2024.07.01~2024.12.31}}
접속 허용 IP: [[IP_ADDRESS:118.235.89.14]] (자택 고정IP)
연락처: [[PHONE_NUMBER:010-6618-2274]]
요청부서 담당: [[PERSON:한가람]] 책임 / 승인 {{date:2024.06.26}}"""},

{"id": "s16-r06-015", "kind": "complaint_short", "text": """병원 주차장 출차 정산기에서 카드가 두번 긁혔어요. 차번호 [[KR_CAR_PLATE:서울 12 가 3456]], {{date:5월 2일}} 오후 4시쯤이요. 환불받을 주소는 [[KR_ADDRESS:성남시 수정구 산성대로 311, 101동 1104호]] 입니다 ([[PERSON:진해숙]])"""},

{"id": "s16-r06-016", "kind": "shipping_label", "text": """받는분: [[PERSON:마리아 루르데스 가르시아]] / [[PHONE_NUMBER:010-4401-2297]]
주소: [[KR_ADDRESS:경기 용인시 처인구 남사읍 봉명로 155 e편한세상 용인한숲시티 6단지 603동 1502호]]
보내는분: 용인시가족센터 ({{public_number:031-323-7133}})
품명: 한국어교재 / 운송장 {{tracking_number:5512-0934-2281}}"""},

{"id": "s16-r06-017", "kind": "csv_export", "text": """"성명","국적","체류자격","외국인등록번호","휴대폰","배치병동"
"[[PERSON:리춘화]]","중국(조선족)","H-2","[[KR_FRN:630418-6******]]","[[PHONE_NUMBER:010-5520-3398]]","5W"
"[[PERSON:박금옥]]","중국(조선족)","F-4","[[KR_FRN:590122-6******]]","[[PHONE_NUMBER:010-2219-7304]]","7E"
"[[PERSON:김영실]]","한국","","","[[PHONE_NUMBER:010-8840-1127]]","ICU"
"[[PERSON:Nataliya Pak]]","우즈벡(고려인)","F-4","[[KR_FRN:700903-6******]]","[[PHONE_NUMBER:010-3306-9915]]","5W\""""},

{"id": "s16-r06-018", "kind": "evaluation_sheet", "text": """면접 평가표 (IT 인프라 경력직)  면접일 {{date:2024.05.16}}
지원자 | 생년 | 평가위원 | 직무 | 인성 | 총점
[[PERSON:성하준]] | [[BIRTH_DATE:'91]] | [[PERSON:권도윤]], [[PERSON:임재혁]] | {{statistic:42}} | {{statistic:38}} | {{statistic:80}}
[[PERSON:맹지수]] | [[BIRTH_DATE:'94]] | [[PERSON:권도윤]], [[PERSON:임재혁]] | {{statistic:45}} | {{statistic:41}} | {{statistic:86}}
* [[PERSON:맹지수]]: 레퍼런스 체크 동의함, 처우협의 {{date:5/23}}"""},

{"id": "s16-r06-019", "kind": "memo", "text": """{{date:2/7}} 결혼이민자 [[PERSON:누르잔]](키르기스) 남편 [[PERSON:곽영수]] 씨 전화: 아내 여권([[KR_PASSPORT:AC3518207]]) 갱신하러 대사관 가야 하는데 아이 [[PERSON:곽시우]]([[BIRTH_DATE:21.10.05]]생) 맡길 곳 문의 → 아이돌봄 서비스 연계"""},
]
