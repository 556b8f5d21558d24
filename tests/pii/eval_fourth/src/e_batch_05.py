# Writer e, batch 05: resident registration (전입신고, 인감, 가족관계), foreigners' residence,
# election work. All values invented. CC0 1.0.

DOCS = [
{"id": "s4-e05-001", "kind": "move_in_report", "text": """전 입 신 고 서                         접수번호 {{receipt_number:제 0318 호}}

신고인 성명 [[PERSON:탁민경]]   전화번호 [[PHONE_NUMBER:010-9183-2746]]
전 주소 : [[KR_ADDRESS:서울특별시 관악구 봉천로 474-2 , 301호 (봉천동, 그린빌)]]
현 주소 : [[KR_ADDRESS:경기도 수원시 영통구 광교중앙로 145, 3402동 1801호 (하동, 광교자연앤힐스테이트)]]
세대주 성명 [[PERSON:탁민경]]   세대주와의 관계 본인

전입자
 1) [[PERSON:탁민경]]   [[KR_RRN:870921-2******]]   본인
 2) [[PERSON:여준혁]]   [[KR_RRN:850303-1******]]   배우자
 3) [[PERSON:여 솔]]    [[KR_RRN:190614-3******]]   자녀

전입일 {{date:2025. 2. 28.}}   신고일 {{date:2025. 3. 4.}}"""},

{"id": "s4-e05-002", "kind": "seal_ledger", "text": """인감증명서 발급대장 ({{date:2025.01.15}}) - 영통1동 행정복지센터

No | 본인성명 | 주민등록번호 | 신청구분 | 대리인 | 확인신분증 | 용도
041 | [[PERSON:맹순옥]] | [[KR_RRN:520708-2******]] | 대리 | [[PERSON:맹진호]](子) | 운전면허 [[KR_DRIVER_LICENSE:11-94-203318-52]] | 부동산 매도
042 | [[PERSON:허윤]] | [[KR_RRN:9310111******]] | 본인 | - | 주민등록증 | 자동차 매도
043 | [[PERSON:라성호]] | [[KR_RRN:681225-1******]] | 본인 | - | 여권 [[KR_PASSPORT:M0227A614]] | 금융기관 제출
발급담당 [[PERSON:이다솜]]"""},

{"id": "s4-e05-003", "kind": "seal_change", "text": """인감(변경)신고서

성명: [[PERSON:변경숙]]     생년월일: [[BIRTH_DATE:1958. 2. 21.]]
주소: [[KR_ADDRESS:성남시 중원구 은행동 1842-7]]
신고사유: 인감 분실에 따른 변경
신분확인: 운전면허증 [[KR_DRIVER_LICENSE:경기13-016824-72]] (발급일 {{date:2019. 8. 6.}})
신고일: {{date:2025. 1. 9.}}   접수자: 주무관 [[PERSON:나혜원]] ㊞"""},

{"id": "s4-e05-004", "kind": "family_certificate", "text": """가족관계증명서(상세)
등록기준지  [[KR_ADDRESS:경상북도 안동시 풍산읍 하리리 611]]

구분   성명        출생연월일          주민등록번호          성별  본
본인   [[PERSON:권 태 식]] ([[PERSON:權泰植]])  [[BIRTH_DATE:1962년 09월 14일]]   [[KR_RRN:620914-1******]]   남   安東
부     [[PERSON:권영팔]] ([[PERSON:權寧八]])  [[BIRTH_DATE:1931년 03월 02일]]   [[KR_RRN:310302-1******]]   남   安東   사망
모     [[PERSON:김말순]]         [[BIRTH_DATE:1935년 11월 27일]]   [[KR_RRN:351127-2******]]   여   金海
배우자 [[PERSON:송정희]]         [[BIRTH_DATE:1965년 05월 08일]]   [[KR_RRN:650508-2******]]   여   礪山
자녀   [[PERSON:권소영]]         [[BIRTH_DATE:1991년 12월 19일]]   [[KR_RRN:911219-2******]]   여   安東

위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.
{{date:2025년 02월 03일}}   {{org_name:수원시 팔달구청장}}"""},

{"id": "s4-e05-005", "kind": "foreigner_residence", "text": """체류지 변경신고서 (Report for Change of Residence)
성명 Name: [[PERSON:PHAM VAN DUC]] / 팜반득
외국인등록번호 ARC No.: [[KR_FRN:951023-5830147]]
여권번호 Passport No.: [[KR_PASSPORT:C4719382]]
국적 Nationality: VIETNAM
종전 체류지: [[KR_ADDRESS:경기도 화성시 향남읍 발안로 95-4 , 2층 204호]]
신 체류지: [[KR_ADDRESS:경기도 용인시 처인구 남사읍 봉명리 281-12 (기숙사)]]
연락처 Tel: [[PHONE_NUMBER:010-2984-0531]]
전입일 Date of moving: {{date:2025-01-20}}   신고일 {{date:2025-01-31}}"""},

{"id": "s4-e05-006", "kind": "voter_roll", "text": """제22대 국회의원선거 선거인명부 (발췌)  투표구: {{code:광교1동 제3투표구}}

번호   성명      생년월일       주소
1021  [[PERSON:곽민서]]   [[BIRTH_DATE:1999. 7. 3.]]   [[KR_ADDRESS:광교호수로 277, 5502동 901호]]
1022  [[PERSON:곽정우]]   [[BIRTH_DATE:1967. 12. 9.]]   [[KR_ADDRESS:광교호수로 277, 5502동 901호]]
1023  [[PERSON:구하연]]   [[BIRTH_DATE:2006. 4. 10.]]   [[KR_ADDRESS:광교호수로 265, 5508동 1203호]]
※ 선거일 {{date:2024. 4. 10.}} 기준 만 18세 이상"""},

{"id": "s4-e05-007", "kind": "absentee_vote", "text": """거소투표신고서
성명: [[PERSON:방옥자]]  생년월일: [[BIRTH_DATE:1938.01.27]]
주민등록상 주소: [[KR_ADDRESS:용인시 수지구 동천로 93, 101동 306호]]
거소: [[KR_ADDRESS:용인시 기흥구 중부대로 579 , 효사랑요양병원 5층 512호]]
거소투표 사유: 중증장애로 거동 불가 (요양병원 입원 중)
연락처: 자녀 [[PERSON:방문수]] [[PHONE_NUMBER:010-6671-2038]]
신고기간: {{date:2025.05.12 ~ 05.16}}"""},

{"id": "s4-e05-008", "kind": "poll_observer", "text": """사전투표참관인 신고 (○○정당 추천)
성명 [[PERSON:추혜성]]  주민등록번호 [[KR_RRN:010225-423918?]]
주소 [[KR_ADDRESS:수원시 권선구 금곡로 197번길 30, 403동 1702호]]
전화 [[PHONE_NUMBER:010-4039-8811]]
수당 입금 계좌: 토스뱅크 [[BANK_ACCOUNT:1000-2947-3361]]
참관 투표소: {{place_name:호매실동 사전투표소(호매실도서관 1층)}}
참관 일시: {{date:2025.05.29 06:00~12:00}}"""},

{"id": "s4-e05-009", "kind": "residence_inspection", "text": """주민등록 사실조사 결과 보고 (무단전출 의심세대)

대상 주소: [[KR_ADDRESS:성남시 수정구 산성대로 451번길 12-3 , 지하층]]
세대주: [[PERSON:진만호]] ([[BIRTH_DATE:1972]]年生)
조사일: {{date:2024.10.15}}, {{date:2024.10.22}} (2회 방문, 부재)
이웃 진술: 2층 거주 [[PERSON:오금순]] — "작년 여름부터 사람 안 산다"
우편함 다량 적체, 전기 사용량 {{statistic:월 3kWh}}
조치: 최고·공고 후 거주불명 등록 예정 ({{date:2024.12월}})
조사자: 통장 [[PERSON:곽재만]], 주무관 [[PERSON:편하은]]"""},

{"id": "s4-e05-010", "kind": "birth_registration", "text": """출생신고서
자녀 성명: [[PERSON:서이안]] ([[PERSON:徐利安]])   성별: 남
출생일시: [[BIRTH_DATE:2025년 1월 17일]] 14시 32분
출생장소: {{org_name:분당차여성병원}}
부: [[PERSON:서준영]]  주민번호 [[KR_RRN:890411-1******]]
모: [[PERSON:Kateryna Moroz]] 외국인등록번호 [[KR_FRN:910806-6******]] (국적 우크라이나)
주소: [[KR_ADDRESS:성남시 분당구 불정로 386, 503동 1102호]]
신고일: {{date:2025년 2월 3일}}"""},

{"id": "s4-e05-011", "kind": "death_registration", "text": """사망신고 접수 메모
사망자 [[PERSON:주옥례]] 할머님 (생 음력 [[BIRTH_DATE:1929. 5. 13.]] / 사망 {{date:2025. 1. 30. 03:40}})
신고인 손자 [[PERSON:주재성]] [[PHONE_NUMBER:010.2871.5524]]
사망장소 {{org_name:용인세브란스병원}} → 주소지 [[KR_ADDRESS:용인시 처인구 백암면 백암로 201-9]]
안심상속 원스톱 서비스 함께 신청함"""},

{"id": "s4-e05-012", "kind": "multicultural_support", "text": """다문화가족 방문교육 서비스 신청
결혼이민자: [[PERSON:Nguyễn Thị Mai]] (응우옌 티 마이)  외국인등록번호 [[KR_FRN:960114-6203518]]
배우자: [[PERSON:조성민]]  [[PHONE_NUMBER:010-3620-7794]]
자녀: [[PERSON:조윤아]] ([[BIRTH_DATE:2021.09.06]]), [[PERSON:조윤호]] ([[BIRTH_DATE:2023.10.29]])
주소: [[KR_ADDRESS:화성시 봉담읍 동화길 62 , 동화리 세광빌라 B동 103호]]
희망 서비스: 한국어교육, 부모교육"""},

{"id": "s4-e05-013", "kind": "id_card_lost", "text": """주민등록증 분실신고 (정부24)
신고인 [[PERSON:엄다인]] / [[KR_RRN:0307144******]]
분실일자 {{date:2025-02-09}} 분실장소 {{place_name:수원역 환승센터}} 부근
재발급 수령지 매탄3동 행정복지센터
알림 수신 [[EMAIL_ADDRESS:daineom.03@gmail.com]]"""},

{"id": "s4-e05-014", "kind": "proxy_letter", "text": """위 임 장
위임인  성명 [[PERSON:김옥분]]  생년월일 [[BIRTH_DATE:43.07.02]]  연락처 [[PHONE_NUMBER:031-295-4418]]
수임인  성명 [[PERSON:김현철]]  관계 자  운전면허번호 [[KR_DRIVER_LICENSE:경기 04-522187-30]]
위임내용: 주민등록표 등본 1통 발급
본인은 위 사람에게 위 사항을 위임합니다.   {{date:2025년 1월 22일}}   위임인 [[PERSON:김옥분]](무인)"""},

{"id": "s4-e05-015", "kind": "name_change", "text": """개명허가 결정에 따른 신고
종전 이름: [[PERSON:정말녀]] → 개명 후 이름: [[PERSON:정서하]]
생년월일: [[BIRTH_DATE:1974-10-26]]
법원: {{org_name:수원가정법원}} {{case_number:2024호기11837}} (결정일 {{date:2024.12.18}})
신고인 주소: [[KR_ADDRESS:경기도 오산시 원동 786-4 세교빌 3층]]"""},

{"id": "s4-e05-016", "kind": "sms", "text": """[수원시] [[PERSON:민○영]]님 세대에 {{date:02/26}} 전입신고가 처리되었습니다. 본인이 신고하지 않은 경우 {{public_number:031-228-2114}}로 문의.
(전입지: [[KR_ADDRESS:권선로 760번길 21-7 2층]])"""},

{"id": "s4-e05-017", "kind": "foreigner_list", "text": """외국인 주민 실태조사 명단(원곡동) – 통역 배정용
 이름 / 국적 / 등록번호 / 생년 / 연락처
 [[PERSON:ZHANG WEI]] / 中国 / [[KR_FRN:850219-5******]] / [[BIRTH_DATE:1985]] / [[PHONE_NUMBER:010-5827-1963]]
 [[PERSON:Rahman Md Shahidul]] / 방글라데시 / [[KR_FRN:900731-5471203]] / [[BIRTH_DATE:1990]] / [[PHONE_NUMBER:010-4792-0218]]
 [[PERSON:Aigerim Nurlanovna]] / 카자흐스탄 / [[KR_FRN:980412 6******]] / [[BIRTH_DATE:1998]] / -
 통역: 중국어 [[PERSON:진해란]], 벵골어 섭외중"""},

{"id": "s4-e05-018", "kind": "email", "text": """From: [[EMAIL_ADDRESS:kimjy.suwon@gmail.com]]
To: {{public_email:minwon@suwon.go.kr}}
Date: {{date:Mon, 17 Feb 2025 08:12:44 +0900}}
Subject: 인감증명 대리발급 문의

안녕하세요 저는 [[PERSON:김주연]]이라고 합니다. 어머니([[PERSON:유말자]], [[BIRTH_DATE:1949년 8월]]생)께서 요양원에 계셔서 직접 못 가시는데 제가 대리발급 받으려면 위임장 말고 어떤 서류가 필요한가요?
어머니 주소지는 [[KR_ADDRESS:팔달구 효원로 307번길 9]] 입니다. 답장 부탁드려요."""},
]
