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
from tests.pii.look_alike_cases import LOOK_ALIKES

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
    # The resident number's own front half (the independent sets' writers label it so; it was a birth date here until
    # the eleventh session). After 생년월일 앞자리 it stays a birth date.
    "first half of a resident number": ("주민등록번호 앞자리 900102 만 적었습니다.", {"KR_RRN": ["900102"]}),
    "first half after the birth-date label": ("생년월일 앞자리 900102 확인", {"BIRTH_DATE": ["900102"]}),
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
    # Forms missed on the third set, once its first score was recorded (a development set since).
    "a child's recent birth date in a family line": ("자녀: 남윤슬 (2020.06.11), 남지호 (2022.01.30)",
                                                     {"BIRTH_DATE": ["2020.06.11", "2022.01.30"]}),
    "numbered children and their birth dates": ("자녀1 오하율 2018.12.01\n자녀2 오하진 2021.07.15",
                                                {"BIRTH_DATE": ["2018.12.01", "2021.07.15"]}),
    "a parent's record with a phone mark": ("신청인(부): 배성훈  '79.11.02  ☎ 010-4471-2290", {"BIRTH_DATE": ["'79.11.02"]}),
    "a year and month before 생": ("아이(만 3세, 2022. 4.생)와 함께 방문", {"BIRTH_DATE": ["2022. 4."]}),
    "a year and month under 생년": ("2) 도하람 7급 / 생년 1991.08 / 전 소속 처인구청", {"BIRTH_DATE": ["1991.08"]}),
    "a passport-style birth date": ("Passport No. M3310982  DOB 17 FEB 1983", {"BIRTH_DATE": ["17 FEB 1983"]}),
    "an airline-style birth date": ("Passenger: KANG/MINA MS  DOB 09NOV91", {"BIRTH_DATE": ["09NOV91"]}),
    "a birth date in a Chinese form": ("出生日期 1971年8月15日", {"BIRTH_DATE": ["1971年8月15日"]}),
    "a birth date as the family register holds it": ("실제 생일과 달리 호적엔 1949. 5. 8로 되어 있어요", {"BIRTH_DATE": ["1949. 5. 8"]}),
    "a short year after a backtick": ("생년월일 `91.6.3  성별 남", {"BIRTH_DATE": ["`91.6.3"]}),
    "a CSV row with one quoted cell": ('순번,성명,생년월일,주소\n1,길태오,1979-05-06,"수원시 팔달구 효원로 1, 302호"',
                                       {"BIRTH_DATE": ["1979-05-06"]}),
    "a resident number masked with x": ("주민번호 460301-2xxxxxx 확인함", {"KR_RRN": ["460301-2xxxxxx"]}),
    "a resident number whose end could not be read": ("대상자 (670301-1734##)", {"KR_RRN": ["670301-1734##"]}),
    "the front half and sex digit after the number's name": ("주민등록번호 앞자리만 기재 → 020805-4", {"KR_RRN": ["020805-4"]}),
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
    "a CSV row whose amount keeps its thousands commas": (
        "학번,성명,생년월일,지원금,지급일\n201945120,표민재,2000.05.17,2,000,000,2024.03.15",
        {"STUDENT_ID": ["201945120"], "BIRTH_DATE": ["2000.05.17"]}),
    "a spaced name after a person's role": ("주치의 변 서 진 (내과)", {"PERSON": ["변 서 진"]}),
    "a spaced name filling a table cell": ("2024-031\t2024-02-22\t탁 수 진\t반려", {"PERSON": ["탁 수 진"]}),
    "a surname written apart from its given name in a CSV row": ("3,최 순옥,1947.02.03,지체", {"PERSON": ["최 순옥"]}),
    "names after the roles of a funeral record": ("상주 도윤호  고인 도말례", {"PERSON": ["도윤호", "도말례"]}),
    "a name after a case file's role": ("증   인  위소라\n주   소  화성시", {"PERSON": ["위소라"]}),
    "a masked name in a table row": ("1\t강*준\t1961-04-**\t서면", {"PERSON": ["강*준"]}),
    "a masked name with a two-syllable surname": ("심의 대상: 남궁○○ (여, 52세)", {"PERSON": ["남궁○○"]}),
    "a surname and one mask in its own cell": ("2511-0311   윤*      2005.**.27", {"PERSON": ["윤*"]}),
    "a masked name before a title": ("담당 박O진 주무관에게 문의", {"PERSON": ["박O진"]}),
    "a roster's rows, name and birth date": ("학번 30211 남도윤 2009.04.17\n학번 30215 변채아 2009.11.02",
                                             {"BIRTH_DATE": ["2009.04.17", "2009.11.02"]}),
    "a fixed-width export row with a Latin name": ("20250117  PARK JIHO     20070312  M      경기 수원시",
                                                   {"BIRTH_DATE": ["20070312"]}),
    "the register's date after 호적상으로는": ("호적상으로는 1958년 3월 9일로 되어 있습니다", {"BIRTH_DATE": ["1958년 3월 9일"]}),
    "a year before 年生": ("세대주: 탁만수 (1968年生)", {"BIRTH_DATE": ["1968"]}),
    "a spaced label read by OCR": ("생 년 윌 일 : 1 9 7 9 . 0 3 . 1 8", {"BIRTH_DATE": ["1 9 7 9 . 0 3 . 1 8"]}),
    "a lunar date after 생": ("(생 음력 1931. 2. 11. / 사망 2025. 1. 3.)", {"BIRTH_DATE": ["1931. 2. 11."]}),
    "born on, in Vietnamese": ("em tên là Trần Thị Mai, sinh ngày 03/11/1994.", {"BIRTH_DATE": ["03/11/1994"]}),
    "a staff row's mailbox after its unit's cell": ("20250014\t전하윤\t세정과\thyjeon@seongnam.go.kr",
                                                      {"EMAIL_ADDRESS": ["hyjeon@seongnam.go.kr"]}),
    "a birth date said in Sino-Korean numerals": ("생년월일 말씀해 주세요\n- 오공년 팔월 십일이요", {"BIRTH_DATE": ["오공년 팔월 십일"]}),
    "a birth date in hanja numerals": ("대상자 : 朴順子   一九四二年 九月 三日生", {"BIRTH_DATE": ["一九四二年 九月 三日"]}),
    "a lunar birth date with the old names of month and day": ("생신은 음력 섣달 초이레입니다", {"BIRTH_DATE": ["섣달 초이레"]}),
    "a sexagenary birth year": ("할아버지는 경오생이시고", {"BIRTH_DATE": ["경오"]}),
    "a sexagenary year in hanja next to a birth year": ("(1942년생, 壬午年)", {"BIRTH_DATE": ["壬午年"]}),
    "an address in Latin letters": ("I live at Apt 702, 18 Gwanggyo-ro, Yeongtong-gu, Suwon-si. Thanks",
                                    {"KR_ADDRESS": ["Apt 702, 18 Gwanggyo-ro, Yeongtong-gu, Suwon-si"]}),
    "an address in Latin letters, district first": ("Address: Gyeonggi-do, Yongin-si, Suji-gu, Pungdeokcheon-ro 12, 301-dong 804-ho",
                                                    {"KR_ADDRESS": ["Pungdeokcheon-ro 12, 301-dong 804-ho"]}),
    "an address in Latin letters with a building's name and its unit": (
        "I live at Suwon-si Yeongtong-gu Gwanggyo-ro 156, Gwanggyo Xi Apt. 3305-1702 with my son",
        {"KR_ADDRESS": ["Suwon-si Yeongtong-gu Gwanggyo-ro 156, Gwanggyo Xi Apt. 3305-1702"]}),
    "a student number under a romanized 학번 header": ("HAKBUN    NAME\n20240311  PARK MINA", {"STUDENT_ID": ["20240311"]}),
    "a civil servant's number under its column": ("소속\t성명\t공무원번호\n세무과\t권혜린\tA2013-04418",
                                                  {"EMPLOYEE_ID": ["A2013-04418"]}),
    "a birth date under an export's key": ('{"seq":1,"nm":"반서아","brthdy":"1993-07-12"}', {"BIRTH_DATE": ["1993-07-12"]}),
    "a birth date in an SQL row after a quoted name": ("(301,'탁윤서','2011-06-17','010-2271-8830')",
                                                       {"BIRTH_DATE": ["2011-06-17"]}),
    "a two-digit year after 생년": ("EMR 수정할게요! 생년 43년 맞죠?", {"BIRTH_DATE": ["43년"]}),
    "a birth date in brackets with a short note": ("이용자: 방태율 (2008.03.11, 지적장애)", {"BIRTH_DATE": ["2008.03.11"]}),
    "the same birth date written again in another order": ("Date of birth : 2015-03-09 (09 MAR 2015)",
                                                           {"BIRTH_DATE": ["2015-03-09", "09 MAR 2015"]}),
    "a spaced name, then a birth date in a slash row": ("연번/성명/생년월일/소속\n2/차 윤 서/1998.06.03/대학생",
                                                        {"BIRTH_DATE": ["1998.06.03"]}),
    "a spaced name in an SQL row": ("(303,'변 은 호','2012-08-09',NULL)", {"PERSON": ["변 은 호"]}),
    "a spaced name in an XML element": ("<applicant>\n  <nm>우 태 진</nm>\n</applicant>", {"PERSON": ["우 태 진"]}),
    "a spaced name after a form's colon": ("반품 신청서\n주문자: 용 승 민\n주문번호: A24-0519", {"PERSON": ["용 승 민"]}),
    "a spaced name two spaces before 님": ("납 세 자 : 이 순 옥  님", {"PERSON": ["이 순 옥"]}),
    "a name after a role used as a label": ("피접종자: 문채윤  생년월일: 2023-12-25", {"PERSON": ["문채윤"]}),
    "a name under a funeral register's 고인 column": ("|고인|생년월일|사망일|\n|탁용수|1931.02.11|2024.01.09|",
                                                     {"PERSON": ["탁용수"]}),
    "a name after a relation after a label": ("신고인: 장남 진영태 (1966년생)", {"PERSON": ["진영태"]}),
    "a refund account held by a person": ("환불계좌 농협 302-1177-4410-81 (예금주: 편정애)",
                                         {"BANK_ACCOUNT": ["302-1177-4410-81"]}),
    # thirteenth session: forms read from the sixth set's misses, written anew here
    "a phone abroad with its country code": ("미국 연락처 +1 (312) 555-0199, 덴마크 +45 31 62 08 77 로 주세요",
                                            {"PHONE_NUMBER": ["+1 (312) 555-0199", "+45 31 62 08 77"]}),
    "a staff member's line in brackets after the name": ("담당: 주무관 변소연 (031-324-5512)",
                                                         {"PERSON": ["변소연"], "PHONE_NUMBER": ["031-324-5512"]}),
    "card numbers masked as apps print them": ("결제 카드 ****-****-****-4410, 체크카드 4518-**-****-2093",
                                             {"CREDIT_CARD": ["****-****-****-4410", "4518-**-****-2093"]}),
    "masked IP addresses": ("로그인 기록 접속 IP 121.134.58.xxx / 댓글 IP 223.38.*.*",
                            {"IP_ADDRESS": ["121.134.58.xxx", "223.38.*.*"]}),
    "a resident number whose back half is split": ("주민등록번호 880214-1023 416",
                                                   {"KR_RRN": ["880214-1023 416"]}),
    "an apartment's 동-호 with a dash after the complex's name": (
        "주소: 용인시 수지구 풍덕천로 77 삼성래미안2차 105-803 (택배 경비실)",
        {"KR_ADDRESS": ["용인시 수지구 풍덕천로 77 삼성래미안2차 105-803"]}),
    "an address whose complex has a Latin brand, before a phone": (
        "배송지 권선구 세권로 55 SK뷰 2단지 201-1104 010-3321-7765",
        {"KR_ADDRESS": ["권선구 세권로 55 SK뷰 2단지 201-1104"], "PHONE_NUMBER": ["010-3321-7765"]}),
    "birth dates in letters from abroad": (
        "Mein Sohn, geboren am 14.02.2011 in Köln. / Con gái tôi sinh 2016.05.09 tại Suwon.",
        {"BIRTH_DATE": ["14.02.2011", "2016.05.09"]}),
    "a motorcycle plate naming its city and district": ("오토바이 번호판 용인수지 아 4471, 이륜차 경기화성 바 2208",
                                                        {"KR_CAR_PLATE": ["용인수지 아 4471", "경기화성 바 2208"]}),
    # Scanned forms: O for 0 and l for 1 inside a date (normalize.py), with spaced separators too.
    "birth dates with look-alike letters on scanned forms": (
        "신청인 오 민 재   생년월일 1988. O4. l2\n보호자 생 년 월 일 : 2OO1 년 1l 월 O5 일\n아동 생년월일 2O15.l1.O3",
        {"BIRTH_DATE": ["1988. O4. l2", "2OO1 년 1l 월 O5 일", "2O15.l1.O3"]}),
    "a two-digit-year birth date with spaces around its dots": ("생 년 월 일 : 71 . O2 . 19\n주 소 : 화성시",
                                                                {"BIRTH_DATE": ["71 . O2 . 19"]}),
    "half-masked birth dates": ("경로우대 대상\n - 정O희 (1961.0*.**) 수급\n - 문○○ (1950.1*.**) 차상위",
                                {"BIRTH_DATE": ["1961.0*.**", "1950.1*.**"]}),
    "a masked year-month under a birth-date column": ("성명 | 생년월일 | 비고\n한*진 | 2016년 *월 | 전입",
                                                      {"BIRTH_DATE": ["2016년 *월"]}),
    "birth years in brackets after names": ("조부 김영달(1921~1990), 부 김태식(1950~2011)\n장녀 박수아 ('93) 대리",
                                            {"BIRTH_DATE": ["1921", "1950", "'93"]}),
    "a birth year in words before 생": ("아버님은 오칠년생이시고 어머님은 육십일년생이세요", {"BIRTH_DATE": ["오칠년생", "육십일년생"]}),
    "hanja birth dates, lunar by a bare 음": ("생년월일 : 음 丙戌年 三月 五日\n부친 생년월일은 四五年 正月 三日",
                                             {"BIRTH_DATE": ["丙戌年 三月 五日", "四五年 正月 三日"]}),
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
    "display names of a KakaoTalk PC export, surname or not": (
        "[응우옌] [오전 9:05] 선생님 서류 언제 내요?\n[복지관 소하린] [오전 9:07] 금요일까지요\n[Bolormaa] [오전 9:08] 감사합니다",
        {"PERSON": ["응우옌", "소하린", "Bolormaa"]}),
    "spaced names after a spaced label, a title or 성명 한글": (
        "신청인 성 명 위 재 국   주민등록번호 410512-1******\n확 인 자 : 경비원 모 태 석\n사망자 성명 한글 석 만 복  한자 石 萬 福",
        {"PERSON": ["위 재 국", "모 태 석", "석 만 복"]}),
    "partly masked accounts after an account word or a bank": (
        "입금계좌: 국민 527-3***-*118\n급여 계좌 352-****-7719-** 로 입금\n등록계좌(***-**-**0937)",
        {"BANK_ACCOUNT": ["527-3***-*118", "352-****-7719-**", "***-**-**0937"]}),
    "passports written with spaces after the label": ("여권번호 M 3081 5527\n여권 72 5513084 (러시아)",
                                                      {"KR_PASSPORT": ["M 3081 5527", "72 5513084"]}),
    "birth years under a 출생 column": ("No | 이름 | 출생 | 휴대폰\n1 | 반옥희 | 1958 | 010-2291-4410\n2 | 도춘자 | 1961 | 없음",
                                     {"BIRTH_DATE": ["1958", "1961"]}),
    "a six-digit birth date answering a bot that asks for six digits": (
        "챗봇: 본인확인을 위해 생년월일 6자리를 입력해주세요.\n고객: 871203", {"BIRTH_DATE": ["871203"]}),
    "chat speakers with a role before the name or a title after it": (
        "미화원 탁영수: 정류장 뒤에 봉투 또 있어요\n미화원 탁영수: 송장 사진 보냈어요\n오지현 통장: 확인했어요 고마워요",
        {"PERSON": ["탁영수", "탁영수", "오지현"]}),
    "a birth date with middle dots and one stored as midnight": (
        '생 년 월 일 1936·04·11\n{"name": "구말순", "dob": ISODate("1941-09-30T00:00:00.000Z")}',
        {"BIRTH_DATE": ["1936·04·11", "1941-09-30T00:00:00.000Z"]}),
    "phone numbers masked at the end": ("담당: 수사2팀 경사 구태완 (031-8011-4xxx)\n번호는 010-2207-45xx 뒤에는 기억이 안 나요\n"
                                        "월 | 장소영 | 010-2281-○○○○ | 031-782-30ㅁㅁ",
                                        {"PHONE_NUMBER": ["031-8011-4xxx", "010-2207-45xx", "010-2281-○○○○", "031-782-30ㅁㅁ"]}),
    "accounts after a bank's short name, a log key, or with the bank after them": (
        "3,방순덕,1948-06-25,우리 1002-951-338120\n| 예금 | 국민 034-21-0418-772 | 42,180,500원 |\n처음 두 달은 1002-663-019284(우리) 로 잘 들어왔는데\n09:31:12 WEB acct=1002-***-442817 amt=300000",
        {"BANK_ACCOUNT": ["1002-951-338120", "034-21-0418-772", "1002-663-019284", "1002-***-442817"]}),
    "addresses written in hanja": (
        "住所 水原市 八達區 行宮路 57-2\n所在 : 京畿道 水原郡 半月面 建乾里 產 45-2",
        {"KR_ADDRESS": ["水原市 八達區 行宮路 57-2", "京畿道 水原郡 半月面 建乾里 產 45-2"]}),
    "a birth year given with its zodiac animal, and 음력 inside a date": (
        "어르신: 내가 삼팔년 범띠여. 집이 오래돼서\n저는 62년 호랑이띠입니다\n저희 어머니(송금순, 1948년 음력 7월 9일생)가\n장말순|1939.음.8.15|화성시",
        {"BIRTH_DATE": ["삼팔년", "62년", "1948년 음력 7월 9일", "1939.음.8.15"]}),
    "driver licences grouped 4-6-2, without their region, in a 면허번호 column": (
        "민원인 구재형 (면허 14-227816-52, 지역명 생략 표기)\n제 면허증도 폰케이스에 꽂혀 있었어요 (1103-019284-41).\n성명 | 나이 | 면허번호 | 결과\n차경훈 | 55 | 1314-512937-22 | 합격",
        {"KR_DRIVER_LICENSE": ["14-227816-52", "1103-019284-41", "1314-512937-22"]}),
    "staff numbers after by=, 실행자, and after a unit and a name": (
        "2024-03-18T09:15:09+09:00 INFO export.csv rows=41 by=SW-20190633 from=211.189.40.23\n[보상금 이체결과] 배치ID CMP-20240612-03 / 실행자 SN-08812\n처리자: 전산 허준기 (SNF-0131)",
        {"EMPLOYEE_ID": ["SW-20190633", "SN-08812", "SNF-0131"]}),
    "foreign residents' names in capitals after a role, a name= key, a Hangul name, or before 님": (
        "의뢰인: TRAN VAN HUNG(쩐반훙), 베트남\n혐의자: LIU MEI (중국, 방문요양보호사)\n명의인: 팜반득(PHAM VAN DUC)\nrec 0001 name=HOANG DUC MINH dob=1983-04-12\n배우자 THAI THI NGOC(1996.2.3, 베트남)\nTRAN BAO NGOC 님, 출국에 따른 반환일시금",
        {"PERSON": ["TRAN VAN HUNG", "LIU MEI", "PHAM VAN DUC", "HOANG DUC MINH", "THAI THI NGOC", "TRAN BAO NGOC"]}),
    "a name ending in 동 before an age, after a role": (
        "민원인 이상동, 45세 남",
        {"PERSON": ["이상동"]}),
    "student numbers beside a university or a student card, after student=, and read by OCR after 학번": (
        "- 학생증: 경기대학교 202211904\n체크카드 / 학생증(도해린, 2023115082)\n10/11\t수원시청\t학생증\t2019-40871 (수원대)\t탁지훈\n봉사시간 정정 요청 - 금태양 (2021-10487, 아주대)\n[lms] student=2023104417 (유하람) submitted\n학    번 : 2O21-1O573\n학교 : 수원OO고 2학년  학번 2O7I4",
        {"STUDENT_ID": ["202211904", "2023115082", "2019-40871", "2021-10487", "2023104417", "2O21-1O573", "2O7I4"]}),
    "staff numbers after a spaced 사    번 label, read by OCR, and after the numbers teachers and care workers carry": (
        "성    명 : 박서연\n사    번 : 2017-0412\n확 인 자 원무과 봉 지 석 (사번 W-22O19)\n담임교사 함수정 (교원번호 E20110348)\n보육교사(교사번호 K-3402-1187)이고요\n활동지원사 윤미진 (제공인력번호 HW-0412887)",
        {"EMPLOYEE_ID": ["2017-0412", "W-22O19", "E20110348", "K-3402-1187", "HW-0412887"]}),
    "accounts that are phone numbers after IBK, IBK's 15-digit accounts, 카뱅, and the bank and holder in brackets after them": (
        "환불 계좌: 기업은행 010-2289-4471 (예금주 조세윤)\n20240326,C200981,차하늘,IBK기업,010-7723-4419,500000\n급여 수령 계좌 : 기업은행 010-4930872-01-011  예금주 한누리\n회비는 총무 진서우 카뱅 3333-21-6650184\n매월 1일 전에 1002-844-227301(우리 곽순례)로 보내주세요~",
        {"BANK_ACCOUNT": ["010-2289-4471", "010-7723-4419", "010-4930872-01-011", "3333-21-6650184", "1002-844-227301"]}),
    "a mobile number after 우리 (our) stays a phone number": (
        "우리 010-1234-5678로 연락주세요",
        {"PHONE_NUMBER": ["010-1234-5678"]}),
    "car plates read by OCR or partly masked beside a vehicle word, and motorcycles' plates of a city and district": (
        "차량번호 23루 7O45  차대번호\n주차된 차량 (3I2 너 7O44) 사이드미러\n피고는 22:40경 18러XXXX 승용차를 운전하여\n송하민,국민,01038824410,성남분당 배 1045\nDRV2_CAR_NO : 서울 강남 바 3341 (이륜)",
        {"KR_CAR_PLATE": ["23루 7O45", "3I2 너 7O44", "18러XXXX", "성남분당 배 1045", "서울 강남 바 3341"]}),
    "a road and its building number shaped like a motorcycle's plate are an address": (
        "\"어윤정\",\"1968-12-03\",\"수원시 영통구 동탄원천로 1109, 306동 1203호\"",
        {"KR_ADDRESS": ["수원시 영통구 동탄원천로 1109, 306동 1203호"]}),
    "phone numbers read out with 에, home lines without an area code, OCR with spaced dashes, ㅡ and middle dots between the groups": (
        "민원인: 공일공에 8812에 3306이요.\n고객: 저는 딸 윤채원이고 공일공 사사칠구에 일공육이예요\n어르신: 집 전화 332-4418. 핸드폰은 아들 거\n집전화 231-4450 입니다.\n연 락 처 : 010 - 47l9 - 2208\n연락처 010ㅡ2283ㅡ6917 / 010·4527·1836",
        {"PHONE_NUMBER": ["공일공에 8812에 3306", "공일공 사사칠구에 일공육이", "332-4418", "231-4450", "010 - 47l9 - 2208", "010ㅡ2283ㅡ6917", "010·4527·1836"]}),
    "birth dates read out digit by digit to a question, two spaces in a Korean date, 음 inside it, a year in brackets after a name and 어르신": (
        "상담원 : 곽민서님 맞으시죠. 생년월일 앞자리만 불러주세요\n고객 : 구공공사일오\n상담: 네 고객님 성함이랑 생년월일요\n고객: 소정애 육이 공삼 이팔\n생년월일: 1939 년  3 월  17 일\n우리 아들 박정우가 (1979년 음 10월 3일생)\n- 명의자 송금순 어르신 (1948), 보호자 아들",
        {"BIRTH_DATE": ["구공공사일오", "육이 공삼 이팔", "1939 년  3 월  17 일", "1979년 음 10월 3일", "1948"]}),
    "resident numbers cut short after their name, masked with ●; foreigner numbers named as such whatever their century digit; passports after longer labels and in Chinese": (
        "제 주민번호 890507-2112 아 뒷자리 다 치면 안되죠?\n할머니 주민번호가 380411-20671\n엄마 주민번호 520418-2●●●●●● 맞지\n외국인등록번호: 900302-7******   여권:\nmy passport number for verification is 548120773 (UK).\n护照号 E58203917  / 거소",
        {"KR_RRN": ["890507-2112", "380411-20671", "520418-2●●●●●●"], "KR_FRN": ["900302-7******"], "KR_PASSPORT": ["548120773", "E58203917"]}),
    "staff numbers after worker=, handler= and a JSON assignee, after 돌보미번호, and a unit's code in brackets after a name on a line about staff": (
        "provider=PRV-41137 worker=W-0008841\n\"evt\":\"pothole.assign\",\"assignee\":\"YI-07719\",\"ip\":\"10.120.7.45\"\nROUTE to=수지구 교통과 handler=SJ-1447\n근무자: 하태석(GS-2211), 연보라(GS-2314)\n돌보미: 하영순 (돌보미번호 DB41117-0392)",
        {"EMPLOYEE_ID": ["W-0008841", "YI-07719", "SJ-1447", "GS-2211", "GS-2314", "DB41117-0392"]}),
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


def test_a_line_in_brackets_after_a_name_is_the_persons_unless_it_is_a_main_number():
    """`담당: 석진우 (031-860-5512)` is the staff member's line; `(031-860-2114)` is the office's main line
    (Korean offices end it in 114) and stays for the residual scan to judge, as before."""
    from quality_gate.pii.recognizers.phone import KoreanPhoneRecognizer

    phone = KoreanPhoneRecognizer()
    direct = "개인정보 보호책임자: 석진우 (031-860-5512)"
    assert [direct[r.start:r.end] for r in phone.analyze(direct, ["PHONE_NUMBER"])] == ["031-860-5512"]
    assert phone.analyze("개인정보 보호책임자: 석진우 (031-860-2114)", ["PHONE_NUMBER"]) == []
    assert phone.analyze("민원실(031-860-5512)", ["PHONE_NUMBER"]) == []  # an office's word before it, as before

