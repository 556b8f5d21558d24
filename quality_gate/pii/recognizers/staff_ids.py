"""STUDENT_ID (학번) and EMPLOYEE_ID (사번): numbers that only their label makes personal.

A student or staff number has no fixed shape (`20231234`, `2019-12345`, `E-20417`, `A123456`), so
a value is reported only next to its label (`학번: 20231234`, `사번 E-20417`, `Student No. 2019-1234`,
`Employee ID #E-20417`) or before the list it is in (`사번 20417, 20418 및 20419`), with the label in
brackets after it (`E-20417(사번)`), or in a table column headed by it. An employee number also where a
city system's log names who did something (`user=C2021-4471`, `처리자 : 노하경(1180402)`), and as a
year-serial in brackets after a name (`강은서 (2017-0213)`).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import label_after, label_before_list, table_cell
from quality_gate.pii.recognizers.form_fields import plausible_name
from quality_gate.pii.recognizers import fast_regex

# An optional letter prefix (one or two parts: `E-`, `SK-IN-`), then a digit.
_ID_START = r"(?<![0-9A-Za-z*-])(?:[A-Za-z]{1,4}[-_]?)?(?:[A-Za-z]{1,4}[-_]?)?[0-9]"  # `SW-G2017-0412` too
# A letter or two may stand inside (`2025E0071`: an exchange student's; `23MS0418`: a graduate school's). Not the year of a date (`재직기간: 1992.03.17`, `2024. 6. 14.`); a cell after a slash may follow (`20210877/010-…`).
_ID = _ID_START + r"[0-9*]{1,11}(?:[A-Z]{1,2}[0-9]{3,6})?(?:-[0-9*]{1,8}){0,2}(?![0-9A-Za-z*])(?!-[0-9])(?![./]\s?[0-9]{1,2}(?![0-9]))"
# The value before this one in a list after one label: `사번 20417, 20418 및 20419`.
_PREVIOUS_IN_LIST = fast_regex.compile(_ID_START + r"[0-9*-]{3,20}\s?(?:,|/|·|및|와|과)\s?$")


_BARE_ID = fast_regex.compile(r"^(?:ID|id|Id|아이디|번호\s?\(?ID\)?)$")
# A name, then a year-serial staff number opening its brackets: `강은서 (2017-0213)`, `장민기 (2023-1104, …)`.
_NAME_BRACKET_BEFORE = fast_regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?\(\s?$")
_YEAR_SERIAL = fast_regex.compile(r"(?:19|20)[0-9]{2}-[0-9]{3,4}")
# `근무자: 연보라(GS-2314)`, `상담사 주혜린(C21408)`: a unit's letters and a serial, on a line about staff
# (`홍길동(KT-1234) 요금제` is not)
_STAFF_CODE = fast_regex.compile(r"[A-Z]{2}-[0-9]{3,6}|[A-Z]{1,2}-?[0-9]{4,6}")
# (`상담 조예은 (C-50213)` on a call record, `사용자 여준호 (K-10382)` on a corporate card statement).
_STAFF_LINE = fast_regex.compile(r"근무|직원|담당|단속|요원|대원|팀원|근로자|인력|명단|사번|상담|사용자")
_BRACKET_GOES_ON = fast_regex.compile(r"\s?[),]")
# Who did it, in a city system's log or printout: `user=`, `operator=`, `by=`, `조회자=`, `처리자 : `, `실행자 `,
# `EXPORT by ` (a staff prefix `staff:` or the name, after its unit, with the number in brackets after it may
# come between: `처리자: 전산 허준기 (SNF-0131)`; after the name and a space only a number with a letter prefix:
# `처리자: 민원팀 소은비 M-0331`).
_LOG_KEYS, _SHORT_LOG_KEYS = (r"user|operator|reg_user|upd_user|mod_user|worker|assignee|handler",
                               r"op|agent|by")  # `op=1234` may be a code
_KOREAN_OPERATORS = r"조회자|처리자|출력자|작업자|승인자|접속자|실행자|등록자|수정자|삭제자"
_OPERATOR_KEYS = rf"(?i:{_LOG_KEYS}|op=|by=|agent|export(?:ed)? by)|{_KOREAN_OPERATORS}"  # the prefilter's part
_OPERATOR_BEFORE = fast_regex.compile(rf"(?:(?<![A-Za-z_])(?:(?i:{_LOG_KEYS})|(?P<short>(?i:{_SHORT_LOG_KEYS})))\"?\s{{0,12}}[=:]\s?\"?(?i:staff:)?"
                              r"(?:[가-힣]{2,4}\s?\()?|(?i:export(?:ed)? by)\s"
                              rf"|(?:{_KOREAN_OPERATORS})\s{{0,12}}[=:]?\s{{0,3}}(?:(?:[가-힣]{{2,6}}\s)?[가-힣]{{2,4}}(?:\s?\(|(?P<spaced>\s)))?)$")


_LETTER_PREFIX = fast_regex.compile(r"[A-Z]{1,3}-?")
_NEIS_LABEL = fast_regex.compile(r"(?:개인번호|(?i:neis)|나이스)[^0-9\n]{0,12}$")


def _shape(value: str) -> Optional[re.Pattern]:
    """The format of a number with a letter prefix, as a regex: `YF-2016-031` -> `YF-[0-9]{4}-[0-9]{3}`."""
    prefix = re.match(r"[A-Za-z]{1,4}[-_]?", value)
    if prefix is None or not value[prefix.end():][:1].isdigit():
        return None
    rest = re.sub(r"[0-9]+", lambda m: f"[0-9]{{{len(m.group())}}}", re.escape(value[prefix.end():]))
    return re.compile(r"(?<![0-9A-Za-z*-])" + re.escape(prefix.group()) + rest + r"(?![0-9A-Za-z*])(?!-[0-9])")


class _LabelledNumberRecognizer(KoreanPatternRecognizer):
    LABELS: tuple[str, ...] = ()
    # The label as certificates print it, spaced out (`학    번 : `, `사 원 번 호 : `); it also admits a value read by
    # OCR with look-alike letters (`2O7I4`, `W-22O19`).
    SPACED_LABEL: re.Pattern = fast_regex.compile("$^")
    HEADER: re.Pattern = fast_regex.compile("$^")
    TABLE_COLUMNS: re.Pattern = fast_regex.compile("$^")
    QUICK = r"[0-9]{4}"
    PATTERNS = (Pattern("labelled number", _ID, 0.85),
                Pattern("read by OCR", r"(?<![0-9A-Za-z-])(?=[A-Z0-9-]{0,3}[0-9OIl-]*[OIl])(?:[A-Z]{1,3}-?)?(?:[0-9OIl]{4,10}|[0-9]{2}(?=-))"
                        r"(?:-[0-9OIl]{3,8})?(?![0-9A-Za-z])", 0.85))

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None):
        """A labelled number's siblings: the same letter prefix and digit groups elsewhere in the text (`사번
        YF-2016-031, 반원 어용수(YF-2022-118)`) are numbers of the same register."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        shapes = {shape.pattern: shape for r in results if (shape := _shape(text[r.start:r.end])) is not None}
        taken = {(r.start, r.end) for r in results}
        for shape in shapes.values():
            for match in shape.finditer(text):
                if match.span() not in taken:
                    taken.add(match.span())
                    results.append(self.make_result(match.start(), match.end(), 0.7, "same shape as a labelled one"))
        return results

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        head = text[max(0, match.start() - 16):match.start()]
        spaced = "번" in head and self.SPACED_LABEL.search(head) is not None  # every spaced label ends in 번
        if pattern.name == "read by OCR":
            prefix = _LETTER_PREFIX.match(value)
            number = value[prefix.end():] if prefix else value
            letters = sum(c in "OIl" for c in number)
            return pattern.score if 0 < letters <= len(number) // 2 and spaced else None
        # Four digits at least; three after a letter prefix (`staff no. CW-117`).
        if sum(c.isdigit() for c in value) < (3 if value[:1].isalpha() else 4):
            return None
        if spaced or label_before_list(text, match.start(), self.LABELS, window=24, previous=_PREVIOUS_IN_LIST,
                                       reach=30, most=8):
            return pattern.score
        if label_after(text, match.end(), self.HEADER):
            return pattern.score
        cell = table_cell(text, match.start())
        if cell is None:
            return None
        if self.HEADER.search(cell.headers[cell.column]):
            return pattern.score
        # A bare `ID` column is this kind of number when the table's other columns say whose:
        # 부서/직위 for staff, 학과/학년 for students.
        if _BARE_ID.match(cell.headers[cell.column]) and any(self.TABLE_COLUMNS.search(h) for h in cell.headers):
            return pattern.score
        return None


# A university's student number: 7 to 10 digits, or a year and a serial (`2019-40871`).
_UNIVERSITY_NUMBER = fast_regex.compile(r"[0-9]{7,10}|(?:19|20)[0-9]{2}-[0-9]{4,6}")
_UNIVERSITY = r"(?:[가-힣○]{1,10}(?:대학교|대학|대))"
# Between the university and the number: a department, or one short word, the student's name or a campus
# (`가천대학교 박지훈 202135071`, `단국대 죽전 32221847`).
_UNIVERSITY_BEFORE = fast_regex.compile(r"(?:(?<![가-힣])" + _UNIVERSITY + r"(?:\s[가-힣]{2,10}(?:학부|학과|과))?|학생증|(?i:student|sid)=)"
                                r"\s?(?:[:：(,/]\s?)?(?:[가-힣]{2,4}[,\s]\s?)?$")
_QUANTITY_AFTER = fast_regex.compile(r"\s?(?:원|만원|명|건|개|회|%)")
# A student introducing themselves: the department, the number, the name (`컴퓨터공학과 20211873 윤가람입니다`).
_DEPARTMENT_BEFORE = fast_regex.compile(r"(?<![가-힣])[가-힣]{1,10}(?:학과|학부|전공)\s$")
_NAME_AFTER = fast_regex.compile(r"\s(?P<name>[가-힣]{2,4}?)(?=입니다|이에요|예요|이고|이며|[ ,.)/\n]|$)")
_UNIVERSITY_AFTER = fast_regex.compile(r"\s?(?:\(\s?|,\s?)" + _UNIVERSITY + r"\)")
# A student's number in brackets after the name, where the text is about students (`[생활관 공지] … 송민재 (202412087)`,
# `학생증 분실: 채윤호 (20200794)`, `간호학과 2학년 변하늘(2023-31052)`); a date in brackets is not one.
_STUDENT_TEXT = fast_regex.compile(r"기숙사|생활관|학생증|학생지원|학과|학부|학년|재학|휴학|복학|수강|장학|학사|등록금|총학생회")
_BRACKET_CLOSES = fast_regex.compile(r"\s?\)")
_DATE_DIGITS = fast_regex.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


class KoreanStudentIdRecognizer(_LabelledNumberRecognizer):
    ENTITY = "STUDENT_ID"
    LABELS = ("학번", "학생번호", "학생 번호", "학적번호", "수험번호", "student no.", "student no", "student id",
              "student_id", "studentid", "student number", "student #", "stu no", "stud. no.", "학번은", "학번이", "학생증 번호",
              "학생증번호", "student_no", "studentno", "stu_id", "stu_no", "std_no", "student code", "학적 번호", "학생 id",
              "학생id", "matric no", "matric no.", "matriculation number", "수강생 번호", "수강생번호", "stuid", "stu id",
              "hakbun",
              "원생번호", "원생 번호")  # a private academy's or a kindergarten's pupil
    # A school's number for a pupil: grade, class and number (`학생번호 2-3-17`, `학번: 1-4-09`).
    PATTERNS = _LabelledNumberRecognizer.PATTERNS + (
        Pattern("grade-class-number", r"(?<![0-9A-Za-z*-])[1-6]-[0-9]{1,2}-[0-9]{1,2}(?![0-9A-Za-z*])(?!-[0-9])", 0.85),)
    SPACED_LABEL = fast_regex.compile(r"(?:학\s{0,6}번|학\s?생\s?번\s?호)(?:\s?/\s?(?:이름|성명))?\s*[:：|]?\s*$")
    HEADER = fast_regex.compile(r"학번|학생\s?번호|학적번호|원생\s?번호|student|stu_?id|hakbun|반\s?-\s?번호", re.IGNORECASE)
    TABLE_COLUMNS = fast_regex.compile(r"^(?:학과|학년|전공|반|학부|department|major|grade)$", re.IGNORECASE)
    # Every result needs a label before it or a header above it, or a university or a student card beside
    # it, and each holds one of these (a test checks it): a text with none is skipped before any pattern runs.
    QUICK = (r"학\s*번|학생|학적|수험|원생|학과|학부|전공|학년|수강|대학|기숙사|생활관|대\)|대,|대\s(?:[가-힣]{2,4}\s)?[0-9]{7}"
             r"|(?i:stu|std|major|matric|hakbun|sid=)")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        score = super().score_match(match, pattern, text)
        if score is not None or pattern.name == "read by OCR" or not _UNIVERSITY_NUMBER.fullmatch(match.group()):
            return score
        # A university's student number beside the university or the student card: `학생증: 경기대학교 202211904`,
        # `학생증(도해린, 2023115082)`, `(경기대 201911042)`, `2019-40871 (수원대)`, `(2021-10487, 아주대)`, and
        # `student=` or `sid=` in a system's log.
        if _QUANTITY_AFTER.match(text, match.end()):
            return None  # `수원대 장학금 1500000원`: an amount, not a number of a student
        if _UNIVERSITY_BEFORE.search(text, max(0, match.start() - 30), match.start()) or \
                _UNIVERSITY_AFTER.match(text, match.end()):
            return pattern.score
        name = _NAME_AFTER.match(text, match.end())
        if name and plausible_name(name["name"]) and _DEPARTMENT_BEFORE.search(text, max(0, match.start() - 14),
                                                                              match.start()):
            return pattern.score
        name = _NAME_BRACKET_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if name and _BRACKET_CLOSES.match(text, match.end()) and not _DATE_DIGITS.fullmatch(match.group()) \
                and _STUDENT_TEXT.search(text, max(0, match.start() - 300), match.start()) \
                and plausible_name(name["name"]):
            return 0.7
        return None


class KoreanEmployeeIdRecognizer(_LabelledNumberRecognizer):
    ENTITY = "EMPLOYEE_ID"
    LABELS = ("사번", "직원번호", "직원 번호", "사원번호", "사원 번호", "직번", "교직원번호", "공무원번호", "직원id", "사원id",
              "직원 id", "사원 id", "empno", "emp no.", "emp. no.", "emp no", "emp_no", "emp id", "emp_id", "emp.no", "employee id",
              "employee_id", "employeeid", "employee no.", "employee no", "employee number", "staff id", "staffid",
              "staff no", "staff_id", "emp#", "emp #",
              "사번은", "사번이", "교번", "인사번호", "직원코드", "직원 코드", "사원코드", "사원 코드", "사원증 번호",
              "사원증번호", "직원증 번호", "직원증번호", "공무원증 번호", "공무원증번호", "staff number", "staff #",
              "employee code", "employee #", "staff no.", "emp", "employeeno", "employee_no", "employeenumber",
              "employee_number", "empnumber", "emp_number", "staffno", "staff_no", "empid", "eid", "personnel no.",
              "personnel no", "personnel number", "personnel id", "staff code", "직원 고유번호", "공무원 번호",
              "hr id", "hr no", "hr no.", "hr number", "임직원번호", "임직원 번호",
              # a soldier's service number and an employee's badge: the same kind of number
              "군번", "군번은", "군번이", "badge", "badge no.", "badge no", "badge #", "badge number", "badge id",
              # the numbers other staff carry: teachers, care workers, parking wardens, a firm's own
              "교원번호", "교사번호", "제공인력번호", "단속원번호", "사내번호", "사원번호도", "돌보미번호", "사원증 발급번호",
              "근무자번호", "강사번호", "강사 번호")
    SPACED_LABEL = fast_regex.compile(r"(?:사\s{0,6}번|사\s?원\s?번\s?호|직\s{0,6}번|군\s{0,6}번)(?:\s?/\s?(?:이름|성명))?"
                              r"\s*[:：|]?\s*$")
    # 참여(자)번호: a public-works participant's number on a payroll (the city employs them).
    HEADER = fast_regex.compile(r"사번|직번|교번|군번|인사번호|개인번호\s?\(?\s?neis|neis|강사\s?번호|공무원\s?번호|직원\s?(?:번호|코드)|사원\s?(?:번호|코드)|참여자?\s?번호|empno|"
                        r"emp[ _]?(?:no|id)|employee|staff|badge|personnel",
                        re.IGNORECASE)
    TABLE_COLUMNS = fast_regex.compile(r"^(?:부서|직위|직급|직책|소속|팀|부서명|position|dept|department|title)$", re.IGNORECASE)
    QUICK = (r"개인번호|(?i:neis)|사\s*번|사 원|직\s*번|교번|교원|교사번호|강사|제공인력|단속원|사내번호|군\s*번|직원|사원|공무원|인사|부서|직위|직급|참여|HR|(?i:emp|staff|badge|eid|personnel|dept|hr[ _])"
             r"|돌보미|근무자|[가-힣]\s?\(\s?(?:(?:19|20)[0-9]{2}-|[A-Z]{1,2}-?)[0-9]|" + _OPERATOR_KEYS)
    # A number that carries its own label: `EMP-20417`, `emp_0412`, `EMP-2019-0412`.
    PATTERNS = _LabelledNumberRecognizer.PATTERNS + (
        Pattern("prefixed", r"(?<![0-9A-Za-z])(?i:EMP)[-_]?[0-9]{4,10}(?:-[0-9]{1,8}){0,2}(?![0-9A-Za-z])(?!-[0-9])", 0.85),
        # A teacher's NEIS personal number, a letter and nine digits, after its label (`개인번호: N204518803`).
        Pattern("NEIS number", r"(?<![0-9A-Za-z])[A-Z][0-9]{9}(?![0-9A-Za-z])", 0.85),)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if pattern.name == "prefixed":
            return pattern.score
        if pattern.name == "NEIS number":
            return pattern.score if _NEIS_LABEL.search(text, max(0, match.start() - 20), match.start()) else None
        score = super().score_match(match, pattern, text)  # as for students above
        if score is not None or pattern.name == "read by OCR":
            return score
        value, start = match.group(), match.start()
        digits = sum(c.isdigit() for c in value)
        # The staff member a system log names (`user=C2021-4471`, `처리자 : 노하경(1180402)`): digits and capitals,
        # or a short lower-case prefix before six digits or more (`a20210033`); `kjh0822` is a citizen's user name.
        operator = _OPERATOR_BEFORE.search(text, max(0, start - 40), start) if digits >= 4 else None
        if operator and (not any(c.islower() for c in value) or digits >= 6) and (
                not operator["short"] or value[0].isalpha() or digits >= 7) and (  # `op=1234` is an operation's code
                not operator["spaced"] or value[0].isalpha()):
            return pattern.score
        # A city office's staff number, the year of joining and a serial, in brackets after a name:
        # `강은서 (2017-0213)`, `장민기 (2023-1104, 1998.02.17)`.
        name = _NAME_BRACKET_BEFORE.search(text, max(0, start - 8), start)
        line_start = text.rfind("\n", 0, start) + 1
        if name and (_YEAR_SERIAL.fullmatch(value) or (_STAFF_CODE.fullmatch(value) and _STAFF_LINE.search(
                text, line_start, start))) and _BRACKET_GOES_ON.match(text, match.end()) and plausible_name(name["name"]):
            return pattern.score
        return None
