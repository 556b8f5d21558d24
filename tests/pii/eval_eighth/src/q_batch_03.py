# Writer q, batch 03: job applications and interviews at the city office. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q03-001", "kind": "applicant_roster", "text": """■ 2025년 수원시 기간제근로자(주차단속 보조) 응시자 명단
| 접수번호 | 성명 | 생년월일 | 연락처 | 주소 |
|---|---|---|---|---|
| {{receipt_number:2025-기간-031}} | [[PERSON:석민규]] | [[BIRTH_DATE:1971.08.15]] | [[PHONE_NUMBER:010-3391-5527]] | [[KR_ADDRESS:수원시 팔달구 효원로 265번길 24, 3층]] |
| {{receipt_number:2025-기간-032}} | [[PERSON:모정숙]] | [[BIRTH_DATE:1966.01.23]] | [[PHONE_NUMBER:010-8412-0036]] | [[KR_ADDRESS:수원시 장안구 정자동 111-4 정자주공 3단지 302동 1208호]] |
| {{receipt_number:2025-기간-033}} | [[PERSON:피성호]] | [[BIRTH_DATE:1980.12.02]] | [[PHONE_NUMBER:010-2777-9150]] | [[KR_ADDRESS:수원시 권선구 금곡로 102-7]] |
| {{receipt_number:2025-기간-034}} | [[PERSON:Baek Anna]] | [[BIRTH_DATE:1989.04.11]] | [[PHONE_NUMBER:010-6040-2281]] | [[KR_ADDRESS:화성시 봉담읍 동화길 60, 201동 503호]] |
접수기간: {{date:2025.03.17.~03.21.}}  작성: 일자리정책과"""},
{"id": "s8-q03-002", "kind": "interview_score_sheet", "text": """면접 평가표 (위원 3)
응시자: [[PERSON:국현우]]   응시번호 {{code:M-07}}
① 공직관·윤리의식 : 상 (8)
② 전문지식 응용능력 : 중 (6)
③ 의사표현 논리성 : 상 (9)
④ 창의력·발전가능성 : 중 (7)
합계 {{statistic:30}}/40
평가위원 [[PERSON:차영미]] (서명)   평가일 {{date:2025. 4. 16.}}"""},
{"id": "s8-q03-003", "kind": "application_form", "text": """응 시 원 서
1. 성명: (한글) [[PERSON:편승아]] (영문) [[PERSON:PYEON SEUNGA]]
2. 주민등록번호: [[KR_RRN:970124-2******]]
3. 생년월일: [[BIRTH_DATE:1997년 01월 24일]] (만 28세)
4. 주소: [[KR_ADDRESS:경기도 용인시 처인구 금령로 56-1, 한솔빌라 B동 102호]]
5. 연락처: 자택 없음 / 휴대 [[PHONE_NUMBER:010-7215-4409]]
6. E-mail: [[EMAIL_ADDRESS:pyeon_sa@daum.net]]
7. 병역: 해당없음
8. 자격증: 컴퓨터활용능력 1급({{date:2019.08.30}} 취득)
작성일 {{date:2025년 3월 19일}}  응시자 [[PERSON:편승아]] (인)"""},
{"id": "s8-q03-004", "kind": "email", "text": """안녕하세요 [[PERSON:여현정]] 주무관님,
면접 일정 변경 요청드립니다. 원래 {{date:4/23(수)}} 오전으로 통보받았는데 현 직장 일정 때문에 오후 타임으로 변경 가능할까요?
지원 분야: 시간선택제 임기제 (홍보 디자인)
지원자 [[PERSON:선우재인]] 드림 ([[PHONE_NUMBER:010 4588 1092]])
"""},
{"id": "s8-q03-005", "kind": "result_sms", "text": """[성남시청] [[PERSON:엄지호]]님 2025 성남시 청년 행정체험 최종 합격을 축하드립니다. 근무 시작 {{date:7/1}} 09:00, 근무부서 {{org_name:성남시 분당구청 세무과}}. 담당 [[PHONE_NUMBER:031-729-7084]]"""},
{"id": "s8-q03-006", "kind": "interview_notes", "text": """면접 메모 (비공개)
- [[PERSON:반태민]] ([[BIRTH_DATE:'94]]년생, 전 물류센터 근무): 답변 차분, 야간 근무 가능.
- [[PERSON:왕소연]] ([[BIRTH_DATE:'02]]년생): 자격증 다수, 통근거리 김(안산 거주).
- [[PERSON:곽도현]]: 무단 불참. {{time:16:10}} 전화 → 미수신 ([[PHONE_NUMBER:010-9934-1207]])
면접관 [[PERSON:하승훈]] / {{date:2025-04-24}}"""},
{"id": "s8-q03-007", "kind": "applicant_export_tsv", "text": """APPLY_NO	NAME	BIRTH	GENDER	MOBILE	EMAIL	ADDR
{{receipt_number:YI250411-0007}}	[[PERSON:어윤희]]	[[BIRTH_DATE:1985-03-02]]	F	[[PHONE_NUMBER:010-5820-1164]]	[[EMAIL_ADDRESS:yunhee.eo@hanmail.net]]	[[KR_ADDRESS:용인시 수지구 신봉2로 80 LG신봉자이1차 112-301]]
{{receipt_number:YI250411-0008}}	[[PERSON:공병철]]	[[BIRTH_DATE:1962-10-17]]	M	[[PHONE_NUMBER:010-3315-7702]]	[[EMAIL_ADDRESS:gbc6210@naver.com]]	[[KR_ADDRESS:용인시 기흥구 동백중앙로 191 (중동) 805동 1902호]]
{{receipt_number:YI250411-0009}}	[[PERSON:Le Van Hung]]	[[BIRTH_DATE:1991-07-28]]	M	[[PHONE_NUMBER:010-4021-8836]]	[[EMAIL_ADDRESS:hung.lv91@gmail.com]]	[[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 41-5 201호]]"""},
{"id": "s8-q03-008", "kind": "phone_memo", "text": """☎ 메모 {{date:4.8}} 오전
응시자 [[PERSON:신혜원]] 님 문의 - 경력증명서를 전 직장({{org_name:주식회사 한빛물산}}, 대표 {{public_number:02-558-4170}})에서 아직 못 받았다고 함. 서류마감({{date:4/11}}) 연장 불가 안내. 회신번호 [[PHONE_NUMBER:010-2244-908O]]
받은사람: [[PERSON:정미래]]"""},
{"id": "s8-q03-009", "kind": "disqualification_letter", "text": """[[PERSON:서혜린]] 귀하

귀하께서 응시하신 「2025년 용인시 공무직 근로자(도서관) 채용」과 관련하여, 제출하신 서류 중 주민등록초본상 주소([[KR_ADDRESS:서울특별시 강남구 테헤란로 410, 1203호]])가 응시자격(공고일 전일 기준 용인시 거주)에 해당하지 않아 서류전형 부적격 처리되었음을 알려드립니다.
공고일: {{date:2025. 3. 5.}}
{{org_name:용인시 중앙도서관}}장"""},
{"id": "s8-q03-010", "kind": "scoring_sheet_csv", "text": """순위,응시번호,성명,서류,면접,가점,총점
1,{{code:S-014}},[[PERSON:라은지]],28,58,5,{{statistic:91}}
2,{{code:S-009}},[[PERSON:구본석]],27,57,3,{{statistic:87}}
3,{{code:S-022}},[[PERSON:Ahmed Rahim]],26,54,0,{{statistic:80}}
4,{{code:S-003}},[[PERSON:길다현]],25,52,0,{{statistic:77}}
※ 가점: 취업지원대상자(5%), 장애인(3%)"""},
{"id": "s8-q03-011", "kind": "minwon", "text": """제목: 채용 면접 결과에 대한 이의 제기

저는 {{date:2025년 4월 24일}} 성남시 청소년수련관 행정보조 면접에 응시한 [[PERSON:진세영]]입니다 ([[BIRTH_DATE:1990년 6월 13일]]생). 면접 당시 한 위원님께서 나이와 결혼 여부를 물으셨는데 이는 채용절차법 위반 아닌지요. 답변은 [[EMAIL_ADDRESS:jinsy0613@kakao.com]] 또는 [[PHONE_NUMBER:010.6712.3308]]로 부탁드립니다.
주소 [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 15-1, 2층 (성남동)]]"""},
{"id": "s8-q03-012", "kind": "oneliner", "text": """합격자 [[PERSON:빈정우]] 건강검진서 미제출 → {{date:5.9}}까지 재요청 (담당 [[PERSON:장소희]] 내선 {{public_number:4512}})"""},
]
