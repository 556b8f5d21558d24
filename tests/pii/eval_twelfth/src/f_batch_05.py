# Writer f, batch 05: fishers (어업인 지원, 원산지 단속), mixed farm and rural paperwork. CC0 1.0, all invented.
DOCS = [
    {"id": "s12-f05-001", "kind": "application_form", "text": """어업인 확인서 발급 신청서
성명: [[PERSON:석용팔]]        주민등록번호: [[KR_RRN:571022-174031?]]
주소: [[KR_ADDRESS:경기도 화성시 서신면 궁평항로 1049-8]]
전화: [[PHONE_NUMBER:031-357-4402]] / 휴대: [[PHONE_NUMBER:010-2719-5804]]
어업형태: 연안복합어업(허가번호 {{permit_number:화성-연복-2016-27}})
소유어선: 제7궁평호 (어선번호 {{vessel_number:9612005-6265102}}, 4.97톤)
수협 조합원번호: {{code:0412-00933}}
신청일 {{date:2025. 6. 30.}}    신청인 [[PERSON:석용팔]]"""},

    {"id": "s12-f05-002", "kind": "application_form", "text": """면세유류 구입카드 재발급 신청 ({{org_name:경기남부수협}} 궁평지점)
어업인 [[PERSON:석용팔]]  생년월일 [[BIRTH_DATE:57-10-22]]
분실카드: [[CREDIT_CARD:9430-0312-5581-720?]]  (분실일 {{date:6/21}} 경)
신규카드 수령 방법: 지점 방문 / 대리인 배우자 [[PERSON:하순녀]]([[BIRTH_DATE:1960.3.9]])
연락처 [[PHONE_NUMBER:010-2719-5804]]
※ 분실카드는 즉시 사용정지 처리됨 ({{time:09:14}}, 처리자 [[PERSON:유다빈]])"""},

    {"id": "s12-f05-003", "kind": "roster", "text": """외국인 선원(E-10-2) 승선 명단 — 제7궁평호 / 선주 [[PERSON:석용팔]]
NO  NAME                 NATIONALITY  PASSPORT    D.O.B        ARC
01  [[PERSON:AGUS SETIAWAN]]        IDN          [[KR_PASSPORT:X2841077]]    [[BIRTH_DATE:1992.07.04]]   [[KR_FRN:920704-5710265]]
02  [[PERSON:DEDI KURNIAWAN]]       IDN          [[KR_PASSPORT:C9013422]]    [[BIRTH_DATE:1998.12.15]]   [[KR_FRN:981215-5710318]]
03  [[PERSON:TRAN VAN HUNG]]        VNM          [[KR_PASSPORT:P01728834]]   [[BIRTH_DATE:1987.02.28]]   (등록중)
승선일 {{date:2025.03.10}} / 계약만료 {{date:2028.03.09}}"""},

    {"id": "s12-f05-004", "kind": "email", "text": """수신: [[PERSON:노승희]] 대표님 <[[EMAIL_ADDRESS:seaseunghee@daum.net]]>
발신: 처인구청 위생과 <{{public_email:hygiene@yongin.go.kr}}>
제목: [통지] 수산물 원산지 표시 위반사항 알림

[[PERSON:노승희]] 대표님께,
{{date:2025년 9월 3일}} 합동점검 시 귀 업소({{org_name:승희네횟집}}, 사업자등록번호 [[KR_BRN:135-44-0127?]], [[KR_ADDRESS:용인시 처인구 중부대로 1427, 1층 101호]])에서 
수족관 광어의 원산지를 표시하지 않은 사실이 확인되었습니다.
의견제출 기한: {{date:2025. 9. 30.}}까지
담당: 위생과 [[PERSON:오세진]] (직통 [[PHONE_NUMBER:031-324-2764]])"""},

    {"id": "s12-f05-005", "kind": "ocr_scan", "text": """과 태 료  부 과  사 전 통 지 서
문서번호: {{document_number:위생과-ㅣ3842}}
당 사 자 : [[PERSON:도 미 숙]]  (생년월일 [[BIRTH_DATE:l968-Ol-26]])
주    소 : [[KR_ADDRESS:경기도 용인시 처인구 백암면 백암로 l87, 상가동 2호]]
위반내용 : 농수산물의 원산지 표시에 관한 법률 제5조 위반 (미표시)
부과예정금액 : 금 {{amount:칠십만원(₩7OO,OOO)}}
                         {{date:2O25. O9. l5.}}
                 용 인 시 처 인 구 청 장"""},

    {"id": "s12-f05-006", "kind": "phone_memo", "text": """명예감시원 [[PERSON:최민아]]씨 전화 ({{date:10/2}} 16시)
- 김량장동 전통시장 {{org_name:형제수산}}(사장 [[PERSON:권형택]], [[PHONE_NUMBER:010-5590-3127]]) 생태 '러시아산' 표시 안 하고 '국내산'으로 팔고 있다고 함
- 시장 주소 [[KR_ADDRESS:처인구 금령로 54-1, 중앙시장 나동 12호]]
- 추석 전 단속 일정에 포함 요청. 회신 필요 없음"""},

    {"id": "s12-f05-007", "kind": "spreadsheet_export", "text": """2025 경기도 어업인수당 신청자(서신면)
접수번호,성명,생년월일,주소,경영주여부,지급예정액
{{receipt_number:F25-0001}},[[PERSON:석용팔]],[[BIRTH_DATE:19571022]],[[KR_ADDRESS:서신면 궁평항로 1049-8]],Y,{{amount:600000}}
{{receipt_number:F25-0002}},[[PERSON:하순녀]],[[BIRTH_DATE:19600309]],[[KR_ADDRESS:서신면 궁평항로 1049-8]],N,{{amount:600000}}
{{receipt_number:F25-0003}},[[PERSON:제정모]],[[BIRTH_DATE:1949/05/30]],[[KR_ADDRESS:서신면 매화리 44-7]],Y,{{amount:600000}}
{{receipt_number:F25-0004}},[[PERSON:은희경]],[[BIRTH_DATE:1972.8.1]],"[[KR_ADDRESS:화성시 서신면 전곡항로 5, 201호]]",Y,{{amount:600000}}"""},

    {"id": "s12-f05-008", "kind": "kakaotalk", "text": """[궁평어촌계]
어촌계장 [[PERSON:제정모]] : 내일 바지락 작업 물때 보고 새벽 4시반 집합. 트랙터는 [[PERSON:용팔]]이네꺼로
[[PERSON:은희경]] : 계장님 저는 병원예약이 {{date:목요일}}이라 빠질게요ㅜ
어촌계장 [[PERSON:제정모]] : 알것어 그리고 어업인수당 신청 안한사람 [[PERSON:희경]]이랑 [[PERSON:동철]]이 빼고 다 했다
[[PERSON:은희경]] : 네 낼 면사무소 갈게요
[[PERSON:석용팔]] : 트랙터 기름 없음 ㅋ 면세유 카드 새로 나와야 넣지"""},

    {"id": "s12-f05-009", "kind": "application_form", "text": """농업경영계획서 (주말·체험영농)
취득자: [[PERSON:하진석]]   생년월일: [[BIRTH_DATE:1983년 11월 27일]]   직업: 회사원
주소: [[KR_ADDRESS:수원시 영통구 매영로 310번길 12, 109동 2203호 (영통동, 청명마을주공)]]
취득 대상 농지: [[KR_ADDRESS:용인시 처인구 모현읍 오산리 81-14]] (전, 660㎡)
거리: 자택에서 약 27km, 자가용 40분 (차량 [[KR_CAR_PLATE:213가 7745]])
노동력: 본인, 배우자 [[PERSON:추다은]]([[BIRTH_DATE:'85.04.02]]), 자녀([[PERSON:하윤슬]], [[BIRTH_DATE:2014.09.18]])
재배 계획: 감자·고구마 자가소비, 연간 작업일수 40일"""},

    {"id": "s12-f05-010", "kind": "application_form", "text": """귀농인의 집(임시거주시설) 입주 신청서
신청인 [[PERSON:방찬우]] ([[BIRTH_DATE:1992.06.13]])  [[PHONE_NUMBER:010-8854-2207]]
현주소 [[KR_ADDRESS:서울 노원구 동일로 1413, 5동 911호]]
입주 희망: 원삼면 귀농인의 집 2호 ({{date:2025.4.1}}부터 6개월)
운전면허 [[KR_DRIVER_LICENSE:서울 09-427153-81]] / 소유차량 [[KR_CAR_PLATE:05모 8821]] (포터)
귀농교육 이수 112시간 (수료번호 {{document_number:RF-2024-11831}})"""},

    {"id": "s12-f05-011", "kind": "application_form", "text": """농업인안전보험 가입신청서 (NH농협손해보험, 시비 50% 지원)
피보험자: [[PERSON:양태순]]  생년월일 [[BIRTH_DATE:610507]] (여)  직업: 과수(배)
주소: [[KR_ADDRESS:용인시 처인구 남사읍 창리 471-1]]
사망보험금 수익자: 법정상속인 / 지정 시 [[PERSON:옥지훈]](아들, [[BIRTH_DATE:870914]])
연락처 [[PHONE_NUMBER:010-6003-7752]]
보험기간 {{date:2025.03.01 ~ 2026.02.28}}  보험료 {{amount:124,500원}}(본인부담 {{amount:62,250원}})"""},

    {"id": "s12-f05-012", "kind": "case_note", "text": """[상담기록] 직불금 수령 중 사망 농업인 처리
- 고 [[PERSON:명재춘]] (생 [[BIRTH_DATE:1938.12.02]] / 사망 {{date:2025.05.07}})
- 2025년 직불금 신청은 {{date:4.15}} 본인 명의로 완료된 상태
- 상속인 [[PERSON:명현철]](장남, [[KR_RRN:650301-1******]])이 상속인 대표로 지급 요청
- 필요서류: 가족관계증명서(고인 기준), 상속인 동의서, 장남 명의 계좌 [[BANK_ACCOUNT:110-339-872114]](신한)
- 농지 [[KR_ADDRESS:이동읍 시미리 206]]은 올해 경작 완료 예정이라 지급 가능, 내년부터 상속인 신규 신청 필요
상담 {{date:2025-06-02}} [[PERSON:서지훈]]"""},

    {"id": "s12-f05-013", "kind": "email", "text": """From: 원삼면 행정복지센터 [[PERSON:설윤호]] <[[EMAIL_ADDRESS:seolyh@korea.kr]]>
To: [[EMAIL_ADDRESS:hakil.ijang@gmail.com]]
Date: {{date:2025-08-19 10:02}}
Subject: [이장 협조] 학일리 농업인 실태조사 명단 확인 요청

[[PERSON:주병태]] 이장님 안녕하세요.
첨부 명단 중 [[PERSON:임만기]]([[BIRTH_DATE:1952.03.17]]), [[PERSON:임순옥]]([[BIRTH_DATE:1955.07.29]]) 부부가 실제 경작하시는지 확인 부탁드립니다.
회신은 {{date:8/29(금)}}까지 주시면 됩니다. 감사합니다."""},

    {"id": "s12-f05-014", "kind": "system_log", "text": """taxfree-oil-mgr | 2025-06-21 09:14:02 | [[EMPLOYEE_ID:SH0419]] | [[IP_ADDRESS:10.8.14.201]] | CARD_SUSPEND | card=[[CREDIT_CARD:9430-03**-****-7204]] | owner=[[PERSON:석용팔]]
taxfree-oil-mgr | 2025-06-24 11:40:37 | [[EMPLOYEE_ID:SH0419]] | [[IP_ADDRESS:10.8.14.201]] | CARD_REISSUE | req={{case_number:TFO-250624-0057}}
taxfree-oil-mgr | 2025-06-24 11:41:02 | system | [[IP_ADDRESS:fe80::1c2b:7aff:fe10:92d1]] | NOTIFY_SMS | to=[[PHONE_NUMBER:010-27**-5804]]
taxfree-oil-mgr | host netmask {{subnet_mask:255.255.252.0}} | agent {{version:2.4.0-rc3}}"""},

    {"id": "s12-f05-015", "kind": "complaint", "text": """제목: 멧돼지 충돌 차량 피해 보상 문의
작성자: [[PERSON:염수빈]] | 휴대폰 [[PHONE_NUMBER:010‑7352‑0914]]
{{date:어제(11.3)}} 밤 11시경 양지면 국도 17호선 {{place_name:송문교}} 부근에서 멧돼지와 충돌해 범퍼랑 라이트가 다 깨졌습니다. 차량은 [[KR_CAR_PLATE:62루3905]] 아반떼이고 제 명의입니다 (면허 [[KR_DRIVER_LICENSE:경기15-221860-43]]).
보험사에서는 자차로만 처리된다는데 시에서 야생동물 피해보상이 되는지 알고 싶습니다. 사고 사진 있습니다."""},

    {"id": "s12-f05-016", "kind": "memo", "text": """백암 [[PERSON:남궁철]] 사장 외국인 2명 추가 배정 요청, 내일 오전 통화 → [[PHONE_NUMBER:010 6621 4087]]"""},

    {"id": "s12-f05-017", "kind": "application_form", "text": """농어촌민박사업자 신고서
신고인: [[PERSON:오미란]]  생년월일: [[BIRTH_DATE:1976. 05. 11.]]  전화 [[PHONE_NUMBER:010-9116-3340]]
민박 소재지: [[KR_ADDRESS:용인시 처인구 원삼면 두창로 221-6]] (단독주택, 연면적 186㎡ 중 객실 3실)
민박명: {{org_name:두창리 느티나무민박}}
사업자등록번호 [[KR_BRN:135-60-7219?]] / 통신판매업 {{permit_number:제2025-경기용인-0832호}}
예약 결제 대표계좌: 농협 [[BANK_ACCOUNT:351-1092-5531-63]] (예금주 [[PERSON:오미란]])
신고일 {{date:2025.04.28}}   ※ 실거주 확인: 두창리 이장 [[PERSON:문병길]]"""},

    {"id": "s12-f05-018", "kind": "application_form", "text": """청년창업농 영농정착지원사업 신청서
성명 [[PERSON:김하람]]   생년월일 [[BIRTH_DATE:2000-01-31]]   [[PHONE_NUMBER:010-3018-6627]]
주소 [[KR_ADDRESS:용인시 처인구 백암면 근창로 42-1]]
학력: {{org_name:한국농수산대학교}} 채소학과 졸업 (학번 [[STUDENT_ID:19-2130-044]])
해외연수: 2022 네덜란드 시설원예 (여권 [[KR_PASSPORT:M731F2044]])
영농 경력: 부모([[PERSON:김병수]]·[[PERSON:이향숙]]) 딸기 하우스 승계 예정
신청일 {{date:2026.01.20}}"""},
    {"id": "s12-f05-019", "kind": "system_log", "text": """[yongin-localfood-mall] {{date:2025-11-28 20:41:09}} ORDER {{order_number:LF251128-00913}} buyer=[[PERSON:채윤희]] tel=[[PHONE_NUMBER:010-6117-2083]]
  ship_to="[[KR_ADDRESS:성남시 수정구 산성대로 451, 102동 704호]]" item=백암 순대·절임배추 20kg
  pay=CARD issuer=삼성 pan=[[CREDIT_CARD:536510******4417]] amt={{amount:58000}} pg_tid={{code:T2511282041093317}}
  seller=[[PERSON:곽정임]] brn=[[KR_BRN:135-91-0663?]] client_ip=[[IP_ADDRESS:121.160.7.214]]"""},
]
