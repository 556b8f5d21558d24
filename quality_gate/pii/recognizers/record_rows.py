"""Names standing as a cell of a person's record row; first of all those that end like a place.

`| 홍길동 | 010-1234-5678 |`, `이상동, 45세, 010-1111-2222`, `박현동<TAB>010-9876-5432<TAB>여`: a name whose
last syllable is also a township's or district's (동, 구, 도, 리 ...) is vetoed everywhere else, because
`신갈동`, `구래동` and `마산동` are places far more often than people (person.py, learned.py). In a row
that is a person's record the cell is a name: the same line holds a mobile number, an age, a sex
cell or a date at least ten years back (a birth date, as in birth_date.py), and the word fills its
cell alone. Landlines do not count, since lists of community centres pair a township with its
office's number (`| 신갈동 | 031-123-4567 |`); nor do recent dates (`| 신갈동 | 2024-03-01 | 공사 |`).
The word must still be name-shaped (a surname, then given-name syllables), not a city or
province of the gazetteer, and the row's first name: in `| 김민수 | 구래동 | 010-... |` the name came
first and 구래동 is the address. Names of any ending count the same way: the tagger misses some at the
start of a bar-separated row (`소정아|F|1977.05.30|010-5532-8017`).
"""

from __future__ import annotations

import datetime
import re

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.lexicon import name_shaped
from quality_gate.pii.recognizers.cues import may_hold_table, table_cell
from quality_gate.pii.recognizers import fast_regex

_SEP = r"[|│┃\t,;/]"  # what separates cells: table bars, tabs, commas, semicolons, slashes
_CELL_BEFORE = fast_regex.compile(rf"(?:^|{_SEP})[ \t]*$")
_CELL_AFTER = fast_regex.compile(rf"[ \t]*(?:$|{_SEP})")
_MOBILE = fast_regex.compile(r"(?<![0-9])01[016789][-. ]?[0-9*]{3,4}[-. ]?[0-9]{4}(?![0-9])")
_AGE = fast_regex.compile(r"(?<![0-9])(?:만\s?)?[0-9]{1,3}\s?(?:세|살)(?![가-힣])")
_SEX_CELL = fast_regex.compile(rf"(?:^|{_SEP})[ \t]*(?:남|여|남성|여성|男|女|M|F)[ \t]*(?=$|{_SEP})")
_DATE = fast_regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[.\-/] ?[0-9]{1,2}[.\-/] ?[0-9]{1,2}(?![0-9])")
_WORD = fast_regex.compile(r"[가-힣]+")
# A cell holding a word of three or four syllables: the cheap test of a record.
_CANDIDATE_CELL = fast_regex.compile(rf"(?:^|{_SEP})[ \t]*[가-힣]{{3,4}}[ \t]*(?:$|{_SEP})", re.MULTILINE)


def _is_record_row(line: str) -> bool:
    if _MOBILE.search(line) or _AGE.search(line) or _SEX_CELL.search(line):
        return True
    born_by = datetime.date.today().year - 10
    return any(int(m.group(1)) <= born_by for m in _DATE.finditer(line))


def _a_known_place(word: str) -> bool:
    stem = word[:-1]
    return stem in gazetteer.CITIES or stem in gazetteer.PROVINCES or word in lexicon.NOT_NAMES


# A name right before a mobile number or a resident number (`설치기사 성준기 010-3312-8847`, `모 하지수
# 010-4129-0311`, `자녀 신가온 150722-4******`): the number is that person's.
_NAME_THEN_NUMBER = fast_regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})[ \t]{1,3}\(?(?:01[016789][-. ]?[0-9*]{3,4}[-. ]?[0-9*]{4}"
                               r"|[0-9]{6}\s?-\s?[1-8])(?![0-9])")


def names_before_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name-shaped word right before a mobile or resident number."""
    return [m.span("name") for m in _NAME_THEN_NUMBER.finditer(text) if name_shaped(m["name"])
            and m["name"] not in lexicon.NOT_NAMES]


# A name right before a date at least ten years back, in a row or a list (`2 천영배 1955.02.27 백암면`,
# `모 하미정  1977.09.01  주부`, `경혜자 | 49.11.30 |`, `맹소연,20000128,`): the person and the birth
# date of a record. A recent date after a name is a visit or a filing as often as a birth, and a word
# before it is as often a label (`신청일 2024.03.01`), so only old dates count, as in _is_record_row.
_NAME_THEN_DATE = fast_regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{3})[ \t]{0,3}[|,\t]?[ \t]{0,3}[\"']?\(?"
                             r"(?P<year>(?:19|20)?[0-9]{2})(?:[.\-/] ?(?:0?[1-9]|1[0-2])[.\-/] ?[0-9*]{1,2}"
                             r"|(?:0[1-9]|1[0-2])[0-3][0-9](?![0-9-])|년 ?[0-9]{1,2}월 ?[0-9]{1,2}일)(?![0-9])")


def names_before_birth_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name-shaped word of three syllables right before a date ten years back or more."""
    this_year = datetime.date.today().year
    found = []
    for match in _NAME_THEN_DATE.finditer(text):
        year = int(match["year"])
        if len(match["year"]) == 2:
            year += 2000 if year <= this_year % 100 else 1900
        name = match["name"]
        if this_year - year >= 10 and name_shaped(name) and not _a_known_place(name):
            found.append(match.span("name"))
    return found


def record_row_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row's first name-shaped word of three or four syllables that fills a cell
    of a record row (`소정아|F|1977.05.30|010-5532-8017`, `| 홍길동 | 010-1234-5678 |`)."""
    if _CANDIDATE_CELL.search(text) is None:
        return []  # most records: no cell holds a word of three or four syllables (one regex pass)
    found = []
    offset = 0
    for line in text.split("\n"):
        # The row test first: most lines of a complaint hold no mobile number, age, sex cell or old
        # date. (The word itself, Hangul only, never meets it.)
        if _is_record_row(line):
            named = False  # the row's name came in an earlier cell
            for match in _WORD.finditer(line):
                word = match.group()
                if named or not (3 <= len(word) <= 4 and name_shaped(word) and not _a_known_place(word)
                                 and _CELL_BEFORE.search(line, 0, match.start())
                                 and _CELL_AFTER.match(line, match.end())):
                    continue
                named = True
                found.append((offset + match.start(), offset + match.end()))
        offset += len(line) + 1
    return found


# The header of a column of people's names: what a register calls the person it lists.
_NAME_COLUMN = fast_regex.compile(
    r"^(?:성명|이름|성함|한글\s?성명|영문\s?성명|(?:고객|환자|학생|회원|선수|직원|근로자|대상자|보호자)\s?(?:명|성명|이름)|"
    r"위반자|세대주|신청인|신청자|신고인|민원인|대상자|소유자|토지소유자|차주|납부자|근로자|수급자|수급권자|피해자|참석자|참가자|"
    r"응시자|입주자|임차인|계약자|수령인|예금주|대표자|의뢰인|입회인|보호자|배정농가|농가주|선수|회원|"
    r"(?:full\s?)?name|applicant|owner|resident|worker|employee|participant)$", re.IGNORECASE)


def in_name_column(text: str, start: int, end: int) -> bool:
    """The span fills its table cell alone, in a column whose header names people (`성명`, `위반자`,
    `세대주`, `Name`): `| 정말순 |` under 위반자 is a person even where its syllables make a word."""
    if not may_hold_table(text):
        return False
    cell = table_cell(text, start)
    return (cell is not None and cell.value == text[start:end].strip()
            and _NAME_COLUMN.match(cell.headers[cell.column].strip()) is not None)
