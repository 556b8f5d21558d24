# Writer i, batch 05: job applications, résumés, employment papers. CC0 1.0. All values invented.
DOCS = [
{"id": "s5-i05-001", "kind": "resume", "text": """이 력 서
| 성 명 | [[PERSON:염 다 빈]] | 한자 | [[PERSON:廉多彬]] |
| 생년월일 | [[BIRTH_DATE:1996년 10월 02일]] (만 27세) | 성별 | 여 |
| 주 소 | [[KR_ADDRESS:경기도 수원시 장안구 만석로 29, 2층 201호 (정자동)]] |
| 휴대폰 | [[PHONE_NUMBER:010-3128-5574]] | E-mail | [[EMAIL_ADDRESS:dabin.yeom@naver.com]] |
학력사항
| {{date:2012.03 ~ 2015.02}} | 수원여자고등학교 졸업 |
| {{date:2015.03 ~ 2019.02}} | ○○대학교 행정학과 졸업 (학점 3.8/4.5) |
경력사항
| {{date:2019.04 ~ 2023.12}} | (주)한결물산 총무팀 사원→주임 |
자격: 컴퓨터활용능력 1급(자격번호 {{certificate_number:19-K9-023411}}), 1종보통 운전면허"""},

{"id": "s5-i05-002", "kind": "job_application", "text": """안녕하세요 채용 담당자님,
잡코리아 공고 보고 물류센터 주간 상차 아르바이트 지원합니다.
이름 [[PERSON:소병우]] / [[BIRTH_DATE:88년생]] / 사는 곳은 [[KR_ADDRESS:오산시 원동 777-12 대원빌라 나동 101호]] 라서 센터까지 차로 15분 거리입니다.
지게차 면허 있고 1종 대형도 있습니다(면허번호 [[KR_DRIVER_LICENSE:경기 08-221947-13]]).
{{date:다음주 월요일}}부터 바로 출근 가능합니다. 연락 기다리겠습니다 [[PHONE_NUMBER:010 2217 0698]]"""},

{"id": "s5-i05-003", "kind": "job_application", "text": """[알바 지원서] 공고번호 {{document_number:J24051833}}
지원일시 {{date:2024.05.18 21:07}}
━━━━━━━━━━━━
이름 [[PERSON:하은솔]] (여, [[BIRTH_DATE:2005년]]생)
연락처 [[PHONE_NUMBER:010-6624-****]] (열람권 구매 시 공개)
희망근무 주말 오후
자기소개 : 고3때부터 카페 알바 1년했어요! 바리스타 2급 있습니다. 학교는 [[STUDENT_ID:2024120337]](학번) 신입생이라 시간표 맞춰서 근무 가능해요"""},

{"id": "s5-i05-004", "kind": "foreign_worker", "text": """고용허가제(EPS) 구직자명부 발췌
Name: [[PERSON:HTET AUNG KYAW]]            Nationality: MYANMAR
Sex: M      Date of Birth: [[BIRTH_DATE:1997.01.23]]
Passport No.: [[KR_PASSPORT:MH817204]]       Issue: {{date:2022.06.30}}  Expiry: {{date:2032.06.29}}
Sector: 제조업     EPS-TOPIK Score: {{statistic:164}}
Job seeker No.: {{code:MMR2023-0412890}}
선정 사업장: [[KR_ADDRESS:안산시 단원구 산단로 163번길 27, 스마트허브 B동 3층]] (사업주 [[PERSON:윤광섭]])"""},

{"id": "s5-i05-005", "kind": "certificate", "text": """경 력 증 명 서

성      명 : [[PERSON:곽 태 오]]
주민등록번호 : [[KR_RRN:870521-1******]]
주      소 : [[KR_ADDRESS:경기도 성남시 분당구 서현로 180번길 20, 204동 1103호]]
사      번 : [[EMPLOYEE_ID:A-100876]]
근무기간 : {{date:2014년 1월 6일 ~ 2023년 8월 31일}}
부서/직위 : 영업2팀 / 과장
위 사실을 증명합니다.
{{date:2024년 2월 14일}}
주식회사 세진테크 (사업자등록번호 {{business_number:129-81-44725}}) 대표이사 [[PERSON:남상현]] (인)"""},

{"id": "s5-i05-006", "kind": "sms_thread", "text": """[Web발신]
[수원시시설관리공단] [[PERSON:류*서]]님 {{date:2024년 상반기}} 기간제 채용 서류전형 결과 '합격'입니다.
수험번호: {{code:FM24-0217}}
면접일시: {{date:3.26.(화) 14:00}}
장소: 공단 본관 3층 대회의실
문의: 인사팀 [[PERSON:진혜민]] [[PHONE_NUMBER:031-8015-3342]]"""},

{"id": "s5-i05-007", "kind": "hr_memo", "text": """면접 평가표 (생산직 경력)   {{date:'24.04.09}}
---------------------------------------------------------
번호  성명       출생     경력   태도  기술  합계  비고
 1   [[PERSON:주영길]]    [[BIRTH_DATE:'67]]      A      B     A    88   면허 있음
 2   [[PERSON:태민철]]    [[BIRTH_DATE:'72]]      B      A     B    84
 3   [[PERSON:Rustam Yusupov]] [[BIRTH_DATE:'91]]  A      A     B    90   한국어 중급, 통역 불필요
---------------------------------------------------------
평가위원: [[PERSON:변상민]] / [[PERSON:노서진]]"""},

{"id": "s5-i05-008", "kind": "resume", "text": """RESUME
[[PERSON:Jeong-hoon LEE]] ([[PERSON:이정훈]])
[[EMAIL_ADDRESS:jh.lee.dev@gmail.com]] | [[PHONE_NUMBER:+82 10-7314-2209]] | Seongnam, Gyeonggi
Born [[BIRTH_DATE:March 8, 1992]]

EXPERIENCE
Backend Engineer, Kakao-like startup ({{date:Jan 2020 – Present}})
 - Migrated payment service to Kotlin; p99 latency -38%
EDUCATION
B.S. Computer Science, {{date:2011–2017}} (military service {{date:2013–2015}})"""},

{"id": "s5-i05-009", "kind": "resume", "text": """[경력기술서 - 자영업 기간 포함]
{{date:2017.05 ~ 2022.10}}  '한입김밥' 운영 (개인사업자, 사업자등록번호 [[KR_BRN:124-25-8870?]])
  - 직원 3명 관리, 월 매출 관리, 배달앱 입점
  - 폐업일: {{date:2022.10.31}} (코로나 영향)
{{date:2022.12 ~ 현재}}  프랜차이즈 본사 가맹관리 (계약직)
작성자 [[PERSON:허미정]] / [[BIRTH_DATE:1983. 12. 7.]]"""},

{"id": "s5-i05-010", "kind": "job_application", "text": """신원보증 및 추천인
1) 추천인: [[PERSON:반석규]] (前 직장 상사, 현 대한물류 부장) [[PHONE_NUMBER:010-4408-1215]]
2) 추천인: [[PERSON:송기철]] 목사 (수원 영광교회) 교회 대표번호 {{public_number:031-244-9191}}
지원자와의 관계: 7년 이상 알고 지냄
지원자 [[PERSON:석우진]]은 성실하며... (이하 생략)"""},

{"id": "s5-i05-011", "kind": "csv_export", "text": """지원번호,성명,생년월일,성별,최종학력,연락처,이메일,지원분야
{{code:2024-A-001}},[[PERSON:고하늘]],[[BIRTH_DATE:99.04.11]],남,대졸,[[PHONE_NUMBER:010-2014-3370]],[[EMAIL_ADDRESS:hanul_go@naver.com]],행정
{{code:2024-A-002}},[[PERSON:이로운]],[[BIRTH_DATE:01.12.25]],여,대재,[[PHONE_NUMBER:010-8870-1126]],[[EMAIL_ADDRESS:roun.lee01@gmail.com]],행정
{{code:2024-A-003}},[[PERSON:Park Sunny]],[[BIRTH_DATE:97.07.03]],여,석사,[[PHONE_NUMBER:010-3329-0451]],[[EMAIL_ADDRESS:sunny.p@kaist.ac.kr]],연구
{{code:2024-A-004}},[[PERSON:마 준 영]],[[BIRTH_DATE:95.1.9]],남,고졸,,,시설"""},

{"id": "s5-i05-012", "kind": "notice", "text": """[용인시 기간제근로자 채용 공고 제{{document_number:2024-112}}호]
제출서류: 응시원서 1부(주민등록번호는 앞 6자리만 기재, 예: {{code:000000-0******}}), 주민등록초본 1부
접수기간: {{date:2024. 3. 4.(월) ~ 3. 8.(금) 18:00}}
접수처: 용인시청 {{place_name:일자리정책과}} / 우편 접수 불가
문의: 담당 [[PERSON:차은비]] 주무관 [[PHONE_NUMBER:031-324-4871]], 일자리센터 대표 {{public_number:031-324-2000}}"""},

{"id": "s5-i05-013", "kind": "job_application", "text": """택시 운전기사 입사지원서 (○○운수)
성명 [[PERSON:맹 재 석]]   생년월일 [[BIRTH_DATE:1961. 2. 17]]
운전면허 1종보통 [[KR_DRIVER_LICENSE:11-83-019477-52]]  (최초취득 {{date:1983.06.02}})
택시운전자격 {{certificate_number:경기-2019-008812}}
본인 차량 없음 / 전 직장 차량번호 [[KR_CAR_PLATE:경기31사1082]] (개인택시 양도)
주소 [[KR_ADDRESS:성남시 수정구 산성대로 477-4, 2층]]  연락처 [[PHONE_NUMBER:010-5309-2281]]"""},

{"id": "s5-i05-014", "kind": "resume", "text": """자 기 소 개 서
저는 [[BIRTH_DATE:1998년]] 봄에 전라남도 해남에서 태어나 여섯 살 때 어머니를 따라 수원으로 올라왔습니다.
이주 여성이셨던 어머니 [[PERSON:팜티란]]은 다문화센터에서 통번역 일을 하셨고,
저 역시 자연스럽게 베트남어와 한국어를 함께 쓰며 자랐습니다. {{date:2020년}} 육군 통역병으로 복무했고,
{{date:2023년 2월}} 대학 졸업 후 지금은 수원시글로벌청소년센터에서 멘토로 활동하고 있습니다."""},

{"id": "s5-i05-015", "kind": "employment_contract", "text": """단시간근로자 표준근로계약서
사업주: 편의점 CU 매탄○○점 대표 [[PERSON:구민석]] (사업자번호 [[KR_BRN:513-10-2273?]])
근로자: [[PERSON:안수빈]]  주민번호 [[KR_RRN:040303-402118?]]  연락처 [[PHONE_NUMBER:010-9912-3047]]
계약기간: {{date:2024년 7월 1일부터 2024년 8월 31일까지}}
임금: 시급 {{amount:9,860원}}, 매월 {{date:10일}} 근로자 명의 계좌로 지급 (케이뱅크 [[BANK_ACCOUNT:100-183-442017]])
※ 만 18세 미만은 친권자 동의서 첨부 → 해당없음 ([[BIRTH_DATE:2004.03.03]]생)"""},

{"id": "s5-i05-016", "kind": "resume", "text": """이  럭  서   (스캔본 OCR)
성 멍 : [[PERSON:가 윤 희]]     생넌월일 : [[BIRTH_DATE:l985. O6. 2l]]
주 소 : [[KR_ADDRESS:경기도 용인시 처인구 중부대로 l385, l0l동 9O4호]]
연 락 처 : [[PHONE_NUMBER:OlO-4l77-2O58]]
보육교사 2급 자격증번호 : {{certificate_number:제 2O11-l70334 호}}
경 력 : {{date:2O11.O3 ~ 2O2O.O2}} 하늘어린이집 담임교사"""},

{"id": "s5-i05-017", "kind": "email_chain", "text": """제목: [지원] 인턴십 지원서_경영학과_[[PERSON:봉예진]]

안녕하세요, 청년인턴 공고 보고 지원서 제출합니다.
- 소속: 경영학과 4학년 (학번 [[STUDENT_ID:20-1174]])
- 생년월일: [[BIRTH_DATE:2001년 06월 14일]]
- 연락처: [[PHONE_NUMBER:010.4452.7810]] / [[EMAIL_ADDRESS:yejin.bong@yonsei.example.ac.kr]]
첨부: 이력서, 재학증명서(발급일 {{date:2024.06.03}})
감사합니다. [[PERSON:봉예진]] 드림"""},

{"id": "s5-i05-018", "kind": "hr_memo", "text": """[인사발령] 인사팀-{{document_number:0318}}호 ({{date:2024. 1. 2.}} 자)
신규임용: [[PERSON:한 정 우]](사번 [[EMPLOYEE_ID:24001]]) 기획예산팀, [[PERSON:도미솔]](사번 [[EMPLOYEE_ID:24002]]) 민원봉사팀
전보: [[PERSON:Seo Hana]](사번 [[EMPLOYEE_ID:17013]]) 국제교류팀 → 다문화지원팀
퇴직: [[PERSON:구 옥 희]] ({{date:2023.12.31}}자 정년퇴직, [[BIRTH_DATE:1963]]년생)"""},
]
