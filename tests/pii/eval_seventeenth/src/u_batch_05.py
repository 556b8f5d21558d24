# Writer u, batch 05: 정신건강복지센터, 방문간호 (수원·성남·용인). Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s17-u05-001", "kind": "intake", "text": """[용인시 기흥정신건강복지센터] 초기평가지
등록번호 {{case_number:GH-25-0142}}   평가일 {{date:2025.01.16}}   평가자 정신건강전문요원 [[PERSON:채윤서]]
─────────────────────────
성명: [[PERSON:마동희]]   성별: 남   생년월일: [[BIRTH_DATE:1994.07.22]] (만 30세)
주민번호: [[KR_RRN:940722-1******]]
주소: [[KR_ADDRESS:용인시 기흥구 보정로 100, 죽현마을 아이파크 305동 1402호]]
연락처: [[PHONE_NUMBER:010-6021-3398]]
보호자: 모 [[PERSON:엄정란]] [[PHONE_NUMBER:010-4415-0272]]
의뢰경로: 기흥구청 맞춤형복지팀(은둔 청년 발굴)
주호소: "3년째 방에서 안 나감", 수면 역전, 게임 과몰입
척도: PHQ-9 {{statistic:19점}}, GAD-7 {{statistic:12점}}  추정진단 {{code:F32.1}}
자살위험: 중간 (사고 있음, 계획 없음)"""},

{"id": "s17-u05-002", "kind": "crisis_log", "text": """위기개입 기록
{{date:2025-02-08}} {{time:23:47}} 112 공동대응 요청 접수 (수정경찰서 태평지구대)
대상: [[PERSON:길동준]] ([[BIRTH_DATE:1979-05-30]]), [[KR_ADDRESS:수정구 태평로 55번길 8-12 반지하]]
상황: 음주 후 자해 시도 (손목 열상, 경미). 동거인 [[PERSON:이수련]] 신고.
{{time:00:20}} 현장 도착 — 당직 요원 [[PERSON:심재원]], [[PERSON:연하늘]]
{{time:00:55}} 성남시의료원 응급실 이송 (구급차), 보호자 연락 [[PHONE_NUMBER:010-3001-7725]]
{{time:02:10}} 응급실 처치 후 귀가 거부, 자의입원 동의. 
후속: {{date:2/10}} 사례관리 배정"""},

{"id": "s17-u05-003", "kind": "visit_log", "text": """방문간호 일지 — 간호사 [[PERSON:구하연]] (사번 [[EMPLOYEE_ID:N-0713]])
방문일\t대상자\t혈압\t혈당\t특이사항
{{date:3/4}}\t[[PERSON:맹순임]]\t{{measurement:142/88}}\t{{measurement:176}}\t발등 부종, 이뇨제 복용 확인
{{date:3/4}}\t[[PERSON:하*섭]]\t{{measurement:118/72}}\t-\t낙상 위험, 욕실 손잡이 설치 의뢰
{{date:3/5}}\t[[PERSON:석말년]]\t{{measurement:150/95}}\t{{measurement:210}}\t인슐린 자가주사 교육, 퇴원 후 1주
{{date:3/5}}\t[[PERSON:어상진]]\t{{measurement:126/80}}\t{{measurement:98}}\t특이사항 없음
※ 혈압 '{{measurement:142/88}}' 등은 날짜 아님"""},

{"id": "s17-u05-004", "kind": "chat", "text": """구하연: 선생님 [[PERSON:석말년]] 어르신 댁 비번 바뀌었대요
구하연: 조카분이 알려줬는데 🔑 {{code:0415*}} 래요
[[PERSON:염다솜]]: 오 감사해요 근데 그거 어르신 생신 아님? {{date:4월 15일}}
구하연: ㄴㄴ 어르신 생신은 [[BIRTH_DATE:5월 3일]]이에요 ㅋㅋ 0415는 조카 [[PERSON:석진혁]]씨 결혼기념일이래요
[[PERSON:염다솜]]: ㅋㅋㅋ 암튼 내일 제가 갈게요 주소 [[KR_ADDRESS:은행동 700-14 현대빌라 101호]] 맞죠?
구하연: 네 맞아요""".replace("구하연", "[[PERSON:구하연]]")},

{"id": "s17-u05-005", "kind": "sms", "text": """[수원시정신건강복지센터] [[PERSON:함지성]]님, 다음 상담은 {{date:2/19(수)}} 오후 4시입니다. 변경 시 담당자 [[PERSON:서예솔]]([[PHONE_NUMBER:031-253-5738]])에게 연락주세요. 24시간 위기상담 {{public_number:109}}"""},

{"id": "s17-u05-006", "kind": "email", "text": """From: [[PERSON:권세나]] <[[EMAIL_ADDRESS:sena.kwon@ajou.ac.kr]]>
To: 수원시청년마음건강센터 <{{public_email:youthmind@suwon.go.kr}}>
Subject: 재학생 의뢰 (학생 동의 받음)

안녕하세요, ○○대학교 학생상담센터 상담원 권세나입니다.
본교 재학생 [[PERSON:함지성]] (학번 [[STUDENT_ID:201923884]], 생년월일 [[BIRTH_DATE:2000.12.15]]) 학생이 휴학 후 지역 기관 연계를 원하여 의뢰드립니다.
학생 연락처: [[PHONE_NUMBER:010-9210-4407]] / 개인메일 [[EMAIL_ADDRESS:jisung_ham00@naver.com]]
현재 주소: [[KR_ADDRESS:수원시 영통구 월드컵로 193번길 21, 원룸 405호]]
학내 상담 기록 요약본은 학생 동의서와 함께 첨부합니다.""".replace("상담원 권세나입니다", "상담원 [[PERSON:권세나]]입니다")},

{"id": "s17-u05-007", "kind": "ocr", "text": """보호의무자에 의한 입원 동의서
환 자 : [[PERSON:길 동 준]]   주민등록번호 : [[KR_RRN:790530-1 3 4 2 2 0 ?]]
보호의무자 1 : [[PERSON:길 순 례]] (모)  주민등록번호 : [[KR_RRN:5 3 1 1 0 2 - 2 0 5 1 6 1 ?]]
         신분확인 : 운전면허증 [[KR_DRIVER_LICENSE:1 1 - 9 1 - 4 0 8 8 1 5 - 3 1]]
보호의무자 2 : [[PERSON:길 동 하]] (형)  연락처 [[PHONE_NUMBER:0 1 0 - 8 8 3 2 - 1 1 O 4]]
입원일 : {{date:2 O 2 5 . O 2 . 1 1}}    의료기관 : ○○정신건강의학과의원"""},

{"id": "s17-u05-008", "kind": "system_log", "text": """audit | {{date:2025-02-11 09:12:44}} | user=[[EMPLOYEE_ID:MH41135-007]] | ip=[[IP_ADDRESS:192.168.40.17]] | action=VIEW | case={{case_number:SN-MH-2025-0077}}
audit | {{date:2025-02-11 09:13:02}} | user=[[EMPLOYEE_ID:MH41135-007]] | ip=[[IP_ADDRESS:192.168.40.17]] | action=PRINT | case={{case_number:SN-MH-2025-0077}} | subject=[[PERSON:길동준]]
audit | {{date:2025-02-11 10:40:19}} | user=[[EMPLOYEE_ID:MH41135-011]] | ip=[[IP_ADDRESS:192.168.40.112]] | action=EDIT | field=phone old=[[PHONE_NUMBER:010-8832-1104]] new=[[PHONE_NUMBER:010-8832-1140]]
audit | {{date:2025-02-11 10:41:00}} | sys | netmask={{subnet_mask:255.255.254.0}} dns={{ip_like:168.126.63.1}}"""},

{"id": "s17-u05-009", "kind": "letter", "text": """[[PERSON:마동희]] 님께

안녕하세요, 기흥정신건강복지센터 [[PERSON:채윤서]]입니다.
지난번 방문 때 문 너머로 잠깐 이야기 나눠주셔서 고마웠어요.
동희 님이 좋아한다고 하신 게임 이야기, 다음에 더 듣고 싶습니다.
{{date:다음 주 목요일}}에 다시 들를게요. 문을 열지 않으셔도 괜찮아요. 편지만 두고 갈게요.
혹시 먼저 연락하고 싶으면 문자 주세요: [[PHONE_NUMBER:010-7740-2218]] (센터 업무폰)
{{date:2025. 1. 23.}}""".replace("동희 님이", "[[PERSON:동희]] 님이")},

{"id": "s17-u05-010", "kind": "spreadsheet", "text": """성남시 중원구 방문건강관리 대상자 (일부)
이름,나이,생년월일,주소,위험군,담당
[[PERSON:진옥화]],{{age:84}},[[BIRTH_DATE:1940.9.9]],[[KR_ADDRESS:성남동 3357 중앙동 힐스테이트 2단지 208-1103]],고위험,[[PERSON:구하연]]
[[PERSON:엄순이]],{{age:79}},[[BIRTH_DATE:1945.12.1]],[[KR_ADDRESS:금광동 2461-3 2층]],중위험,[[PERSON:구하연]]
[[PERSON:탁기봉]],{{age:88}},[[BIRTH_DATE:1936.2.28]],"[[KR_ADDRESS:상대원동 180-2, 비닐하우스 옆 컨테이너]]",고위험,[[PERSON:염다솜]]
[[PERSON:방금자]],{{age:72}},[[BIRTH_DATE:1952.6.6]],[[KR_ADDRESS:하대원동 130 성남하대원 아이파크 101동 906호]],저위험,[[PERSON:염다솜]]"""},

{"id": "s17-u05-011", "kind": "case_note", "text": """청년마음건강 바우처 제공기관 확인 ({{date:2025.02.25}})
이용자 [[PERSON:함지성]] / 바우처 카드 [[CREDIT_CARD:9410 1802 5536 447?]] / 본인부담 {{amount:회당 4,000원}}
제공인력: 임상심리사 [[PERSON:원다인]] (제공인력번호 [[EMPLOYEE_ID:P2024-88107]])
제공기관: 마음숲심리상담센터 (사업자 [[KR_BRN:605-93-0117?]], 대표 [[PERSON:원다인]])
회기 1/10 완료, 다음 회기 {{date:3/4}}"""},

{"id": "s17-u05-012", "kind": "csv", "text": """승인일시,이용자,카드번호,금액,가맹점
{{date:2025-02-03 10:15}},[[PERSON:기태오]],[[CREDIT_CARD:4673-09**-****-2215]],{{amount:120000}},성남정신재활센터
{{date:2025-02-03 10:22}},[[PERSON:어윤희]],[[CREDIT_CARD:3565 12XX XXXX 9081]],{{amount:120000}},성남정신재활센터
{{date:2025-02-04 09:58}},[[PERSON:태연우]],[[CREDIT_CARD:5585261177039?]],{{amount:80000}},성남정신재활센터
(가맹점 사업자 {{business_number:129-82-40561}})"""},

{"id": "s17-u05-013", "kind": "memo", "text": """응급입원 이송 관련 — 경찰차 아닌 보호자 차량 이용. 차량 [[KR_CAR_PLATE:291도 6624]] (운전: 형 [[PERSON:길동하]], 면허 [[KR_DRIVER_LICENSE:12-08-339041-55]]) 동행 요원 [[PERSON:심재원]]. 도착 {{time:14:35}}"""},

{"id": "s17-u05-014", "kind": "complaint", "text": """정신건강복지센터 직원 분께 감사 인사 드립니다.
저희 어머니 [[PERSON:진옥화]](40년생)가 우울증으로 힘드셨는데 방문간호사 [[PERSON:구하연]] 선생님이 매주 찾아와 주셔서 많이 좋아지셨어요.
칭찬 민원으로 올립니다. 작성자 아들 [[PERSON:송재훈]], [[PHONE_NUMBER:010-5582-7719]]""".replace("(40년생)", "([[BIRTH_DATE:40]]년생)")},

{"id": "s17-u05-015", "kind": "case_note", "text": """이주노동자 정신건강 상담 (통역: 네팔어 [[PERSON:Sushila Gurung]])
내담자: [[PERSON:Thapa Bikash]] ([[BIRTH_DATE:1997/11/04]]) / 여권 [[KR_PASSPORT:PA0918273]] / 외국인등록번호 [[KR_FRN:971104-5603281]]
회사 기숙사: [[KR_ADDRESS:성남시 중원구 둔촌대로 457번길 14, 2층]]
동료의 사망({{date:1월 말}}) 이후 불면, 플래시백. 사업주 [[PERSON:김정훈]] 사장 면담 동의.
다음: {{date:3.6}} 오후 — 일요일만 가능하다고 함"""},

{"id": "s17-u05-016", "kind": "ocr", "text": """약봉투 (방문간호 사진 판독)
[[PERSON:맹순임]] 님  ([[BIRTH_DATE:52.11.11]])
조제일 {{date:2O25-O2-27}}  처방일수 {{duration:28일}}
아침 / 저녁 식후 30분
늘푸른약국 사업자 [[KR_BRN:1 3 8 - 0 6 - 7 2 2 1 ?]] 약사 [[PERSON:옥 지 환]]  ☎ {{public_number:031-75O-2233}}"""},

{"id": "s17-u05-017", "kind": "pipe_table", "text": """| 동료지원가 | 직원번호 | 생년월일 | 활동비 입금계좌 | 3월 활동시간 |
| [[PERSON:기태오]] | [[EMPLOYEE_ID:PS-11]] | [[BIRTH_DATE:1988-03-14]] | 토스뱅크 [[BANK_ACCOUNT:1000-4821-7715]] | {{duration:42h}} |
| [[PERSON:어윤희]] | [[EMPLOYEE_ID:PS-14]] | [[BIRTH_DATE:1979-08-30]] | 국민 [[BANK_ACCOUNT:939302-00-551847]] | {{duration:36h}} |
| [[PERSON:태연우]] | [[EMPLOYEE_ID:PS-17]] | [[BIRTH_DATE:1992-01-07]] | 새마을 [[BANK_ACCOUNT:9002-1844-7730-1]] | {{duration:28h}} |"""},

{"id": "s17-u05-018", "kind": "sms", "text": """[[PERSON:동준]]아 형이야. 엄마가 면회 {{date:토요일}} 간대. 필요한거 있음 말해. 병원 공중전화로 [[PHONE_NUMBER:010-8832-1140]] 여기로 걸어 -[[PERSON:동하]]"""},
]
