# Writer n, batch 05: messenger notes, OCR scans, card settlements, misc short records.
# Hand-written, invented data. CC0 1.0.
DOCS = [
{"id": "s7-n05-001", "kind": "messenger", "text": """[메신저] 총무팀 [[PERSON:구하람]] → 나 ({{time:오후 3:12}})
혹시 [[PERSON:최정우]] 주무관님 생일 언제인지 아세요? 인사기록엔 [[BIRTH_DATE:8/17]]로 돼있는데 본인은 음력으로 쇤대요 ㅋㅋ 케이크 주문해야돼서요"""},

{"id": "s7-n05-002", "kind": "one_line", "text": "출장자 [[PERSON:도한결]]([[BIRTH_DATE:1990年 1月 8日]]生) 여권 [[KR_PASSPORT:M88017342]] 만료일 {{date:2025.02.10}} — 연장 필요"},

{"id": "s7-n05-003", "kind": "card_settlement", "text": """■ 국외출장 개인카드 결제분 정산 요청
출장자: [[PERSON:봉수민]] (국제협력과)
카드: VISA [[CREDIT_CARD:4518 2231 0097 331?]] (본인, KB국민)
    - {{date:2024/05/14}} HOTEL NIKKO HANOI  USD 412.00
    - {{date:2024/05/15}} GRAB*VN            USD  18.40
동행: [[PERSON:추경환]] 팀장 – AMEX [[CREDIT_CARD:3762 418820 5501?]]
환율 적용일 {{date:2024.05.16}} (매매기준율 {{statistic:1,368.50}})
정산계좌: 신한 [[BANK_ACCOUNT:110-482-739015]]"""},

{"id": "s7-n05-004", "kind": "ocr_scan", "text": """[스캔본 OCR 결과 - 교정 전]
이 럭 서
성 명 : [[PERSON:변 지 워]]       생 년 월 일 : [[BIRTH_DATE:1997 년 O6 월 1l 일]]
주 소 : [[KR_ADDRESS:경기도 수웜시 팔달구 효원로 3O7번길 12-1, 2O3호]]
연 락 처 : [[PHONE_NUMBER:01O-2l37-88O4]]
E-mail : [[EMAIL_ADDRESS:jiwon.byun97@navcr.com]]
학 력 : 2O16.O3 ~ 2O2O.O2 ○○대학교 행정학과 졸업"""},

{"id": "s7-n05-005", "kind": "driver_registration", "text": """관용차 운전자 등록 현황 (차량관리시스템 출력)
----------------------------------------------------------------
등록번호  성명    소속          면허종별  면허번호            적성검사만료
{{code:D-0411}}    [[PERSON:여태준]]  청소행정과    1종대형   [[KR_DRIVER_LICENSE:서울 94-402918-71]]   {{date:2027-12-31}}
{{code:D-0412}}    [[PERSON:길상원]]  청소행정과    1종보통   [[KR_DRIVER_LICENSE:13-15-042817-61]]     {{date:2026-06-30}}
{{code:D-0413}}    [[PERSON:임수빈]]  공원녹지과    2종보통   [[KR_DRIVER_LICENSE:121902285530]]        {{date:2029-09-30}}
{{code:D-0414}}    [[PERSON:안 디 에 고]] 공원녹지과  1종보통   [[KR_DRIVER_LICENSE:경기 28-220934-52]]   {{date:2025-03-31}}
----------------------------------------------------------------
출력일시 {{date:2024-11-02 10:41}} / 출력자 [[EMPLOYEE_ID:20110624]]"""},

{"id": "s7-n05-006", "kind": "personnel_order", "text": """◇ 성남시 전보 (2024. 8. 5.자)
▲수정구 ▷세무과 주무관 [[PERSON:탁지안]] ▷민원지적과 [[PERSON:모세윤]]
▲중원구 ▷건축과 주무관 [[PERSON:심윤하]] ▷복지지원과 [[PERSON:기은채]] [[PERSON:주예성]]
▲분당구 ▷도로과 주무관 [[PERSON:설 현]] ▷판교동 [[PERSON:안재원]]"""},

{"id": "s7-n05-007", "kind": "email", "text": """보낸사람: "[[PERSON:남경아]]" <[[EMAIL_ADDRESS:kyunga_nam@yongin.go.kr]]>
받는사람: 감사관실 <{{public_email:audit@yongin.go.kr}}>
날짜: {{date:2024년 5월 2일 (목) 오전 8:03}}
제목: 공익신고 추가자료

어제 유선으로 말씀드린 건 추가자료입니다. 해당 공무원 차량은 흰색 그랜저 [[KR_CAR_PLATE:154구7791]]이고, 업자 차량은 [[KR_CAR_PLATE:경기 82 사 3305]](검정 카니발)입니다. 블랙박스 영상은 용량이 커서 USB로 제출하겠습니다.

[[PERSON:남경아]] 올림 / [[PHONE_NUMBER:010-****-1184]]"""},

{"id": "s7-n05-008", "kind": "contract", "text": """[계약 체결 현황 공개]
번호,계약명,업체명,대표자,사업자번호,계약일,금액
1,청사 조경 유지관리,푸른숲조경,[[PERSON:반정호]],[[KR_BRN:220-12-4809?]],{{date:2024-03-11}},{{amount:18500000}}
2,CCTV 유지보수,(주)세이프넷,[[PERSON:노현준]],{{business_number:105-87-22914}},{{date:2024-03-15}},{{amount:42000000}}
3,현수막 제작,대박광고사,[[PERSON:윤정숙]],[[KR_BRN:409-08-3170?]],{{date:2024-03-22}},{{amount:2310000}}"""},

{"id": "s7-n05-009", "kind": "audit_report", "text": """※ 감사자료 요구 회신 (세정과)
요구번호 7: 최근 3년간 체납처분 면제자 명단
 - [[PERSON:임O수]] ([[BIRTH_DATE:1952.0*.**]]) 기초생활수급, 면제일 {{date:2022.10.04}}
 - [[PERSON:곽○○]] ([[BIRTH_DATE:1947.1*.**]]) 사망, 사망일 {{date:2023.01.19}}
 - [[PERSON:Wang Jun]] ([[BIRTH_DATE:1976.**.**]]) 출국(영구), {{date:2023.06.30}}
작성 세정과 [[PERSON:진하은]], 확인 과장 [[PERSON:봉태수]]"""},

{"id": "s7-n05-010", "kind": "council_minutes", "text": """○[[PERSON:성은주]] 의원 제가 받은 제보는 이렇습니다. {{date:지난 5월}} 공무직 채용에서 최종 합격한 [[PERSON:하○○]] 씨가 모 과장의 조카라는 거예요. 면접위원 명단 보면 [[PERSON:기영태]], [[PERSON:도정애]], 그리고 외부위원 [[PERSON:심재민]] 교수. 근데 [[PERSON:기영태]] 과장이 그 합격자랑 같은 주소지예요.
○인사과장 [[PERSON:편유석]] 확인 결과 주민등록상 주소는 다릅니다."""},

{"id": "s7-n05-011", "kind": "training_roster", "text": """「AI 행정 실무」 교육 신청자(선착순 30명 중 일부)
1. [[PERSON:김하윤]]  정책기획과   [[EMAIL_ADDRESS:hayoon.k@suwon.go.kr]]
2. [[PERSON:이도현]]  스마트도시과 [[EMAIL_ADDRESS:dohyun2@suwon.go.kr]]
3. [[PERSON:Ahmed Karimov]] 국제협력과 [[EMAIL_ADDRESS:a.karimov@suwon.go.kr]]
4. [[PERSON:박○진]]  (성명 일부 가림 요청)
교육일 {{date:10.17.(목) 14:00}}, {{room_number:별관 3층 정보화교육장}}"""},

{"id": "s7-n05-012", "kind": "form", "text": """[개인정보 수집·이용 동의서 – 시정모니터 위촉]
이름: [[PERSON:채 윤 정]]
생년월일(YYYYMMDD): [[BIRTH_DATE:19810422]]
주소: [[KR_ADDRESS:수원시 영통구 영통로 214번길 32 벽적골 9단지 주공아파트 906동 1703호]]
휴대폰: [[PHONE_NUMBER:010-3127-5590]]
활동비 입금계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-12-5598802]]
위촉기간: {{date:2024.3.1 ~ 2025.2.28}}   동의일: {{date:2024.02.19}}"""},

{"id": "s7-n05-013", "kind": "press_release", "text": """[인사] 수원시
◇ 4급 승진 ▲기획조정실 정책기획과장 [[PERSON:오지훈]] ▲환경국 기후대기과장 [[PERSON:공민숙]]
◇ 5급 승진 ▲팔달구 세무과장 [[PERSON:피경태]] ▲영통구 영통2동장 [[PERSON:황보정아]]
※ 발령일 {{date:2025년 1월 1일}}"""},

{"id": "s7-n05-014", "kind": "leave_form", "text": """출산휴가 및 배우자출산휴가 신청현황(2분기)
구분	신청자	소속	자녀 출생일	휴가기간
본인	[[PERSON:어수아]]	세정과	[[BIRTH_DATE:2024.04.09]]	{{date:2024.03.18~2024.06.10}}
배우자	[[PERSON:홍재경]]	도로과	[[BIRTH_DATE:2024.05.27]]	{{date:2024.05.27~2024.06.14}}
배우자	[[PERSON:유태민]]	세정과	[[BIRTH_DATE:2024.06.02]]	{{date:2024.06.03~2024.06.21}}
※ 자녀 성명 미정 시 '출생 예정' 기재"""},

{"id": "s7-n05-015", "kind": "system_export", "text": """{"log_type":"VPN_AUTH","ts":"{{date:2024-07-22T22:14:05Z}}","emp_no":"[[EMPLOYEE_ID:20130829]]","name":"[[PERSON:신동민]]","src":"[[IP_ADDRESS:121.134.58.207]]","assigned":"[[IP_ADDRESS:172.30.8.44]]","mfa":"OTP","client":"{{version:SecuwaySSL 4.0.2.11}}"}
{"log_type":"VPN_AUTH","ts":"{{date:2024-07-22T22:31:50Z}}","emp_no":"[[EMPLOYEE_ID:20180302]]","name":"[[PERSON:허은지]]","src":"[[IP_ADDRESS:2001:e60:8a12:3f::1b7]]","assigned":"[[IP_ADDRESS:172.30.8.45]]","mfa":"OTP","client":"{{version:SecuwaySSL 4.0.2.11}}"}"""},

{"id": "s7-n05-016", "kind": "whistleblowing", "text": """익명신고 게시판 글 (원문)
제목: 민원실 직원이 민원인 정보 빼돌림

민원실 창구 [[PERSON:이*희]]라는 분이 가족관계증명서 떼러온 사람 주민번호를 폰으로 찍는걸 봤어요. 제가 그 민원인인데 제 번호가 [[KR_RRN:740928-2******]]고 {{date:3월 5일}} 오전 11시쯤이었어요. 제 주소 [[KR_ADDRESS:권선구 세권로 160 108동 1102호]]로 이상한 우편물이 오기 시작했구요."""},

{"id": "s7-n05-017", "kind": "emergency_contacts", "text": """선거 지원 비상연락 (투표소 책임자)
투표소|책임자|휴대폰|생년월일
{{place_name:매탄1동 제1투표소(매탄초 체육관)}}|[[PERSON:공하준]]|[[PHONE_NUMBER:010-2219-3380]]|[[BIRTH_DATE:1986/03/05]]
{{place_name:매탄1동 제2투표소(행정복지센터)}}|[[PERSON:방유리]]|[[PHONE_NUMBER:010-5508-7213]]|[[BIRTH_DATE:1994/11/19]]
{{place_name:매탄2동 제1투표소(매현중 강당)}}|[[PERSON:마준영]]|[[PHONE_NUMBER:010-9143-6628]]|[[BIRTH_DATE:1978/07/24]]
선거일 {{date:2024.4.10.(수) 06:00~18:00}}"""},

{"id": "s7-n05-018", "kind": "procurement", "text": """물품 검수조서
품명: 노트북(업무용) 20대
납품업체: 한결컴퓨터 (대표 [[PERSON:지현석]], [[PHONE_NUMBER:010-2040-6615]])
납품일: {{date:2024.09.09.}}  검수일: {{date:2024.09.10.}}
검수자: 정보통신과 [[PERSON:원다은]] (직원번호 [[EMPLOYEE_ID:20200114]])
입회자: 회계과 [[PERSON:소준혁]]
S/N {{code:5CG41207QZ}} ~ {{code:5CG41207RR}} / BIOS {{version:F.21}}"""},

{"id": "s7-n05-019", "kind": "memo", "text": """인계인수서 메모(개인용)
- 업무폰 번호 이전 완료. 전임자 [[PERSON:문태희]]님 개인번호 [[PHONE_NUMBER:010-7724-0581]] (퇴직 후 {{date:3개월}}간 문의 가능)
- 전임자 새 근무지: [[KR_ADDRESS:세종특별자치시 도움6로 11, 정부세종청사 14동 5층]] 행안부 파견
- 공용 메일 {{public_email:finance@suwon.go.kr}} 비번은 팀장님께"""},
]
