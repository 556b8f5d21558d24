# batch 04 - schools, universities, scholarships. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-04-001", "kind": "table", "text": """2024학년도 2학기 교내 장학금 선발 결과
학번,성명,학과,생년월일,장학금액,지급일
[[STUDENT_ID:202312048]],[[PERSON:엄지훈]],행정학과,[[BIRTH_DATE:2004.03.19]],{{amount:1,500,000}},{{date:2024.09.27}}
[[STUDENT_ID:202211377]],[[PERSON:소예린]],사회복지학과,[[BIRTH_DATE:2003.11.05]],{{amount:1,000,000}},{{date:2024.09.27}}
[[STUDENT_ID:202110952]],[[PERSON:제갈민준]],도시공학과,[[BIRTH_DATE:2001.08.30]],{{amount:2,000,000}},{{date:2024.09.27}}
[[STUDENT_ID:202014483]],[[PERSON:황보수아]],간호학과,[[BIRTH_DATE:2001.01.02]],{{amount:1,500,000}},{{date:2024.10.04}}
※ 개인정보 포함 - 외부 유출 금지 / 장학팀 {{public_email:scholarship@kgu-univ.ac.kr}}"""},

{"id": "s2-04-002", "kind": "email", "text": """교수님 안녕하십니까,
{{org_name:행정학과}} 3학년 [[PERSON:피승원]](학번 [[STUDENT_ID:2022104417]])입니다.
{{date:11월 12일}} 중간고사 당일 병원에 입원해서 응시하지 못했습니다. 진단서(입원일 {{date:2024.11.11}}, 퇴원일 {{date:2024.11.14}})를 첨부드립니다.
추가시험 가능 여부를 여쭙고 싶습니다.
[[PERSON:피승원]] 올림
휴대폰 [[PHONE_NUMBER:010-2814-9073]] / [[EMAIL_ADDRESS:swpi2022@stu.kgu-univ.ac.kr]]"""},

{"id": "s2-04-003", "kind": "school_form", "text": """교육급여 신청서(학생용)
학생 성명: [[PERSON:기하늘]]   학교/학년: {{org_name:성남○○중학교}} 1학년
학생번호: [[STUDENT_ID:1-4-09]]   생년월일: [[BIRTH_DATE:2011년 10월]] 일   ← 일자 공란
  (보호자 기재: [[BIRTH_DATE:2011.10.18]])
신청인(보호자): [[PERSON:기정현]]   관계: 부   생년월일: [[BIRTH_DATE:1977.06.05]]
주소: [[KR_ADDRESS:성남시 중원구 광명로 356, 5층]]
신청일: {{date:2024.03.04}}"""},

{"id": "s2-04-004", "kind": "memo", "text": """[행정실 메모]
{{date:3/7}} 오후 학부모 전화 - 1학년 [[PERSON:유서하]](학번 [[STUDENT_ID:10105]]) 출결 관련.
{{date:3/5}}~{{date:3/6}} 결석은 외조모 장례(외조모 [[PERSON:강정례]], [[BIRTH_DATE:1942.12.01]]생, {{date:3/4}} 별세) 때문이라 함 → 경조사 출결 처리.
가족관계증명서 {{date:3/11}}까지 제출 요청. 어머니 [[PHONE_NUMBER:010-4419-0265]]"""},

{"id": "s2-04-005", "kind": "export", "text": """No\tStudent No\tName\tDOB\tEnrolled\tEmail
1\t[[STUDENT_ID:A2024-0115]]\t[[PERSON:KIM Yujin]]\t[[BIRTH_DATE:2005-07-13]]\t{{date:2024-03-02}}\t[[EMAIL_ADDRESS:yujin.kim05@gmail.com]]
2\t[[STUDENT_ID:A2024-0116]]\t[[PERSON:TANAKA Haruto]]\t[[BIRTH_DATE:2004-12-01]]\t{{date:2024-03-02}}\t[[EMAIL_ADDRESS:haruto.t1201@yahoo.co.jp]]
3\t[[STUDENT_ID:A2024-0117]]\t[[PERSON:Aliya Sultanova]]\t[[BIRTH_DATE:2003-05-27]]\t{{date:2024-09-01}}\t[[EMAIL_ADDRESS:aliya.sult@mail.ru]]"""},

{"id": "s2-04-006", "kind": "complaint", "text": """학교 앞 스쿨존 과속 카메라 설치 요청드립니다.
저는 [[KR_ADDRESS:수원시 영통구 광교중앙로 145, 3407동 1102호]]에 사는 학부모 [[PERSON:임재경]]입니다.
{{date:10월 8일}} 아침 {{time:8시 20분}}쯤 아이 친구가 {{place_name:광교호수로}}에서 킥보드와 부딪힐 뻔했습니다.
{{date:2023년}}에도 같은 내용으로 민원({{receipt_number:1AA-2309-0412877}})을 넣었는데 답이 없었습니다.
회신은 [[EMAIL_ADDRESS:jklim0314@daum.net]]으로 부탁드립니다."""},

{"id": "s2-04-007", "kind": "school_form", "text": """졸업증명서 발급 신청
성명: [[PERSON:변재혁]]  生年月日: [[BIRTH_DATE:1979年 4月 27日]]
졸업연도: {{date:1998년 2월}}  학번(당시): [[STUDENT_ID:95-1042]]
발급용도: 취업제출용
수령방법: 우편 - [[KR_ADDRESS:경기도 용인시 수지구 성복2로 86, 203동 1004호]]
신청일 {{date:2024. 10. 30.}}"""},

{"id": "s2-04-008", "kind": "chat", "text": """[조교]: 내일 실험 조 편성 올립니다
1조 [[PERSON:한도윤]]([[STUDENT_ID:20231158]]), [[PERSON:권서현]]([[STUDENT_ID:20231204]])
2조 [[PERSON:육민성]]([[STUDENT_ID:20231029]]), [[PERSON:진예나]]([[STUDENT_ID:20231311]])
[[PERSON:한도윤]]: 조교님 저 내일 생일이라 빠져도 되나요 ㅋㅋ
[조교]: 안됩니다 ^^ 실험은 {{date:10/17}} {{time:13시}} 공학관 {{place_name:B203}}"""},

{"id": "s2-04-009", "kind": "case_report", "text": """학교폭력 사안 보고서(요약)
사안번호: {{case_number:2024-수원-학폭-118}}
관련학생: 가) [[PERSON:정○우]](2학년, 학번 [[STUDENT_ID:20608]], [[BIRTH_DATE:2010. 5. 7.]]생)  나) [[PERSON:남○준]](2학년, 학번 [[STUDENT_ID:20611]])
사안발생일: {{date:2024. 6. 13.}}  인지일: {{date:2024. 6. 14.}}
전담기구 회의: {{date:2024. 6. 20.}}
작성자: 책임교사 [[PERSON:심유경]]"""},

{"id": "s2-04-010", "kind": "hr_form", "text": """기간제 교원 채용 서류 체크리스트
지원자: [[PERSON:도가람]]   생년월일: [[BIRTH_DATE:1993년 2월 8일]]   교원자격: 중등 2급(국어), 취득 {{date:2016년 2월 25일}}
연락처: [[PHONE_NUMBER:010-3372-5581]]   이메일: [[EMAIL_ADDRESS:doGaram93@naver.com]]
계약기간: {{date:2024.9.1.}}~{{date:2025.2.28.}}
부여 교직원번호: [[EMPLOYEE_ID:T24-0871]]"""},

{"id": "s2-04-011", "kind": "notice", "text": """2025학년도 초등학교 취학 안내
취학대상: {{date:2018. 1. 1.}} ~ {{date:2018. 12. 31.}} 출생 아동
취학통지서 배부: {{date:2024. 12. 1.}} ~ {{date:12. 20.}}
예비소집일: {{date:2025. 1. 8.}} {{time:14:00}}
문의: {{org_name:용인교육지원청}} {{public_number:031-860-6114}}"""},

{"id": "s2-04-012", "kind": "sms", "text": """[○○초] 2학년 3반 [[PERSON:송하율]] 학생 어머님, 학적상 [[PERSON:하율]]이 생일이 [[BIRTH_DATE:2016.05.15]]로 되어 있어 이번 주 금요일({{date:5/17}}) 학급 생일잔치 때 함께 축하하려 합니다. 실제 생일과 다르면 알려주세요. 담임 [[PERSON:표지현]] 드림"""},

{"id": "s2-04-013", "kind": "table", "text": """| 반 | 번호 | 학번 | 이름 | 생년월일 | 보호자 연락처 |
| 3 | 1 | [[STUDENT_ID:10301]] | [[PERSON:강하준]] | [[BIRTH_DATE:09.03.14]] | [[PHONE_NUMBER:010-2287-4410]] |
| 3 | 2 | [[STUDENT_ID:10302]] | [[PERSON:고은채]] | [[BIRTH_DATE:09.07.30]] | [[PHONE_NUMBER:010-8804-1162]] |
| 3 | 3 | [[STUDENT_ID:10303]] | [[PERSON:구본우]] | [[BIRTH_DATE:10.01.19]] | [[PHONE_NUMBER:010-5593-0027]] |
※ 출력일 {{date:24.03.04}} / 보관기한 {{date:25.02.28}}"""},

{"id": "s2-04-014", "kind": "email", "text": """안녕하세요 [[PERSON:우민지]] 선생님, 영재교육원 [[PERSON:석진호]]입니다.
선발 합격자 중 [[PERSON:명서준]] 학생(학생번호 [[STUDENT_ID:GE-24-0307]], [[BIRTH_DATE:2013.9.9]]생)의 보호자 연락처가 결번으로 나옵니다.
{{date:12월 6일}}까지 등록 확인이 필요하니 보호자 번호 확인 부탁드립니다.
[[PERSON:석진호]] / [[EMAIL_ADDRESS:jhseok@gwe.or.kr]]"""},

{"id": "s2-04-015", "kind": "ocr", "text": """학 생 증
{{org_name:한국○○대학교}}
성명 [[PERSON:ＬＥＥ　ＳＯＯ　ＢＩＮ]] / [[PERSON:이수빈]]
학번 [[STUDENT_ID:２０２４１０３３２]]
생년월일 [[BIRTH_DATE:２００５．０２．１１]]
발급일 {{date:２０２４．０３．０４}}"""},

{"id": "s2-04-016", "kind": "minutes", "text": """학부모회 임원회의
일시: {{date:2024-04-09}} {{time:10:00}}~{{time:11:30}}
참석: 회장 [[PERSON:인서영]], 부회장 [[PERSON:함지우]], 총무 [[PERSON:봉미정]]
1. 스승의날 행사: {{date:5월 15일}} 진행. 예산 {{amount:30만원}}.
2. 학부모 연수 강사 섭외: [[PERSON:연주희]] 강사({{org_name:용인청소년상담센터}}), 연락처 [[PHONE_NUMBER:010-6624-3350]]
3. 다음 회의: {{date:5월 7일}}"""},
]
