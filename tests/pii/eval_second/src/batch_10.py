# batch 10 - hard record pairs (birth vs hire/death dates), addresses, student ids. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-10-001", "kind": "hr_form", "text": """[[PERSON:전소망]] / [[BIRTH_DATE:1992.04.01]] / [[EMPLOYEE_ID:HR-1129]] / 입사 {{date:2019.04.01}} / 퇴사 {{date:2024.03.31}}
[[PERSON:계현우]] / [[BIRTH_DATE:1988.10.10]] / [[EMPLOYEE_ID:HR-1130]] / 입사 {{date:2019.05.13}} / 재직
[[PERSON:독고준]] / [[BIRTH_DATE:1995.01.31]] / [[EMPLOYEE_ID:HR-1131]] / 입사 {{date:2020.01.02}} / 재직
(경력확인서 발급대장, 출력 {{date:2024.11.05}})"""},

{"id": "s2-10-002", "kind": "ocr", "text": """제  적  등  본 (발췌)
성명 [[PERSON:탁 순 덕]]
출생   단기 [[BIRTH_DATE:4270년 3월 2일]]
사망   {{date:2019년 12월 3일}} {{time:14시 10분}}  [[KR_ADDRESS:경기도 용인시 처인구 김량장동 275-3]]에서 사망
신고일 {{date:2019년 12월 5일}}  신고인 자 [[PERSON:탁 명 환]]"""},

{"id": "s2-10-003", "kind": "complaint", "text": """안녕하세요, 장애인 주차표지 재발급 건입니다. 남편 [[PERSON:구자헌]]([[BIRTH_DATE:1954년 9월 1일]]생)이 {{date:2024년 8월 23일}}에 사망해서 표지를 반납하려는데, 저([[PERSON:왕미옥]], [[BIRTH_DATE:1957년 2월 14일]]생)도 장애가 있어서 제 명의로 새로 받을 수 있는지 궁금합니다.
주소는 [[KR_ADDRESS:수원시 권선구 금곡로 102번길 43, 104동 1206호]]이고, 차량은 {{vehicle_number:38마2019}}입니다.
전화 [[PHONE_NUMBER:031-292-4185]] (집)"""},

{"id": "s2-10-004", "kind": "table", "text": """방과후 돌봄교실 대기자 명단
순위\t학생명\t학년-반-번호\t생년월일\t대기등록일\t보호자 연락처
1\t[[PERSON:태이준]]\t[[STUDENT_ID:1-2-11]]\t[[BIRTH_DATE:2017.06.06]]\t{{date:2024.02.19}}\t[[PHONE_NUMBER:010-3306-1822]]
2\t[[PERSON:채아린]]\t[[STUDENT_ID:1-4-03]]\t[[BIRTH_DATE:2017.02.28]]\t{{date:2024.02.20}}\t[[PHONE_NUMBER:010-9918-4470]]
3\t[[PERSON:봉시아]]\t[[STUDENT_ID:2-1-15]]\t[[BIRTH_DATE:2016.11.30]]\t{{date:2024.03.04}}\t[[PHONE_NUMBER:010-2250-7713]]"""},

{"id": "s2-10-005", "kind": "email", "text": """보내는 사람: [[PERSON:현태양]] <[[EMAIL_ADDRESS:taeyang.hyun@seongnam.go.kr]]>
받는 사람: {{public_email:noreply-minwon@seongnam.go.kr}} (오발송)

[[PERSON:남궁지아]] 님, 요청하신 주민등록표 열람 결과 안내입니다.
열람 대상: [[PERSON:남궁지아]] (주민등록번호 [[KR_RRN:030918-4******]], 생년월일 [[BIRTH_DATE:2003-09-18]])
열람 주소이력: [[KR_ADDRESS:성남시 수정구 신흥동 3471, 201호]] → [[KR_ADDRESS:성남시 분당구 미금일로 90, 802동 1104호]]({{date:2021-03-02}} 전입)
발급일 {{date:2024-11-06}}"""},

{"id": "s2-10-006", "kind": "intake", "text": """외국인 주민 상담 접수
Name: [[PERSON:Tran Minh Duc]]   Nationality: Vietnam
Date of birth: [[BIRTH_DATE:1994. 8. 30.]]   Alien reg. no. 앞자리 [[BIRTH_DATE:940830]]
Entry date: {{date:2019. 5. 2.}}   Visa expiry: {{date:2025. 5. 1.}}
Address: [[KR_ADDRESS:경기도 수원시 팔달구 경수대로 402번길 16, 3층 301호]]
Employer: {{org_name:(주)대한정밀}} / Tel [[PHONE_NUMBER:010-5582-7061]]
Interpreter: [[PERSON:응우옌 티 하]] ({{org_name:수원시외국인복지센터}})"""},

{"id": "s2-10-007", "kind": "memo", "text": """★ 전화번호처럼 보이지만 날짜임 ★
서식 접수일 칸은 월일-연도 형식(예: {{date:0820-2024}}). 신청인 연락처 칸과 헷갈리지 말 것.
예) [[PERSON:하은솔]] 신청건: 접수 {{date:1105-2024}}, 연락처 [[PHONE_NUMBER:010-1105-2024]] ← 본인 번호 맞음(확인 {{date:11/5}})
생년월일 칸은 [[BIRTH_DATE:19961105]]. 우연히 접수일과 월일이 같음."""},

{"id": "s2-10-008", "kind": "school_form", "text": """2025학년도 신입생 예비소집 확인서
수험번호 {{receipt_number:25-01137}}  배정학교 {{org_name:성남○○고등학교}}
성명 [[PERSON:명하람]]  생년월일 [[BIRTH_DATE:2009년 04월 17일]]  출신중학교 {{org_name:성남△△중학교}}
부여 학번 [[STUDENT_ID:25107]]
현주소 [[KR_ADDRESS:성남시 중원구 여수대로 21, 1104동 304호]]
예비소집일 {{date:2025년 02월 12일}} {{time:10:00}}"""},

{"id": "s2-10-009", "kind": "chat", "text": """상담톡 (챗봇 → 상담원 연결)
고객: 주민번호 뒷자리는 못 알려드려요
상담원 [[PERSON:예지원]]: 네 괜찮습니다. 생년월일과 성함만 말씀해 주세요
고객: [[PERSON:곽보영]]이고 [[BIRTH_DATE:83.6.22]]입니다
상담원 [[PERSON:예지원]]: 확인됐습니다. {{date:6.22}}까지 납부하신 건은 정상 반영되었어요
고객: 우연이네요 제 생일이랑 같은 날 냈네 ㅎ"""},

{"id": "s2-10-010", "kind": "case_report", "text": """화재 피해 이재민 지원 현황
화재발생: {{date:2024-10-03}} {{time:02:14}} / 장소: [[KR_ADDRESS:용인시 기흥구 중부대로 242, 다세대주택 나동 201호]]
이재민: [[PERSON:설경호]]([[BIRTH_DATE:1972-12-12]]), [[PERSON:설예나]]([[BIRTH_DATE:2006-05-08]]), [[PERSON:임정화]]([[BIRTH_DATE:1975-03-27]])
임시거주: {{org_name:기흥구 임시주거시설}} {{date:10-03}}~{{date:10-31}}
재난지원금 지급일: {{date:2024-10-11}}"""},

{"id": "s2-10-011", "kind": "notice", "text": """2025년 정기 주민등록 사실조사 일정
조사기간: {{date:2025. 7. 14.}} ~ {{date:2025. 11. 28.}}
비대면 조사: {{date:7. 14.}} ~ {{date:8. 31.}} (정부24)
중점 조사대상: {{date:1925. 12. 31.}} 이전 출생자(100세 이상), 복지 위기가구
문의 {{org_name:행정안전부}} {{public_number:044-205-3152}}"""},

{"id": "s2-10-012", "kind": "sms", "text": """[[PERSON:유정민]]님 예약 안내: {{date:11월 19일}}(화) {{time:오전 9시}} 건강검진. 검진 당일 신분증 지참, 본인확인용 생년월일 [[BIRTH_DATE:1964년 11월 19일]]. 생신 축하드립니다. {{org_name:성남시의료원}} 건강증진센터"""},

{"id": "s2-10-013", "kind": "export", "text": """NO	이름	주민등록번호	생년월일	주소
1	[[PERSON:백한솔]]	[[KR_RRN:000315-344567?]]	[[BIRTH_DATE:2000-03-15]]	[[KR_ADDRESS:수원시 영통구 청명남로 30, 310동 503호]]
2	[[PERSON:여성민]]	[[KR_RRN:950106-102938?]]	[[BIRTH_DATE:1995-01-06]]	[[KR_ADDRESS:수원시 영통구 반달로 7번길 20, 2층]]
3	[[PERSON:지하윤]]	[[KR_RRN:070720-421177?]]	[[BIRTH_DATE:2007-07-20]]	[[KR_ADDRESS:수원시 영통구 태장로 82, 402동 1601호]]"""},

{"id": "s2-10-014", "kind": "minutes", "text": """감사 지적사항 조치 회의
일시: {{date:2024.11.01}} {{time:10:00}}
참석: 감사관 [[PERSON:도재윤]], 민원여권과 [[PERSON:송연희]] 팀장, [[PERSON:구하람]] 주무관
지적1: 민원서식에 생년월일과 접수일이 같은 칸 형식(8자리)으로 되어 있어 입력 오류 다수 (예: 생년월일 칸에 접수일 {{date:20240315}} 입력)
조치: {{date:2024.12.31}}까지 서식 개선. 담당 [[PERSON:구하람]] ([[EMAIL_ADDRESS:haram.koo@suwon.go.kr]])"""},

{"id": "s2-10-015", "kind": "call_note", "text": """발신: [[PERSON:소윤희]] / 생년월일 불러주심: "[[BIRTH_DATE:천구백칠십삼년 시월 삼일]]"
내용: 아들 [[PERSON:서재민]](학번 [[STUDENT_ID:20241877]], {{org_name:경기○○대학교}}) 학자금 대출 이자 지원 신청 문의
신청기간 {{date:11.11}}~{{date:11.29}} 안내. 회신 [[PHONE_NUMBER:010-4915-2837]]
상담 {{date:2024.11.07}} {{time:17:55}} / 상담원 [[PERSON:하누리]]"""},

{"id": "s2-10-016", "kind": "hr_form", "text": """명예퇴직 수당 지급 대상자 확인
성명: [[PERSON:편광수]]    사번: [[EMPLOYEE_ID:1992-0317]]
생년월일: [[BIRTH_DATE:1966.07.29]]    정년퇴직 예정일: {{date:2026.06.30}}
명예퇴직일: {{date:2024.12.31}}    재직기간: {{date:1992.03.17}} ~ {{date:2024.12.31}}
수당 지급 계좌 확인 연락처 [[PHONE_NUMBER:010-8124-0963]]
자택: [[KR_ADDRESS:용인시 수지구 광교중앙로 295, 4203동 702호]]"""},
]
