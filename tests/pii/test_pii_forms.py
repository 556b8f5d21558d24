"""The forms issue 13 lists, on sentences written here by hand (not by the training-data generator,
training/pii_ner/synthetic.py), through the gate's masker with the learned tagger on.

Each case names the values that must be masked (as the entity they are) and, for look-alikes,
the strings that must stay.
"""

from __future__ import annotations

import datetime

import pytest

from configuration import load_config
from quality_gate.pii import build_masker
from quality_gate.pii.evaluation import family

FORMS = {
    "names in a list": ("회의 참석자: 김민수, 이서연, 박지훈 (총 3명)", {"PERSON": ["김민수", "이서연", "박지훈"]}),
    "names in a table row": ("| 담당 | 정하늘 | 내선 2214 |\n| 부담당 | 오세훈 | 내선 2215 |", {"PERSON": ["정하늘", "오세훈"]}),
    "name before a title": ("이 건은 김민수 주무관이 맡기로 했습니다.", {"PERSON": ["김민수"]}),
    "name before 부장님": ("오늘 오전 박지훈 부장님께 보고드렸습니다.", {"PERSON": ["박지훈"]}),
    "name before a job word": ("현장에는 최영희 엔지니어가 나왔습니다.", {"PERSON": ["최영희"]}),
    "name with an honorific suffix": ("지난주에 윤서진님께서 다시 전화하셨어요.", {"PERSON": ["윤서진"]}),
    "name in quotes": ("자신을 '한도윤'이라고 소개한 남성이 찾아왔습니다.", {"PERSON": ["한도윤"]}),
    "compound surname 남궁": ("민원 담당은 남궁민수 주무관입니다.", {"PERSON": ["남궁민수"]}),
    "compound surname 제갈": ("제갈성현 님의 요청으로 재조사합니다.", {"PERSON": ["제갈성현"]}),
    "compound surname 선우 in a list": ("확인자: 선우진, 황보영희", {"PERSON": ["선우진", "황보영희"]}),
    "compound surname 독고": ("신청인 독고준호 (연락 요망)", {"PERSON": ["독고준호"]}),
    "compound surname 사공": ("사공은지 씨가 제출한 서류입니다.", {"PERSON": ["사공은지"]}),
    "name in hanja": ("신청인 성명: 金民秀 (김민수)", {"PERSON": ["金民秀"]}),
    "name in hanja after hanja labels": ("姓名: 金民秀 / 生年月日: 1990.01.02", {"PERSON": ["金民秀"], "BIRTH_DATE": ["1990.01.02"]}),
    "name in hanja before 氏": ("金民秀氏가 신청서를 냈습니다.", {"PERSON": ["金民秀"]}),
    "birth dates in a table of people": ("| 이서연 | 1992.11.23 | 여 |\n| 박지훈 | 19880714 | 남 |",
                                         {"BIRTH_DATE": ["1992.11.23", "19880714"]}),
    "birth date second under a combined label": ("나이/생년월일: 34 / 1990.01.02\n성별·생년월일: 남·1985.03.05",
                                                 {"BIRTH_DATE": ["1990.01.02", "1985.03.05"]}),
    "birth date under a combined label": ("생년월일과 연락처: 1990.01.02, 010-1234-5678",
                                          {"BIRTH_DATE": ["1990.01.02"], "PHONE_NUMBER": ["010-1234-5678"]}),
    "foreign name in Hangul": ("통역은 마이클 존슨 씨가 맡았습니다.", {"PERSON": ["마이클 존슨"]}),
    "Vietnamese name in Hangul": ("신청인 응우옌 티 란 씨는 베트남 국적입니다.", {"PERSON": ["응우옌 티 란"]}),
    "name in Latin letters": ("Reported by John Smith on behalf of the tenant.", {"PERSON": ["John Smith"]}),
    "Vietnamese name in Latin letters": ("Applicant: Nguyen Thi Lan, 서류 미비", {"PERSON": ["Nguyen Thi Lan"]}),
    "partly masked name ○": ("민원인 김○수 님이 재문의하셨습니다.", {"PERSON": ["김○수"]}),
    "partly masked name *": ("작성자 이*영 (비공개 요청)", {"PERSON": ["이*영"]}),
    "partly masked name OO": ("홍OO 씨 댁 앞 도로가 파손되었습니다.", {"PERSON": ["홍OO"]}),
    "name before a phone number in brackets": ("연락 바랍니다. 홍길동(010-1234-5678)",
                                               {"PERSON": ["홍길동"], "PHONE_NUMBER": ["010-1234-5678"]}),
    "masked phone": ("연락처 010-****-5678 로 회신 바랍니다.", {"PHONE_NUMBER": ["010-****-5678"]}),
    "masked resident number": ("주민번호 900101-1****** 확인했습니다.", {"KR_RRN": ["900101-1******"]}),
    "road address with apartment": ("주소: 경기도 수원시 영통구 매영로 123, 105동 1203호",
                                    {"KR_ADDRESS": ["경기도 수원시 영통구 매영로 123, 105동 1203호"]}),
    "road address with floor": ("서울특별시 종로구 세종대로 175 3층 민원실로 오세요.", {"KR_ADDRESS": ["서울특별시 종로구 세종대로 175 3층"]}),
    "lot address": ("성남시 분당구 정자동 178-4번지 주택 누수 신고", {"KR_ADDRESS": ["성남시 분당구 정자동 178-4번지"]}),
    "address inside a sentence": ("저는 용인시 기흥구 구갈로 45 에 살고 있는데 밤마다 공사 소음이 심합니다.",
                                  {"KR_ADDRESS": ["용인시 기흥구 구갈로 45"]}),
    "birth date with a label": ("생년월일 1990.01.02 / 성별 남", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date with 생": ("신청자는 90년 1월 2일생입니다.", {"BIRTH_DATE": ["90년 1월 2일"]}),
    "birth date with 출생": ("1990-01-02 출생, 현재 수원 거주", {"BIRTH_DATE": ["1990-01-02"]}),
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
    "birth date with spaces": ("생년월일 1990 01 02 / 성별 여", {"BIRTH_DATE": ["1990 01 02"]}),
    "birth date with a month name and dashes": ("D.O.B.: 02-Jan-1990, nationality: VN", {"BIRTH_DATE": ["02-Jan-1990"]}),
    "birth date after the sex in brackets": ("신청인 김민수(남, 1985.03.15) 외 1명", {"BIRTH_DATE": ["1985.03.15"]}),
    "birth date, then where": ("저는 1990년 1월 2일 서울에서 태어났습니다.", {"BIRTH_DATE": ["1990년 1월 2일"]}),
    "birth date, then the city of birth": ("1985.3.15 부산 출생, 현 성남 거주", {"BIRTH_DATE": ["1985.3.15"]}),
    "birthday of an elder (생신)": ("어머니 생신(1950.03.15) 잔치", {"BIRTH_DATE": ["1950.03.15"]}),
    "first half of a resident number": ("주민등록번호 앞자리 900102 만 적었습니다.", {"BIRTH_DATE": ["900102"]}),
    "birth date in American order": ("Date of Birth: 05/14/1982", {"BIRTH_DATE": ["05/14/1982"]}),
    "birth date in a combined field": ("생년월일/성별: 1990.01.02/남", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date with 및 성별": ("생년월일 및 성별: 1990.01.02, 여", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date before an age in brackets": ("1990.01.02(만 34세) 김민수, 1988-12-05 (36세)",
                                             {"BIRTH_DATE": ["1990.01.02", "1988-12-05"]}),
    "birth date after the label in brackets": ("주민번호(생년월일) 900102", {"BIRTH_DATE": ["900102"]}),
    "short birth date with spaces": ("생년월일 : '90. 1. 2.", {"BIRTH_DATE": ["'90. 1. 2"]}),
    "birth date in a comma record": ("김민수, 1990.01.02, 010-1234-5678", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth dates listed after one label": ("생년월일 1990-01-02, 1988-12-05", {"BIRTH_DATE": ["1990-01-02",
                                                                                       "1988-12-05"]}),
    "birth year with 생 attached": ("90년생 김모씨, 81년 3월생 이모씨", {"BIRTH_DATE": ["90년생", "81년 3월생"]}),
    "birth year after born": ("Lee, born in 1990, joined; 출생: 1985년", {"BIRTH_DATE": ["1990", "1985년"]}),
    "English birth date after Born": ("Born: January 2, 1990", {"BIRTH_DATE": ["January 2, 1990"]}),
    "birth dates and staff numbers in columns aligned with spaces": (
        "이름     생년월일      연락처          사번\n김민수   1990-01-02   010-1234-5678   20417\n"
        "이서연   1988-12-05   010-2222-3333   20418", {"BIRTH_DATE": ["1990-01-02", "1988-12-05"],
                                                    "EMPLOYEE_ID": ["20417", "20418"]}),
    "birth date in a box-drawing table": ("┌──────┬────────────┐\n│ 성명 │ 생년월일   │\n├──────┼────────────┤\n"
                                          "│ 김민수 │ 1990-01-02 │\n└──────┴────────────┘", {"BIRTH_DATE": ["1990-01-02"]}),
    "birth date in an HTML table": ("<tr><th>성명</th><th>생년월일</th></tr>\n<tr><td>김민수</td><td>1990-01-02</td></tr>",
                                    {"BIRTH_DATE": ["1990-01-02"]}),
    "student number in a semicolon table": ("성명;학번;학과\n김민수;20231234;행정학과", {"STUDENT_ID": ["20231234"]}),
    "bracketed labels before their values": ("[생년월일] 1990-01-02 [사번] 20417", {"BIRTH_DATE": ["1990-01-02"],
                                                                          "EMPLOYEE_ID": ["20417"]}),
    "labels in lenticular brackets": ("【생년월일】 1990.01.02 【학번】 20231234", {"BIRTH_DATE": ["1990.01.02"],
                                                                          "STUDENT_ID": ["20231234"]}),
    "labels with arrows and dot leaders": ("생년월일 ▶ 1990-01-02 / 사번 → 20417 / 여권번호 ...... M12345678",
                                           {"BIRTH_DATE": ["1990-01-02"], "EMPLOYEE_ID": ["20417"],
                                            "KR_PASSPORT": ["M12345678"]}),
    "values in a two-column table": ("| 항목 | 내용 |\n|---|---|\n| 생년월일 | 1990-01-02 |\n| 사번 | 20417 |\n"
                                     "| 학번 | 20231234 |", {"BIRTH_DATE": ["1990-01-02"], "EMPLOYEE_ID": ["20417"],
                                                         "STUDENT_ID": ["20231234"]}),
    "key,value lines": ("성명,송지은\n생년월일,1990-01-02", {"BIRTH_DATE": ["1990-01-02"]}),
    "student numbers after log keys": ("student_no=20231234 stu_id=2023-1234 StudentNo: 20231235",
                                       {"STUDENT_ID": ["20231234", "2023-1234", "20231235"]}),
    "employee numbers after English labels": ("EID 20417 / Personnel No. 20418 / empId: 20419",
                                              {"EMPLOYEE_ID": ["20417", "20418", "20419"]}),
    "names under a name column aligned with spaces": ("성명     부서       직위\n변상훈   총무과     주무관\n"
                                                      "어금희   세정과     주무관", {"PERSON": ["변상훈", "어금희"]}),
    "a name under 담당자 in a semicolon table": ("담당자;연락처\n우지원;010-1234-5678", {"PERSON": ["우지원"]}),
    "a given name in an HTML name column": ("<tr><th>성명</th><th>부서</th></tr>\n<tr><td>하늘</td><td>세정과</td></tr>",
                                            {"PERSON": ["하늘"]}),
    "names after labels in forms and logs": ('[성명] 어금희 / 담당자 → 모지리 / "writer": "탁재훈" / 담당자(부): 우지원',
                                             {"PERSON": ["어금희", "모지리", "탁재훈", "우지원"]}),
    "a name in a key=value query": ("GET /api/users?name=어금희&age=34", {"PERSON": ["어금희"]}),
    "birth date with its label in brackets after it": ("1990-01-02(생년월일) 확인 부탁드립니다", {"BIRTH_DATE": ["1990-01-02"]}),
    "birth date after the digit count": ("생년월일 8자리 19900102", {"BIRTH_DATE": ["19900102"]}),
    "birth date after an age in brackets": ("김민수(34, 1990.01.02) 민원", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date after a long bracketed note": ("생년월일 (주민등록상 기준, 양력): 1990.01.02", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date and time": ("출생일시: 1990-01-02 14:30", {"BIRTH_DATE": ["1990-01-02"]}),
    "birth date before 태어남": ("1990.01.02 태어남", {"BIRTH_DATE": ["1990.01.02"]}),
    "English birthday without a year": ("My birthday is Jan 2, and his birthday: 15 March", {"BIRTH_DATE": ["Jan 2",
                                                                                                  "15 March"]}),
    "birth date after a word about the field": ("생년월일 정보 : 1990.01.02 / 생년월일 정정: 1990-01-03",
                                                {"BIRTH_DATE": ["1990.01.02", "1990-01-03"]}),
    "staff numbers in a bare ID column of a staff table": ("| ID | 이름 | 부서 |\n|---|---|---|\n| 20417 | 김민수 | 총무과 |",
                                                         {"EMPLOYEE_ID": ["20417"]}),
    "student numbers in a bare ID column of a class list": ("ID,이름,학과,학년\n20231234,김민수,행정학과,3",
                                                            {"STUDENT_ID": ["20231234"]}),
    "birth date with a calendar note before 출생": ("1990년 1월 2일(양력) 출생, 1985.3.15(음) 생",
                                                   {"BIRTH_DATE": ["1990년 1월 2일", "1985.3.15"]}),
    "birth year in a table column": ("번호 | 이름 | 생년 | 비고\n1 | 최영희 | 1962 | 대표", {"BIRTH_DATE": ["1962"]}),
    "romanized name, surname first": ("author: Kim Minsu, reviewer: Lee Seo-yeon", {"PERSON": ["Lee Seo-yeon"]}),
    "romanized name, given name first": ("Seo-yeon Lee and Dong-hyun Kim attended.", {"PERSON": ["Seo-yeon Lee",
                                                                                           "Dong-hyun Kim"]}),
    "romanized name in capitals": ("Passport name: PARK JI-HOON", {"PERSON": ["PARK JI-HOON"]}),
    "romanized names in a list": ("Sun-woo Ha, Dong-hyun Kim", {"PERSON": ["Sun-woo Ha", "Dong-hyun Kim"]}),
    "name with spaced syllables after a label": ("민원인 성명 : 송 지 은", {"PERSON": ["송 지 은"]}),
    "name with spaced syllables before 님": ("김 민 수 님의 민원", {"PERSON": ["김 민 수"]}),
    "spaced name with a compound surname": ("성명: 남궁 민 수", {"PERSON": ["남궁 민 수"]}),
    "account after acct": ("acct: 110234567890", {"BANK_ACCOUNT": ["110234567890"]}),
    "passport, letter + 8 digits": ("여권번호 M12345678 로 예약했습니다.", {"KR_PASSPORT": ["M12345678"]}),
    "passport, M12A34567": ("여권 M12A34567 (2022년 발급)", {"KR_PASSPORT": ["M12A34567"]}),
    "card with spaces": ("결제 카드 4111 1111 1111 1111 로 승인", {"CREDIT_CARD": ["4111 1111 1111 1111"]}),
    "card with dashes": ("카드번호 5500-0000-0000-0004", {"CREDIT_CARD": ["5500-0000-0000-0004"]}),
    "account without a bank name": ("환불 계좌 110-234-567890 으로 보내 주세요.", {"BANK_ACCOUNT": ["110-234-567890"]}),
    "birth date in a slash record": ("이서연 / 1992.11.23 / 여", {"PERSON": ["이서연"], "BIRTH_DATE": ["1992.11.23"]}),
    "birth date in a record with spaces": ("신청인 박지훈 1988-07-14 010-2345-6789",
                                            {"PERSON": ["박지훈"], "BIRTH_DATE": ["1988-07-14"]}),
    "birth date after an age in a record": ("환자: 정하늘 / 39세 / 1985.03.05", {"BIRTH_DATE": ["1985.03.05"]}),
    "birth date at a slash record's line end": ("명단\n오세훈/1979.02.11\n", {"BIRTH_DATE": ["1979.02.11"]}),
    "short birth date with a dot in brackets": ("한도윤(85.3.5.) 외 1명", {"BIRTH_DATE": ["85.3.5"]}),
    "staff number after 'is'": ("The employee number is 20417.", {"EMPLOYEE_ID": ["20417"]}),
    "staff number after HR ID": ("HR ID: HR-2019-0412", {"EMPLOYEE_ID": ["HR-2019-0412"]}),
    "staff number after 공무원 번호": ("공무원 번호 123-4567 확인", {"EMPLOYEE_ID": ["123-4567"]}),
    "student number after Matric No": ("Matric No: A0123456", {"STUDENT_ID": ["A0123456"]}),
    "birth date with the sex digit": ("생년월일 : 900102-1", {"BIRTH_DATE": ["900102-1"]}),
    "birth date after a spaced label": ("생 년 월 일 : 1990.01.02", {"BIRTH_DATE": ["1990.01.02"]}),
    "birth date after 란에": ("생년월일란에 1990-01-02로 적었는데", {"BIRTH_DATE": ["1990-01-02"]}),
    "birth dates in a correction": ("생년월일을 1990.01.02에서 1990.01.03으로 정정",
                                    {"BIRTH_DATE": ["1990.01.02", "1990.01.03"]}),
    "birth date under 출생연월일": ("출생연월일: 1990.01.02", {"BIRTH_DATE": ["1990.01.02"]}),
    "lunar birth date after its label": ("생년월일: 음력 1962.07.15\n생년월일(양력) 1963.08.04",
                                         {"BIRTH_DATE": ["1962.07.15", "1963.08.04"]}),
    "birth date after an age it agrees with": (f"환자 이순자 (여/76세, {datetime.date.today().year - 76}-05-11) 입원",
                                               {"PERSON": ["이순자"], "BIRTH_DATE": [f"{datetime.date.today().year - 76}-05-11"]}),
    "birth year and month under the birth-date label": ("생년월일: 1985년 3월\n보호자 생년월일: 1958년",
                                                         {"BIRTH_DATE": ["1985년 3월", "1958년"]}),
    "birth date masked with X": ("생년월일: 1990-XX-XX, 배우자 생년월일: 19XX.11.02",
                                 {"BIRTH_DATE": ["1990-XX-XX", "19XX.11.02"]}),
    # Names ending like a township (동) or district (구), alone in a cell of a person's record row.
    "a name ending in 동 in a table row with a mobile number": ("| 홍길동 | 010-1234-5678 | 수원시 팔달구 |",
                                                             {"PERSON": ["홍길동"]}),
    "a name ending in 동 in a comma-separated record": ("이상동, 45세, 010-1111-2222", {"PERSON": ["이상동"]}),
    "a name ending in 구 in a tab-separated record": ("2\t이영구\t남\t1958.07.21",
                                                   {"PERSON": ["이영구"], "BIRTH_DATE": ["1958.07.21"]}),
    # Eleventh session: forms missed on the second set (a development set since its first score).
    "birth date in a pipe table beside a resident number": ("순번|성명|생년월일|주민등록번호\n1|문영길|1966-12-03|661203-1******",
                                                           {"BIRTH_DATE": ["1966-12-03"], "KR_RRN": ["661203-1******"]}),
    "birth date in a quoted CSV whose address holds a comma": (
        '"번호","이름","생년월일","주소"\n"1","배수민","1972/08/14","성남시 중원구 둔촌대로 83, 2동 301호"',
        {"BIRTH_DATE": ["1972/08/14"]}),
    "birth dates after a relative and a name": ("모 정은숙 1961.09.27 / 부 김태식 1958.02.11",
                                                {"BIRTH_DATE": ["1961.09.27", "1958.02.11"]}),
    "birth date after 생 in brackets": ("세대원 박지원(생 1987.6.9)이 전입했습니다", {"BIRTH_DATE": ["1987.6.9"]}),
    "birth date after 生": ("故 최만식 (生 1938. 7. 4. / 卒 2023. 2. 1.)", {"BIRTH_DATE": ["1938. 7. 4."]}),
    "a short date with its full stop before 생": ("조은비('03. 4. 18.생) 장학금 신청", {"BIRTH_DATE": ["'03. 4. 18"]}),
    "spaced-out digits under a spaced label": ("생 년 월 일 : 1 9 6 4 년  7 월  2 3 일", {"BIRTH_DATE": ["1 9 6 4 년  7 월  2 3 일"]}),
    "a date with two spaces after its dots": ("생년월일 :  1979.  11.  5", {"BIRTH_DATE": ["1979.  11.  5"]}),
    "a date that agrees with the resident number beside it": ("배우자  김 영 자    1956년 04월 17일   560417-2******",
                                                               {"BIRTH_DATE": ["1956년 04월 17일"]}),
    "a date after the label and a word": ("어머니 생년월일이 등본엔 1944.03.01로 나와요", {"BIRTH_DATE": ["1944.03.01"]}),
    "a date in the birth-date field (칸)": ("생년월일 칸에 1991.8.17을 적었습니다", {"BIRTH_DATE": ["1991.8.17"]}),
    "a corrected birth date of the same year": ("생일이 1975년 3월 2일로 되어 있는데 실은 1975년 2월 3일이에요",
                                                {"BIRTH_DATE": ["1975년 3월 2일", "1975년 2월 3일"]}),
    "a birth year whose month is kept back": ("민원인은 88년 X월생이라고만 밝힘", {"BIRTH_DATE": ["88년 X월"]}),
    "the field after a name in a slash list": ("장윤호 / 1985.10.02 / 총무과 / 입사 2012.03.02", {"BIRTH_DATE": ["1985.10.02"]}),
    "a record with F/M for the sex": ("한미정|F|1974.12.30|010-7731-0045", {"BIRTH_DATE": ["1974.12.30"]}),
    "a pupil's grade-class-number": ("학생번호 3-2-08   학생명 권도하", {"STUDENT_ID": ["3-2-08"]}),
    "an employee number with a two-part prefix": ("Employee No.: HQ-KR-5530", {"EMPLOYEE_ID": ["HQ-KR-5530"]}),
    "a three-digit staff number after a letter prefix": ("staff no. RN-204, night shift", {"EMPLOYEE_ID": ["RN-204"]}),
    "a direct line after 문의": ("문의: 031-228-4417 (직통) / 대표 031-228-3811", {"PHONE_NUMBER": ["031-228-4417"]}),
    "a person's landline after a name that ends like an office": ("담당 김영실 031-228-1234", {"PHONE_NUMBER": ["031-228-1234"]}),
    "a person's mailbox at a public body": ("담당 kim.hr@seongnam.go.kr", {"EMAIL_ADDRESS": ["kim.hr@seongnam.go.kr"]}),
    "a romanized name whose surname the tagger left out": ("From: Park Seoyeon <sy.park@example.com>",
                                                           {"PERSON": ["Park Seoyeon"]}),
    "a name opening a bar-separated record": ("구민지|F|1981.04.22|010-3381-2290\n탁준영|M|1975.10.03|010-7720-1184",
                                              {"PERSON": ["구민지", "탁준영"]}),
    "a household register's 세대주 column": ("연번|세대주|주소\n1|모영철|용인시 처인구 금학로 12, 3층", {"PERSON": ["모영철"]}),
    "a spaced name after a spaced label": ("성     명 :  민 서 율\n주     소 :  수원시", {"PERSON": ["민 서 율"]}),
    "spaced names in a family register": ("본인   모 태 식    1980년 05월 04일\n부     모 길 남    1951년 12월 20일",
                                           {"PERSON": ["모 태 식", "모 길 남"]}),
    "the speakers of a chat": ("서윤: 내일 몇 시에 만나?\n태민: 일곱 시쯤 어때요\n서윤: 좋아 ㅋㅋ", {"PERSON": ["서윤", "태민"]}),
    "the speaker of a KakaoTalk export line": ("[송하람] [오후 3:12] 서류 다 냈어요", {"PERSON": ["송하람"]}),
    "the speaker of a KakaoTalk mobile export": ("2024. 3. 5. 오후 3:12, 임채원 : 주차 문제 해결됐나요?",
                                                 {"PERSON": ["임채원"]}),
    "a CSV row whose amount keeps its thousands commas": (
        "학번,성명,생년월일,지원금,지급일\n201945120,표민재,2000.05.17,2,000,000,2024.03.15",
        {"STUDENT_ID": ["201945120"], "BIRTH_DATE": ["2000.05.17"]}),
}

# Each look-alike, and the value it must not be taken for (no detection of any type may cover it).
LOOK_ALIKES = {
    "order number shaped like a resident number": ("주문번호 900101-1234560 배송 조회 부탁드립니다.", "900101-1234560"),
    "reservation number shaped like a resident number": ("예약번호 850505-2012345 로 확인됩니다.", "850505-2012345"),
    "corporate registration number": ("법인등록번호 110111-1234567", "110111-1234567"),
    "version string": ("앱 버전 10.4.1.22 에서 오류가 납니다.", "10.4.1.22"),
    "subnet mask": ("서브넷 마스크 255.255.255.0 으로 설정", "255.255.255.0"),
    "wildcard mask": ("ACL 와일드카드 0.0.0.255 적용", "0.0.0.255"),
    "date": ("접수일 2024-05-17, 처리 기한 2024.06.01", "2024-05-17"),
    "date shaped like a phone number": ("처리 일시 2024-0517-1400 완료", "2024-0517-1400"),
    "a number listed after an order number, not after a staff number": ("주문번호 20417, 배송 20418 조회", "20418"),
    "order number after #": ("주문 #20417 배송 조회 부탁드립니다.", "20417"),
    "received date with spaces": ("접수일 2024 05 17 처리 완료", "2024 05 17"),
    "a date, then a place, then no birth": ("2024년 3월 5일 서울시청 방문 예정", "2024년 3월 5일"),
    "a contract date in American order": ("계약일 05/14/2022 갱신", "05/14/2022"),
    "a year in a column that is not a birth year": ("번호 | 이름 | 입사연도\n1 | 최영희 | 1998", "1998"),
    "a reading after a key that ends in emp": ("sensor cpu_temp=4512 fan=1200", "4512"),
    "a date after an age it does not agree with": (f"환자 이순자 76세, {datetime.date.today().year - 1}.03.02 입원",
                                                   f"{datetime.date.today().year - 1}.03.02"),
    "a date format after the birth-date label": ("생년월일(YYYY.MM.DD): 1990.01.02", "YYYY.MM.DD"),
    "a masked date format in a notice": ("생년월일은 20XX-XX-XX 형식으로 적어 주세요", "20XX-XX-XX"),
    "the role word before a name the tagger reads": ("아동 김하늘(2016.05.03.생, 만 8세)", "아동"),
    "the sex cell before the next row's name": ("성명 | 생년월일 | 성별\n김민수 | 1990.01.02 | 남\n이서연 | 1992.11.23 | 여",
                                                "남"),
    "a camel-case key": ('{"employeeNo": "20417"}', "employeeNo"),
    "a department in a table": ("성명 | 사번 | 부서\n김민수 | 20417 | 총무과\n이서연 | 20418 | 민원과", "총무과"),
    "hyphenated English words": ("The Wi-Fi in the Co-op is slow.", "Wi-Fi"),
    "a letter's closing word": ("Signed: Choi Young-hee, Manager", "Manager"),
    "a salutation": ("Dear Mr. John Smith, Best regards, Maria Garcia", "Dear Mr."),
    "single syllables in a row": ("이 건 저 건 다 처리했습니다", "이 건"),
    "a recent date in a comma record": ("회의, 2024.05.17, 010-1234-5678 회의실", "2024.05.17"),
    "years of work, not a birth year": ("30년생활을 마치고 10년생산 라인을 닫았다", "30년"),
    "a year after 출생신고": ("출생신고 2024년 접수", "2024년"),
    "Born is no name": ("Born: January 2, 1990", "Born"),
    "dates in columns aligned with spaces": ("접수일      처리일      담당\n2024-01-02  2024-01-05  민원과", "2024-01-02"),
    "a bank in brackets after an account": ("계좌 110 234 567890 (신한)", "신한"),
    "English words around an account": ("Bank: Shinhan, Account: 110-234-567890", "Shinhan"),
    "a camel-case key before a value": ("StudentNo: 20231234", "StudentNo"),
    "a department under 담당자": ("| 담당자 | 비고 |\n|---|---|\n| 세정과 | 이번 주 |\n| 민원팀 | 없음 |", "세정과"),
    "an ordinary word under 담당자": ("| 담당자 | 비고 |\n|---|---|\n| 정부 | 이상 없음 |", "정부"),
    "a name-shaped word under another column": ("| 구분 | 내용 |\n|---|---|\n| 이상 | 조치 완료 |", "이상"),
    "a word glued to a name label": ("문의했는데 담당자마다 안내가 달랐습니다", "마다"),
    "a name field without a name": ("작성자: 미상, 성명: 비공개", "미상"),
    "a word with its particle after a role": ("민원인 주장에 따르면 담당자 부재로 처리가 늦었다", "주장"),
    "a bank after an account holder label": ("예금주 본인, 국민은행 계좌", "국민은행"),
    "a recent date after a number in brackets": ("회의(34, 2024.01.02) 결과", "2024.01.02"),
    "an English date without a year and no birthday": ("Meeting on Jan 2 at 10:00, due 15 March", "Jan 2"),
    "a copy of a bankbook": ("통장 사본의 번호 110-234-567890", "사본"),
    "a product ID column": ("| ID | 제품명 | 가격 |\n|---|---|---|\n| 20417 | 볼펜 | 1500 |", "20417"),
    "a table's header cell": ("번호 | 이름 | 입사연도 | 비고\n1 | 최영희 | 1998 | 대표", "비고"),
    "a recent date in brackets after 남": ("회의(남, 2024.05.17) 결과 공유", "2024.05.17"),
    "representative number in brackets": ("(주)한빛건설 대표번호 (02-555-1234)", "02-555-1234"),
    "a word before a phone number in brackets": ("제출 서류(010-1234-5678 기재) 확인", "서류"),
    "public number 1588": ("고객센터 1588-1234 로 문의했습니다.", "1588-1234"),
    "company's representative number": ("(주)한빛건설 대표번호 02-555-1234", "02-555-1234"),
    "corporate business number": ("사업자등록번호 123-81-12345 (주식회사 한빛)", "123-81-12345"),
    "a recent date after a name and a title": ("김민수 주무관이 2024.03.05 남은 일정 확인", "2024.03.05"),
    "a date in a slash list of documents": ("회의록 / 2010.03.05 / 작성자 미상", "2010.03.05"),
    "a date after an ordinary word and a comma": ("보고서, 2010.03.05", "2010.03.05"),
    "a label in a bracket before its value": ("사번(ID): 20417", "사번"),
    "a city in Latin letters": ("He was born in Busan in 1990.", "Busan"),
    "an upload that failed": ("사진 업로드가 되지 않아 글로만 남깁니다", "업로드"),
    "a count of days": ("일주일째 이런 상황이라 불편합니다", "일주일째"),
    "a date format": ("생년월일(YYMMDD): 900102", "YYMMDD"),
    "a corrected received date": ("접수일 2024.01.02에서 2024.01.03으로 변경", "2024.01.03"),
    "a receipt number with a dash digit": ("접수번호 900102-1 처리", "900102-1"),
    "a correction, not a name": ("부과 내역 정정을 요청드립니다", "정정"),
    "a form label in hanja": ("生年月日: 1990.01.02", "生年月日"),
    "a date in a table row that is no one's record": ("| 회의록 | 2010.03.05 | 완료 |", "2010.03.05"),
    "a date second under a combined label that is not a birth date": ("나이/접수일: 34 / 2010.03.05", "2010.03.05"),
    "a recent date in a person's table row": ("| 김민수 | 2024.01.02 | 남 |", "2024.01.02"),
    "the label before a hanja name": ("申請人 金民秀 (생년월일 1990.01.02)", "申請人"),
    "a city in hanja": ("住所: 水原市 八達區", "水原市"),
    "townships listed with their offices' landlines": ("| 신갈동 | 031-123-4567 |\n| 구래동 | 031-987-6543 |", "구래동"),
    "a township after the row's name": ("| 김민수 | 구래동 | 010-2222-3333 |", "구래동"),
    "a township in a row with a recent date": ("| 구래동 | 2024-03-01 | 도로 공사 |", "구래동"),
    "a death date of a birth date's year": ("생년월일 1990.05.01 / 사망일 1990.07.02", "1990.07.02"),
    "a hire date after a birth date of another year": ("생년월일 1983.02.01, 입사 2009.03.02", "2009.03.02"),
    "a recent date after a name in a list": ("방문자 김정우 / 2024.10.07 / 민원실", "2024.10.07"),
    "a hire date after a name in a list": ("박서준, 2019.03.02, 입사", "2019.03.02"),
    "a meeting after a newborn's birth date": ("출생일: 2024. 6. 3.\n회의: 2024. 6. 20.", "2024. 6. 20."),
    "a version shaped like a grade-class-number": ("버전 1-2-11 배포 완료", "1-2-11"),
    "a form's fields before their colons": ("주소: 경기도 수원시 팔달구 효원로 1\n성별: 남\n처리: 완료함\n비고: 재방문 예정이에요", "처리"),
    "colleagues named by surname and title in a chat": ("박과장: 신입 사번 나왔어요?\n조대리: 네 방금 나왔어요", "조대리"),
    "an office's landline after its name": ("마. 문의: 노인복지과 031-228-2412", "031-228-2412"),
    "a landline as the value of 문의": ("문의 031-228-3345", "031-228-3345"),
    "a representative line after 대표": ("사업주: 주식회사 한결푸드 (대표 031-282-0909)", "031-282-0909"),
    "a school office's line": ("교무실 031-271-4020 / 갱신 2024.03.02", "031-271-4020"),
    "a role mailbox": ("※ 문의: 인사팀 insa@seongnam.go.kr", "insa@seongnam.go.kr"),
    "a no-reply mailbox": ("from=<no-reply@suwon.go.kr>", "no-reply@suwon.go.kr"),
    "a recent date with a two-digit year in brackets": ("▶ 고용센터 실업급여 문의 (24.11.06)", "24.11.06"),
    "a birth-date cutoff": ("신청자격: 1960년 12월 31일 이전 출생자로서 기초연금 수급자", "1960년 12월 31일"),
    "the end of a range of birth dates": ("취학대상: 2018. 1. 1. ~ 2018. 12. 31. 출생 아동", "2018. 12. 31."),
    "the year of a date under a staff-number column": ("사번 | 재직기간\n20417 | 1992.03.17 ~ 2024.12.31", "1992"),
    "an English field name before its colon": ("Date of Birth: 14/02/2010\nGuardian: NGUYEN VAN HUNG", "Guardian"),
    "a surname with a title of office": ("박과장: 신입 사번 나왔어요?", "박과장"),
    "a cell of a table's header row": ("| 직원번호 | 성명 | 담당 | 메일 |\n| T-0913 | 노승희 | 민원 | a@b.kr |", "메일"),
    "a payment date in a CSV row with an amount": ("학번,성명,생년월일,지원금,지급일\n201945120,표민재,2000.05.17,2,000,000,2024.03.15",
                                                  "2024.03.15"),
}


@pytest.fixture(scope="module")
def masker():
    return build_masker(load_config().quality_gate.pii)


def test_the_learned_tagger_is_on(masker):
    assert masker.ner_model is not None, "configs/quality_gate.yaml turns the learned tagger on"


@pytest.mark.parametrize("form", sorted(FORMS))
def test_form_is_masked_as_the_entity_it_is(masker, form):
    text, expected = FORMS[form]
    detections = masker.detect(text)
    for entity, values in expected.items():
        for value in values:
            start = text.index(value)
            end = start + len(value)
            covering = [d for d in detections if family(d.entity) == family(entity) and d.start < end and start < d.end]
            covered = sum(1 for i in range(start, end) if any(d.start <= i < d.end for d in covering))
            assert covered >= 0.8 * len(value), (form, entity, value, [(d.entity, text[d.start:d.end]) for d in detections])


@pytest.fixture(scope="module")
def masker_corporate_not_personal(masker):
    config = load_config().quality_gate.pii.model_copy(update={"corporate_brn_personal": False})
    return build_masker(config, model_dir=masker.ner_model.directory)


def test_corporate_business_numbers_are_configurable(masker, masker_corporate_not_personal):
    text = "사업자등록번호 123-81-12345 (주식회사 한빛), 개인사업자 214-05-12340"
    masked = masker_corporate_not_personal.mask(text, "t").text
    assert "123-81-12345" in masked and "214-05-12340" not in masked
    assert "123-81-12345" not in masker.mask(text, "t").text  # the default masks both


@pytest.mark.parametrize("case", sorted(LOOK_ALIKES))
def test_look_alike_is_left_alone(masker, masker_corporate_not_personal, case):
    if case == "corporate business number":
        masker = masker_corporate_not_personal
    text, value = LOOK_ALIKES[case]
    start = text.index(value)
    touching = [(d.entity, text[d.start:d.end]) for d in masker.detect(text) if d.start < start + len(value) and start < d.end]
    assert not touching, (case, touching)
    assert value in masker.mask(text, "t").text
    assert not masker.residual_entities(masker.mask(text, "t").text), case
