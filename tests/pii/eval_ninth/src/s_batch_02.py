# Writer s, batch 02: traffic accident reports, insurance claims, settlements.
# Hand-written, invented data. CC0 1.0.

DOCS = [
    {
        "id": "s9-s02-001",
        "kind": "accident_confirmation_ocr",
        "text": """교 통 사 고 사 실 확 인 원
접수번호 {{case_number:2024-003817}}           발급일 {{date:2024.07.02}}

사고일시  {{date:2024년 06월 21일 19시 35분}}경
사고장소  경기도 용인시 기흥구 중부대로 {{place_name:구갈사거리}} 부근
사고유형  차대차 (추돌)

       성명        생년월일       차량번호       보험사
제1당사자 [[PERSON:안재형]]   [[BIRTH_DATE:1979.11.02]]   [[KR_CAR_PLATE:247소 1829]]   {{org_name:한결손해보험}}
제2당사자 [[PERSON:곽 민 지]]  [[BIRTH_DATE:2001.04.27]]   [[KR_CAR_PLATE:58보 6631]]    {{org_name:우리화재}}

피해정도  제2당사자 경상(전치 2주)
위와 같이 교통사고가 발생하였음을 확인합니다.
                                 용인동부경찰서장 (교통조사계 경사 [[PERSON:문태식]])""",
    },
    {
        "id": "s9-s02-002",
        "kind": "kakaotalk_chat",
        "text": """[[PHONE_NUMBER:010-2038-5574]]님과의 대화
2024년 3월 9일 토요일
[오후 2:41] 아까 주차장에서 접촉사고 난 차주입니다. 제 정보 보내드려요
[오후 2:41] [[PERSON:하지원]] / [[PHONE_NUMBER:010-2038-5574]] / 차량 [[KR_CAR_PLATE:172저 4190]] / 보험 현대해상 대물접수번호 {{case_number:240309-0471-22}}
[오후 2:43] 넵 감사합니다 저는 [[PERSON:노승우]]이고 차는 [[KR_CAR_PLATE:33고 5408]]입니다
[오후 2:43] 범퍼만 살짝 긁혀서 공업사 견적받고 연락드릴게요
[오후 2:44] 네 블박영상 필요하시면 말씀주세요""",
    },
    {
        "id": "s9-s02-003",
        "kind": "settlement_agreement",
        "text": """합  의  서

가해자  성명: [[PERSON:편도윤]]  주민등록번호: [[KR_RRN:850109-135720?]]
        주소: [[KR_ADDRESS:경기도 수원시 영통구 봉영로 1623, 1108동 302호(영통동, 황골마을주공1단지)]]
        운전면허: [[KR_DRIVER_LICENSE:13-04-771208-21]]
피해자  성명: [[PERSON:서은채]]  주민등록번호: [[KR_RRN:930512-2******]]
        주소: [[KR_ADDRESS:수원시 팔달구 효원로 265번길 8, 3층]]

사고일시: {{date:2024. 9. 14. 22:10}}  사고장소: 수원시 팔달구 {{place_name:인계사거리}}
위 사고와 관련하여 가해자는 피해자에게 금 {{amount:일백오십만원(₩1,500,000)}}을 지급하고 피해자는 민·형사상 이의를 제기하지 않기로 합의한다.
입금계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-02-8841937]] (예금주 [[PERSON:서은채]])

{{date:2024년 9월 20일}}
가해자 [[PERSON:편도윤]] (서명)   피해자 [[PERSON:서은채]] (서명)""",
    },
    {
        "id": "s9-s02-004",
        "kind": "call_log",
        "text": """[112 신고접수 요약] 경기남부청 상황실
접수 {{date:24-11-03}} {{time:07:58:41}} | 코드2 | 교통사고(인피)
신고자 [[PERSON:마정우]] 휴대전화 [[PHONE_NUMBER:010-5517-0926]] (신고자 본인 아님, 목격자)
위치: [[KR_ADDRESS:성남시 중원구 둔촌대로 83]] 앞 횡단보도 (기지국 반경 200m)
내용: "오토바이가 사람을 치고 그냥 갔어요, 할머니 쓰러져 계세요"
조치: {{public_number:119}} 공동대응 요청({{time:07:59}}), 순21 출동 {{time:08:04}} 도착
피해자: [[PERSON:조순례]](여, [[BIRTH_DATE:1946]]년생) 성남중앙병원 이송
도주차량: 배달용 이륜차, 번호판 일부 '[[KR_CAR_PLATE:성남중원 아 34**]]'""",
    },
    {
        "id": "s9-s02-005",
        "kind": "insurance_claim_form",
        "text": """자동차보험 대인배상 보험금 청구서
사고접수번호 : {{case_number:A2024-11-0357812}}
피보험자(가해측) : [[PERSON:진석훈]]   차량 [[KR_CAR_PLATE:66러 3027]]

청구인(피해자)
 성명        [[PERSON:Ahmed Rahman]] (방글라데시)
 외국인등록번호 [[KR_FRN:870215-5128443]]
 여권번호      [[KR_PASSPORT:BX0418722]]
 주소        [[KR_ADDRESS:화성시 향남읍 발안공단로 12-7 기숙사 2층 205호]]
 전화        [[PHONE_NUMBER:010-4182-7039]]
청구내역 : 치료비(직불), 휴업손해 {{amount:1,840,000원}}, 위자료
지급계좌 : KEB하나 [[BANK_ACCOUNT:620-218844-917]] 예금주 [[PERSON:AHMED RAHMAN]]
작성일 {{date:2024.12.02}}   청구인 [[PERSON:Ahmed Rahman]] (서명)""",
    },
    {
        "id": "s9-s02-006",
        "kind": "police_memo",
        "text": """수사보고(목격자 진술 청취)

{{date:2024. 8. 30.}} {{time:15:00}}경 본직은 뺑소니 사건({{case_number:2024-용인서부-0912}}) 관련 목격자 [[PERSON:심하람]]([[BIRTH_DATE:95. 6. 3.]]생, 회사원)으로부터 전화로 진술 청취함.
목격자 진술: "흰색 스타렉스였고 번호는 앞자리 [[KR_CAR_PLATE:80허]]까지만 봤다. 운전자는 50대 남자 같았다."
목격자 연락처: [[PHONE_NUMBER:010-8406-3317]], 주소: [[KR_ADDRESS:용인시 수지구 포은대로 435, 현대성우 108동 1401호]]
위와 같이 보고합니다.
                        교통범죄수사팀 경위 [[PERSON:엄기준]]""",
    },
    {
        "id": "s9-s02-007",
        "kind": "hospital_guarantee_fax",
        "text": """FAX  수신: 수원현대정형외과 원무과  발신: ○○손해보험 수원보상센터 (T {{public_number:031-8014-5500}})
제목: 진료비 지급보증 안내

환 자 명 : [[PERSON:임채원]] (M)
생년월일 : [[BIRTH_DATE:2012.01.16]] (미성년, 보호자 [[PERSON:임동규]])
사고일자 : {{date:2024.10.11}}
사고번호 : {{case_number:20241011-5501-0038}}
피보험차량 : [[KR_CAR_PLATE:255다 8819]]
보증범위 : 입원 및 통원 진료비 (상급병실료 차액, 비급여 제외)
담당 : 보상과 [[PERSON:선우진]] 과장  직통 [[PHONE_NUMBER:031-8014-5528]]  [[EMAIL_ADDRESS:woojin.sunwoo@ohinsure.co.kr]]""",
    },
    {
        "id": "s9-s02-008",
        "kind": "sms",
        "text": """[현대해상] [[PERSON:라미경]] 고객님, {{date:11/28}} 접수하신 사고(접수번호 {{case_number:2411-28-07731}})의 담당자는 대물보상 [[PERSON:강민구]]([[PHONE_NUMBER:010-3174-8220]])입니다. 렌터카 이용시 담당자와 먼저 상의 부탁드립니다.""",
    },
    {
        "id": "s9-s02-009",
        "kind": "spreadsheet_paste",
        "text": """관내 어린이보호구역 교통사고 현황(2024 상반기)
발생일	시간대	장소	피해아동	생년월일	학교	학번	부상
{{date:2024-03-15}}	하교	{{place_name:매탄초 정문}}	[[PERSON:김하율]]	[[BIRTH_DATE:2016.08.02]]	매탄초 2학년	[[STUDENT_ID:20230214]]	경상
{{date:2024-04-22}}	등교	{{place_name:영덕초 후문}}	[[PERSON:박*진]]	[[BIRTH_DATE:2014.11.**]]	영덕초 4학년	[[STUDENT_ID:20210433]]	중상
{{date:2024-06-05}}	기타	{{place_name:동백초 앞 삼거리}}	[[PERSON:이서후]]	[[BIRTH_DATE:2018.02.27]]	(미취학)	-	경상
계	{{statistic:3건}}	{{statistic:경상 2건, 중상 1건}}""",
    },
    {
        "id": "s9-s02-010",
        "kind": "citizen_letter",
        "text": """안녕하세요 도로교통공단 교통사고분석 민원 담당자님께.

저는 {{date:지난달 17일}} 밤 용인 {{place_name:경안천}} 옆 도로에서 사고를 당한 [[PERSON:제갈윤아]]입니다. (생 [[BIRTH_DATE:1989/10/05]])
경찰은 제 과실이 60%라고 하는데 상대 차 블랙박스에 신호위반이 찍혀 있습니다. 상대 운전자 [[PERSON:표경민]]씨는 연락을 피하고 있고요.
재조사 절차가 궁금합니다. 회신은 [[EMAIL_ADDRESS:yuna.jegal@gmail.com]] 또는 [[PHONE_NUMBER:010 6620 1457]]으로 부탁드려요.
주소: [[KR_ADDRESS:용인시 처인구 중부대로1431번길 22-5]]""",
    },
    {
        "id": "s9-s02-011",
        "kind": "accident_report_system",
        "text": """TAAS 연계 사고기록 (발췌)
-----------------------------------------------
RPT_NO      : {{case_number:TA2407150022}}
OCCR_DT     : {{date:20240715}}  OCCR_TM: {{time:2214}}
ADDR        : 경기 수원시 장안구 조원동 {{place_name:장안구청사거리}}
DRV1_NM     : [[PERSON:허준영]]
DRV1_BIRTH  : [[BIRTH_DATE:19880309]]
DRV1_LIC_NO : [[KR_DRIVER_LICENSE:131807422360]]
DRV1_CAR_NO : [[KR_CAR_PLATE:134무9021]]
DRV2_NM     : [[PERSON:황예지]]
DRV2_BIRTH  : [[BIRTH_DATE:19991221]]
DRV2_LIC_NO : [[KR_DRIVER_LICENSE:11-20-010553-63]]
DRV2_CAR_NO : [[KR_CAR_PLATE:서울 강남 바 3341]] (이륜)
INJ_CNT     : 1
REG_USER    : [[EMPLOYEE_ID:P2017033]]  REG_IP: [[IP_ADDRESS:10.71.24.118]]""",
    },
    {
        "id": "s9-s02-012",
        "kind": "officer_memo",
        "text": """※ {{date:10/17}} 야간 단독사고 운전자 [[PERSON:오현석]] 음주측정 0.087%. 면허정지 처분 대상. 본인 휴대폰 꺼져있어 배우자 [[PERSON:김나래]]([[PHONE_NUMBER:010-9001-4428]])에게 연락함. 차량([[KR_CAR_PLATE:06허 4455]], 렌트) 렌터카사 통보 완료. - 경사 [[PERSON:정우람]]""",
    },
    {
        "id": "s9-s02-013",
        "kind": "email",
        "text": """From: [[PERSON:원다솜]] <[[EMAIL_ADDRESS:dasom1204@hanmail.net]]>
To: 용인서부경찰서 교통조사계 <{{public_email:traffic_ys@police.go.kr}}>
Date: {{date:Tue, 5 Nov 2024 22:17:03 +0900}}
Subject: [블랙박스 영상 제출] {{date:11.2}} 보정동 카페거리 사고

조사관님 안녕하세요. 전화로 말씀드린 블랙박스 영상 첨부합니다(용량이 커서 구글드라이브 링크로 드립니다).
제 차는 [[KR_CAR_PLATE:316노 2271]] 이고 상대 차는 [[KR_CAR_PLATE:98가 5613]]입니다.
영상 {{time:00:41}}초쯤 상대 차가 중앙선 넘어오는 장면 나옵니다.
[[PERSON:원다솜]] 드림 / [[PHONE_NUMBER:010-2215-0804]]""",
    },
    {
        "id": "s9-s02-014",
        "kind": "mutual_aid_claim",
        "text": """전국택시공제조합 경기지부 사고보고서
조합원사: {{org_name:(유)수원삼호교통}}  (사업자 {{business_number:135-86-01274}})
운전원: [[PERSON:백종만]]  사원번호 [[EMPLOYEE_ID:SH-0377]]  생년 [[BIRTH_DATE:1961]]
운전면허: [[KR_DRIVER_LICENSE:경기 94-233810-07]]
차량: [[KR_CAR_PLATE:경기32자 1189]] (법인택시)
사고: {{date:'24.12.06}} {{time:03:20}} 영통구 {{place_name:원천동 삼성로}} 승객 하차 중 문열림 사고, 자전거 운전자 [[PERSON:윤태오]]([[BIRTH_DATE:2003. 2. 11.]]) 경상
보고자: 배차실장 [[PERSON:한상범]]""",
    },
    {
        "id": "s9-s02-015",
        "kind": "insurance_app_chat",
        "text": """챗봇: 사고 접수를 도와드릴게요. 피보험자 성함을 입력해주세요.
고객: [[PERSON:양세희]]
챗봇: 생년월일 6자리를 입력해주세요.
고객: [[BIRTH_DATE:920818]]
챗봇: 사고 차량번호를 입력해주세요.
고객: [[KR_CAR_PLATE:225어6603]]
챗봇: 사고 장소를 입력해주세요.
고객: [[KR_ADDRESS:성남시 분당구 판교역로 146]] 지하주차장 B3
챗봇: 접수가 완료되었습니다. 접수번호 {{case_number:2412150093}}. 담당자가 {{time:30분}} 내 연락드립니다.""",
    },
    {
        "id": "s9-s02-016",
        "kind": "citizen_complaint",
        "text": """교통사고 처리 결과에 대한 민원입니다. 저희 아버지 [[PERSON:구본철]]([[BIRTH_DATE:1952년 4월 3일]]생)께서 {{date:10월 2일}} 보행 중 사고로 돌아가셨습니다({{date:10월 9일}} 사망). 가해자는 [[PERSON:변상우]]라고만 들었고 형사합의 얘기만 계속 합니다.
경찰 조사기록 열람 신청하고 싶은데 가족관계증명서만 있으면 되나요? 저는 장남 [[PERSON:구재현]]이고 연락처 [[PHONE_NUMBER:010-7349-2016]]입니다.""",
    },
    {
        "id": "s9-s02-017",
        "kind": "repair_estimate",
        "text": """[영통모터스 공업사] 견적서
고객명 [[PERSON:성예준]]  차량 [[KR_CAR_PLATE:145보 7301]] / 차대번호 {{code:KMHL341CBRA099214}}
입고일 {{date:2024-05-13}}  보험사 접수번호 {{case_number:DB-2405-118240}}
앞범퍼 교환 {{amount:420,000}} / 헤드램프(좌) {{amount:680,000}} / 공임 {{amount:260,000}}
합계 {{amount:1,360,000원}} (VAT 별도)
공업사 사업자번호 [[KR_BRN:124-05-3188?]] 대표 [[PERSON:나길수]]""",
    },
    {
        "id": "s9-s02-018",
        "kind": "ocr_scan_noisy",
        "text": """진 술 서 (피의자)
성 명: [[PERSON:윤 석 진]]   주민등록번호: [[KR_RRN:8l0302-1O47219]]
주 거: [[KR_ADDRESS:경기도 성남시 중원구 광명로 25 1 , 은행동]]
본인은 {{date:2O24. 11. 2. 23:4O}}경 ... (이하 판독불가)
연 락 처: [[PHONE_NUMBER:O1O-9l22-83O5]]""",
    },
]
