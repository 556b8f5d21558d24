# Writer d, batch 01: public health centre (보건소) registrations, vaccination and screening.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d01-001", "kind": "health_center_registration", "text": """[{{org_name:수원시 영통구보건소}}] 방문자 등록카드
성명: [[PERSON:박순례]]    생년월일: [[BIRTH_DATE:1941.04.12]] (여/83세)
주소: [[KR_ADDRESS:경기도 수원시 영통구 매영로 269, 112동 703호]]
연락처: [[PHONE_NUMBER:010-4417-2290]] / 보호자([[PERSON:김태호]], 아들) [[PHONE_NUMBER:010 9921 0384]]
방문목적: 대상포진 예방접종 상담
등록일: {{date:2024. 10. 07.}}   담당: 간호사 [[PERSON:이수진]]"""},

{"id": "s4-d01-002", "kind": "vaccination_record_export", "text": """접종일자|성명|생년월일|백신|차수|접종기관|비고
{{date:2024-10-15}}|[[PERSON:정말순]]|[[BIRTH_DATE:1939-11-02]]|인플루엔자(4가)|1|{{org_name:중원구보건소}}|
{{date:2024-10-16}}|[[PERSON:정말순]]|[[BIRTH_DATE:1939-11-02]]|코로나19(JN.1)|1|{{org_name:중원구보건소}}|동시접종 보류 후 익일
{{date:2024-10-15}}|[[PERSON:서판석]]|[[BIRTH_DATE:1944-07-30]]|인플루엔자(4가)|1|{{org_name:중원구보건소}}|
{{date:2024-10-17}}|[[PERSON:남궁영자]]|[[BIRTH_DATE:1950-01-09]]|폐렴구균(PPSV23)|1|{{org_name:중원구보건소}}|보호자 동행"""},

{"id": "s4-d01-003", "kind": "screening_result_notice", "text": """{{document_number:건강증진과-21873}}
[[PERSON:황보 민재]] 님 귀하 ([[BIRTH_DATE:19820623]])
귀하의 {{date:2024년 9월 3일}} 국가암검진(위내시경) 결과, 추가 조직검사가 필요하여 안내드립니다.
{{date:2024. 9. 30.}}까지 검진기관({{org_name:성남중앙내과의원}}, {{public_number:031-752-0000}})에 예약 후 방문하시기 바랍니다.
※ 결과지 우편 발송지: [[KR_ADDRESS:성남시 수정구 수정로171번길 22-4 (신흥동) 2층]]
문의: 건강증진과 [[PERSON:최윤아]] 주무관 ☎ [[PHONE_NUMBER:031-729-3914]]"""},

{"id": "s4-d01-004", "kind": "foreign_resident_registration", "text": """외국인 결핵검진 접수 (체류자격 E-9)
성명(영문): [[PERSON:NGUYEN VAN HUNG]] / [[PERSON:응우옌 반 흥]]
외국인등록번호: [[KR_FRN:960814-5238417]]
여권번호: [[KR_PASSPORT:C4481927]] (베트남)
생년월일: [[BIRTH_DATE:14/08/1996]]
사업장: {{org_name:(주)대한정밀}} ({{business_number:124-81-55302}}) 기숙사 — [[KR_ADDRESS:화성시 향남읍 발안공단로 45, 3동 201호]]
통역 동행: [[PERSON:Tran Thi Mai]] [[PHONE_NUMBER:010-2871-0046]]
접수일 {{date:2024.03.18}} / 흉부X선 촬영 {{time:10:40}}"""},

{"id": "s4-d01-005", "kind": "counter_memo", "text": """보건소 1층 민원 메모)
9/12 오전 할머니 한분 오심. 독감접종 대상인지 문의. 본인 [[PERSON:유복희]] [[BIRTH_DATE:49년 3월 2일]]생이라 하셔서 → 주민번호 [[KR_RRN:490302-2******]] 확인, 만 65세 이상 무료 대상 맞음.
접종은 {{date:10월 2일}}부터라 안내, 따님 번호 [[PHONE_NUMBER:010-33O7-8812]]로 문자 발송 예정 (본인 폰 없음)."""},

{"id": "s4-d01-006", "kind": "vaccination_certificate_request", "text": """예방접종증명서 발급 신청서

신청인 성명  [[PERSON:Kimberly Park]] (한글: [[PERSON:박킴벌리]])
주민등록번호  [[KR_RRN:010417-4******]]  (뒷자리 마스킹 제출)
여권번호  [[KR_PASSPORT:M07A41932]]
용도  해외 유학 (미국 대학 제출용, 영문)
연락처  [[PHONE_NUMBER:+82-10-6402-1189]]  / e-mail [[EMAIL_ADDRESS:kim.park0417@gmail.com]]
신청일  {{date:2024년 6월 20일}}"""},

{"id": "s4-d01-007", "kind": "infant_vaccination_sms", "text": """[Web발신]
[{{org_name:용인시 기흥구보건소}}] [[PERSON:한지우]] 아기 보호자님,
[[PERSON:한지우]](생년월일 [[BIRTH_DATE:2023.12.28]]) 아기의 DTaP-IPV 3차 접종 시기가 되었습니다.
접종 가능 기간: {{date:2024.06.28}}~{{date:2024.07.28}}
문의 {{public_number:031-324-4000}}"""},

{"id": "s4-d01-008", "kind": "screening_list_tsv", "text": "연번\t성명\t생년월일\t연락처\t검진일\t결과\n1\t[[PERSON:김○자]]\t[[BIRTH_DATE:1952-03-**]]\t[[PHONE_NUMBER:010-****-4410]]\t{{date:2024-05-02}}\t정상A\n2\t[[PERSON:이*호]]\t[[BIRTH_DATE:1958-11-**]]\t[[PHONE_NUMBER:010-71**-0923]]\t{{date:2024-05-02}}\t정상B\n3\t[[PERSON:오OO]]\t[[BIRTH_DATE:1949-**-**]]\t[[PHONE_NUMBER:031-2**-5561]]\t{{date:2024-05-03}}\t유질환\n※ 개인정보 마스킹본(외부 보고용)"},

{"id": "s4-d01-009", "kind": "health_center_registration", "text": """■ 금연클리닉 등록카드
이름 : [[PERSON:Omar Al-Hassan]] ([[PERSON:오마르]])   국적 : 요르단
외국인등록번호 : [[KR_FRN:871103 - 5149822]]
생년월일 : [[BIRTH_DATE:1987년 11월 3일]]
주소 : [[KR_ADDRESS:수원시 권선구 세류로 88-1 세류빌라 B01호]]
H.P : [[PHONE_NUMBER:010.5524.1937]]
Email : [[EMAIL_ADDRESS:omar.hassan87@hotmail.com]]
흡연력: 하루 1갑 × 15년, CO 18ppm
등록 {{date:'24.01.09}} / 상담사 [[PERSON:송미래]]"""},

{"id": "s4-d01-010", "kind": "internal_memo", "text": """To. 감염병관리팀 [[PERSON:장도윤]] 주무관님
From. 예방접종실 [[PERSON:임하영]]

어제 접종 후 이상반응 신고 들어온 건 공유드립니다.
- 대상: [[PERSON:강은비]] (여, [[BIRTH_DATE:2011.05.19]]), 중학교 1학년
- 접종: HPV 2차 {{date:9/23}} {{time:14:10}}
- 증상: 접종 후 약 10분 뒤 어지러움·실신, 119 이송 없이 회복
- 보호자 모친 [[PERSON:윤세라]] [[PHONE_NUMBER:010-8850-1273]]
질병청 시스템 등록은 제가 오늘 {{time:오후 3시}} 전까지 하겠습니다."""},

{"id": "s4-d01-011", "kind": "system_access_log", "text": """[예방접종통합관리시스템 접속기록]
2024-11-04 09:02:11 user=hlth_kjm 성명=[[PERSON:김재민]] ip=[[IP_ADDRESS:10.41.22.107]] action=SEARCH target=[[PERSON:조영길]]([[BIRTH_DATE:410925]])
2024-11-04 09:02:48 user=hlth_kjm 성명=[[PERSON:김재민]] ip=[[IP_ADDRESS:10.41.22.107]] action=PRINT doc=예방접종증명서
2024-11-04 09:15:03 user=hlth_lsh 성명=[[PERSON:이서현]] ip=[[IP_ADDRESS:10.41.22.119]] action=LOGIN client={{version:v3.2.14}} mask={{subnet_mask:255.255.255.0}}"""},

{"id": "s4-d01-012", "kind": "tb_contact_investigation", "text": """결핵 접촉자 조사표 (가족)
지표환자: [[PERSON:문경식]] (M/67) 진단일 {{date:2024-08-21}}
| 관계 | 성명 | 생년월일 | 연락처 | 검사일 |
| 배우자 | [[PERSON:배옥순]] | [[BIRTH_DATE:57.02.14]] | [[PHONE_NUMBER:010-2043-5718]] | {{date:08-27}} |
| 손녀 | [[PERSON:문서아]] | [[BIRTH_DATE:16.10.03]] | 모 [[PERSON:고은정]] [[PHONE_NUMBER:010-6619-0072]] | {{date:08-28}} |
| 동거인 | [[PERSON:문경호]](동생) | [[BIRTH_DATE:1961.6.1]] | 본인 없음 | 미검 |
주거지 [[KR_ADDRESS:용인시 처인구 김량장동 152-7번지]]"""},

{"id": "s4-d01-013", "kind": "maternal_registration", "text": """임산부 등록(모자보건)
산모 [[PERSON:신유나]] / [[KR_RRN:930628-253771?]]
출산예정일 {{date:2025.01.14}} (※생일 아님)
배우자 [[PERSON:오준혁]] [[BIRTH_DATE:1990.12.02]]
주소 [[KR_ADDRESS:경기 성남시 분당구 판교역로 10, 알파리움1단지 104동 2202호]]
연락 [[PHONE_NUMBER:01093120058]]  이메일 [[EMAIL_ADDRESS:yuna_shin93@naver.com]]
철분제 3개월분 지급 / 등록일 {{date:2024-07-01}}"""},

{"id": "s4-d01-014", "kind": "phone_call_note", "text": """☎ 통화기록 {{date:11.21.}} {{time:16:05}}
발신: [[PERSON:엄태순]] 어르신 (댁전화 [[PHONE_NUMBER:031)254-7783]])
"우리 영감 [[PERSON:최병수]]이가 치매 검사 받았다는데 결과지가 안 와" 하심.
확인결과 {{date:11/8}} 선별검사(CIST) 완료, 결과 우편은 {{date:11/15}} 발송됨. 주소가 구주소(벽적골)로 돼 있어서 반송된 듯. 현주소 [[KR_ADDRESS:수원시 영통구 영통로 214번길 12, 신나무실 주공5단지 534동 1102호]] 로 재발송 함."""},

{"id": "s4-d01-015", "kind": "screening_reservation", "text": "[[PERSON:이명희]]([[BIRTH_DATE:550804]]) 여 / 예약번호 {{reservation_number:R24-09-00187}} / 골밀도검사 {{date:9.10(화)}} {{time:09:30}} / 연락 [[PHONE_NUMBER:010-3185-67o2]]"},

{"id": "s4-d01-016", "kind": "health_center_registration", "text": """방문건강관리 대상자 등록
대상자 : [[PERSON:金福順]] ([[PERSON:김복순]])   [[BIRTH_DATE:一九三八年 五月 二十日]]生 (음력)
주민등록번호 : [[KR_RRN:380520-214671?]]
주소 : [[KR_ADDRESS:용인시 수지구 풍덕천동 703-11 (2층 뒷집)]]
독거 / 기초생활수급 / 고혈압·관절염
비상연락 : 조카 [[PERSON:김영철]] [[PHONE_NUMBER:010-2290-4415]] (인천 거주)
최초방문 {{date:2024.04.11}}, 담당 방문간호사 [[PERSON:전하늘]] (사번 [[EMPLOYEE_ID:YI-2019-0331]])"""},
]
