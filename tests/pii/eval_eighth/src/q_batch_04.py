# Writer q, batch 04: internships and public-works jobs. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q04-001", "kind": "public_works_roster", "text": """2025년 2단계 공공근로사업 참여자 배치 현황 (영통구)
번호	성명	생년월일	사업장	급여계좌
1	[[PERSON:함명자]]	[[BIRTH_DATE:1958.03.30]]	{{place_name:영통2동 행정복지센터}}	농협 [[BANK_ACCOUNT:352-1187-4420-13]]
2	[[PERSON:우길수]]	[[BIRTH_DATE:1961.11.04]]	{{place_name:광교호수공원}} 환경정비	국민 [[BANK_ACCOUNT:604201-04-118237]]
3	[[PERSON:소미란]]	[[BIRTH_DATE:1969.07.21]]	{{place_name:영통도서관}}	우리 [[BANK_ACCOUNT:1002-447-902316]]
4	[[PERSON:연충현]]	[[BIRTH_DATE:1955.02.09]]	{{place_name:망포역 인근}} 방역	신한 [[BANK_ACCOUNT:110-392-551087]]
사업기간 {{date:2025.04.01~2025.06.30}} / 일 {{amount:65,000원}}"""},
{"id": "s8-q04-002", "kind": "intern_contract_excerpt", "text": """청년인턴 근로계약서(발췌)
사업주: {{org_name:성남시청}} (대표자 시장)
근로자: [[PERSON:나은호]]  주민등록번호 [[KR_RRN:001127-3104***]]
주소: [[KR_ADDRESS:성남시 수정구 산성대로 201, 태평동 현대아파트 2동 905호]]
근로기간: {{date:2025년 7월 1일}}부터 {{date:2025년 12월 31일}}까지
급여 계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-08-7729104]] (예금주 [[PERSON:나은호]])"""},
{"id": "s8-q04-003", "kind": "sms", "text": """[수원시 일자리센터] [[PERSON:유경자]]님, 희망일자리 {{date:5월}} 급여 {{amount:1,487,200원}}이 {{date:6/10}} 등록계좌([[BANK_ACCOUNT:***-**-**5521]])로 입금될 예정입니다."""},
{"id": "s8-q04-004", "kind": "vehicle_registration_for_job", "text": """[공공근로 참여자 차량 출입 등록]
성명 [[PERSON:변창호]] / 연락처 [[PHONE_NUMBER:010-5133-2870]]
차량번호 [[KR_CAR_PLATE:57러 3041]] (모닝, 흰색)
운전면허번호 [[KR_DRIVER_LICENSE:경기 12-987654-32]]
주차 구역: {{place_name:시청 후문 제2주차장}}  유효기간 {{date:~2025.06.30}}"""},
{"id": "s8-q04-005", "kind": "intern_daily_log", "text": """인턴 근무일지 - [[PERSON:Park Minji]](박민지) / 부서: 기획예산과
{{date:4/14(월)}} 예산서 PDF 정리, 오후 민원실 지원
{{date:4/15(화)}} 주무관 [[PERSON:하정민]] 님 지시로 {{org_name:수원시의회}} 자료 복사
{{date:4/16(수)}} 연가 (사유: 졸업시험)
확인자 [[PERSON:하정민]]"""},
{"id": "s8-q04-006", "kind": "participant_application", "text": """노인일자리 및 사회활동 지원사업 참여신청서
성명: [[PERSON:도순례]]   성별: 여
생년월일: [[BIRTH_DATE:1947.5.2]] (음력)
주민번호: [[KR_RRN:470502-2******]]
주소: [[KR_ADDRESS:용인시 처인구 백암면 백암로 185-3]]
전화: (자택) [[PHONE_NUMBER:031-332-41O8]] (휴대) 없음
보호자(아들): [[PERSON:도영철]] [[PHONE_NUMBER:010-3019-7725]]
희망활동: 초등학교 급식도우미
신청일: {{date:2025.01.13}}"""},
{"id": "s8-q04-007", "kind": "email", "text": """[[PERSON:민혜진]]님께,

2025 하계 대학생 행정인턴(용인시) 최종 배치 안내드립니다.
배치부서: {{org_name:기흥구청 민원지적과}}
근무기간: {{date:7.7.(월) ~ 8.1.(금)}}
첫 출근 시 통장 사본, 신분증, 보건증을 지참하세요.

용인시청 인재개발팀 [[PERSON:석지원]]
📞 [[PHONE_NUMBER:031-6193-2147]] ✉ [[EMAIL_ADDRESS:jiwon.seok@korea.kr]]
※ 본 메일은 발신전용({{public_email:noreply@yongin.go.kr}})이 아닙니다."""},
{"id": "s8-q04-008", "kind": "accident_report", "text": """공공근로 안전사고 보고
일시: {{date:2025. 5. 20. 10:40경}}
장소: {{place_name:권선구 호매실동 칠보산 등산로 입구}}
재해자: [[PERSON:곽정애]] ([[BIRTH_DATE:'63.09.12]]생, 여) - 풀베기 작업 중 낫에 왼손 베임
조치: {{org_name:수원시 권선구보건소}} 응급처치 후 {{org_name:성빈센트병원}} 이송
보고자: 반장 [[PERSON:이덕배]] [[PHONE_NUMBER:010-4457-1906]]"""},
{"id": "s8-q04-009", "kind": "payroll_table", "text": """| 성명 | 은행 | 계좌번호 | 근무일수 | 지급액 |
|---|---|---|---|---|
| [[PERSON:오말순]] | 새마을금고 | [[BANK_ACCOUNT:9002-1884-3017-2]] | 21 | {{amount:1,365,000}} |
| [[PERSON:심재구]] | 기업 | [[BANK_ACCOUNT:010-7781-2260]] | 19 | {{amount:1,235,000}} |
| [[PERSON:Tran Van Duc]] | 하나 | [[BANK_ACCOUNT:620-918273-55107]] | 22 | {{amount:1,430,000}} |
※ [[PERSON:심재구]] 님은 휴대폰번호 계좌(평생계좌) 사용"""},
{"id": "s8-q04-010", "kind": "app_notification", "text": """워크넷 · 지금
[[PERSON:황지수]]님, 관심 등록하신 '성남시 지역공동체 일자리(도서관 보조)' 모집이 {{date:오늘 18:00}}에 마감됩니다."""},
{"id": "s8-q04-011", "kind": "complaint", "text": """공공근로 배치 관련 민원입니다. 저희 어머니 [[PERSON:감옥분]]([[BIRTH_DATE:56]]년생, 주민등록상 [[BIRTH_DATE:1956년 8월]])께서 무릎 수술 이력이 있는데 하천 정비 작업에 배치되셨습니다. 실내 업무로 변경 부탁드립니다. 연락은 딸 [[PERSON:윤미경]] [[PHONE_NUMBER:010-8826-3150]]. 주소 [[KR_ADDRESS:수원시 장안구 송정로 44 (조원동)]]"""},
{"id": "s8-q04-012", "kind": "attendance_export", "text": """emp_no,name,date,in,out,note
[[EMPLOYEE_ID:PW25-0183]],[[PERSON:천복희]],{{date:2025-05-12}},{{time:08:57}},{{time:13:02}},
[[EMPLOYEE_ID:PW25-0184]],[[PERSON:채규석]],{{date:2025-05-12}},,,"병가"
[[EMPLOYEE_ID:PW25-0191]],[[PERSON:가영란]],{{date:2025-05-12}},{{time:09:11}},{{time:13:00}},"지각\""""},
]
