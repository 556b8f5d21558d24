"""BIRTH_DATE: a date that its context says is someone's birth date; the date part only.

Shapes: `1990.01.02`, `1990-1-2`, `1990/01/02`, `1990 01 02`, `'90.01.02`, `1990년 1월 2일`, `90년 1월 2일`,
`19900102`, `900102`, `02/01/1990`, `05/14/1982`, `Jan 2, 1990`, `2 January 1990`, `02-Jan-1990`, `1990-Jan-02`, `1월 2일` and `3/15` (a
birthday), a year (and month) alone before 생 (`1949년생`, `81년생`, `1949년 출생`, `2018년 3월 생`),
and masked forms (`1990.**.**`, `90****`). A date alone is not personal (접수일, 일시, timestamps), so
every result needs one of:
- a label before it: 생년월일, 생일, 출생(일), 생년, DOB, date of birth, birthday ... (0.85);
- 생 / 출생 / 생일 right after it: `1990-01-02 출생`, `90년 1월 2일생` (0.85);
- a table column headed by such a label (0.85);
- a full date in parentheses right after a word, the way people note someone's birth date
  (`김민수(1985.03.15)`, `홍길동 (85.3.15, 남)`, `김민수(남, 1985.03.15)`), when its year is at least ten years back and the
  word is not a date label (접수일, 기간 ...) (0.7); the same for a person's record: in brackets after a
  person (`아버지(정동수, 1950.02.03)`, `장민기 (2023-1104, 1998.02.17)`), or the last field of a line that
  starts with a name (`2. 나경수 — 1종대형 13-01-509912-48, 1978-03-24`) (0.7);
- the answer to a question for the birth date in the line before (`상담원> 생년월일 확인 부탁드려요` /
  `민원인> 910923`) (0.85);
- a table under a header row of field names written with single spaces (`성명 생년월일 주소`) (0.85);
- 생 or 生 as a label (`(생 1990.1.2)`, `生 1941. 3. 1.`), the label spelled out with spaces
  (`생  년  월  일`), or a resident number's first half on the same line that the date agrees with
  (`1951년 12월 20일   511220-1******`) (0.85);
- ten years back or more: the label and one or two words (`생년월일이 전산엔 1930.01.01`), a relative and
  a name (`부 맹석진 1983.03.08`); fifteen years back or more: the field after a name in a list
  (`전소망 / 1992.04.01 / HR-1129`) (0.7);
- a date of the same year as a birth date found within the 100 characters before it, where no date
  label stands just before it (`생일이 1983년 8월 1일로 되어 있는데 실제로는 1983년 7월 19일`) (0.7).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers import fast_regex
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.birth_date_records import (
    DATE_WORDS, EVENT_BEFORE, HEADER, RECORD_AFTER, RECORD_END, age_agrees, agrees_with_resident_number, answers_a_question,
    birth_header, ends_line_record, family_line, in_bracket_record, in_record, kin_record, under_spaced_header)
from quality_gate.pii.recognizers.birth_date_context import BirthDateContextModel, context_features
from quality_gate.pii.recognizers.date_values import COMPACT_DAY_MONTH_YEAR, year_key, years_back
from quality_gate.pii.recognizers.cues import column_header, label_after, label_before, label_before_list
from quality_gate.pii.recognizers.form_fields import plausible_name
from quality_gate.pii.recognizers.word_dates import SEXAGENARY_BIRTH, SPOKEN_SIX_DIGITS, WORD_DATE, spoken_digits

_D = r"[0-9*]"
# Masked parts: `1990.**.**`, `1990-XX-XX`, `19XX.01.02` (score_match wants 4 digits beside an X).
_YEAR4 = r"(?:19|20)(?:[0-9*]{2}|XX)"
# ... and half-masked ones: `1952.0*.**`, `1947.1*.**` (the tens digit kept, the units masked).
_MONTH = r"(?:0?[1-9]|1[0-2]|[01]?\*{1,2}|XX?|xx?)"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01]|[0-3]?\*{1,2}|XX?|xx?)"
_SEP = r"\s{0,2}[./·-]\s{0,2}"  # forms typed with two spaces: `1981.  3.  30`; a middle dot: `1933·07·19`
_LEFT = r"(?<![0-9A-Za-z*])"
_RIGHT = r"(?![0-9*])"

LABELS = (
    "생년월일", "생년 월일", "생 년 월 일", "생년월일은", "생일", "주민번호상", "주민등록상", "출생일자", "출생일시", "출생일", "출생년월일", "출생연월일",
    "출생 연월일", "출생", "생년", "태어난 날",
    "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "birthday", "birth", "生年月日",
    "生年", "born", "born on", "born in", "birthday is", "b/d", "d/o/b", "bday", "b-day", "birth_date", "birth_day", "date_of_birth", "dateofbirth", "birth_dt", "생신",
    # keys of Korean public-sector exports and APIs (`"brthdy":"1996-04-02"`, `<brdt>19810925</brdt>`)
    "brthdy", "brdt", "brth_dt", "bthdy", "birthdt", "birth_ymd", "brthdy_ymd",
    # The first half of a number that starts with the birth date (YYMMDD); after 주민(등록)번호 it is the
    # resident number's own front half (registration.py).
    "생년월일 앞자리", "등록번호 앞자리", "reg. no. 앞자리", "reg no. 앞자리",
    # Chinese forms; and the date as a register holds it (`호적엔 1951. 3. 2로`, `주민등록은 60.1.5로`)
    "出生日期", "出生年月日", "出生日", "生日", "호적상", "호적상으로는", "호적상으론", "호적엔", "호적은", "호적에는", "주민등록상", "주민등록은",
    "주민등록엔", "주민등록에는",
    # the label read by OCR (월 as 윌, 생 as 셍), and `born on` in Vietnamese and French letters
    "생년윌일", "셍년월일", "셍년윌일", "sinh ngày", "ngày sinh", "né le", "née le",
    # letters from relatives abroad: Vietnamese `sinh`, German, French, Spanish, Russian, Chinese
    "sinh", "geboren am", "geboren", "geb.", "date de naissance", "fecha de nacimiento", "дата рождения",
    "出生于", "出生於",
) + tuple(  # a form's combined field, the date first: `생년월일/성별: 1990.01.02/남`, `생년월일과 연락처: 1990.01.02, 010-...`
    f"생년월일{joiner}{other}" for joiner in ("/", " / ", "·", " 및 ", ", ", "과 ")
    for other in ("성별", "연락처", "전화번호", "휴대폰", "주소", "나이", "연령"))
# A year alone is a birth date only right after one of these.
YEAR_LABELS = ("출생연도", "출생년도", "출생 연도", "출생 년도", "생년", "태어난 해", "year of birth", "birth year",
               "birth_year", "birthyear", "yob", "출생", "출생년", "born", "born in")
_YEAR_OR_DATE_LABELS = YEAR_LABELS + LABELS  # a year (and month) alone under either is a birth date
# 생 as "born" (`년생으로`, `월생,`), not the start of another word (`30년생활`, `10년생산`).
_BORN = r"생(?=$|[^가-힣]|이|인|입|으로|의|과|와|은|을|부터|까지)"
# ... or the zodiac animal of the year people give with it (`38년 범띠`, `삼팔년 범띠`, `62년생 호랑이띠`).
_BORN_AFTER_YEAR = (r"(?:" + _BORN + r"|生|(?=\s(?:" + _BORN + r"|출생|태생)|출생|태생"
                    r"|\s?(?:쥐|소|범|호랑이|토끼|용|뱀|말|양|원숭이|잔나비|닭|개|돼지)띠(?!\s?해)))")
# After a date, what says it is a birth date (a calendar note may come first: `1990년 1월 2일(양력) 출생`);
# not 생일 that labels the next value (`방문 2024.05.17 생일 2006.03.02`, or its mask, blanked to spaces in the
# residual scan).
_AFTER = fast_regex.compile(r"\.?(?:\s?\((?:양력|음력|양|음|solar|lunar)\))?\s?(?:년생|생(?=$|[^가-힣]|이|인|입|으로|의|과|와|은|을|부터|까지)|출생|태생|(?:생일|생신)(?![\s:：]{0,3}[0-9<]|\s{4})|(?:에\s?)?태어|에\s?출생|生)")
# A full date, then where: `1990년 1월 2일 서울에서 태어났다`, `1985.3.15 부산 출생`.
# Not a cutoff: `1960년 12월 31일 이전 출생자`, `2006. 12. 31. 이후 출생`.
_PLACE_THEN_BIRTH = fast_regex.compile(r"\s(?!이전|이후|이상|이하|까지|부터|사이)[가-힣]{2,8}(?:에서\s?(?:태어|출생)|\s(?:출생|태생))")
# The end of a range before 출생 is a cutoff too: `2018. 1. 1. ~ 2018. 12. 31. 출생 아동`.
_CLOCK_AFTER = fast_regex.compile(r"[.,]?\s{0,2}(?:at\s|오전\s?|오후\s?|AM\s?|PM\s?|\(?[월화수목금토일]\)?\s)?[0-9]{1,2}:[0-9]{2}", re.IGNORECASE)
_RANGE_BEFORE = fast_regex.compile(r"[~∼〜]\s?$")
_YEAR_HEADER = fast_regex.compile(r"^\s*(?:생년|출생|출생\s?[연년]도|birth\s?year|year of birth|yob)\s*$", re.IGNORECASE)
_MONTH_NAMED_DAYS = frozenset({"month name day", "day month name"})  # `Jan 2`: one digit is enough
_FULL_DATES = frozenset({"ymd", "ymd korean", "short ymd", "digits", "month name day year", "day month name year",
                         "day month name yy",
                         "year month name day", "words"})
# What the learned model scores: dates with a year, a month and a day in digits. A year, a month or a
# day alone is a birth date only where the rules read a label (`80년` of `80년대`, `3/5`, `1990년 8월` in
# running text: leave-one-set-out added 19 birth dates and 11 wrong dates from them, and on 90,856 real
# titles and sentences only wrong ones).
_LEARNED_PATTERNS = (_FULL_DATES - {"words"}) | {"day/month/year", "month/day/year", "spaced digits", "spaced ymd"}
# A text holds a candidate only if it holds one of these shapes (checked over every development text
# and the benchmark's records: the candidates are the same with and without it).
_CANDIDATE_QUICK = fast_regex.compile(r"[0-9*]\s{0,2}[./년-]\s{0,2}[0-9*]|[0-9]{6}|[0-9] [0-9]|[0-9][\s/-]?[A-Za-z]{3}"
                              r"|[A-Za-z]{3}\.?[\s/-][0-9]")
# `김민수(1985.03.15)`, `김민수 (남, 1985.03.15)`: the bracket may open with the person's sex.
_PAREN_BEFORE = fast_regex.compile(r"[가-힣A-Za-z]\s?\(\s?(?:(?:남|여)(?:성|자)?\s?[,/]\s?|(?:男|女|M|F)\s?[,/]\s?"
                           r"|(?:만\s?)?[0-9]{1,3}\s?세?\s?[,/]\s?)?'?$")  # or an age: `김민수(34, 1990.01.02)`
# ... or a life span's date of death: `최복순님(1946.5.9~2025.7.30) 별세`.
_PAREN_AFTER = fast_regex.compile(r"\.?\s?(?:\)|,\s?(?:남|여|男|女|만\s?[0-9]{1,3}세|[0-9]{1,3}세|[가-힣A-Za-z ]{2,10}\))|/\s?(?:남|여)"
                          r"|\s?[~∼-]\s?(?:19|20)[0-9]{2}\s?[./-]\s?[0-9]{1,2}\s?[./-]\s?[0-9]{1,2}\.?\s?\))")
# A full date followed by an age in brackets: `1990.01.02(만 34세)`, `1990-01-02 (34세)`.
_AGE_AFTER = fast_regex.compile(r"\s?\(\s?(?:만\s?)?[0-9]{1,3}\s?세\s?\)")
# A calendar note between the label and the date: `생년월일: 음력 1962.07.15`, `생년월일(음력) 1962.07.15`.
_CALENDAR_BEFORE = fast_regex.compile(r"(?:\(\s?(?:음력|양력|음|양|lunar|solar)\s?\)|음력|양력|(?<![가-힣])[음양](?=\s))\s?[:：]?\s?$",
                              re.IGNORECASE)  # `생년월일 : 음 壬申年 七月 十二日`
# A combined label with the date second: `나이/생년월일: 34 / 1990.01.02`, `성별·생년월일: 남·1990.01.02`.
_DATE_SECOND = fast_regex.compile(r"(?:성별|나이|연령|성명|이름)\s?(?P<sep>[/·,])\s?(?:생년월일|생일)\s?[:：]?\s?"
                          r"[^\n/·,:]{1,12}?\s?(?P=sep)\s?$")
# The value before this one in a list after one label: `생년월일 1990-01-02, 1988-12-05`.
# A correction reads the same way: `생년월일을 1990.01.02에서 1990.01.03으로`, `1990-01-02 → 1990-01-03`,
# `생년월일이 1993-02-11로 되어 있는데 실제로는 1993-11-02입니다`.
_PREVIOUS_DATE = fast_regex.compile(r"(?:19|20)?[0-9]{2}\s?[./-]\s?[0-9]{1,2}\s?[./-]\s?[0-9]{1,2}\.?\s?"
                            r"(?:,|/|및|와|과|에서|→|->|=>|(?:으로|로|라고)\s?(?:되어|돼|적혀|기재되어|나와|입력되어|등록되어)"
                            r"\s?있(?:는데|으나|지만|습니다만)[,.]?\s?(?:실제로는|실제는|원래는|정확히는|올바른\s?날짜는)?)\s?$")
# 생 alone as a label, with a colon (`생: 1990.01.02`, `(생:1990.01.02)`), not the end of a word (`학생: `).
_BORN_COLON = fast_regex.compile(r"(?<![가-힣])생\s?[:：]\s?$")
# ... and before a full date with a space only: `국재민(생 1990.1.2)`, `(生 1941. 3. 1. / 卒 2024. 9. 21.)`.
_BORN_SPACE = fast_regex.compile(r"(?:^|(?<=[\s(\[,/]))(?:생|生)\s?$")
# The label with its syllables spaced out on a form (`생  년  월  일 1987 년 11 월 02 일`).
_SPACED_LABEL = fast_regex.compile(r"[생셍]\s{1,3}년\s{1,3}[월윌]\s{1,3}일\s{0,3}[:：]?\s{0,3}$")
# The label, a particle and one or two short words before a full date: `생년월일이 전산엔 1930.01.01인데`.
_LABEL_WORDS_BEFORE = fast_regex.compile(r"(?:생년월일|생일|출생일)(?:이|은|는|을|가|도)?\s(?:[가-힣]{1,5}\s){1,2}$")
_MONTH_NAME = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")


class KoreanBirthDateRecognizer(KoreanPatternRecognizer):
    ENTITY = "BIRTH_DATE"
    # Every result needs a label (all hold 생, 태어, 生, 호적, 주민등록, 앞자리, dob, birth or born), 생/生 after the value, an age, a
    # 생년월일/birth column header, a bracket before the value, a resident number's first half, or a record's next field or line end right
    # after a date's last digit or 일: a text with none is skipped.
    QUICK = (r"생|生|띠|태어|호적|주민등록[상은엔에]|주민번호상|앞\s?6?자리|\(|[0-9]\s?세|[0-9]{6}\s?-\s?[1-8*]|(?i:dob|d\.o\.b|birth|born|yob|b/d|d/o/b|b-?day|sinh|né|brthdy|brdt|brth|bthdy|geb|naissance|nacimiento)|рожд|出生"
             r"|(?:[0-9]\.?|[일日])(?:" + RECORD_AFTER.pattern + "|" + RECORD_END.pattern + ")"
             # a date that opens a list's field or follows a person's sex (in_record): `Ayumi / 1978. 5. 2 / 일본어`
             r"|[,/|]\s?(?:19|20)[0-9]{2}\s?[./-]|\s(?:남|여|F|M)\s(?:19|20)[0-9]{2}\s?[./-]")
    PATTERNS = (
        # ... stored as midnight of that day by a database (`"dob" : ISODate("1944-03-21T00:00:00.000Z")`)
        Pattern("ymd", _LEFT + _YEAR4 + r"(?:" + _SEP + r"|\.[음양]력?\.)" + _MONTH + _SEP + _DAY + r"(?:T00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]0[0-9]:?00)?)?"
                r"\.?" + _RIGHT, 0.85),
        Pattern("ymd korean", _LEFT + r"(?:(?:昭和|大正|平成|쇼와|다이쇼|헤이세이)\s?)?(?:(?:19|20)?[0-9*]{2})\s{0,2}[년年]\s{0,2}(?:[음양]력?\s?)?" + _MONTH + r"\s{0,2}[월月]\s{0,2}" + _DAY
                + r"\s?[일日]", 0.85),
        Pattern("short ymd", r"(?<![0-9A-Za-z*.])['‘’`]?[0-9*]{2}" + r"\s?[./-]\s?" + _MONTH + r"\s?[./-]\s?" + _DAY + _RIGHT
                + r"(?![./-][0-9])", 0.85),
        # `900102`, and `900102-1` (a resident number's first half with its sex digit, under a birth label)
        Pattern("digits", _LEFT + r"(?:(?:19|20)[0-9]{2}|[0-9]{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
                + r"(?:-[1-8](?![0-9*]))?" + _RIGHT + r"(?!-[0-9])", 0.85),
        Pattern("masked digits", _LEFT + r"[0-9]{2}(?:[0-9]{2})?\*{4}" + _RIGHT, 0.85),
        Pattern("month day", r"(?<![0-9년])(?<!년\s)(?:0?[1-9]|1[0-2])\s?월\s?(?:0?[1-9]|[12][0-9]|3[01])\s?일", 0.85),
        # A year (and month) alone is a birth date only before 생: `90년생` is masked whole (the value people
        # write, and the form of an age group), `1949년 출생` up to 년.
        Pattern("year", _LEFT + r"(?:(?:19|20)[0-9]{2}|['‘’]?[0-9]{2})\s?[년年]" + _BORN_AFTER_YEAR, 0.85),
        Pattern("word year", r"(?<![가-힣])(?:[이삼사오육륙칠팔구]십[일이삼사오육륙칠팔구]?|십[일이삼사오육륙칠팔구]|[일이삼사오육륙칠팔구]{2})\s?년"
                + _BORN_AFTER_YEAR, 0.85),  # `삼사년생`, `삼십구년생` (two numerals at least: `일년생` is a plant)
        Pattern("labelled year", _LEFT + r"(?:(?:19|20)[0-9]{2}(?:\s?년)?|['‘’]?[0-9]{2}\s?년(?!\s?[0-9])|['‘’][0-9]{2})" + _RIGHT
                + r"(?![./-][0-9])", 0.85),  # `생년 1941`, `생년 41년`
        # `생년월일: 1990년 1월` (the day left out): a birth date under its label.
        Pattern("labelled year month", _LEFT + r"(?:19|20)[0-9]{2}\s?[년年]\s?(?:0?[1-9]|1[0-2]|[X○*]{1,2})\s?[월月](?!\s?[0-9*])",
                0.85),  # `생년월일: 2018년 *월` too, and in hanja: `生年 1943年 12月`
        # A year alone in brackets right after a name, or a life span: `석복례 (1938)`, `하종민 ('55)`,
        # `선우병태(1912~1977)` (score_match wants a name's shape, and ten years back for a bare 4-digit year).
        Pattern("year after a name", r"(?P<n>[가-힣]{2,4})\s?(?:(?:어르신|씨|님|할머니|할아버지|여사)\s?)?\(\s?(?P<v>(?:19|20)[0-9]{2}|['‘’][0-9]{2})"
                r"(?=\s?(?:~\s?(?:(?:19|20)[0-9]{2})?\s?)?\))", 0.85),
        Pattern("year month", _LEFT + r"(?:(?:19|20)[0-9]{2}|[0-9]{2})\s?년\s?(?:0?[1-9]|1[0-2]|[X○*]{1,2})\s?월"
                + _BORN_AFTER_YEAR, 0.85),  # `90년 X월생`: the month kept back, the year still personal
        # Digits spaced out on a typed or scanned form: `1 9 7 8 년  4 월  1 2 일`, `1 9 5 6 . 1 0 . 0 3`.
        Pattern("spaced digits", _LEFT + r"(?:1 9|2 0) [0-9] [0-9]\s{0,2}[년.]\s{1,3}[0-9](?: [0-9])?\s{0,2}[월.]\s{1,3}"
                r"[0-9](?: [0-9])?(?:\s{0,2}일)?" + _RIGHT, 0.85),
        # Six digits read out in words, answering a question for the birth date (`구공공사일오`, `육이 공삼 이팔`).
        Pattern("spoken digits", SPOKEN_SIX_DIGITS, 0.85),
        Pattern("month name day", r"(?<![A-Za-z])" + _MONTH_NAME + r"\s(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
                + r"(?![0-9])(?!,?\s(?:19|20)[0-9]{2})", 0.85),  # a birthday: `birthday: Jan 2` (labelled)
        Pattern("day month name", _LEFT + r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\s" + _MONTH_NAME
                + r"(?![A-Za-z])(?!,?\s(?:19|20)[0-9]{2})", 0.85),
        Pattern("month name day year", r"(?<![A-Za-z])" + _MONTH_NAME + r"\s(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?,?\s"
                + _YEAR4 + _RIGHT, 0.85),
        # Airline and passport-reader style: `03OCT85`, `21JAN17`, `02MAY1985` (under DOB).
        Pattern("day month name yy", _LEFT + COMPACT_DAY_MONTH_YEAR + r"(?![0-9A-Za-z])", 0.85),
        # A year and month alone, in digits: under a label or header (`생년 1994.03`, a 생년월 column) or
        # before 생 (`2016.09.생`, `2021. 9.생`, `1985.3.생`).
        Pattern("year-month digits", _LEFT + r"(?:(?:(?:19|20)[0-9]{2}|(?<=생년 )[0-9]{2})\.\s?(?:0?[1-9]|1[0-2])\.?"
                r"|(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2]))(?![0-9])(?!\.?\s?[0-9])(?!-\s?[0-9])", 0.85),  # `생년 99.03`; `2023-01` in a 생년월 column
        Pattern("day month name year", _LEFT + r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?[\s/-]" + _MONTH_NAME
                + r"(?:,?\s|[/-])" + _YEAR4 + _RIGHT, 0.85),
        Pattern("year month name day", _LEFT + _YEAR4 + r"[\s/-]" + _MONTH_NAME + r"[\s/-](?:0?[1-9]|[12][0-9]|3[01])"
                + _RIGHT, 0.85),
        Pattern("spaced ymd", _LEFT + _YEAR4 + r"\s(?:0[1-9]|1[0-2])\s(?:0[1-9]|[12][0-9]|3[01])" + _RIGHT, 0.85),
        Pattern("month/day", _LEFT + r"(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12][0-9]|3[01])" + _RIGHT + r"(?![./][0-9])", 0.85),
        Pattern("day/month/year", _LEFT + r"(?:0?[1-9]|[12][0-9]|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)[0-9]{2}"
                + _RIGHT, 0.85),
        # American order (05/14/1982): only where the day cannot be a month, else day/month/year reads it.
        Pattern("month/day/year", _LEFT + r"(?:0?[1-9]|1[0-2])[./-](?:1[3-9]|2[0-9]|3[01])[./-](?:19|20)[0-9]{2}" + _RIGHT,
                0.85),
        # In words (word_dates.py): `구육년 삼월 이십일`, `一九四一年 三月 七日`, `정월 스무사흘`; `무자생`, `戊子生`.
        Pattern("words", WORD_DATE, 0.85),
        Pattern("sexagenary", SEXAGENARY_BIRTH, 0.85),
        # Two digits alone in a cell of a 생년 column (`| 공미진 | 71 |`, `배성우,2023-10-16,84,O`).
        Pattern("two-digit year cell", r"(?m)(?:(?<=[,\t|])|(?<=\| ))['‘’]?[0-9]{2}(?=[ ]?(?:[,\t|]|$))", 0.85),
    )

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if pattern.name == "spoken digits":
            digits = spoken_digits(value)
            return pattern.score if (1 <= int(digits[2:4]) <= 12 and 1 <= int(digits[4:]) <= 31
                                     and answers_a_question(text, match.start())) else None
        if pattern.name == "two-digit year cell":
            header = column_header(text, match.start()) if "생년" in text or "출생" in text else None
            return pattern.score if header and _YEAR_HEADER.search(header) else None
        if pattern.name == "sexagenary":  # `무자생`, `戊子生`; `丙子年` only next to a birth (`1936년생, 丙子年`)
            near = text[max(0, match.start() - 10):match.start()] + text[match.end():match.end() + 1]
            return pattern.score if not value.endswith("年") or re.search(r"생|生|출생", near) else None
        masked_digits = 4 if "X" in value.upper() and pattern.name != "year month" else 2
        if pattern.name != "words" and pattern.name != "word year" and sum(c.isdigit() for c in value) < (
                1 if pattern.name in _MONTH_NAMED_DAYS else masked_digits):
            return None  # `20XX-XX-XX` is a format's example
        if pattern.name == "year after a name":
            year = match.group("v")
            return pattern.score if plausible_name(match.group("n")) and (
                not year[0].isdigit() or years_back(year) >= 10 or text.startswith("~", match.end("v"))) else None
        start = match.start() + (len(value) - len(value.lstrip()))
        if pattern.name in ("year", "year month", "word year"):
            return pattern.score  # the pattern holds 생/출생/태생 already
        if pattern.name in ("labelled year", "labelled year month"):
            if label_before(text, start, _YEAR_OR_DATE_LABELS, window=16):
                return pattern.score
            header = column_header(text, start)  # a table column 생년 / 출생연도 / birth year (and 생년월일 for a year-month)
            wanted = _YEAR_HEADER if pattern.name == "labelled year" else HEADER
            return pattern.score if header and wanted.search(header) else None
        if pattern.name == "year-month digits":
            if "-" in value:  # `2023-01` is a period anywhere else: a birth label or column only
                return pattern.score if (label_before(text, start, _YEAR_OR_DATE_LABELS, window=16)
                                         or birth_header(text, start)) else None
            return pattern.score if (label_before(text, start, _YEAR_OR_DATE_LABELS, window=16) or _AFTER.match(text, match.end())
                                     or birth_header(text, start)) else None
        calendar = _CALENDAR_BEFORE.search(text, max(0, start - 10), start)
        if label_before_list(text, calendar.start() if calendar else start, LABELS, window=28,
                             previous=_PREVIOUS_DATE, reach=40, most=4):
            return pattern.score
        if _CLOCK_AFTER.match(text, match.end()):
            return None  # a time stamp, no label before it: `On Wed, Jan 10, 2024 at 4:32 PM`, `2024. 3. 8. 오후 7:11`
        if _BORN_COLON.search(text, max(0, start - 6), start) or _SPACED_LABEL.search(text, max(0, start - 24), start):
            return pattern.score
        born_at = calendar.start() if calendar else start  # `생 음력 1929. 5. 13.`
        if pattern.name in _FULL_DATES and (_BORN_SPACE.search(text, max(0, born_at - 3), born_at)
                                            or agrees_with_resident_number(text, start, match.end(), value)):
            return pattern.score
        if (_AFTER.match(text, match.end()) and not _RANGE_BEFORE.search(text, max(0, start - 3), start)) \
                or _DATE_SECOND.search(text, max(0, start - 40), start):
            return pattern.score
        if pattern.name in _FULL_DATES and _PLACE_THEN_BIRTH.match(text, match.end()):
            return pattern.score
        if birth_header(text, start):
            return pattern.score
        if label_after(text, match.end(), HEADER):  # `1990-01-02(생년월일)`
            return pattern.score
        if pattern.name in _FULL_DATES and (_AGE_AFTER.match(text, match.end()) or age_agrees(text, start, value)):
            return pattern.score
        if answers_a_question(text, start) or (pattern.name in _FULL_DATES and under_spaced_header(text, start)):
            return pattern.score
        if pattern.name in _FULL_DATES and (self._noted_after_a_name(text, start, match.end(), value)
                                            or (_LABEL_WORDS_BEFORE.search(text, max(0, start - 24), start)
                                                and years_back(value) >= 10)):
            return 0.7
        return None

    def __init__(self, supported_language: str = "ko", context_model: Optional[BirthDateContextModel] = None):
        super().__init__(supported_language)
        self.context_model = context_model  # the learned second opinion (birth_date_context.py); None: rules alone

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None) -> list:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if results:
            results = results + self._same_year_dates(text, results)
        if self.context_model is not None:  # union: the model only adds dates the rules left
            results = results + [self.make_result(start, end, 0.7, f"learned context ({pattern})")
                                 for start, end, pattern in self.date_candidates(text)
                                 if not any(r.start < end and start < r.end for r in results)
                                 and self.context_model.probability(context_features(text, start, end, pattern,
                                                                                     years_back(text[start:end])))
                                 > self.context_model.threshold]
        return results

    def date_candidates(self, text: str) -> list[tuple[int, int, str]]:
        """Every match of the digit patterns, whatever its context, longest first where two overlap:
        what the learned model scores (_LEARNED_PATTERNS: dates with a year, a month and a day)."""
        if _CANDIDATE_QUICK.search(text) is None:
            return []  # no date shape: most records, and the patterns cost more than this search
        spans = sorted(((*self.span_of(match), pattern.name) for pattern, regex in self._compiled
                        if pattern.name in _LEARNED_PATTERNS for match in regex.finditer(text)),
                       key=lambda span: (span[0], span[0] - span[1]))
        kept: list[tuple[int, int, str]] = []
        for start, end, name in spans:
            if end > start and (not kept or start >= kept[-1][1]):
                kept.append((start, end, name))
        return kept

    def _same_year_dates(self, text: str, found: list) -> list:
        """Full dates of the same year as a birth date found in the 100 characters before them: a
        correction or a second record of the same person (`생일이 1983년 8월 1일로 되어 있는데 실제로는
        1983년 7월 19일`, `99.10.01로 떠요 본인은 99.01.10`). Not after an event's label (입사, 접수일 ...),
        and ten years back or more (a newborn's year is the year of the office's own dates)."""
        born = [(r.start, year_key(text[r.start:r.end])) for r in found]
        born = [(start, key) for start, key in born if key]
        if not born:
            return []
        first = min(start for start, _ in born)  # only dates after a birth date can be its correction
        extra = []
        for pattern, regex in self._compiled:
            if pattern.name not in _FULL_DATES:
                continue
            for match in regex.finditer(text, first + 1):
                start, end = self.span_of(match)
                key = year_key(match.group())
                if (key is None or years_back(match.group()) < 10 or not any(k == key and 0 < start - s <= 100 for s, k in born)
                        or any(r.start < end and start < r.end for r in found + extra)
                        or EVENT_BEFORE.search(text, max(0, start - 12), start)):
                    continue
                extra.append(self.make_result(start, end, 0.7, "same year as a birth date", pattern.regex))
        return extra

    @staticmethod
    def _noted_after_a_name(text: str, start: int, end: int, value: str) -> bool:
        """Dates ten years back or more only: a recent date after a name is a visit, a filing, a hiring;
        but in a line about someone's family (자녀, 아들, 배우자 ... before it) a child's birth date may be
        recent (`자녀: 이하린 (2019.04.02)`, `자녀1 유서준 2019.11.05`)."""
        back = years_back(value)
        if back < (0 if family_line(text, start) else 10):
            return False
        head = text[max(0, start - 16):start]
        in_brackets = _PAREN_BEFORE.search(head) and not DATE_WORDS.search(head) and _PAREN_AFTER.match(text, end)
        return bool(in_brackets or in_record(head, text, end, back) or in_bracket_record(text, start, end)
                    or ends_line_record(text, start, end) or kin_record(head))

    def span_of(self, match: re.Match) -> tuple[int, int]:
        if "v" in match.re.groupindex:
            return match.span("v")
        start, end = match.span()
        value = match.group()
        return start + (len(value) - len(value.lstrip())), end
