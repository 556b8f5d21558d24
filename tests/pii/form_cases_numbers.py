"""Forms of identifying numbers (phones, accounts, cards, resident, staff and student numbers, plates ...)
for tests/pii/test_pii_forms.py (through form_cases.FORMS): sentences written here by hand (not by the
training-data generator, training/pii_ner/synthetic.py), each with the values of each entity in it that
detections of that entity must cover."""

from __future__ import annotations

NUMBERS = {
    "masked phone": ("연락처 010-****-5678 로 회신 바랍니다.", {"PHONE_NUMBER": ["010-****-5678"]}),
    "masked resident number": ("주민번호 900101-1****** 확인했습니다.", {"KR_RRN": ["900101-1******"]}),
    "student number": ("학번 20231234 학생의 장학금 신청", {"STUDENT_ID": ["20231234"]}),
    "employee number": ("사번: E-20417 / 직원번호는 A123456입니다", {"EMPLOYEE_ID": ["E-20417", "A123456"]}),
    "employee number after a number mark": ("사번 #20417 직원이 처리했고, Employee ID No. E-20418 도 확인",
                                            {"EMPLOYEE_ID": ["20417", "E-20418"]}),
    "employee number as 제…호": ("인사 기록 사번: 제2019-0412호", {"EMPLOYEE_ID": ["2019-0412"]}),
    "employee number with its label after it": ("담당자 E-20417(사번)에게 문의", {"EMPLOYEE_ID": ["E-20417"]}),
    "staff id in a log line": ("2024-05-17 09:12:01 staffID=S-4412 login failed", {"EMPLOYEE_ID": ["S-4412"]}),
    "employee numbers in a list after one label": ("참석자 사번: 20417, 20418 및 E-20419",
                                                   {"EMPLOYEE_ID": ["20417", "20418", "E-20419"]}),
    "employee number after 직번": ("직번 12345 직원의 초과근무 내역", {"EMPLOYEE_ID": ["12345"]}),
    "employee number after emp= in a log": ("2024-05-17 09:12:01 [INFO] emp=20417 action=login",
                                            {"EMPLOYEE_ID": ["20417"]}),
    "employee number that carries its prefix": ("EMP-20417 김민수 주무관, EMP-2019-0412 이서연",
                                                {"EMPLOYEE_ID": ["EMP-20417", "EMP-2019-0412"]}),
    "employee number after a camel-case key": ('{"employeeNo": "20417"}', {"EMPLOYEE_ID": ["20417"]}),
    "soldier's service number (군번)": ("군번은 19-70012345 입니다", {"EMPLOYEE_ID": ["19-70012345"]}),
    "badge number": ("Security badge #4412 was used at 21:04", {"EMPLOYEE_ID": ["4412"]}),
    "student numbers in a list": ("학번 20231234, 20231235, 20231236 학생 세 명", {"STUDENT_ID": ["20231234", "20231235",
                                                                                          "20231236"]}),
    "student number after #": ("학번 #20231234 학생, Student ID No. 2019-1234", {"STUDENT_ID": ["20231234", "2019-1234"]}),
    # The resident number's own front half (the independent sets' writers label it so; it was a birth date here until
    # the eleventh session). After 생년월일 앞자리 it stays a birth date.
    "first half of a resident number": ("주민등록번호 앞자리 900102 만 적었습니다.", {"KR_RRN": ["900102"]}),
    "student number in a semicolon table": ("성명;학번;학과\n김민수;20231234;행정학과", {"STUDENT_ID": ["20231234"]}),
    "student numbers after log keys": ("student_no=20231234 stu_id=2023-1234 StudentNo: 20231235",
                                       {"STUDENT_ID": ["20231234", "2023-1234", "20231235"]}),
    "employee numbers after English labels": ("EID 20417 / Personnel No. 20418 / empId: 20419",
                                              {"EMPLOYEE_ID": ["20417", "20418", "20419"]}),
    "staff numbers in a bare ID column of a staff table": ("| ID | 이름 | 부서 |\n|---|---|---|\n| 20417 | 김민수 | 총무과 |",
                                                         {"EMPLOYEE_ID": ["20417"]}),
    "student numbers in a bare ID column of a class list": ("ID,이름,학과,학년\n20231234,김민수,행정학과,3",
                                                            {"STUDENT_ID": ["20231234"]}),
    "account after acct": ("acct: 110234567890", {"BANK_ACCOUNT": ["110234567890"]}),
    "passport, letter + 8 digits": ("여권번호 M12345678 로 예약했습니다.", {"KR_PASSPORT": ["M12345678"]}),
    "passport, M12A34567": ("여권 M12A34567 (2022년 발급)", {"KR_PASSPORT": ["M12A34567"]}),
    "card with spaces": ("결제 카드 4111 1111 1111 1111 로 승인", {"CREDIT_CARD": ["4111 1111 1111 1111"]}),
    "card with dashes": ("카드번호 5500-0000-0000-0004", {"CREDIT_CARD": ["5500-0000-0000-0004"]}),
    "account without a bank name": ("환불 계좌 110-234-567890 으로 보내 주세요.", {"BANK_ACCOUNT": ["110-234-567890"]}),
    "staff number after 'is'": ("The employee number is 20417.", {"EMPLOYEE_ID": ["20417"]}),
    "staff number after HR ID": ("HR ID: HR-2019-0412", {"EMPLOYEE_ID": ["HR-2019-0412"]}),
    "staff number after 공무원 번호": ("공무원 번호 123-4567 확인", {"EMPLOYEE_ID": ["123-4567"]}),
    "student number after Matric No": ("Matric No: A0123456", {"STUDENT_ID": ["A0123456"]}),
    "a resident number masked with x": ("주민번호 460301-2xxxxxx 확인함", {"KR_RRN": ["460301-2xxxxxx"]}),
    "a resident number whose end could not be read": ("대상자 (670301-1734##)", {"KR_RRN": ["670301-1734##"]}),
    "the front half and sex digit after the number's name": ("주민등록번호 앞자리만 기재 → 020805-4", {"KR_RRN": ["020805-4"]}),
    # Under a column named for the front half (CSV exports, rosters), or after a log key for it.
    "front halves under a 주민번호앞 column": (
        "수강번호,수강생,주민번호앞,주소\nB1102,남궁솔,050213-3,수원시 장안구\nB1103,진하람,060630-4,화성시 봉담읍",
        {"KR_RRN": ["050213-3", "060630-4"]}),
    "front halves under a quoted 주민번호 앞자리 column": (
        '"연번","이름","주민번호 앞자리","성별"\n"1","표서준","080114","M"\n"2","모채원","081219","F"',
        {"KR_RRN": ["080114", "081219"]}),
    "front half after an rrn_front key": ("2024-05-18 08:02:44 user=kim01 rrn_front=970611 status=ok",
                                          {"KR_RRN": ["970611"]}),
    "card numbers masked with X after a card word and under a card column": (
        "18:30경 카드결제 4147 20XX XXXX 7731\n동-호 | 세대주 | 기존 | 변경 카드 | 카드사\n"
        "511-302 | 모승연 | 계좌이체 | 9410-61**-****-2201 | 농협\n514-805 | 탁서윤 | 지로 | 3712 XXXXXX X1008 | 아멕스",
        {"CREDIT_CARD": ["4147 20XX XXXX 7731", "9410-61**-****-2201", "3712 XXXXXX X1008"]}),
    "accounts under a column below a spreadsheet's padded title, and with two stars": (
        "2025 동아리 지원금 지급 명단,,,,\n동아리명,대표,생년,지도교사,지급계좌\n밴드,황서진,2009,노현우,110-541-883201\n\n"
        "출금일자,납부자,출금계좌,금액\n20240725,민서아,612401-**-883041,31220",
        {"BANK_ACCOUNT": ["110-541-883201", "612401-**-883041"]}),
    # A teacher's NEIS personal number (a letter and nine digits) under its column or after its label.
    "teachers' NEIS numbers under their column and after 개인번호": (
        "구분 | 성명 | 개인번호(NEIS) | 휴대전화\n교감 | 봉서진 | K120457713 | 010-4410-3382\n\n"
        "하계 직무연수 신청 / 성명: 변다온  개인번호: N204518807", {"EMPLOYEE_ID": ["K120457713", "N204518807"]}),
    "staff codes in brackets after a counsellor and a corporate card's user": (
        "11:27 가스 고객센터 / 상담 마예슬 (C-50219)\n법인카드 사용자 탁준서 (K-10388) 출장비",
        {"EMPLOYEE_ID": ["C-50219", "K-10388"]}),
    "a graduate school's student number with two letters inside": ("통번역대학원 재학 (학번 24MT0512)",
                                                                    {"STUDENT_ID": ["24MT0512"]}),
    "student numbers in brackets after names where the text is about students": (
        "[생활관 공지] 호실 배정\n- 구서연 (202412089) → 301호\n학생증 분실: 어태오 (20200796)\n"
        "물리치료학과 3학년 반하율(2022-41073)입니다.", {"STUDENT_ID": ["202412089", "20200796", "2022-41073"]}),
    "the same values under a 생년월일 column stay birth dates": (
        '"연번","이름","생년월일","성별"\n"1","표서준","080114","M"\n"2","모채원","081219","F"',
        {"BIRTH_DATE": ["080114", "081219"]}),
    "a home line after 문의": ("문의: 051)622-4180 자택", {"PHONE_NUMBER": ["051)622-4180"]}),
    "a direct line in brackets after a name": ("담당 요원 구하은 (031-754-3220 직통)", {"PHONE_NUMBER": ["031-754-3220"]}),
    "a mobile written with underscores": ("신고자 010_2231_6608", {"PHONE_NUMBER": ["010_2231_6608"]}),
    "a phone number read by OCR with letters": ("전화번호 OlO-2l85-33O9", {"PHONE_NUMBER": ["OlO-2l85-33O9"]}),
    "a resident number read by OCR with letters": ("1 본인 김 영 수 73O5I8-1******", {"KR_RRN": ["73O5I8-1******"]}),
    "a pupil's grade-class-number": ("학생번호 3-2-08   학생명 권도하", {"STUDENT_ID": ["3-2-08"]}),
    "an employee number with a two-part prefix": ("Employee No.: HQ-KR-5530", {"EMPLOYEE_ID": ["HQ-KR-5530"]}),
    "a three-digit staff number after a letter prefix": ("staff no. RN-204, night shift", {"EMPLOYEE_ID": ["RN-204"]}),
    "a direct line after 문의": ("문의: 031-228-4417 (직통) / 대표 031-228-3811", {"PHONE_NUMBER": ["031-228-4417"]}),
    "a person's landline after a name that ends like an office": ("담당 김영실 031-228-1234", {"PHONE_NUMBER": ["031-228-1234"]}),
    "a person's mailbox at a public body": ("담당 kim.hr@seongnam.go.kr", {"EMAIL_ADDRESS": ["kim.hr@seongnam.go.kr"]}),
    "a staff row's mailbox after its unit's cell": ("20250014\t전하윤\t세정과\thyjeon@seongnam.go.kr",
                                                      {"EMAIL_ADDRESS": ["hyjeon@seongnam.go.kr"]}),
    "a student number under a romanized 학번 header": ("HAKBUN    NAME\n20240311  PARK MINA", {"STUDENT_ID": ["20240311"]}),
    "a civil servant's number under its column": ("소속\t성명\t공무원번호\n세무과\t권혜린\tA2013-04418",
                                                  {"EMPLOYEE_ID": ["A2013-04418"]}),
    "a refund account held by a person": ("환불계좌 농협 302-1177-4410-81 (예금주: 편정애)",
                                         {"BANK_ACCOUNT": ["302-1177-4410-81"]}),
    "a phone abroad with its country code": ("미국 연락처 +1 (312) 555-0199, 덴마크 +45 31 62 08 77 로 주세요",
                                            {"PHONE_NUMBER": ["+1 (312) 555-0199", "+45 31 62 08 77"]}),
    "card numbers masked as apps print them": ("결제 카드 ****-****-****-4410, 체크카드 4518-**-****-2093",
                                             {"CREDIT_CARD": ["****-****-****-4410", "4518-**-****-2093"]}),
    "masked IP addresses": ("로그인 기록 접속 IP 121.134.58.xxx / 댓글 IP 223.38.*.*",
                            {"IP_ADDRESS": ["121.134.58.xxx", "223.38.*.*"]}),
    "a resident number whose back half is split": ("주민등록번호 880214-1023 416",
                                                   {"KR_RRN": ["880214-1023 416"]}),
    "a motorcycle plate naming its city and district": ("오토바이 번호판 용인수지 아 4471, 이륜차 경기화성 바 2208",
                                                        {"KR_CAR_PLATE": ["용인수지 아 4471", "경기화성 바 2208"]}),
    "staff numbers in a slash-separated list": (
        "부서/성명/직원번호/연락처\n건축과/도하람/20150362/내선 3301\n세무과/엄태경/20190118/010-2231-4470",
        {"EMPLOYEE_ID": ["20150362", "20190118"]}),
    "staff numbers in system logs": (
        "2024-05-02 10:11:03 user=KS-20130877 action=VIEW\n처리자     : 성유리(1170305)\nEXPORT by 2016-0211(조민혁)",
        {"EMPLOYEE_ID": ["KS-20130877", "1170305", "2016-0211"]}),
    "staff numbers after op=, agent= and REG_USER, and a two-part prefix under 사번": (
        "2024-03-12 15:02 op=SN-2019-0871 ws=10.31.8.60\nagent=도예준(E2015-0933) action=CONNECT\nREG_USER    : P2018044\n"
        "근무자 | 사번 | 구간\n문태오 | SW-G2019-0218 | 연무동",
        {"EMPLOYEE_ID": ["SN-2019-0871", "E2015-0933", "P2018044", "SW-G2019-0218"]}),
    "staff numbers in brackets after names": ("교육 참석자\n- 반지훈 (2018-0412)\n- 소예린 (2021-0977, 2팀)",
                                              {"EMPLOYEE_ID": ["2018-0412", "2021-0977"]}),
    "partly masked accounts after an account word or a bank": (
        "입금계좌: 국민 527-3***-*118\n급여 계좌 352-****-7719-** 로 입금\n등록계좌(***-**-**0937)",
        {"BANK_ACCOUNT": ["527-3***-*118", "352-****-7719-**", "***-**-**0937"]}),
    "passports written with spaces after the label": ("여권번호 M 3081 5527\n여권 72 5513084 (러시아)",
                                                      {"KR_PASSPORT": ["M 3081 5527", "72 5513084"]}),
    "phone numbers masked at the end": ("담당: 수사2팀 경사 구태완 (031-8011-4xxx)\n번호는 010-2207-45xx 뒤에는 기억이 안 나요\n"
                                        "월 | 장소영 | 010-2281-○○○○ | 031-782-30ㅁㅁ",
                                        {"PHONE_NUMBER": ["031-8011-4xxx", "010-2207-45xx", "010-2281-○○○○", "031-782-30ㅁㅁ"]}),
    "accounts after a bank's short name, a log key, or with the bank after them": (
        "3,방순덕,1948-06-25,우리 1002-951-338120\n| 예금 | 국민 034-21-0418-772 | 42,180,500원 |\n처음 두 달은 1002-663-019284(우리) 로 잘 들어왔는데\n09:31:12 WEB acct=1002-***-442817 amt=300000",
        {"BANK_ACCOUNT": ["1002-951-338120", "034-21-0418-772", "1002-663-019284", "1002-***-442817"]}),
    "driver licences grouped 4-6-2, without their region, in a 면허번호 column": (
        "민원인 구재형 (면허 14-227816-52, 지역명 생략 표기)\n제 면허증도 폰케이스에 꽂혀 있었어요 (1103-019284-41).\n성명 | 나이 | 면허번호 | 결과\n차경훈 | 55 | 1314-512937-22 | 합격",
        {"KR_DRIVER_LICENSE": ["14-227816-52", "1103-019284-41", "1314-512937-22"]}),
    "staff numbers after by=, 실행자, and after a unit and a name": (
        "2024-03-18T09:15:09+09:00 INFO export.csv rows=41 by=SW-20190633 from=211.189.40.23\n[보상금 이체결과] 배치ID CMP-20240612-03 / 실행자 SN-08812\n처리자: 전산 허준기 (SNF-0131)",
        {"EMPLOYEE_ID": ["SW-20190633", "SN-08812", "SNF-0131"]}),
    "student numbers beside a university or a student card, after student=, and read by OCR after 학번": (
        "- 학생증: 경기대학교 202211904\n체크카드 / 학생증(도해린, 2023115082)\n10/11\t수원시청\t학생증\t2019-40871 (수원대)\t탁지훈\n봉사시간 정정 요청 - 금태양 (2021-10487, 아주대)\n[lms] student=2023104417 (유하람) submitted\n학    번 : 2O21-1O573\n학교 : 수원OO고 2학년  학번 2O7I4",
        {"STUDENT_ID": ["202211904", "2023115082", "2019-40871", "2021-10487", "2023104417", "2O21-1O573", "2O7I4"]}),
    "staff numbers after a spaced 사    번 label, read by OCR, and after the numbers teachers and care workers carry": (
        "성    명 : 박서연\n사    번 : 2017-0412\n확 인 자 원무과 봉 지 석 (사번 W-22O19)\n담임교사 함수정 (교원번호 E20110348)\n보육교사(교사번호 K-3402-1187)이고요\n활동지원사 윤미진 (제공인력번호 HW-0412887)",
        {"EMPLOYEE_ID": ["2017-0412", "W-22O19", "E20110348", "K-3402-1187", "HW-0412887"]}),
    "service numbers under a spaced 군 번 label, in a table or read by OCR, and staff codes after a counsellor or an operator": (
        "군    번 : 14-7O112233\n| 소  속 | 제2대대 3중대 | 군 번 | 17-76543210 |\n상담사 채윤희(K30817)이 응대함\n처리자: 복지팀 방수아 H-1042",
        {"EMPLOYEE_ID": ["14-7O112233", "17-76543210", "K30817", "H-1042"]}),
    "student numbers after 학번/이름 and between a department and the student's name": (
        "학번/이름: 20231145 / 도하람\n안녕하세요 교수님, 전자공학과 20221234 민서율입니다.",
        {"STUDENT_ID": ["20231145", "20221234"]}),
    "passports partly masked or read by OCR, after the label or under a 여권 column": (
        "여권 M123****5 제출 완료\n여권번호 No.M2O4l5573\n이름 | 여권 | 비고\n탁민우 | S12*****8 | 재발급",
        {"KR_PASSPORT": ["M123****5", "M2O4l5573", "S12*****8"]}),
    "accounts that are phone numbers after IBK, IBK's 15-digit accounts, 카뱅, and the bank and holder in brackets after them": (
        "환불 계좌: 기업은행 010-2289-4471 (예금주 조세윤)\n20240326,C200981,차하늘,IBK기업,010-7723-4419,500000\n급여 수령 계좌 : 기업은행 010-4930872-01-011  예금주 한누리\n회비는 총무 진서우 카뱅 3333-21-6650184\n매월 1일 전에 1002-844-227301(우리 곽순례)로 보내주세요~",
        {"BANK_ACCOUNT": ["010-2289-4471", "010-7723-4419", "010-4930872-01-011", "3333-21-6650184", "1002-844-227301"]}),
    "a mobile number after 우리 (our) stays a phone number": (
        "우리 010-1234-5678로 연락주세요",
        {"PHONE_NUMBER": ["010-1234-5678"]}),
    "car plates read by OCR or partly masked beside a vehicle word, and motorcycles' plates of a city and district": (
        "차량번호 23루 7O45  차대번호\n주차된 차량 (3I2 너 7O44) 사이드미러\n피고는 22:40경 18러XXXX 승용차를 운전하여\n송하민,국민,01038824410,성남분당 배 1045\nDRV2_CAR_NO : 서울 강남 바 3341 (이륜)",
        {"KR_CAR_PLATE": ["23루 7O45", "3I2 너 7O44", "18러XXXX", "성남분당 배 1045", "서울 강남 바 3341"]}),
    "phone numbers read out with 에, home lines without an area code, OCR with spaced dashes, ㅡ and middle dots between the groups": (
        "민원인: 공일공에 8812에 3306이요.\n고객: 저는 딸 윤채원이고 공일공 사사칠구에 일공육이예요\n어르신: 집 전화 332-4418. 핸드폰은 아들 거\n집전화 231-4450 입니다.\n연 락 처 : 010 - 47l9 - 2208\n연락처 010ㅡ2283ㅡ6917 / 010·4527·1836",
        {"PHONE_NUMBER": ["공일공에 8812에 3306", "공일공 사사칠구에 일공육이", "332-4418", "231-4450", "010 - 47l9 - 2208", "010ㅡ2283ㅡ6917", "010·4527·1836"]}),
    "resident numbers cut short after their name, masked with ●; foreigner numbers named as such whatever their century digit; passports after longer labels and in Chinese": (
        "제 주민번호 890507-2112 아 뒷자리 다 치면 안되죠?\n할머니 주민번호가 380411-20671\n엄마 주민번호 520418-2●●●●●● 맞지\n외국인등록번호: 900302-7******   여권:\nmy passport number for verification is 548120773 (UK).\n护照号 E58203917  / 거소",
        {"KR_RRN": ["890507-2112", "380411-20671", "520418-2●●●●●●"], "KR_FRN": ["900302-7******"], "KR_PASSPORT": ["548120773", "E58203917"]}),
    "staff numbers after worker=, handler= and a JSON assignee, after 돌보미번호, and a unit's code in brackets after a name on a line about staff": (
        "provider=PRV-41137 worker=W-0008841\n\"evt\":\"pothole.assign\",\"assignee\":\"YI-07719\",\"ip\":\"10.120.7.45\"\nROUTE to=수지구 교통과 handler=SJ-1447\n근무자: 하태석(GS-2211), 연보라(GS-2314)\n돌보미: 하영순 (돌보미번호 DB41117-0392)",
        {"EMPLOYEE_ID": ["W-0008841", "YI-07719", "SJ-1447", "GS-2211", "GS-2314", "DB41117-0392"]}),
    "a plate, then its owner and flat in brackets": (
        "피해차량 12가 3456 (차주 하소윤, 304동 1901호)",
        {"KR_CAR_PLATE": ["12가 3456"], "PERSON": ["하소윤"], "KR_ADDRESS": ["304동 1901호"]}),
    "staff numbers of the same shape as a labelled one": (
        "작업반 명단: 반장 여봉수 (사번 GF-2015-044), 반원 탁진호(GF-2021-130), 석만길(GF-2023-212)",
        {"EMPLOYEE_ID": ["GF-2015-044", "GF-2021-130", "GF-2023-212"]}),
    "an exchange student's number with a letter inside": (
        "교환학생 학번 2024F0132 → 방역 실습 참관",
        {"STUDENT_ID": ["2024F0132"]}),
    "a resident number's back half alone after its name": (
        "딸 [오후 9:12] 엄마 주민번호 뒷자리 2035118 맞지?",
        {"KR_RRN": ["2035118"]}),
    "a card masked in one run in a payment log": (
        "pay=CARD issuer=신한 pan=455312******8810 amt=12000",
        {"CREDIT_CARD": ["455312******8810"]}),
    "a business number with spaced dashes on a receipt": (
        "공급자 상호 : 다온철물   사업자등록번호 : 132 - 27 - 61048",
        {"KR_BRN": ["132 - 27 - 61048"]}),
    "accounts showing their last four digits under an account column": (
        "번호,성명,지급액,계좌(끝4자리)\n1,탁순자,1088000,****2231\n2,모병철,980000,****0914",
        {"BANK_ACCOUNT": ["****2231", "****0914"]}),
    "student numbers after the university, with a name or a campus between": (
        "자원봉사 배치: 하늘(수원대 202011873), 민서(아주대 202245109)\n분실물: 학생증 (명지대학교 오세린 201934428)\n단국대 천안 32190451",
        {"STUDENT_ID": ["202011873", "202245109", "201934428", "32190451"]}),
    "a student number after sid= in a log": (
        "2025-03-02T10:11:09+09:00 INFO apply.submit user=yjh0412 sid=202331208 ok",
        {"STUDENT_ID": ["202331208"]}),
    "passports under a space-aligned 여권번호 column whose header has fewer cells than its rows": (
        "탑승객 명단\n번호 성명          국적  여권번호\n1   OSEI KWAME    GHA   G2174409\n2   HANNA BERG    SWE   91820442\n"
        "3   LUCA ROSSI    ITA   YA 4419201",
        {"KR_PASSPORT": ["G2174409", "91820442", "YA 4419201"]}),
    "passports with only three or four digits after the label, and after P/N in a guest register": (
        "Guest: Jonas Keller (CHE)  Passport: X1KPL8T40\n11/03 체크인 | Amelia Ross | AUS | P/N PA7731902 | 1박",
        {"KR_PASSPORT": ["X1KPL8T40", "PA7731902"]}),
    "cards masked with blocks, and masked in one run under a 카드번호 column": (
        "결제: 현대카드 5310 7721 ■■■■ 4408 일시불\n일자        성명     카드번호              금액\n"
        "06-11  탁미란   5412********7730      33,000",
        {"CREDIT_CARD": ["5310 7721 ■■■■ 4408", "5412********7730"]}),
    "a resident number under a label that also names the corporate number": (
        "신청인 성명: 변가온\n주민등록번호(법인등록번호): 850412-1******",
        {"KR_RRN": ["850412-1******"]}),
    "masked back halves of resident numbers under their column": (
        "순번,성명,생년월일,주민번호 뒷자리,연락처\n1,구말순,1950-02-11,2******,010-3381-2290\n2,여봉구,1947-09-30,1******,010-7712-0043",
        {"KR_RRN": ["2******", "1******"]}),
    "a student number shaped like a date, before a birthday label": (
        "실습생 하도윤 학번 20230611 생일 2006.11.02 / 배치 2조",
        {"STUDENT_ID": ["20230611"], "BIRTH_DATE": ["2006.11.02"]}),
    "pupil numbers of a private academy under 원생번호, and an instructor number": (
        "원생번호\t이름\t학년\nSM-24-0032\t탁하윤\t중1\nSM-24-0047\t변시우\t중2\n담당 강사번호 K-24019",
        {"STUDENT_ID": ["SM-24-0032", "SM-24-0047"], "EMPLOYEE_ID": ["K-24019"]}),
    "a staff number read by OCR with a letter prefix and no dash, after a spaced label": (
        "급 여 명 세 서\n성 명 : 모 세 린    사 번 : KRl2O9    부 서 : 총 무 팀",
        {"EMPLOYEE_ID": ["KRl2O9"]}),
    "a plate in the old regional form right before a name": (
        "6.02 07:40 입고 경기71다2230 천복례(아들) 트랙터 수리",
        {"KR_CAR_PLATE": ["경기71다2230"]}),
    "a home line after a telephone sign": (
        "마을 영농회장 우말순 ☎336-1120 / 총무 ☎010-2231-4470",
        {"PHONE_NUMBER": ["336-1120", "010-2231-4470"]}),
    "a driving licence with its first ten digits together": (
        "대리인 운전면허 1208551734-21 확인",
        {"KR_DRIVER_LICENSE": ["1208551734-21"]}),
}
