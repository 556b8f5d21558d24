# batch 08 - mixed; glued particles, full-width digits, lunar/solar marks. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-08-001", "kind": "complaint", "text": """저는[[BIRTH_DATE:1990년1월2일]]생이고 이름은[[PERSON:공하진]]입니다. 청년기본소득 신청했는데 {{date:2024년12월31일}}기준 만34세 초과라고 탈락 문자가 왔어요.
생일이[[BIRTH_DATE:1월2일]]이라 그날 기준이면 아직 만 34세인데 판정이 틀린 것 같고 문자 내용도 너무 불친절합니다.
연락처[[PHONE_NUMBER:010-3927-4416]], 주소[[KR_ADDRESS:성남시 수정구 복정로 87번길 6, 203호]]"""},

{"id": "s2-08-002", "kind": "intake", "text": """산모·신생아 건강관리 지원 신청
산모: [[PERSON:라수연]] (생년월일 [[BIRTH_DATE:１９９３．０７．０４]])
신생아: [[PERSON:라수연]] 아기(이름 미정), 출생일 [[BIRTH_DATE:２０２４．１０．２７]], 출생시각 {{time:０４：１２}}
분만기관: {{org_name:분당차여성병원}}
출산예정일이었던 {{date:２０２４．１１．０３}}보다 일주일 빨리 출생
서비스 희망 시작일 {{date:２０２４．１１．０４}}
연락처 [[PHONE_NUMBER:０１０－６２１８－０９４７]]"""},

{"id": "s2-08-003", "kind": "table", "text": """주간보호센터 이용 어르신 현황 ({{date:2024.11.01}} 현재)
성명        생년월일(음/양)     등급   이용시작일
[[PERSON:방옥례]]      [[BIRTH_DATE:1935.02.17]](음)       3등급  {{date:2021.05.03}}
[[PERSON:추광식]]      [[BIRTH_DATE:1940.09.09]](양)       4등급  {{date:2023.01.16}}
[[PERSON:길순애]]      [[BIRTH_DATE:1938.12.30]](음)       3등급  {{date:2022.11.07}}
[[PERSON:탁영배]]      [[BIRTH_DATE:1942.06.25]](양)       5등급  {{date:2024.09.02}}
작성 [[PERSON:모하린]] 사회복지사 / [[EMAIL_ADDRESS:harin.mo@ydaycare.or.kr]]"""},

{"id": "s2-08-004", "kind": "email", "text": """제목: 어린이집 입소 대기 순번 문의

원장님 안녕하세요. [[PERSON:이도하]] 엄마입니다.
도하는 [[BIRTH_DATE:2022년 8월 16일]]생이고 입소 대기 신청은 {{date:2023년 3월 2일}}에 했습니다.
내년 {{date:3월}} 입소가 가능할지 궁금합니다. 동생 [[PERSON:이도윤]]도 [[BIRTH_DATE:2024년 5월]] 출생이라 함께 대기 등록하고 싶어요.
집 주소는 [[KR_ADDRESS:용인시 기흥구 흥덕1로 79번길 31, 1402동 603호]]입니다.
[[PERSON:유채린]] / [[EMAIL_ADDRESS:chaerin.yoo22@naver.com]]"""},

{"id": "s2-08-005", "kind": "hr_form", "text": """육아휴직 신청서
신청인: [[PERSON:배준성]]  소속: 환경정책과  직원번호: [[EMPLOYEE_ID:2016-0732]]
자녀: [[PERSON:배시온]]  자녀 생년월일: [[BIRTH_DATE:2023. 9. 18.]]
휴직기간: {{date:2024. 12. 1.}} ~ {{date:2025. 11. 30.}}
신청인 생년월일 [[BIRTH_DATE:1989. 2. 7.]], 최초 임용 {{date:2016. 7. 1.}}
신청일 {{date:2024. 10. 25.}}   결재: 과장 [[PERSON:윤해성]]"""},

{"id": "s2-08-006", "kind": "call_note", "text": """보훈 관련 상담 ({{date:24.10.29}})
유족 [[PERSON:노정애]] 님 - 부친 [[PERSON:노병찬]] 국가유공자(참전), 출생 [[BIRTH_DATE:1931. 5. 20.]], 별세 {{date:2024. 10. 11.}}
문의: 장례보조금, 안장 신청
[[PERSON:노정애]] 님 연락처 [[PHONE_NUMBER:031-263-5542]], 본인 [[BIRTH_DATE:1958. 3. 3.]]생
→ {{org_name:수원보훈지청}} 연계 안내({{public_number:031-230-2114}})"""},

{"id": "s2-08-007", "kind": "school_form", "text": """대학 기숙사 입사 신청서
학번: [[STUDENT_ID:2024115082]]   성명: [[PERSON:연서하]]   생년월일: [[BIRTH_DATE:2005-09-26]]
본가 주소: [[KR_ADDRESS:전라남도 순천시 연향번영길 41, 502동 1101호]]
휴대전화: [[PHONE_NUMBER:010-2673-0891]]   이메일: [[EMAIL_ADDRESS:seoha0926@stu.gachon-demo.ac.kr]]
입사기간: {{date:2025-02-27}} ~ {{date:2025-06-20}}
룸메이트 희망: [[PERSON:남기현]] (학번 [[STUDENT_ID:2024115147]])"""},

{"id": "s2-08-008", "kind": "memo", "text": """[[PERSON:권영민]] 주무관님 인수인계 메모
- 진행 중: 장애인 보조기기 지원 [[PERSON:석하은]]([[BIRTH_DATE:'09. 1. 30.]]생) - 견적 {{date:11/8}} 도착 예정
- 진행 중: [[PERSON:옥재훈]]([[BIRTH_DATE:'77. 12. 4.]]생) - 현장확인 {{date:11/14}}
- 완료: [[PERSON:하도연]] {{date:10/31}} 지급
- [[PERSON:권영민]] 주무관 사번 [[EMPLOYEE_ID:SW-19-233]], 후임 [[PERSON:금지혜]] 주무관 사번 [[EMPLOYEE_ID:SW-24-018]]"""},

{"id": "s2-08-009", "kind": "sms", "text": """[용인시] [[PERSON:오세영]]님 ([[BIRTH_DATE:1979.**.14]]) 자동차 검사 유효기간 만료일 {{date:2024.12.05}}. 검사기간 {{date:11.06}}~{{date:01.04}}. 미검사 시 과태료 부과"""},

{"id": "s2-08-010", "kind": "ocr", "text": """진  단  서
환자의 성명 [[PERSON:한 세 훈]]   주민등록번호 [[KR_RRN:871102-1******]]
환자의 주소 [[KR_ADDRESS:수원시 권선구 호매실로 90 , 1 0 3 동  2 0 4 호]]
생  년  월  일 [[BIRTH_DATE:1987 년 11 월 02 일]]   연 령 ( 만 ) 36
발  병  일 {{date:2024 년 09 월 30 일}}   진  단  일 {{date:2024 년 10 월 02 일}}
의료기관 {{org_name:○○정형외과의원}}  면허번호 제 {{license_number:45821}} 호"""},

{"id": "s2-08-011", "kind": "export", "text": """신청번호|신청인|출생일|성별|학교|학번|신청일시
{{receipt_number:EDU-0412}}|[[PERSON:모서진]]|[[BIRTH_DATE:2008-03-12]]|여|{{org_name:수원○○고}}|[[STUDENT_ID:20304]]|{{date:2024-04-01}} {{time:10:21}}
{{receipt_number:EDU-0413}}|[[PERSON:태하준]]|[[BIRTH_DATE:2008-07-19]]|남|{{org_name:수원○○고}}|[[STUDENT_ID:20518]]|{{date:2024-04-01}} {{time:10:44}}
{{receipt_number:EDU-0414}}|[[PERSON:빈예서]]|[[BIRTH_DATE:2009-01-08]]|여|{{org_name:수원△△고}}|[[STUDENT_ID:10227]]|{{date:2024-04-02}} {{time:09:05}}"""},

{"id": "s2-08-012", "kind": "chat", "text": """[[PERSON:가온]]: 할머니 칠순 언제야?
[[PERSON:누리]]: 할머니 [[BIRTH_DATE:1955년]] 음력 [[BIRTH_DATE:9월 초사흘]]생이라 올해는 양력 {{date:10월 5일}}이래
[[PERSON:가온]]: 식당은 {{date:10/5}} {{time:12시}} 예약할게
[[PERSON:누리]]: 고모 번호 [[PHONE_NUMBER:010-2205-6613]] 여기로 장소 보내줘"""},

{"id": "s2-08-013", "kind": "case_report", "text": """노인학대 의심사례 현장조사서
조사일 {{date:2024-09-06}} / 신고일 {{date:2024-09-05}}
피해노인: [[PERSON:심○순]], [[BIRTH_DATE:1937-10-03]]생(87세), 여
행위의심자: 아들 [[PERSON:심○호]], [[BIRTH_DATE:1966-04-15]]생
주소: [[KR_ADDRESS:성남시 중원구 금광로 45번길 19-3, 2층]]
조사자: [[PERSON:유지원]] 상담원, [[PERSON:강서율]] 상담원"""},

{"id": "s2-08-014", "kind": "notice", "text": """경로당 어르신 생신잔치 안내
{{date:11월}} 생신 어르신: [[PERSON:김○○]] 어르신, [[PERSON:이○○]] 어르신 외
일시: {{date:11월 22일}}(금) {{time:11:00}}
장소: {{place_name:매탄3동 경로당}}
협찬: {{org_name:매탄3동 새마을부녀회}}
※ 참석 확인은 총무님께 {{date:11/20}}까지"""},

{"id": "s2-08-015", "kind": "complaint", "text": """주차장 배정 추첨에서 제 차가 누락됐습니다. 신청은 {{date:2024. 9. 9.}}에 했고 추첨 결과 발표는 {{date:10. 4.}}였는데 명단에 없네요.
[[PERSON:봉진우]], [[KR_ADDRESS:용인시 수지구 수풍로 7, 한빛아파트 103동 1104호]], 차량 {{vehicle_number:245나7781}}.
메일 [[EMAIL_ADDRESS:jinwoo.bong@hotmail.com]]로 결과 회신 바랍니다."""},

{"id": "s2-08-016", "kind": "hr_form", "text": """신원조사 회보서 (사본)
성명: [[PERSON:함예준]]
출생연월일: [[BIRTH_DATE:1997년 10월 5일]]
본적: {{place_name:충청남도 공주시}}
현주소: [[KR_ADDRESS:수원시 팔달구 권광로 260, 3동 1007호]]
조회일: {{date:2024년 7월 3일}}, 임용 예정일: {{date:2024년 7월 15일}}
임용 후 부여 인사번호: [[EMPLOYEE_ID:SW-24-087]]"""},
]
