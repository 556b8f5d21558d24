# Writer b, batch 01: HR records and personnel tables. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b01-001", "kind": "hr_record", "text": """인 사 기 록 카 드
성    명 : [[PERSON:박서연]] ([[PERSON:朴瑞姸]])
사    번 : [[EMPLOYEE_ID:2017-0412]]
주민번호 : [[KR_RRN:880214-234567?]]
생년월일 : [[BIRTH_DATE:1988.02.14]]
입 사 일 : {{date:2017.03.02}}
소    속 : {{org_name:행정복지국 복지정책과}}
직    급 : 행정7급
주    소 : [[KR_ADDRESS:경기도 수원시 영통구 매영로 345, 112동 1503호]]
연 락 처 : [[PHONE_NUMBER:010-4821-3370]]
비상연락 : [[PERSON:박준호]](부) [[PHONE_NUMBER:031-204-7718]]"""},

{"id": "s3-b01-002", "kind": "csv_export", "text": """사번,성명,부서,직급,생년월일,입사일,내선
S19-0231,[[PERSON:김도윤]],세정과,주무관,[[BIRTH_DATE:1991-07-23]],{{date:2019-01-14}},{{public_number:5423}}
S21-0077,[[PERSON:오하린]],민원여권과,주무관,[[BIRTH_DATE:1996-11-02]],{{date:2021-07-01}},{{public_number:5418}}
S08-0019,[[PERSON:정태식]],회계과,팀장,[[BIRTH_DATE:1972-04-30]],{{date:2008-02-18}},{{public_number:5301}}""".replace("S19-0231", "[[EMPLOYEE_ID:S19-0231]]").replace("S21-0077", "[[EMPLOYEE_ID:S21-0077]]").replace("S08-0019", "[[EMPLOYEE_ID:S08-0019]]")},

{"id": "s3-b01-003", "kind": "hr_memo", "text": """[인사팀 메모] 신규임용자 서류 누락 건

[[PERSON:한지우]] 주무관(사번 [[EMPLOYEE_ID:20240318]]) 가족관계증명서 미제출. 본인 생일이 [[BIRTH_DATE:'99.5.7]]이라 만 나이 계산 다시 해야 함.
연락처 [[PHONE_NUMBER:010 7731 0964]] 로 문자 보냈는데 회신 없음. {{date:4/12}}까지 안 오면 김팀장님께 보고.
— [[PERSON:윤슬기]]"""},

{"id": "s3-b01-004", "kind": "personnel_table", "text": """| 연번 | 성명 | 생년월일 | 임용일 | 직렬 | 비고 |
|---|---|---|---|---|---|
| 1 | [[PERSON:이민재]] | [[BIRTH_DATE:1985. 9. 3.]] | {{date:2010. 7. 1.}} | 행정 | 육아휴직({{date:2024.1.2.}}~) |
| 2 | [[PERSON:최유나]] | [[BIRTH_DATE:1990. 12. 19.]] | {{date:2015. 1. 5.}} | 사회복지 | |
| 3 | [[PERSON:남궁혁]] | [[BIRTH_DATE:1979. 6. 27.]] | {{date:2003. 9. 16.}} | 토목 | 시간선택제 |
| 4 | [[PERSON:제갈민서]] | [[BIRTH_DATE:1998. 2. 8.]] | {{date:2023. 3. 20.}} | 전산 | 수습 |"""},

{"id": "s3-b01-005", "kind": "hr_record", "text": """퇴직자 정보 확인서

성명: [[PERSON:서경호]]        생년월일: [[BIRTH_DATE:1963년 1월 25일]]
주민등록번호: [[KR_RRN:630125-1******]]
재직기간: {{date:1989.04.01}} ~ {{date:2024.06.30}} (35년 3개월)
퇴직사유: 정년퇴직
연금 수령계좌: [[BANK_ACCOUNT:352-0471-2283-13]] (농협)
주소: [[KR_ADDRESS:경기 성남시 분당구 정자일로 95 3동 702호]]
전화: [[PHONE_NUMBER:010-3390-8152]]

위 사항이 사실과 다름없음을 확인합니다.
{{date:2024년 7월 3일}}  성남시장 (직인생략)"""},

{"id": "s3-b01-006", "kind": "email", "text": """From: [[EMAIL_ADDRESS:jhkang@yongin.go.kr]]
To: [[EMAIL_ADDRESS:mskim92@yongin.go.kr]]
Cc: {{public_email:insa@yongin.go.kr}}
제목: 전입직원 명단 (7월 정기인사)

민수씨, 이번에 전입 오는 분들 명단입니다.
1) [[PERSON:송예진]] 8급 / 생년 [[BIRTH_DATE:1994.03]] / 전 소속 기흥구청
2) [[PERSON:Nguyen Thi Mai]] (통번역 기간제) / [[BIRTH_DATE:1992]]년생
3) [[PERSON:권오석]] 6급 / [[BIRTH_DATE:1981.10.11]]
발령일은 {{date:7.15.(월)}}이고 책상 배치는 제가 할게요.
[[PERSON:강재훈]] 드림 (☎ [[PHONE_NUMBER:031-324-2216]])"""},

{"id": "s3-b01-007", "kind": "attendance", "text": """2024년 하반기 청렴교육 참석자 명단 ({{date:2024.09.26.}} 14:00, 시청 대회의실)
[[PERSON:김하솔]] 서명
[[PERSON:박정운]] 서명
[[PERSON:이○희]] 불참(출장)
[[PERSON:조영식]] 서명
[[PERSON:황보선]] 서명
[[PERSON:차은비]] 지각 14:20
총 6명 중 5명 참석""".replace("14:20", "{{time:14:20}}").replace("14:00", "{{time:14:00}}")},

{"id": "s3-b01-008", "kind": "hr_record", "text": """[기간제근로자 채용 서류 접수증]
접수번호: {{receipt_number:2024-기간-0153}}
성 명: [[PERSON:유다은]]
생년월일: [[BIRTH_DATE:020805]]
주민등록번호 앞자리만 기재 → [[KR_RRN:020805-4]]
연락처: [[PHONE_NUMBER:01092847716]]
이메일: [[EMAIL_ADDRESS:daeun.yoo0805@naver.com]]
주소: [[KR_ADDRESS:수원시 팔달구 효원로 211번길 17-3 (인계동) 2층]]
접수일시: {{date:2024-02-13}} 10:42""".replace("10:42", "{{time:10:42}}")},

{"id": "s3-b01-009", "kind": "payroll", "text": """급여이체 계좌 변경 신청
소속/직급: 도로관리과 / 시설8급
성명: [[PERSON:문성훈]]   사번: [[EMPLOYEE_ID:YI-13-2207]]
변경 전: 신한 [[BANK_ACCOUNT:110-384-229170]]
변경 후: 카카오뱅크 [[BANK_ACCOUNT:3333-12-8846301]]
적용월: {{date:2024년 5월분}}부터
신청일: {{date:2024. 4. 22.}}     신청인 [[PERSON:문성훈]] (인)"""},

{"id": "s3-b01-010", "kind": "personnel_table", "text": "성명\t사원번호\t생년월일\t입사일자\t부서\n[[PERSON:배수진]]\t[[EMPLOYEE_ID:E2016041]]\t[[BIRTH_DATE:19870419]]\t{{date:20160502}}\t총무팀\n[[PERSON:엄태양]]\t[[EMPLOYEE_ID:E2018112]]\t[[BIRTH_DATE:19930117]]\t{{date:20181105}}\t시설팀\n[[PERSON:Daniel Park]]\t[[EMPLOYEE_ID:E2022009]]\t[[BIRTH_DATE:19900928]]\t{{date:20220103}}\t국제교류팀\n"},

{"id": "s3-b01-011", "kind": "meeting_minutes", "text": """제3차 인사위원회 회의록
일시: {{date:2024. 3. 14.(목)}} 15:00~16:30
장소: {{place_name:시청 본관 4층 소회의실}}
참석: 위원장 [[PERSON:고명수]], 위원 [[PERSON:임채원]]·[[PERSON:양승규]]·[[PERSON:신미경]](외부), 간사 [[PERSON:노지현]]
안건1. 징계의결 요구(대상: 건축과 [[PERSON:하○준]])
 - 위원장: 본인 소명서 {{date:3.8.}} 제출됨, 소명 기회 충분히 부여했다고 판단
 - 임채원 위원: 경위서 내용과 CCTV 기록 시간이 다름, 추가 확인 필요
안건2. 승진임용 사전심의 — 별첨 명부로 갈음""".replace("15:00~16:30", "{{time:15:00~16:30}}").replace("임채원 위원:", "[[PERSON:임채원]] 위원:")},

{"id": "s3-b01-012", "kind": "form", "text": """재직증명서 발급대장 ({{date:2024년 8월}})
No.0812 | [[PERSON:강민형]] | 생년월일 [[BIRTH_DATE:1983-08-09]] | 용도: 금융기관 제출 | 발급일 {{date:2024-08-12}}
No.0813 | [[PERSON:안수아]] | 생년월일 [[BIRTH_DATE:1995-01-30]] | 용도: 비자연장 | 발급일 {{date:2024-08-12}}
No.0814 | [[PERSON:피정우]] | 생년월일 [[BIRTH_DATE:1976-12-05]] | 용도: 어린이집 제출 | 발급일 {{date:2024-08-13}}""".replace("No.0812", "{{document_number:No.0812}}").replace("No.0813", "{{document_number:No.0813}}").replace("No.0814", "{{document_number:No.0814}}")},

{"id": "s3-b01-013", "kind": "messenger", "text": """[[PERSON:윤지호]]: 주임님 혹시 [[PERSON:슬기]]씨 생일 아세요? 부서 케익 준비하려구요
[[PERSON:장현우]]: 11월 말인데 정확히는 인사카드 봐야 함
[[PERSON:장현우]]: 아 찾았다 [[BIRTH_DATE:11/28]]
[[PERSON:윤지호]]: ㄱㅅㄱㅅ 그럼 {{date:27일}} 오후에 할게요"""},

{"id": "s3-b01-014", "kind": "hr_record", "text": """외국인 근로자(통역요원) 인적사항
Name: [[PERSON:TRAN VAN HUNG]] / 쩐반흥
외국인등록번호: [[KR_FRN:910304-5284117]]
여권번호: [[KR_PASSPORT:C4829173]]  (Viet Nam)
생년월일: [[BIRTH_DATE:04/03/1991]] (DD/MM/YYYY)
체류기간 만료일: {{date:2026/11/20}}
거소: [[KR_ADDRESS:용인시 처인구 김량장로 42, 301호]]
H.P.: [[PHONE_NUMBER:010-5527-9043]]"""},

{"id": "s3-b01-015", "kind": "personnel_table", "text": """당직근무명령부 ({{date:2024. 10월}})
일자     근무자        직급   연락처
{{date:10.01}}   [[PERSON:이준서]]        7급    [[PHONE_NUMBER:010-2284-6601]]
{{date:10.02}}   [[PERSON:홍OO]]          8급    [[PHONE_NUMBER:010-****-4420]]
{{date:10.03}}   (개천절) [[PERSON:마동훈]] 6급    [[PHONE_NUMBER:010-9915-3307]]
※ 당직실 {{public_number:031-228-2114}}, 상황발생시 즉시 보고"""},

{"id": "s3-b01-016", "kind": "hr_record", "text": """육아휴직 신청서
신청인: [[PERSON:채수민]] (사번 [[EMPLOYEE_ID:200912-041]])
대상자녀: [[PERSON:김하율]]  생년월일 [[BIRTH_DATE:2023.06.21]]  주민등록번호 [[KR_RRN:230621-3******]]
휴직기간: {{date:2024.09.01}} ~ {{date:2025.08.31}}
복직예정일: {{date:2025.09.01}}
휴직 중 연락처: [[PHONE_NUMBER:010.6120.3385]] / [[EMAIL_ADDRESS:soomin_chae@hanmail.net]]"""},

{"id": "s3-b01-017", "kind": "short_note", "text": "인사카드 정정요청: [[PERSON:곽민지]] 생년월일 [[BIRTH_DATE:1989.4.31]]→[[BIRTH_DATE:1989.4.13]] (오기), 접수 {{date:6/3}}"},

{"id": "s3-b01-018", "kind": "hr_record", "text": """공무원 신규임용 결격사유 조회 의뢰
1. 대상자: [[PERSON:여승민]](呂承敏), [[BIRTH_DATE:1997년 10월 2일]]생
   등록기준지: 경기도 화성시
   주소: [[KR_ADDRESS:경기도 용인시 수지구 풍덕천로 140, 205동 1102호(풍덕천동, 수지삼성아파트)]]
2. 대상자: [[PERSON:탁가영]], [[BIRTH_DATE:2000년 3월 15일]]생
   주소: [[KR_ADDRESS:서울특별시 관악구 남부순환로 1743-12, 지하1층 B01호]]
회신기한: {{date:2024. 12. 20.}}  문서번호 {{document_number:인사과-12034}}""".replace("[[PERSON:여승민]](呂承敏)", "[[PERSON:여승민]]([[PERSON:呂承敏]])")},
]
