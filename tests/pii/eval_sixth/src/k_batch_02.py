# Writer k, batch 02: after-school and youth programmes, scholarships. Hand-written, CC0 1.0.

DOCS = [
{"id": "s6-k02-001", "kind": "table", "text": """{{org_name:영통 행복한지역아동센터}} 이용아동 현황 ({{date:2024년 4월}} 보고)

| 연번 | 아동명 | 생년월일 | 학교/학년 | 보호자(관계) | 연락처 |
|---|---|---|---|---|---|
| 1 | [[PERSON:나윤호]] | [[BIRTH_DATE:2013.07.02]] | 원천초 5 | [[PERSON:나상철]](부) | [[PHONE_NUMBER:010-6238-1147]] |
| 2 | [[PERSON:나윤서]] | [[BIRTH_DATE:2015.11.20]] | 원천초 3 | 〃 | 〃 |
| 3 | [[PERSON:마이클 김]] | [[BIRTH_DATE:2014.02.08]] | 영덕초 4 | [[PERSON:김소란]](모) | [[PHONE_NUMBER:010-4419-8025]] |
| 4 | [[PERSON:봉채원]] | [[BIRTH_DATE:2012.09.14]] | 영통중 1 | [[PERSON:봉말순]](조모) | [[PHONE_NUMBER:031-202-6619]] |
| 5 | [[PERSON:경이준]] | [[BIRTH_DATE:2016.05.31]] | 원천초 2 | [[PERSON:경민호]](부) | [[PHONE_NUMBER:010-3395-2270]] |
※ 2번은 1번과 남매(동일 보호자)
"""},

{"id": "s6-k02-002", "kind": "application_form", "text": """2024 청소년 여름 리더십캠프 참가신청서

참가자 성명 [[PERSON:우지환]]   성별 남   학교 {{org_name:성남 서현중학교}}   학번 [[STUDENT_ID:20318]]
생년월일(YYMMDD) [[BIRTH_DATE:100412]]
휴대전화(본인) [[PHONE_NUMBER:010-2283-9461]]   이메일 [[EMAIL_ADDRESS:jihwan0412@naver.com]]
주소 [[KR_ADDRESS:성남시 분당구 서현로 210번길 16, 효자촌 현대아파트 302동 805호]]
보호자 [[PERSON:우성민]]  관계 부  비상연락 [[PHONE_NUMBER:010-9912-3308]]
건강상 특이사항: 갑각류 알레르기
캠프기간 {{date:2024.07.29.~07.31.}} (2박3일) / 참가비 {{amount:45,000원}}
"""},

{"id": "s6-k02-003", "kind": "attendance", "text": """방과후아카데미 출결 {{date:6월 2주차}}
이름\t월\t화\t수\t목\t금\t비고
[[PERSON:임하진]]\tO\tO\tX\tO\tO\t수: 병원
[[PERSON:설도영]]\tO\tO\tO\tO\tO\t
[[PERSON:어수빈]]\tX\tX\tX\tO\tO\t{{date:6/10~6/12}} 가족여행
[[PERSON:Lê Minh Khoa]]\tO\tO\tO\tO\tX\t금: 한국어교실
담당 [[PERSON:국현아]] 청소년지도사
"""},

{"id": "s6-k02-004", "kind": "certificate", "text": """자원봉사활동 확인서

성    명 : [[PERSON:허윤아]]
생년월일 : [[BIRTH_DATE:2007. 8. 25]]
소    속 : {{org_name:수원여자고등학교}} 2학년
1365 회원ID : {{code:yuna0825a}}
활동기간 : {{date:2024. 3. 9.}} ~ {{date:2024. 6. 29.}}
활동시간 : 총 24시간
활동내용 : 지역아동센터 초등학생 학습지원(멘토링)

위와 같이 자원봉사활동을 하였음을 확인합니다.
{{date:2024년 7월 1일}}
{{org_name:수원시자원봉사센터}}장 (직인)
"""},

{"id": "s6-k02-005", "kind": "notice", "text": """2024학년도 2학기 ○○장학생 선발 결과 공고

| 학번 | 성명 | 학과 | 장학금액 |
|---|---|---|---|
| [[STUDENT_ID:2021****45]] | [[PERSON:김○진]] | 사회복지학과 | {{amount:2,000,000}} |
| [[STUDENT_ID:2022****03]] | [[PERSON:박○우]] | 유아교육과 | {{amount:2,000,000}} |
| [[STUDENT_ID:2023****17]] | [[PERSON:이○민]] | 간호학과 | {{amount:1,500,000}} |
| [[STUDENT_ID:2020****88]] | [[PERSON:정○희]] | 컴퓨터공학과 | {{amount:1,500,000}} |

※ 장학금은 {{date:2024. 9. 27.}}(금) 본인 명의 계좌로 지급됩니다.
※ 이의신청: 공고일로부터 7일 이내 학생처 장학팀 ({{public_number:031-280-3114}})
"""},

{"id": "s6-k02-006", "kind": "application_form", "text": """{{org_name:재단법인 용인시장학회}} 장학금 지원신청서

1. 신청자
  성명: [[PERSON:추예진]] ([[PERSON:秋藝珍]])    주민등록번호: [[KR_RRN:040227-412807?]]
  대학: {{org_name:한국외국어대학교}} 글로벌캠퍼스  학번: [[STUDENT_ID:202402117]]  학년: 1
  휴대폰: [[PHONE_NUMBER:010-8372-1056]]   E-mail: [[EMAIL_ADDRESS:yejin.choo@hufs.ac.kr]]
2. 주소(주민등록상): [[KR_ADDRESS:용인시 처인구 남사읍 봉무로 151-12]]
   (용인시 거주기간 {{date:2011.03.~현재}})
3. 가족사항
  부 [[PERSON:추경호]] 자영업 / 모 [[PERSON:노은실]] 회사원 / 동생 [[PERSON:추예성]] 고1
4. 장학금 수령계좌: 농협 [[BANK_ACCOUNT:302-1182-4473-21]] (본인 명의)
신청일 {{date:2024. 2. 14.}}
"""},

{"id": "s6-k02-007", "kind": "csv_export", "text": """지급일자,학번,성명,은행,계좌번호,금액
{{date:20240325}},[[STUDENT_ID:C211045]],[[PERSON:여승현]],신한,[[BANK_ACCOUNT:110-482-193765]],{{amount:1000000}}
{{date:20240325}},[[STUDENT_ID:C221310]],[[PERSON:공다인]],카카오뱅크,[[BANK_ACCOUNT:3333-09-6612480]],{{amount:1000000}}
{{date:20240325}},[[STUDENT_ID:C230072]],[[PERSON:피재윤]],우리,[[BANK_ACCOUNT:1002-457-803216]],{{amount:500000}}
{{date:20240326}},[[STUDENT_ID:C200981]],[[PERSON:차하늘]],IBK기업,[[BANK_ACCOUNT:010-7723-4419]],{{amount:500000}}
"""},

{"id": "s6-k02-008", "kind": "official_letter", "text": """문서번호: {{document_number:장학재단-2024-0412}}
수    신: [[PERSON:방준영]] 귀하 ([[KR_ADDRESS:수원시 장안구 정자천로 86, 203동 1407호]])
제    목: 장학금 반환 안내

1. 귀하는 {{date:2023. 8. 30.}} 재단 성적우수장학금 {{amount:1,200,000원}}을 지급받았으나, {{date:2023. 12. 15.}} 자퇴로 장학금 지급 요건(학기 중 재학 유지)을 충족하지 못하였습니다.
2. 이에 지급액 중 {{amount:600,000원}}을 {{date:2024. 5. 31.}}까지 아래 계좌로 반환하여 주시기 바랍니다.
   - 반환계좌: 농협 {{public_account:301-0219-4477-11}} (예금주: 재단법인 수원시장학재단)
3. 문의: 장학사업팀 [[PERSON:위지수]] 주임 [[PHONE_NUMBER:031-228-4172]] (직통)
"""},

{"id": "s6-k02-009", "kind": "email", "text": """보낸사람: [[PERSON:편성훈]] <[[EMAIL_ADDRESS:seonghun.pyeon@gmail.com]]>
받는사람: 장학팀 <{{public_email:scholarship@univ.ac.kr}}>

안녕하세요, 경영학과 3학년 [[PERSON:편성훈]](학번 [[STUDENT_ID:2021-10847]])입니다.
이번 학기 근로장학 신청했는데 포털에 '서류미비'로 떠서 메일 드립니다.
가족관계증명서는 {{date:9월 4일}}에 업로드했고 접수번호 {{receipt_number:WS24-09-2231}}도 받았습니다.
확인 부탁드리고, 혹시 다시 내야 하면 [[PHONE_NUMBER:010-4402-7781]]로 문자 주세요.
감사합니다.
"""},

{"id": "s6-k02-010", "kind": "recommendation_letter", "text": """추 천 서

{{org_name:성남시 꿈나무 장학생}} 추천 대상자인 [[PERSON:라소민]] 학생(3학년 2반, 생년월일 [[BIRTH_DATE:2009년 1월 16일]])은 어려운 가정형편 속에서도 학업에 성실히 임하고, 학급 부반장으로서 친구들을 잘 이끌어 왔습니다.
특히 조모 [[PERSON:라정임]] 님을 모시며 동생 [[PERSON:라소율]]의 등하교까지 챙기는 모습이 인상 깊었습니다.
이에 본 학생을 장학생으로 적극 추천합니다.

{{date:2024. 3. 20.}}
{{org_name:성남 ○○중학교}} 담임교사 [[PERSON:어진혁]] (직통 [[PHONE_NUMBER:031-729-0482]])
"""},

{"id": "s6-k02-011", "kind": "case_intake", "text": """[청소년상담복지센터 사례접수]
접수: {{date:2024-08-06}} / 접수경로: 1388 전화
내담자: [[PERSON:연*호]] 남, [[BIRTH_DATE:2008]]년생(고1)
호소: 가출 3일째, 친구 집 전전. 부모와 갈등
보호자: 모 [[PERSON:오정란]] ([[PHONE_NUMBER:010-33**-6021]])
현 거주(추정): [[KR_ADDRESS:수원시 권선구 곡반정동 512-7]] 친구 집
담당: 상담팀 [[PERSON:류지호]]
"""},

{"id": "s6-k02-012", "kind": "contract", "text": """방과후학교 외부강사 위탁계약서(발췌)

강사 성명: [[PERSON:탁민경]]
생년월일: [[BIRTH_DATE:1988-12-03]]
사업자등록번호: [[KR_BRN:124-25-6731?]] (개인, {{org_name:민경코딩교실}})
프로그램: 초등 로봇코딩 (주 2회, 화·목 {{time:14:00~15:20}})
계약기간: {{date:2024.03.04.}}~{{date:2024.07.19.}}
강사료 지급계좌: 하나 [[BANK_ACCOUNT:620-214089-53207]]
연락처: [[PHONE_NUMBER:010-2754-8830]] / [[EMAIL_ADDRESS:mk.tak.coding@kakao.com]]
"""},

{"id": "s6-k02-013", "kind": "participant_list", "text": """YOUTH GLOBAL VOLUNTEER 2024 - Participant list (Vietnam, Hue)
No. | Name (passport) | Korean name | DOB | Passport No. | Exp.
1 | [[PERSON:CHOI SEOYEON]] | [[PERSON:최서연]] | [[BIRTH_DATE:12 MAR 2006]] | [[KR_PASSPORT:M72913584]] | {{date:05 JUN 2033}}
2 | [[PERSON:JANG MINHYEOK]] | [[PERSON:장민혁]] | [[BIRTH_DATE:30 NOV 2005]] | [[KR_PASSPORT:M481D2097]] | {{date:14 FEB 2034}}
3 | [[PERSON:YOO HARAM]] | [[PERSON:유하람]] | [[BIRTH_DATE:01 AUG 2006]] | [[KR_PASSPORT:M039K7716]] | {{date:22 JAN 2034}}
Departure {{date:2024-07-15}} / Flight {{code:VJ 961}}
"""},

{"id": "s6-k02-014", "kind": "sms", "text": """[{{org_name:수원시청소년문화센터}}] [[PERSON:도건]] 학생, 주말 밴드 프로그램 {{date:10/19(토)}} 합주실 B로 변경. 악기 지참. 수신거부 {{public_number:080-855-1004}}"""},

{"id": "s6-k02-015", "kind": "settlement_report", "text": """청소년 동아리 활동지원금 정산서
동아리명: 사진동아리 '찰칵'  대표: [[PERSON:모하람]](고2)  지도교사: [[PERSON:성은비]]

사용일       사용처          금액       결제수단
{{date:24.05.11}}   카메라대여     {{amount:35,000}}   체크카드 [[CREDIT_CARD:4579-72**-****-1093]]
{{date:24.05.25}}   인화지(○○문구)  {{amount:18,400}}   체크카드 〃
{{date:24.06.08}}   간식          {{amount:22,000}}   현금(영수증 {{receipt_number:No.0348812}})
합계 {{amount:75,400}}  /  잔액 {{amount:24,600}} 반납
"""},

{"id": "s6-k02-016", "kind": "complaint", "text": """국가장학금 소득분위가 이상하게 나와서 문의드려요
저희집이 작년에 아빠 사업 폐업해서 소득이 거의 없는데 8구간 나왔어요ㅜㅜ
학번은 [[STUDENT_ID:2O23114O6]] (학생증 사진이 흐려서 0이 O처럼 보이네요) 이름 [[PERSON:하서준]]이고
아빠 [[PERSON:하기석]] 사업자번호는 [[KR_BRN:214-08-5521?]] 인데 폐업사실증명 {{date:23년 11월}}자로 떼놨습니다
가구원 동의도 다 했구요.. 어떻게 해야되나요 [[PHONE_NUMBER:01055028174]]
"""},

{"id": "s6-k02-017", "kind": "system_log", "text": """[청소년수련관 온라인 프로그램 신청 로그]
{{date:2024-09-02}} {{time:10:00:01}} user=[[EMAIL_ADDRESS:dahyun_k09@naver.com]] ip=[[IP_ADDRESS:211.36.142.77]] prog=P-2411 result=OK
{{date:2024-09-02}} {{time:10:00:01}} user=[[EMAIL_ADDRESS:pjs0504@daum.net]] ip=[[IP_ADDRESS:118.235.14.203]] prog=P-2411 result=OK
{{date:2024-09-02}} {{time:10:00:02}} user=guest ip=[[IP_ADDRESS:2001:e60:8714:3b2c::1f]] prog=P-2411 result=FULL
server build {{version:3.12.0.4}} / netmask {{subnet_mask:255.255.255.0}}
"""},

{"id": "s6-k02-018", "kind": "application_form", "text": """대학생 학자금대출 이자지원 신청(성남시)
□ 신청인: [[PERSON:송하윤]]  ([[KR_RRN:011030-4******]])
□ 학교/학번: {{org_name:가천대학교}} / [[STUDENT_ID:201937025]]
□ 주소: [[KR_ADDRESS:성남시 수정구 수정로 171-1 (태평동) 201호]]
□ 대출번호: {{case_number:L2021-3384-0012}} (한국장학재단)
□ 지원기간: {{date:2023.07.01.~2023.12.31.}} 발생 이자
□ 연락처: 본인 [[PHONE_NUMBER:010-6127-9904]]
"""},

{"id": "s6-k02-019", "kind": "memo", "text": """장학금 입금계좌 변경 요청 - [[PERSON:주해솔]] 학생 (기존 국민 → 카카오뱅크 [[BANK_ACCOUNT:3333-21-8804917]]) {{date:4/2}} 전화로 요청, 본인확인 완료"""},
]
