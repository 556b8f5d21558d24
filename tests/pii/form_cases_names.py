"""Forms of names and addresses for tests/pii/test_pii_forms.py (through form_cases.FORMS): sentences
written here by hand (not by the training-data generator, training/pii_ner/synthetic.py), each with the
values of each entity in it that detections of that entity must cover."""

from __future__ import annotations

NAMES_AND_ADDRESSES = {
    "names in a list": ("회의 참석자: 김민수, 이서연, 박지훈 (총 3명)", {"PERSON": ["김민수", "이서연", "박지훈"]}),
    "names in a table row": ("| 담당 | 정하늘 | 내선 2214 |\n| 부담당 | 오세훈 | 내선 2215 |", {"PERSON": ["정하늘", "오세훈"]}),
    "name before a title": ("이 건은 김민수 주무관이 맡기로 했습니다.", {"PERSON": ["김민수"]}),
    "name before 부장님": ("오늘 오전 박지훈 부장님께 보고드렸습니다.", {"PERSON": ["박지훈"]}),
    "name before a job word": ("현장에는 최영희 엔지니어가 나왔습니다.", {"PERSON": ["최영희"]}),
    "names after the offices of an association": ("개회선언: 조합장 성낙훈\n확인: 이사장 모경택 / 사무장 진소연",
                                                  {"PERSON": ["성낙훈", "모경택", "진소연"]}),
    "name with an honorific suffix": ("지난주에 윤서진님께서 다시 전화하셨어요.", {"PERSON": ["윤서진"]}),
    "name in quotes": ("자신을 '한도윤'이라고 소개한 남성이 찾아왔습니다.", {"PERSON": ["한도윤"]}),
    "compound surname 남궁": ("민원 담당은 남궁민수 주무관입니다.", {"PERSON": ["남궁민수"]}),
    "compound surname 제갈": ("제갈성현 님의 요청으로 재조사합니다.", {"PERSON": ["제갈성현"]}),
    "compound surname 선우 in a list": ("확인자: 선우진, 황보영희", {"PERSON": ["선우진", "황보영희"]}),
    "compound surname 독고": ("신청인 독고준호 (연락 요망)", {"PERSON": ["독고준호"]}),
    "compound surname 사공": ("사공은지 씨가 제출한 서류입니다.", {"PERSON": ["사공은지"]}),
    "name in hanja": ("신청인 성명: 金民秀 (김민수)", {"PERSON": ["金民秀"]}),
    "name in hanja before 氏": ("金民秀氏가 신청서를 냈습니다.", {"PERSON": ["金民秀"]}),
    "foreign name in Hangul": ("통역은 마이클 존슨 씨가 맡았습니다.", {"PERSON": ["마이클 존슨"]}),
    "Vietnamese name in Hangul": ("신청인 응우옌 티 란 씨는 베트남 국적입니다.", {"PERSON": ["응우옌 티 란"]}),
    "name in Latin letters": ("Reported by John Smith on behalf of the tenant.", {"PERSON": ["John Smith"]}),
    "Vietnamese name in Latin letters": ("Applicant: Nguyen Thi Lan, 서류 미비", {"PERSON": ["Nguyen Thi Lan"]}),
    "partly masked name ○": ("민원인 김○수 님이 재문의하셨습니다.", {"PERSON": ["김○수"]}),
    "partly masked name *": ("작성자 이*영 (비공개 요청)", {"PERSON": ["이*영"]}),
    "partly masked name OO": ("홍OO 씨 댁 앞 도로가 파손되었습니다.", {"PERSON": ["홍OO"]}),
    "name before a phone number in brackets": ("연락 바랍니다. 홍길동(010-1234-5678)",
                                               {"PERSON": ["홍길동"], "PHONE_NUMBER": ["010-1234-5678"]}),
    "road address with apartment": ("주소: 경기도 수원시 영통구 매영로 123, 105동 1203호",
                                    {"KR_ADDRESS": ["경기도 수원시 영통구 매영로 123, 105동 1203호"]}),
    "road address with floor": ("서울특별시 종로구 세종대로 175 3층 민원실로 오세요.", {"KR_ADDRESS": ["서울특별시 종로구 세종대로 175 3층"]}),
    "lot address": ("성남시 분당구 정자동 178-4번지 주택 누수 신고", {"KR_ADDRESS": ["성남시 분당구 정자동 178-4번지"]}),
    "address inside a sentence": ("저는 용인시 기흥구 구갈로 45 에 살고 있는데 밤마다 공사 소음이 심합니다.",
                                  {"KR_ADDRESS": ["용인시 기흥구 구갈로 45"]}),
    "names under a name column aligned with spaces": ("성명     부서       직위\n변상훈   총무과     주무관\n"
                                                      "어금희   세정과     주무관", {"PERSON": ["변상훈", "어금희"]}),
    "a name under 담당자 in a semicolon table": ("담당자;연락처\n우지원;010-1234-5678", {"PERSON": ["우지원"]}),
    "a given name in an HTML name column": ("<tr><th>성명</th><th>부서</th></tr>\n<tr><td>하늘</td><td>세정과</td></tr>",
                                            {"PERSON": ["하늘"]}),
    "names after labels in forms and logs": ('[성명] 어금희 / 담당자 → 모지리 / "writer": "탁재훈" / 담당자(부): 우지원',
                                             {"PERSON": ["어금희", "모지리", "탁재훈", "우지원"]}),
    "a name in a key=value query": ("GET /api/users?name=어금희&age=34", {"PERSON": ["어금희"]}),
    "romanized name, surname first": ("author: Kim Minsu, reviewer: Lee Seo-yeon", {"PERSON": ["Lee Seo-yeon"]}),
    "romanized name, given name first": ("Seo-yeon Lee and Dong-hyun Kim attended.", {"PERSON": ["Seo-yeon Lee",
                                                                                           "Dong-hyun Kim"]}),
    "romanized name in capitals": ("Passport name: PARK JI-HOON", {"PERSON": ["PARK JI-HOON"]}),
    "romanized names in a list": ("Sun-woo Ha, Dong-hyun Kim", {"PERSON": ["Sun-woo Ha", "Dong-hyun Kim"]}),
    "name with spaced syllables after a label": ("민원인 성명 : 송 지 은", {"PERSON": ["송 지 은"]}),
    "name with spaced syllables before 님": ("김 민 수 님의 민원", {"PERSON": ["김 민 수"]}),
    "spaced name with a compound surname": ("성명: 남궁 민 수", {"PERSON": ["남궁 민 수"]}),
    # Names ending like a township (동) or district (구), alone in a cell of a person's record row.
    "a name ending in 동 in a table row with a mobile number": ("| 홍길동 | 010-1234-5678 | 수원시 팔달구 |",
                                                             {"PERSON": ["홍길동"]}),
    "a name ending in 동 in a comma-separated record": ("이상동, 45세, 010-1111-2222", {"PERSON": ["이상동"]}),
    "a romanized name whose surname the tagger left out": ("From: Park Seoyeon <sy.park@example.com>",
                                                           {"PERSON": ["Park Seoyeon"]}),
    "a name opening a bar-separated record": ("구민지|F|1981.04.22|010-3381-2290\n탁준영|M|1975.10.03|010-7720-1184",
                                              {"PERSON": ["구민지", "탁준영"]}),
    "a household register's 세대주 column": ("연번|세대주|주소\n1|모영철|용인시 처인구 금학로 12, 3층", {"PERSON": ["모영철"]}),
    "a spaced name after a spaced label": ("성     명 :  민 서 율\n주     소 :  수원시", {"PERSON": ["민 서 율"]}),
    "spaced names in a family register": ("본인   모 태 식    1980년 05월 04일\n부     모 길 남    1951년 12월 20일",
                                           {"PERSON": ["모 태 식", "모 길 남"]}),
    "a name right before a mobile number": ("설치일 2024.03.27  설치기사 염도준 010-3312-8847", {"PERSON": ["염도준"]}),
    "a name right before a resident number": ("자녀 탁서윤 150722-4******", {"PERSON": ["탁서윤"]}),
    "a name before 귀하 on a receipt": ("영 수 증\n소명훈 귀하\n금액: 55,000원", {"PERSON": ["소명훈"]}),
    "spaced names after other spaced labels": ("소 유 자 : 편 영 식\n예 금 주 곽 재 희", {"PERSON": ["편 영 식", "곽 재 희"]}),
    "a spaced name after a spaced label that reads like a name": ("양도인 성 명 엄 영 란  주민등록번호", {"PERSON": ["엄 영 란"]}),
    "a numbered family register with spaced names": ("1 본인 남 경 수 730518-1******\n2 처 채 미 경 751102-2******",
                                                      {"PERSON": ["남 경 수", "채 미 경"]}),
    "a chat line after a time stamp": ("[오후 3:15] 봉민재: 영통구 신원로 88 401호 이요", {"PERSON": ["봉민재"]}),
    "a Latin first name in a chat after a time stamp": ("[오후 8:41] Jenny: 안녕하세요 관리사무소죠?", {"PERSON": ["Jenny"]}),
    "a Latin given name after its first name in a row": ("04|06.11|Omar Haddad|910420|010-2210-9981", {"PERSON": ["Omar Haddad"]}),
    "a ticket's family name before the slash": ("Passenger 1: JANG/MINSEO MS   Seat 32A", {"PERSON": ["JANG/MINSEO"]}),
    "the speakers of a chat": ("서윤: 내일 몇 시에 만나?\n태민: 일곱 시쯤 어때요\n서윤: 좋아 ㅋㅋ", {"PERSON": ["서윤", "태민"]}),
    "the speaker of a KakaoTalk export line": ("[송하람] [오후 3:12] 서류 다 냈어요", {"PERSON": ["송하람"]}),
    "the speaker of a KakaoTalk mobile export": ("2024. 3. 5. 오후 3:12, 임채원 : 주차 문제 해결됐나요?",
                                                 {"PERSON": ["임채원"]}),
    "a spaced name after a person's role": ("주치의 변 서 진 (내과)", {"PERSON": ["변 서 진"]}),
    "a spaced name filling a table cell": ("2024-031\t2024-02-22\t탁 수 진\t반려", {"PERSON": ["탁 수 진"]}),
    "a surname written apart from its given name in a CSV row": ("3,최 순옥,1947.02.03,지체", {"PERSON": ["최 순옥"]}),
    "names after the roles of a funeral record": ("상주 도윤호  고인 도말례", {"PERSON": ["도윤호", "도말례"]}),
    "a name after a case file's role": ("증   인  위소라\n주   소  화성시", {"PERSON": ["위소라"]}),
    "a masked name in a table row": ("1\t강*준\t1961-04-**\t서면", {"PERSON": ["강*준"]}),
    "a masked name with a two-syllable surname": ("심의 대상: 남궁○○ (여, 52세)", {"PERSON": ["남궁○○"]}),
    "a surname and one mask in its own cell": ("2511-0311   윤*      2005.**.27", {"PERSON": ["윤*"]}),
    "a masked name before a title": ("담당 박O진 주무관에게 문의", {"PERSON": ["박O진"]}),
    "an address in Latin letters": ("I live at Apt 702, 18 Gwanggyo-ro, Yeongtong-gu, Suwon-si. Thanks",
                                    {"KR_ADDRESS": ["Apt 702, 18 Gwanggyo-ro, Yeongtong-gu, Suwon-si"]}),
    "an address in Latin letters, district first": ("Address: Gyeonggi-do, Yongin-si, Suji-gu, Pungdeokcheon-ro 12, 301-dong 804-ho",
                                                    {"KR_ADDRESS": ["Pungdeokcheon-ro 12, 301-dong 804-ho"]}),
    "an address in Latin letters with a building's name and its unit": (
        "I live at Suwon-si Yeongtong-gu Gwanggyo-ro 156, Gwanggyo Xi Apt. 3305-1702 with my son",
        {"KR_ADDRESS": ["Suwon-si Yeongtong-gu Gwanggyo-ro 156, Gwanggyo Xi Apt. 3305-1702"]}),
    "a spaced name in an SQL row": ("(303,'변 은 호','2012-08-09',NULL)", {"PERSON": ["변 은 호"]}),
    "a spaced name in an XML element": ("<applicant>\n  <nm>우 태 진</nm>\n</applicant>", {"PERSON": ["우 태 진"]}),
    "a spaced name after a form's colon": ("반품 신청서\n주문자: 용 승 민\n주문번호: A24-0519", {"PERSON": ["용 승 민"]}),
    "a spaced name two spaces before 님": ("납 세 자 : 이 순 옥  님", {"PERSON": ["이 순 옥"]}),
    "a name after a role used as a label": ("피접종자: 문채윤  생년월일: 2023-12-25", {"PERSON": ["문채윤"]}),
    "a name under a funeral register's 고인 column": ("|고인|생년월일|사망일|\n|탁용수|1931.02.11|2024.01.09|",
                                                     {"PERSON": ["탁용수"]}),
    "a name after a relation after a label": ("신고인: 장남 진영태 (1966년생)", {"PERSON": ["진영태"]}),
    "a staff member's line in brackets after the name": ("담당: 주무관 변소연 (031-324-5512)",
                                                         {"PERSON": ["변소연"], "PHONE_NUMBER": ["031-324-5512"]}),
    "an apartment's 동-호 with a dash after the complex's name": (
        "주소: 용인시 수지구 풍덕천로 77 삼성래미안2차 105-803 (택배 경비실)",
        {"KR_ADDRESS": ["용인시 수지구 풍덕천로 77 삼성래미안2차 105-803"]}),
    "an address whose complex has a Latin brand, before a phone": (
        "배송지 권선구 세권로 55 SK뷰 2단지 201-1104 010-3321-7765",
        {"KR_ADDRESS": ["권선구 세권로 55 SK뷰 2단지 201-1104"], "PHONE_NUMBER": ["010-3321-7765"]}),
    "display names of a KakaoTalk PC export, surname or not": (
        "[응우옌] [오전 9:05] 선생님 서류 언제 내요?\n[복지관 소하린] [오전 9:07] 금요일까지요\n[Bolormaa] [오전 9:08] 감사합니다",
        {"PERSON": ["응우옌", "소하린", "Bolormaa"]}),
    "spaced names after a spaced label, a title or 성명 한글": (
        "신청인 성 명 위 재 국   주민등록번호 410512-1******\n확 인 자 : 경비원 모 태 석\n사망자 성명 한글 석 만 복  한자 石 萬 福",
        {"PERSON": ["위 재 국", "모 태 석", "석 만 복"]}),
    "chat speakers with a role before the name or a title after it": (
        "미화원 탁영수: 정류장 뒤에 봉투 또 있어요\n미화원 탁영수: 송장 사진 보냈어요\n오지현 통장: 확인했어요 고마워요",
        {"PERSON": ["탁영수", "탁영수", "오지현"]}),
    "chat speakers whose turns end in laughter or tears only (jamo, NFKC in the gate)": (
        "예슬: 나 학번 기억 안나 ㅋㅋ\n승철: 난 모름 ㅠㅠ\n예슬: 찾았다 ㅋㅋㅋ", {"PERSON": ["예슬", "승철", "예슬"]}),
    "Latin first names speaking in a chat, a roommate and a church office around a name": (
        "[한국어학당 3급 단톡방]\nMinh: 오늘 수업 몇시?\nChloe: 저 내일 병원 가서 결석해요\n룸메 주원: 나도 늦을듯 ㅠ\n"
        "지선 집사: 제가 태워드릴게요~",
        {"PERSON": ["Minh", "Chloe", "주원", "지선"]}),
    "a name before a church office in an obituary": ("◎ 고(故) 맹병학 장로 (새소망교회 원로장로) 소천", {"PERSON": ["맹병학"]}),
    "names masked with triangles or squares": ("타 직원 성명은 가렸습니다(김○○, 이△△, 박□□).", {"PERSON": ["이△△", "박□□"]}),
    "Latin names after the separate name fields of a visa form": (
        "성 Surname: TRAN   명 Given names: THI MAI ANH\nFamily name: Okafor, First name: Chinedu",
        {"PERSON": ["TRAN", "THI MAI ANH", "Okafor", "Chinedu"]}),
    "romanized addresses with a comma after the building number, and a -ga neighbourhood": (
        "Address in Korea: #801, 52, Gwanggyo-ro, Yeongtong-gu, Suwon-si\nOld address: 14-2, Hyangnam-ro 2-ga, Paldal-gu, Suwon",
        {"KR_ADDRESS": ["#801, 52, Gwanggyo-ro, Yeongtong-gu, Suwon-si", "14-2, Hyangnam-ro 2-ga, Paldal-gu"]}),
    "addresses written in hanja": (
        "住所 水原市 八達區 行宮路 57-2\n所在 : 京畿道 水原郡 半月面 建乾里 產 45-2",
        {"KR_ADDRESS": ["水原市 八達區 行宮路 57-2", "京畿道 水原郡 半月面 建乾里 產 45-2"]}),
    "foreign residents' names in capitals after a role, a name= key, a Hangul name, or before 님": (
        "의뢰인: TRAN VAN HUNG(쩐반훙), 베트남\n혐의자: LIU MEI (중국, 방문요양보호사)\n명의인: 팜반득(PHAM VAN DUC)\nrec 0001 name=HOANG DUC MINH dob=1983-04-12\n배우자 THAI THI NGOC(1996.2.3, 베트남)\nTRAN BAO NGOC 님, 출국에 따른 반환일시금",
        {"PERSON": ["TRAN VAN HUNG", "LIU MEI", "PHAM VAN DUC", "HOANG DUC MINH", "THAI THI NGOC", "TRAN BAO NGOC"]}),
    "a name ending in 동 before an age, after a role": (
        "민원인 이상동, 45세 남",
        {"PERSON": ["이상동"]}),
    "a road and its building number shaped like a motorcycle's plate are an address": (
        "\"어윤정\",\"1968-12-03\",\"수원시 영통구 동탄원천로 1109, 306동 1203호\"",
        {"KR_ADDRESS": ["수원시 영통구 동탄원천로 1109, 306동 1203호"]}),
    "a flat's 동-호 in a column of a resident register": (
        "순번,동-호,세대주,연락처\n1,302-1104,모가람,010-2231-0987\n2,305-702,변수진,010-7761-2210",
        {"KR_ADDRESS": ["302-1104", "305-702"], "PERSON": ["모가람", "변수진"]}),
    "a flat's 동-호 after 동호수 and unit keys": (
        "관리비 자동이체 해지 신청\n동호수: 118-0302  세대주 탁은비\nsensor unit=207-1401 level=61dB",
        {"KR_ADDRESS": ["118-0302", "207-1401"], "PERSON": ["탁은비"]}),
    "a flat's 동-호 in English": (
        "Hello, I live in unit 412-1503 and the parking gate rejects my card.",
        {"KR_ADDRESS": ["unit 412-1503"]}),
    "village lots under their township": (
        "지원 대상 농가: 백암면 옥산리 219, 양지면 평창리 88-1 (문의 이장)",
        {"KR_ADDRESS": ["백암면 옥산리 219", "양지면 평창리 88-1"]}),
    "a village lot alone": (
        "피해주택 명단\\n성명\\t피해주택\\n모순례\\t가창리 316",
        {"KR_ADDRESS": ["가창리 316"], "PERSON": ["모순례"]}),
    "a lot after land words": (
        "경계 측량에 인접 토지 소유자 변말순 (탑동 522) 입회",
        {"KR_ADDRESS": ["탑동 522"], "PERSON": ["변말순"]}),
    "a lot with the apartment after it": (
        "제 집은 망포동 717 영통힐스테이트 208-1602 입니다",
        {"KR_ADDRESS": ["망포동 717 영통힐스테이트 208-1602"]}),
    "a district number spaced before 가": (
        "납부자 주소: 팔달구 남창로 2가 14-7",
        {"KR_ADDRESS": ["팔달구 남창로 2가 14-7"]}),
    "an address in hanja with hanja numerals": (
        "土地臺帳 所在 京畿道 水原郡 半月面 四里 二百十五番地 地目 畓",
        {"KR_ADDRESS": ["京畿道 水原郡 半月面 四里 二百十五番地"]}),
    "names whose syllables make words, in a name column": (
        "연번,단속일,위반자,생년월일\n1,2024-03-02,정말순,1951-07-19\n2,2024-03-05,하순녀,1958-11-02",
        {"PERSON": ["정말순", "하순녀"]}),
    "a name after a title before it": (
        "보고: 주무관 류하경 / 팀장 하순녀",
        {"PERSON": ["류하경", "하순녀"]}),
    "a foreign worker's name in capitals in a tab table": (
        "no\t성명\t국적\t입국일\n1\tNGUYEN VAN BINH\t베트남\t2024-05-02\n2\tSOK PISETH\t캄보디아\t2024-06-11",
        {"PERSON": ["NGUYEN VAN BINH", "SOK PISETH"]}),
    "a spaced name alone on its line": (
        "사례금 드립니다. 연락주세요 ☎ 010-2973-6640 (견주 임 정 우)",
        {"PERSON": ["임 정 우"], "PHONE_NUMBER": ["010-2973-6640"]}),
    "a spaced name after a log key": (
        "type=불법주정차 plate=58나 2213 reporter=윤 성 필 tel=010-4419-2276",
        {"PERSON": ["윤 성 필"], "KR_CAR_PLATE": ["58나 2213"]}),
    "Vietnamese names in Hangul in a list of interpreters": (
        "통역 배정\n- 쯔엉 반 똔 (베트남어) / 월·수\n- 레 티 번 (베트남어) / 목\n- 팜 꾸옥 흥 (대기)",
        {"PERSON": ["쯔엉 반 똔", "레 티 번", "팜 꾸옥 흥"]}),
    "Vietnamese names in capitals in a numbered list": (
        "Arrival list\n 1) NGUYEN HUU PHUOC, DOB 1996-04-02\n 2) LE THI HANH, DOB 2000-12-19\n 3) Vo Van Tai",
        {"PERSON": ["NGUYEN HUU PHUOC", "LE THI HANH", "Vo Van Tai"], "BIRTH_DATE": ["1996-04-02", "2000-12-19"]}),
    "a Vietnamese name in capitals before a passport number": (
        "입국자 여권 명단: NGUYEN VAN HUNG M12345678, TRAN THI MAI M87654321",
        {"PERSON": ["NGUYEN VAN HUNG", "TRAN THI MAI"], "KR_PASSPORT": ["M12345678"]}),
}
