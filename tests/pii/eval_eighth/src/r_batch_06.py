# Writer r, batch 06: mixed health and welfare domains. All invented. CC0 1.0.
DOCS = [
{"id": "s8-r06-001", "kind": "case_note", "text": """정신건강복지센터 사례회의 {{date:2024.11.20}}
사례 [[PERSON:목정훈]](조현병, [[BIRTH_DATE:1984. 5. 6.]]) 투약 중단 3주. 모 [[PERSON:목순애]]와 [[KR_ADDRESS:수원시 권선구 서부로 1600번길 22-9, 나동 102호]] 거주.
대학 복학 희망 – {{org_name:경기대학교}} 학번 [[STUDENT_ID:200411382]] (휴학 상태 확인 필요).
운전면허 [[KR_DRIVER_LICENSE:12-04-118392-60]] 적성검사 기한 도래, 운전 자제 권고.
담당 정신건강전문요원 [[PERSON:선혜란]] ☎ [[PHONE_NUMBER:031-247-3279]](직통)"""},

{"id": "s8-r06-002", "kind": "form", "text": """정신건강 치료비 지원 신청
성명: [[PERSON:엄지민]]  생년월일: [[BIRTH_DATE:2001-09-14]]  학번: [[STUDENT_ID:2020-12877]] ({{org_name:단국대학교 죽전캠퍼스}})
주소: [[KR_ADDRESS:용인시 수지구 죽전로 152, 단국대 진리관 B동 411호]] (기숙사)
연락처: [[PHONE_NUMBER:010-7731-0459]]  지원금 계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-12-8840917]]
진료기관: {{org_name:마음숲정신건강의학과의원}} (사업자 [[KR_BRN:142-91-3302?]], 원장 [[PERSON:탁은서]])"""},

{"id": "s8-r06-003", "kind": "sms", "text": """[Web발신] 엄마 나 [[PERSON:준영]]이 폰 깨져서 친구폰으로 보내 보건소 결핵검진 결과 나오면 [[PHONE_NUMBER:010-3948-7720]]로 말해줘"""},

{"id": "s8-r06-004", "kind": "table", "text": """예방접종 위탁의료기관 비용상환 내역 ({{date:2024년 10월}}분)
의료기관명\t대표자\t사업자등록번호\t상환액
{{org_name:연세밝은내과의원}}\t[[PERSON:백도현]]\t[[KR_BRN:135-90-1174?]]\t{{amount:4,218,000}}
{{org_name:하늘소아청소년과의원}}\t[[PERSON:피은정]]\t[[KR_BRN:214-96-5081?]]\t{{amount:2,907,500}}
{{org_name:의료법인 성심의료재단}}\t-\t{{business_number:220-82-09114}}\t{{amount:11,340,000}}"""},

{"id": "s8-r06-005", "kind": "email", "text": """From: [[EMAIL_ADDRESS:okja.lim53@daum.net]]
To: {{public_email:hospice@ncc.re.kr}}
보낸날짜: {{date:2024년 3월 2일 토요일 오후 11:14}}

선생님 저는 [[PERSON:임옥자]]입니다. 남편 [[PERSON:추광일]]([[BIRTH_DATE:1949.09.03]]) 간암 말기로 호스피스 입원 대기 중인데 순번이 언제쯤일지요. 집은 [[KR_ADDRESS:용인시 수지구 동천로 437번길 30, 동문굿모닝힐 2차 208동 1401호]]입니다. 집전화 [[PHONE_NUMBER:(031)263-8840]]"""},

{"id": "s8-r06-006", "kind": "system_log", "text": """2024-07-22 06:01:55 kernel: [EMS-NAV] route_req car=[[KR_CAR_PLATE:80허3392]] driver=[[PERSON:주원석]] lic=[[KR_DRIVER_LICENSE:28-13-074455-82]]
2024-07-22 06:01:55 kernel: [EMS-NAV] dest=[[KR_ADDRESS:성남시 분당구 구미로 173번길 59]] patient=[[PERSON:경민아]] dob=[[BIRTH_DATE:2016-02-29]]
2024-07-22 06:01:56 kernel: [EMS-NAV] upstream=[[IP_ADDRESS:203.248.117.6]] oid={{oid:1.3.6.1.4.1.9.9.13}}"""},

{"id": "s8-r06-007", "kind": "letter_from_abroad", "text": """존경하는 장안구보건소 선생님들께,

베트남 하노이에서 [[PERSON:Lê Thị Mai]] ([[PERSON:레티마이]])가 편지 씁니다. 제 딸 [[PERSON:Nguyễn Thu Hà]]는 [[BIRTH_DATE:2002년 10월 9일]]생이고, 한국 남편 [[PERSON:문성철]]과 [[KR_ADDRESS:수원시 장안구 조원로 82, 조원 한일타운 132동 1105호]]에 살고 있습니다. 딸이 출산 후 우울증이 심해서 걱정입니다. 딸의 외국인등록번호는 [[KR_FRN:021009-6183207]]입니다. 저는 {{date:다음 달 15일}} 여권 [[KR_PASSPORT:C1928374]]로 한국에 갑니다."""},

{"id": "s8-r06-008", "kind": "short_memo", "text": """[[PERSON:김○○]](7O대) 치매쉼터 결석 3회 → 유선확인 요망. 담당 [[PERSON:이*진]]."""},

{"id": "s8-r06-009", "kind": "call_transcript", "text": """상담원: {{org_name:의료비 긴급지원 콜센터}}입니다.
민원인: 네, 어제 응급실비가 너무 많이 나와서요. 제 이름 [[PERSON:나도윤]]이고 생일은 [[BIRTH_DATE:팔칠년 삼월 이일]]이요.
상담원: 카드로 결제하셨어요?
민원인: 네 삼성카드 [[CREDIT_CARD:9410 6128 3377 402?]]로요. 영수증은 있어요.
상담원: 주소지 관할 행정복지센터로 가셔야 하는데요, 주소가 어디세요?
민원인: [[KR_ADDRESS:성남시 중원구 여수대로 120, 한라비발디 105동 604호]]요."""},

{"id": "s8-r06-010", "kind": "ocr_form", "text": """응 급 의 료 비 미 수 금 대 지 급 청 구 서
환 자 [[PERSON:채 병 수]]   생 년 월 일 [[BIRTH_DATE:l958 . l0 . 0l]]
주 소 [[KR_ADDRESS:수원시 팔달구 지동 277-14번지 2층]]
진 료 일 {{date:2O24 . O3 . 1O}}   청 구 액 {{amount:1,2O4,OOO}}원
확 인 자 원무과 [[PERSON:봉 지 석]] (사번 [[EMPLOYEE_ID:W-22O19]])"""},

{"id": "s8-r06-011", "kind": "chat_export", "text": """[조리원 동기 단톡방]
[[PERSON:하윤]]맘 대신 본명 쓸게요 [[PERSON:김세라]]예요ㅎㅎ
산모 바우처 카드 [[CREDIT_CARD:4906-****-****-1187]] 이거 저만 안 긁혀요?
[[PERSON:서진]]: 국민행복카드 기간 {{duration:출산 후 2년}}이라 아직 될텐데
[[PERSON:김세라]]: 아 주소 바뀐거 등록 안해서 그런가봐요 [[KR_ADDRESS:용인 기흥구 동백5로 21 101-1302]]로 이사왔거든요"""},

{"id": "s8-r06-012", "kind": "contact_tracing", "text": """홍역 접촉자 조사표 – 항공편 {{code:KE652}} ({{date:2024-02-14}} 하노이→인천)
좌석 | 성명 | 여권 | 생년월일 | 국내 연락처
{{code:32C}} | [[PERSON:SONG JIHYE]] | [[KR_PASSPORT:M88410273]] | [[BIRTH_DATE:14 JUL 1986]] | [[PHONE_NUMBER:010-6602-1497]]
{{code:32D}} | [[PERSON:BUI VAN LONG]] | [[KR_PASSPORT:C7731902]] | [[BIRTH_DATE:02 JAN 1990]] | [[PHONE_NUMBER:010-5513-0984]]
{{code:33A}} | [[PERSON:OH SEUNGWOO]] | [[KR_PASSPORT:M104B3377]] | [[BIRTH_DATE:29 NOV 2019]] | (보호자 번호 동일)"""},

{"id": "s8-r06-013", "kind": "hospice_note", "text": """사별가족 전화상담 {{date:2024.12.11}}
고인 [[PERSON:황금자]] 님(향년 88세, [[BIRTH_DATE:1936년]] 출생) 장녀 [[PERSON:유미선]] 님 통화. 49재 {{date:12/28}} 예정, 잠 못 주무심.
안심상속 신청은 막내 [[PERSON:유재하]] 님이 했다 함. 추후 사별가족 모임 {{date:1월 셋째 주 목요일}} 안내."""},

{"id": "s8-r06-014", "kind": "complaint", "text": """제목: 구급차 늦게 와서 아버지가
내용: {{date:7월 3일 새벽}}에 [[KR_ADDRESS:수원시 장안구 만석로 29번길 7-2]] 집에서 아버지 쓰러지셨는데 구급차가 25분 걸렸습니다. 아버지 [[PERSON:하영철]] ([[BIRTH_DATE:1955년 7월 4일]]생, 바로 다음날이 생신이었음) 지금 중환자실입니다. 원인 답변 바랍니다.
작성자 [[PERSON:하지은]] / [[PHONE_NUMBER:010-2864-9015]] / [[EMAIL_ADDRESS:jieun.ha.0704@gmail.com]]"""},

{"id": "s8-r06-015", "kind": "table", "text": """성명,면허번호,면허종류,갱신일
[[PERSON:설재원]],[[KR_DRIVER_LICENSE:서울 05-189922-34]],1종보통,{{date:2025-06-30}}
[[PERSON:연하늘]],[[KR_DRIVER_LICENSE:26-19-300417-11]],1종대형,{{date:2027-01-15}}
(구급차 운전원 자격 확인용, 환자 이송업체 {{org_name:온누리응급환자이송단}})"""},

{"id": "s8-r06-016", "kind": "case_note", "text": """출산가정 방문 {{date:'24.9.4}} 아기 [[PERSON:도윤]](남, [[BIRTH_DATE:8/20]]생) 황달 소견, 소아과 권유. 모 [[PERSON:편해솔]], 부 [[PERSON:구본철]] 야간근무. 모유수유 중."""},

{"id": "s8-r06-017", "kind": "notice", "text": """[성남시 정신건강복지센터] 직원 연락처 변경
센터 대표 {{public_number:031-754-3220}} / 야간 위기상담 {{public_number:1577-0199}}
팩스 {{public_number:031-754-3221}} / 홈페이지 접속 불가 시 [[IP_ADDRESS:211.44.250.9]] 대신 도메인 사용
{{date:2025.1.1.}}부터 적용"""},

{"id": "s8-r06-018", "kind": "table", "text": """HPV 예방접종 미접종자 명단({{org_name:수원시 권선구보건소}} → 학교 통보, {{date:2024.06.03}} 기준)
학번 / 성명 / 생년월일 / 보호자 연락처
[[STUDENT_ID:30417]] / [[PERSON:길서윤]] / [[BIRTH_DATE:2011.02.08]] / [[PHONE_NUMBER:010-9014-2263]]
[[STUDENT_ID:30522]] / [[PERSON:Aisha Rahman]] / [[BIRTH_DATE:2011.09.17]] / [[PHONE_NUMBER:010-4127-8805]]
[[STUDENT_ID:31108]] / [[PERSON:탁 하 은]] / [[BIRTH_DATE:2011.12.31]] / (미기재)
※ 학번 = 학년·반·번호, 교무실 {{public_number:031-292-4407}}"""},
]
