"""Where a date stands in a person's record: the shapes of lists, rows, brackets, questions and table
headers that say a date is someone's birth date (birth_date.py's context rules, kept apart so that
the recognizer's patterns and its reading of the surroundings each fit in one file)."""

from __future__ import annotations

import datetime
import re

from quality_gate.pii.recognizers import fast_regex
from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.cues import column_header
from quality_gate.pii.recognizers.date_values import YEAR, yymmdd
from quality_gate.pii.recognizers.form_fields import plausible_name
from quality_gate.pii.recognizers.latin import LATIN_STOP_WORDS

# A birth label in a column header (spaces removed first: a form spaces out `생 일`, `생 년 월 일`).
HEADER = fast_regex.compile(r"생년월일|생일|출생|생년|dob|birth", re.IGNORECASE)
# A date label right before a bracket: `접수일(2024.03.02)` is not a person's record.
DATE_WORDS = fast_regex.compile(r"(?:일|일자|일시|기간|기한|날짜|시점|년도|연도|회차|차수|date|due)\s?\(\s?'?$", re.IGNORECASE)
# An age right before a full date: `(여/76세, 1948-05-11)`, `76세 1948.05.11` (the year must agree: _age_agrees).
_AGE_BEFORE = fast_regex.compile(r"(?<![0-9])(?:만\s?)?(?P<age>[0-9]{1,3})\s?세\s?[,/|]?\s?$")
# A person's record written as a list: `김민수, 1990.01.02, 010-1234-5678`, `김민수/1985.03.05/서울시 ...`,
# `김민수 1985.03.05 010-1234-5678`, `환자: 김민수 / 39세 / 1985.03.05`. Before the date: a name (checked
# by form_fields.plausible_name), an age or the person's sex; after it: the sex, an age, a mobile
# number or a province/city, or (for `,`, `/`, `|` and tab lists) the end of the line. A name in Latin letters
# may be one word or hyphenated (`Ayumi / 1978. 5. 2`, `Kim Jong-soo / 1962. 1. 11`); a name and the person's
# sex before the date make a record by themselves (`송재환 M 1979/01/06`, `소정아 여 1977.05.30`).
_LATIN_WORD = r"[A-Z][A-Za-z]+(?:-[A-Za-z]+)?"
_RECORD_BEFORE = fast_regex.compile(r"(?:^|[\s,(|/:'\"])(?:(?P<name>[가-힣]{2,5}|[가-힣](?: [가-힣]){2,3})(?P<sex>\s(?:남|여|F|M))?"
                            rf"|(?P<latin>{_LATIN_WORD}(?: {_LATIN_WORD}){{0,3}})"
                            r"|(?:만\s?)?[0-9]{1,3}\s?세|남|여|男|女|F|M)['\"]?(?P<sep>\s?[,/|]\s?|\s{1,12})['\"]?$")
RECORD_AFTER = fast_regex.compile(r"(?P<sep>\s?[,/|]\s?|\s{1,12})(?:(?:남|여|男|女)(?![가-힣])|[FM](?![A-Za-z])|(?:만\s?)?[0-9]{1,3}\s?세"
                           r"|(?:☎|☏|tel\.?|hp\.?|H\.?P\.?|휴대폰|연락처)?\s?01[016789][-. ]?[0-9]{3,4}"
                           r"|01[016789][-. ]?[0-9]{3,4}|[가-힣]{1,4}(?:특별시|광역시|시|도)\s)")
RECORD_END = fast_regex.compile(r"\s?[,/|]?[ \t]*(?:$|\n)")
# The next field of a roster's row: after two spaces or a tab, or a school and grade (`매원초6`).
_NEXT_FIELD = fast_regex.compile(r"(?:\s{2,}|\t| [가-힣A-Za-z]+[0-9](?:\s|$)| \(|['\"]?,)")
# A family member's record: the relation, the name, the date (`부 맹석진 1983.03.08 / 모 임하나 1985.10.16`).
_KIN_RECORD = fast_regex.compile(r"(?:^|[\s,/(·])(?:부|모|부친|모친|父|母|아버지|어머니|배우자|처|남편|아내|자녀[0-9]?|장남|장녀|차남|차녀|삼남|삼녀|아들|딸"
                         r"|손자|손녀|형|누나|오빠|언니|동생|조부|조모|할아버지|할머니)\s?[:：]?\s?(?P<name>[가-힣]{2,4})"
                         r"\s?[:：,(]?\s?$")
# An event's date, not a birth date, even of the same year: `입사 1983.03.02`, `사망일: 1983.05.01`.
EVENT_BEFORE = fast_regex.compile(r"(?:일|일자|일시|기간|기한|날짜|입사|퇴사|접수|방문|사망|卒|입원|퇴원|전입|전출|계약|등록|발급|만료|신청"
                           r"|처리|검사|진료|졸업|입학|결혼|혼인)\s?[:：]?\s?$")
# A resident number's first half on the same line: the date agrees with it (`1951년 12월 20일   511220-1******`).
_RRN_FRONT = fast_regex.compile(r"(?<![0-9])(?P<front>[0-9]{6})\s?-\s?[1-8*]")
# A question or request for the birth date, answered in the next line (a chat, a call transcript).
# The line asks (`생년월일은?`, `생년월일 확인 부탁드려요`, `말씀해 주세요`) and holds no value after the label.
_ASKED = fast_regex.compile(r"(?:생년월일|생일|생신|출생일|dob|date of birth|birthday)[^0-9\n]*(?:[0-9]\s?자리[^0-9\n]*)?"  # `6자리를`
                    r"(?:\?|요|까|세요|시오|니다)[.!~]*\s*$",
                    re.IGNORECASE)
_ANY_DATE = fast_regex.compile(r"[0-9]{2}\s?[./년-]\s?[0-9]{1,2}|[0-9]{6}")
# A bracket after a person that holds a record with the date last: `아버지(정동수, 1950.02.03)`,
# `문영길 (661203-1******, 1966.12.03)`, `장민기 (2023-1104, 1998.02.17)`.
_BRACKET_RECORD = fast_regex.compile(r"(?<![가-힣])(?P<word>[가-힣]{2,5})\s?\(\s?(?P<first>[^()\n,/]{1,20}?)\s?[,/]\s?$")
_BRACKET_CLOSES = fast_regex.compile(r"\.?\s?\)")
# A line that starts with a name (after a list mark) and ends with the date, fields between
# separated by commas: `2. 나경수 — 1종대형 13-01-509912-48, 1978-03-24`.
_LINE_RECORD = fast_regex.compile(r"^\s*(?:[0-9]{1,3}[.)]\s?|[-*•·▪]\s?)?(?P<name>[가-힣]{2,4})\s?(?:[—–:|-]|\s)"
                          r"[^\n]{1,40}?,\s?$")
# A header row of field names written with single spaces (`성명 생년월일 주소`, a note in brackets may follow):
# the lexicon's column headers, and the fields of a register of people that it does not hold.
_FIELD_NAMES = lexicon.TABLE_HEADERS | frozenset({
    "생일", "출생일", "주소", "거주지", "전화번호", "성별", "나이", "연령", "관계", "주민등록번호", "주민번호", "비상연락처",
    "보호자"})
_HEADER_NOTE = fast_regex.compile(r"\s*[(\[][^()\[\]\n]{1,24}[)\]]\s*$")


def agrees_with_resident_number(text: str, start: int, end: int, value: str) -> bool:
    """A resident number on the same line, within 40 characters, starts with this date (YYMMDD):
    the person's record holds both (`부  나길수  1951년 12월 20일  511220-1******`)."""
    front = yymmdd(value)
    if front is None:
        return False
    line_begin, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return any(found["front"] == front for found in _RRN_FRONT.finditer(text, max(line_begin, start - 40),
                                                                           min(line_end, end + 40)))


_FAMILY_WORD = fast_regex.compile(r"(?<![가-힣])(?:자녀|자녀[0-9]|아이|아동|아들|딸|손자|손녀|장남|장녀|차남|차녀|배우자|피보험자|"
                          r"영유아|유아|신생아)(?![가-힣])")


def family_line(text: str, start: int) -> bool:
    line_begin = text.rfind("\n", 0, start) + 1
    return _FAMILY_WORD.search(text, max(line_begin, start - 60), start) is not None


def kin_record(head: str) -> bool:
    found = _KIN_RECORD.search(head)
    return found is not None and plausible_name(found["name"])


def age_agrees(text: str, start: int, value: str) -> bool:
    """An age right before the date, and the date's year plus the age is a year of the last decade
    (international or Korean age): `(여/76세, 1948-05-11)`. A date that does not agree is another
    date of that person (`76세, 2024.03.02 입원`)."""
    age = _AGE_BEFORE.search(text, max(0, start - 12), start)
    year = YEAR.match(value.lstrip("'"))
    if age is None or year is None:
        return False
    this_year = datetime.date.today().year
    return this_year - 10 <= int(year.group()) + int(age["age"]) <= this_year + 1


def in_record(head: str, text: str, end: int, years_back: int) -> bool:
    before = _RECORD_BEFORE.search(head)
    if before is None or (before["name"] and not plausible_name(before["name"].replace(" ", ""))) or (
            before["latin"] and any(w.lower() in LATIN_STOP_WORDS for w in before["latin"].split())):
        return False
    after = RECORD_AFTER.match(text, end)
    if after is not None:
        return after["sep"].strip() == before["sep"].strip()  # one separator through the record
    named = before["name"] or before["latin"]
    if before["sex"] and years_back >= 12 and len(before["sep"]) <= 2:
        return True  # a name, the sex, the date: a person's record whatever follows
    if named and years_back >= 15 and (before["sep"].strip() in (",", "/", "|") or before["sep"] == "\t"
                                       or len(before["sep"]) >= 2):
        return True  # a name's list field, then a date 15 years back or more: `전소망 / 1992.04.01 / HR-1129`
    if named and years_back >= 12 and not EVENT_BEFORE.search(head) and (
            RECORD_END.match(text, end) or _NEXT_FIELD.match(text, end)):
        return True  # a roster's row, name and date (`윤도겸 2010.10.10`, `이루다 20110915  영덕중1`)
    # `,`, `/`, `|` or a tab (a spreadsheet pasted as text) before a date that ends the row
    return (before["sep"].strip() in (",", "/", "|") or before["sep"] == "\t") and bool(RECORD_END.match(text, end))


def in_bracket_record(text: str, start: int, end: int) -> bool:
    found = _BRACKET_RECORD.search(text, max(0, start - 40), start)
    if found is None or not _BRACKET_CLOSES.match(text, end) or DATE_WORDS.search(text, max(0, found.start() - 8),
                                                                                    found.start("first")):
        return False
    word, first = found["word"], found["first"].strip()
    return plausible_name(word) or word in lexicon.APPOSITION_CUES or plausible_name(first)


def ends_line_record(text: str, start: int, end: int) -> bool:
    line_begin = text.rfind("\n", 0, start) + 1
    found = _LINE_RECORD.match(text[line_begin:start])
    return bool(found) and plausible_name(found["name"]) and bool(RECORD_END.match(text, end))


def answers_a_question(text: str, start: int) -> bool:
    """The first date of a line right after a line that asks for the birth date (and holds no value)."""
    line_begin = text.rfind("\n", 0, start) + 1
    if line_begin == 0 or start - line_begin > 30 or _ANY_DATE.search(text, line_begin, start):
        return False
    previous_begin = text.rfind("\n", 0, line_begin - 1) + 1
    return bool(_ASKED.search(text[previous_begin:line_begin - 1]))


def birth_header(text: str, start: int) -> bool:
    """The value stands in a table column whose header is a birth label, spaced out or not (`생 일`)."""
    header = column_header(text, start)
    return header is not None and HEADER.search(re.sub(r"\s+", "", header)) is not None


def under_spaced_header(text: str, start: int, max_lines_up: int = 40) -> bool:
    """The block's first line (the lines up to a blank one) is a row of field names, 생년월일 among them."""
    top, cursor = None, text.rfind("\n", 0, start)
    for _ in range(max_lines_up):
        if cursor < 0:
            break
        begin = text.rfind("\n", 0, cursor) + 1
        if not text[begin:cursor].strip():
            break
        top, cursor = text[begin:cursor], begin - 1
    if top is None:
        return False
    words = _HEADER_NOTE.sub("", top).split()
    return (2 <= len(words) <= 8 and all(word in _FIELD_NAMES for word in words)
            and any(HEADER.search(word) for word in words))
