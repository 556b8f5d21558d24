# Writer s, batch 03: bus and subway complaints, taxi and delivery-rider licensing.
# Hand-written, invented data. CC0 1.0.

DOCS = [
    {
        "id": "s9-s03-001",
        "kind": "citizen_complaint",
        "text": """제목: {{code:7-2번}} 버스 기사님 난폭운전 신고합니다

{{date:12월 3일}} 오전 8시 10분쯤 {{place_name:권선시장}} 정류장에서 탄 {{code:7-2번}} 버스(차량번호 [[KR_CAR_PLATE:경기70아 5318]])가 급출발해서 저희 어머니가 넘어지셨습니다.
어머니는 [[BIRTH_DATE:1949년]]생 {{age:75세}}이시고 손목에 금이 가서 지금 깁스하셨어요.
기사님께 말씀드렸더니 "빨리 앉으셨어야죠"라고만 하시더라구요. 사과 받고 싶고 치료비 문제도 답변 주세요.
민원인: [[PERSON:하예슬]] (딸)  [[PHONE_NUMBER:010-4729-1062]]
어머니 성함: [[PERSON:곽정순]]""",
    },
    {
        "id": "s9-s03-002",
        "kind": "company_reply_memo",
        "text": """[내부] 민원 {{case_number:2024-1203-0457}} 관련 운수사 조치결과 보고

운수사 : {{org_name:(주)수원여객}}  노선 {{code:7-2}}  차량 [[KR_CAR_PLATE:경기70아 5318]]
운전원 : [[PERSON:표성국]] (사원번호 [[EMPLOYEE_ID:SW-21044]], 입사 {{date:2019.03.02}})
조  치 : 경위서 징구({{date:12/5}}), 친절·안전운행 특별교육 {{duration:4시간}} 이수, 경고 1회
피해보상 : 버스공제조합 접수({{case_number:공제 24-수원-1187}}), 담당 [[PERSON:김선태]] [[PHONE_NUMBER:031-8012-7734]]
보고자 : 운행관리팀 [[PERSON:도윤미]] 대리 / [[EMAIL_ADDRESS:yunmi.do@swyeogaek.co.kr]]""",
    },
    {
        "id": "s9-s03-003",
        "kind": "email",
        "text": """제목 : 수인분당선 매탄권선역 엘리베이터 고장 3주째
보낸이 : [[EMAIL_ADDRESS:ohbaby_stroller@naver.com]]

유모차 끌고 다니는 엄마입니다. 매탄권선역 2번출구 엘리베이터가 {{date:11월 초}}부터 계속 점검중이네요.
아기는 [[BIRTH_DATE:23년 9월]]생이라 아직 걷지도 못하는데 계단으로 유모차 들고 오르내리기 너무 힘듭니다.
언제 고쳐지는지 알려주세요. — 매탄동 [[PERSON:길소이]] 드림""",
    },
    {
        "id": "s9-s03-004",
        "kind": "refund_request",
        "text": """교통카드 잔액 환불 신청 (카드 파손)
신청인 : [[PERSON:어진호]]  /  생년월일 [[BIRTH_DATE:2007.04.19]] (청소년)
카드번호(선불) : {{transit_card:1010-2231-0457-9918}}
잔액 : {{amount:12,300원}}
환불계좌 : 토스뱅크 [[BANK_ACCOUNT:1000-4418-2276]] (예금주: [[PERSON:어미정]], 모)
연락처 : 보호자 [[PHONE_NUMBER:010-6608-1243]]
접수처 : {{place_name:수원역 고객센터}}  접수일 {{date:2024-08-11}}
※ 후불카드(신용/체크)는 카드사 문의""",
    },
    {
        "id": "s9-s03-005",
        "kind": "taxi_complaint_export",
        "text": """[택시불편신고 접수] {{case_number:TX-24-0719-0033}}
유형: 승차거부 / 신고경로: 120 경기도콜센터 이관
일시: {{date:2024.07.19(금) 23:52}}
장소: {{place_name:성남 야탑역 택시승강장}}
택시: [[KR_CAR_PLATE:경기31바 7046]] (개인, 흰색 쏘나타)
신고자: [[PERSON:나윤서]] / [[PHONE_NUMBER:010-2251-9077]] / [[KR_ADDRESS:성남시 분당구 장미로 42, 612동 1503호]]
내용: 판교까지 간다고 하니 "안가요" 하고 문 잠금. 증거: 동영상(차량번호 식별 가능)
처분: 운수종사자 [[PERSON:배창호]] 과태료 {{amount:20만원}} 사전통지({{date:8/2}})""",
    },
    {
        "id": "s9-s03-006",
        "kind": "licence_transfer_form",
        "text": """개인택시운송사업 양도·양수 인가 신청서

[양도인]
 성명 [[PERSON:지상렬]]   주민등록번호 [[KR_RRN:570918-151032?]]
 주소 [[KR_ADDRESS:수원시 권선구 곡반정로 94번길 3-1]]
 사업자등록번호 [[KR_BRN:124-26-8853?]]
 차량번호 [[KR_CAR_PLATE:경기33자 4412]]
[양수인]
 성명 [[PERSON:함영민]]   주민등록번호 [[KR_RRN:721205-1******]]
 주소 [[KR_ADDRESS:화성시 봉담읍 동화길 58, 봉담푸르지오 302-804]]
 운전면허 [[KR_DRIVER_LICENSE:13-96-004417-35]]  (1종보통, 무사고 {{duration:7년}})
 택시운전자격 취득일 {{date:2016.09.20}}
양도가격 {{amount:금 일억일천만원정}}
신청일 {{date:2024.10.28}}   수원시장 귀하""",
    },
    {
        "id": "s9-s03-007",
        "kind": "exam_result_list",
        "text": """2024년 제11회 택시운전자격시험(경기) 합격자 공고 — 개인정보보호를 위해 일부 마스킹
수험번호        성명     생년월일
{{code:2411-00318}}  [[PERSON:김○현]]  [[BIRTH_DATE:1968.**.**]]
{{code:2411-00322}}  [[PERSON:박○우]]  [[BIRTH_DATE:1975.**.**]]
{{code:2411-00341}}  [[PERSON:Tran○○]]  [[BIRTH_DATE:1990.**.**]]
{{code:2411-00359}}  [[PERSON:이○]]    [[BIRTH_DATE:1983.**.**]]
※ 합격자 자격증 교부: {{date:12.2.}}부터 한국교통안전공단 수원자동차검사소""",
    },
    {
        "id": "s9-s03-008",
        "kind": "motorcycle_registration",
        "text": """이륜자동차 사용신고필증 (사본, 배달용 유상운송)
사용신고번호: {{document_number:2024-수원영통-01883}}
차명: PCX125   차대번호: {{code:RLHJK2160PY104432}}
번호판: [[KR_CAR_PLATE:경기수원 배 2719]]
사용자: [[PERSON:Kim Ji-ho]] ([[PERSON:김지호]])   생년월일 [[BIRTH_DATE:2000.06.09]]
주소: [[KR_ADDRESS:경기도 수원시 영통구 청명남로 22번길 11, 4층 402호]]
유상운송 보험: 가입 ({{date:2024.04.01~2025.03.31}})
신고일: {{date:2024.03.29}}""",
    },
    {
        "id": "s9-s03-009",
        "kind": "rider_contract_list",
        "text": """○○배달대행 분당지사 라이더 정산계좌 명부 ({{date:24.09}} 기준)
이름,사업자번호,은행,계좌,휴대폰,번호판
[[PERSON:송하민]],[[KR_BRN:129-41-3307?]],국민,[[BANK_ACCOUNT:481202-04-118873]],[[PHONE_NUMBER:01038824410]],[[KR_CAR_PLATE:성남분당 배 1045]]
[[PERSON:류지강]],미등록(3.3%),기업,[[BANK_ACCOUNT:010-7312-2058]],[[PHONE_NUMBER:010-7312-2058]],[[KR_CAR_PLATE:성남중원 바 8821]]
[[PERSON:Chung, Daniel]],[[KR_BRN:144-90-0219?]],우리,[[BANK_ACCOUNT:1002-551-402871]],[[PHONE_NUMBER:010-4401-3390]],[[KR_CAR_PLATE:용인수지 배 3310]]""",
    },
    {
        "id": "s9-s03-010",
        "kind": "kakaotalk_group",
        "text": """[분당라이더 정보방] (38명)
[[PERSON:강태규]]
오전 11:02 유상운송보험 갱신 다들 하셨나요 이번달까지래요
[[PERSON:민재]]
오전 11:04 저 어제 했어요 연 {{amount:180}} 나옴ㄷㄷ
[[PERSON:민재]]
오전 11:05 아 그리고 어제 정자동에서 단속 걸렸는데 번호판 안보인다고 3만원 ㅠ
방장 [[PERSON:오성진]]
오전 11:07 번호판 가리는거 요즘 캠코더로 다 찍어요. 다들 조심. 보험 문의는 {{public_number:1566-0700}}""",
    },
    {
        "id": "s9-s03-011",
        "kind": "call_log",
        "text": """112 신고 처리표
신고일시 {{date:2024.11.15. 18:27:03}}  사건번호 {{case_number:2024111518270031}}
신고내용 : 시내버스 안에서 승객이 기사 폭행 중 ({{code:720-2번}}, [[KR_CAR_PLATE:경기71아1523]])
신고자 : 승객 [[PERSON:왕지석]] [[PHONE_NUMBER:010-8820-6571]]
현장 : {{place_name:서현역 AK플라자 앞}} 정류장
조치 : 피의자 [[PERSON:탁명수]]([[BIRTH_DATE:1977. 3. 30.]]생, 주거 [[KR_ADDRESS:성남시 수정구 산성대로 451, 지층]]) 현행범 체포, 피해 운전원 [[PERSON:남기복]] 병원이송
출동 : 서현지구대 경사 [[PERSON:옥민준]], 순경 [[PERSON:채수아]]""",
    },
    {
        "id": "s9-s03-012",
        "kind": "citizen_complaint",
        "text": """저상버스 휠체어 승차 거부 민원입니다.
저는 지체장애 1급 [[PERSON:모다인]]이고 전동휠체어를 사용합니다({{date:1994.01.12}} 장애등록). 생년월일은 [[BIRTH_DATE:1986. 8. 21.]]입니다.
어제({{date:10/8}}) 오후 3시경 기흥역에서 {{code:10-5번}} 저상버스가 왔는데 기사님이 경사판 고장났다고 그냥 출발하셨습니다. 다음 버스는 40분 뒤였습니다.
연락은 문자로만 부탁드립니다(언어장애 있음): [[PHONE_NUMBER:010-9327-4480]]""",
    },
    {
        "id": "s9-s03-013",
        "kind": "petition_list",
        "text": """마을버스 {{code:3번}} 노선 연장(광교호수마을 경유) 요청 주민 서명부

번호 | 성명 | 주소 | 연락처 | 서명
1 | [[PERSON:정하린]] | [[KR_ADDRESS:광교호수로 278 2403동 901호]] | [[PHONE_NUMBER:010-2774-5190]] | [[PERSON:정하린]]
2 | [[PERSON:권민철]] | [[KR_ADDRESS:광교호수로 278 2407동 1202호]] | [[PHONE_NUMBER:010-5503-2281]] | (서명)
3 | [[PERSON:조은별]] | [[KR_ADDRESS:광교호수로 152, 1105동 305호]] | [[PHONE_NUMBER:031-8006-3392]] | [[PERSON:은별]]
4 | [[PERSON:허동현]] | [[KR_ADDRESS:원천동 광교중앙로 145 아이파크 A동 2904호]] | [[PHONE_NUMBER:010-41○○-72○○]] | (서명)
※ 서명 {{statistic:총 412명}} 중 발췌""",
    },
    {
        "id": "s9-s03-014",
        "kind": "taxi_receipt",
        "text": """**** 택시 영수증 ****
개인택시 [[KR_CAR_PLATE:경기 33 사 7192]]
사업자 [[PERSON:변광수]]  [[KR_BRN:135-13-4021?]]
승차 {{date:2024-09-27 01:14}} 하차 {{date:2024-09-27 01:42}}
거리 {{statistic:18.4km}}  요금 {{amount:24,800원}} (심야할증)
카드 [[CREDIT_CARD:9409-12**-****-3304]] 승인 {{code:47720019}}
분실물 문의: 고객센터 {{public_number:1644-2255}}""",
    },
    {
        "id": "s9-s03-015",
        "kind": "fare_evasion_memo",
        "text": """부정승차 적발 확인서 (수인분당선 {{place_name:죽전역}})
적발일시 : {{date:2024.06.14}} {{time:07:42}}
성  명 : [[PERSON:서태양]]    학  번 : [[STUDENT_ID:202312087]] (단국대학교 죽전캠퍼스)
생년월일 : [[BIRTH_DATE:2004-10-30]]
위반내용 : 청소년 할인카드 부정사용 (성인)
부가운임 : 기본운임 {{amount:1,550원}} + 30배 {{amount:46,500원}}
주  소 : [[KR_ADDRESS:용인시 수지구 죽전로 152 단국대학교 진리관 B동 317호]]
역무원 : [[PERSON:함지수]] (직원번호 [[EMPLOYEE_ID:K-0918273]])""",
    },
    {
        "id": "s9-s03-016",
        "kind": "server_log",
        "text": """# BIS 정류장 안내기 점검 로그 (용인시 교통정보센터)
[{{date:2024-05-02 10:14:33}}] terminal=BIT-YI-0287 stop="{{place_name:명지대입구}}" ip=[[IP_ADDRESS:172.16.40.87]] mask={{subnet_mask:255.255.255.0}} fw={{version:3.2.18}}
[{{date:2024-05-02 10:14:35}}] terminal=BIT-YI-0288 stop="{{place_name:역북동행정복지센터}}" ip=[[IP_ADDRESS:172.16.40.88]] mask={{subnet_mask:255.255.255.0}} fw={{version:3.2.18}}
[{{date:2024-05-02 10:20:01}}] admin login user=sim.kh (사번 [[EMPLOYEE_ID:2022071]], [[PERSON:심규현]]) from [[IP_ADDRESS:2001:db8:4a1c::2f7]]
[{{date:2024-05-02 10:20:05}}] OID {{oid:1.3.6.1.4.1.29671.1.2}} polled ok""",
    },
    {
        "id": "s9-s03-017",
        "kind": "tourist_email",
        "text": """Dear Suwon City Tourist Taxi Desk,

On {{date:15 October 2024}} I took a taxi (plate [[KR_CAR_PLATE:경기 31 아 2284]], the driver said his name was Mr. [[PERSON:Cho]]... not sure) from Suwon station to Hwaseong Fortress and was charged 45,000 won for a 10 minute ride.
My details: [[PERSON:Emily Harrington]], passport no. [[KR_PASSPORT:583120947]] (USA), DOB [[BIRTH_DATE:03/22/1991]].
I stay at [[KR_ADDRESS:Haenggung Guesthouse, 18 Jeongjo-ro 905beon-gil, Paldal-gu, Suwon, Room 3]]. Email: [[EMAIL_ADDRESS:em.harrington91@outlook.com]]
Thank you.""",
    },
    {
        "id": "s9-s03-018",
        "kind": "sms",
        "text": """[카카오T] 호출하신 택시가 배차되었습니다.
[[KR_CAR_PLATE:경기 32 바 6109]] / 흰색 K5 / [[PERSON:윤정우]] 기사님
약 {{duration:4분}} 후 도착 예정. 기사님께 연락(안심번호): {{virtual_number:0504-0215-7712}}""",
    },
]
