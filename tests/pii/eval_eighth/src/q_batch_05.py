# Writer q, batch 05: employment contracts, 4대보험 registration. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q05-001", "kind": "employment_contract", "text": """표준근로계약서 (기간의 정함이 없는 경우)

{{org_name:다온베이커리}} (이하 "사업주")과(와) [[PERSON:염세희]] (이하 "근로자")은 다음과 같이 근로계약을 체결한다.
1. 근로개시일: {{date:2025년 3월 10일}}
2. 근무장소: [[KR_ADDRESS:수원시 영통구 광교중앙로 145, 1층 104호]]
...
9. 사업주  사업체명: {{org_name:다온베이커리}}  사업자등록번호: [[KR_BRN:124-27-8831?]]  대표자: [[PERSON:탁성민]] (서명)
   주소: [[KR_ADDRESS:수원시 영통구 광교중앙로 145, 1층 104호]]  전화: [[PHONE_NUMBER:010-3302-6614]]
   근로자  주소: [[KR_ADDRESS:수원시 팔달구 매산로 2가 42-11 302호]]
   연락처: [[PHONE_NUMBER:010-9218-5043]]  성명: [[PERSON:염세희]] (서명)"""},
{"id": "s8-q05-002", "kind": "insurance_acquisition_form", "text": """4대보험 사업장가입자 자격취득 신고서
사업장관리번호 {{code:12481335910}}   명칭 {{org_name:㈜그린테크솔루션}}   사업자등록번호 {{business_number:135-81-44207}}
─────────────────────────────────
성명 | 주민등록번호 | 자격취득일 | 월소득액
[[PERSON:소재현]] | [[KR_RRN:890411-143021?]] | {{date:2025.04.01}} | {{amount:3,200,000}}
[[PERSON:Oyunchimeg Bat]] | [[KR_FRN:920317-6218734]] | {{date:2025.04.01}} | {{amount:2,600,000}}
[[PERSON:명가람]] | [[KR_RRN:011208-4******]] | {{date:2025.04.07}} | {{amount:2,150,000}}
─────────────────────────────────
신고인(사용자) {{org_name:㈜그린테크솔루션}} 대표이사 [[PERSON:하동균]]"""},
{"id": "s8-q05-003", "kind": "email", "text": """제목: 입사서류 제출 (4대보험 취득용)

팀장님 안녕하세요. 다음주 월요일({{date:4/7}}) 입사 예정인 [[PERSON:국승연]]입니다.
요청하신 자료 보내드립니다.
- 주민번호: [[KR_RRN:960229-253781?]]
- 급여계좌: 토스뱅크 [[BANK_ACCOUNT:1000-2347-8815]]
- 주소: [[KR_ADDRESS:용인시 기흥구 보정로 33, 죽전역 센트럴 오피스텔 1415호]]
신분증 사본은 첨부했습니다.

[[PERSON:국승연]] 드림
[[EMAIL_ADDRESS:seungyeon.kook@outlook.com]]"""},
{"id": "s8-q05-004", "kind": "sms", "text": """[국민연금] [[PERSON:어○○]]님의 사업장 가입 자격이 {{date:2025.03.31}}자로 상실 처리되었습니다(사업장: {{org_name:대성기공}}). 문의 {{public_number:국번없이 1355}}"""},
{"id": "s8-q05-005", "kind": "part_time_contract", "text": """단시간근로자 근로계약서
근로자 성명: [[PERSON:남지율]] (생년월일: [[BIRTH_DATE:2006. 10. 5.]], 만 18세)
친권자 동의서 첨부 (친권자: [[PERSON:남대현]], 연락처 [[PHONE_NUMBER:010-2081-4439]])
근무요일/시간: 토·일 {{time:10:00~18:00}} (휴게 1시간)
시급: {{amount:10,030원}}
사업주: [[PERSON:천민아]] ({{org_name:카페 뜰안}}) 사업자번호 [[KR_BRN:619-12-0043?]]
계약일: {{date:2025. 2. 28.}}"""},
{"id": "s8-q05-006", "kind": "hr_system_export", "text": """사번	성명	부서	입사일	생년월일	내선	휴대폰
[[EMPLOYEE_ID:20190417]]	[[PERSON:진동혁]]	생산1팀	{{date:2019-04-17}}	[[BIRTH_DATE:1987-06-30]]	{{public_number:2214}}	[[PHONE_NUMBER:010-4456-1190]]
[[EMPLOYEE_ID:20210902]]	[[PERSON:채서윤]]	품질관리	{{date:2021-09-02}}	[[BIRTH_DATE:1995-12-24]]	{{public_number:2230}}	[[PHONE_NUMBER:010-7712-6058]]
[[EMPLOYEE_ID:20240115]]	[[PERSON:Muhammad Irfan]]	생산2팀	{{date:2024-01-15}}	[[BIRTH_DATE:1998-03-08]]	-	[[PHONE_NUMBER:010-3097-2264]]"""},
{"id": "s8-q05-007", "kind": "kakao_chat", "text": """사장님: [[PERSON:지율]]씨 4대보험 들어가야되니까 주민번호랑 통장 보내줘요
[[PERSON:남지율]]: 넹 [[KR_RRN:061005-4213]]... 아 아니다 뒤에 다 보내야되죠?
[[PERSON:남지율]]: [[KR_RRN:061005-421307?]] 이고 통장은 국민 [[BANK_ACCOUNT:94320201446512]] 입니당
사장님: ㅇㅋ 고마워요"""},
{"id": "s8-q05-008", "kind": "health_insurance_dependent", "text": """건강보험 피부양자 자격(취득) 신고서
직장가입자: [[PERSON:반민석]]  주민등록번호 [[KR_RRN:820715-1******]]  사업장명 {{org_name:성남정밀(주)}}
피부양자
 - [[PERSON:조은미]] (배우자) [[KR_RRN:840203-2******]]
 - [[PERSON:반하준]] (자녀) 생년월일 [[BIRTH_DATE:2014.09.01]]
 - [[PERSON:반하율]] (자녀) 생년월일 [[BIRTH_DATE:2018.01.27]]
취득일 {{date:2025.02.03}}   신고일 {{date:2025.02.10}}
주소 [[KR_ADDRESS:경기도 성남시 수정구 위례광장로 300, 1102동 704호 (창곡동)]]"""},
{"id": "s8-q05-009", "kind": "oneliner", "text": """{{date:25.05.02}} [[PERSON:Ivan Petrov]] E-9 외국인근로자 고용보험 취득신고 완료 (외국인등록번호 [[KR_FRN:900822-5******]], 여권 [[KR_PASSPORT:75 4401289]])"""},
{"id": "s8-q05-010", "kind": "contract_change_notice", "text": """근로조건 변경 통지서

수신: [[PERSON:옥지환]] (사번 [[EMPLOYEE_ID:SM-2022-0071]])
귀하의 근로조건을 {{date:2025년 6월 1일}}부로 아래와 같이 변경함을 통지합니다.
- 근무지: {{place_name:본사}} → [[KR_ADDRESS:용인시 처인구 남사읍 아곡리 512-3 물류센터 B동]]
- 근무시간: 주간 → 2교대
이의가 있을 경우 인사팀 [[PERSON:홍세라]] ([[EMAIL_ADDRESS:sera.hong@seongmin-logis.co.kr]])에게 {{date:5월 23일}}까지 회신 바랍니다."""},
{"id": "s8-q05-011", "kind": "employment_insurance_loss", "text": """피보험자격 상실신고
성명: [[PERSON:우민재]]  생년월일: [[BIRTH_DATE:930601]]  상실일: {{date:250430}}
상실사유: 26 (경영상 필요에 의한 권고사직)
사업장: {{org_name:한결인쇄}} / 사업자등록번호 [[KR_BRN:135-05-9127?]] (개인)
담당자 연락처 [[PHONE_NUMBER:031-216-88O4]]"""},
]
