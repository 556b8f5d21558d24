"""What a date's digits say, whatever the date is: its year's last two digits, how many years back it
lies, and its YYMMDD (what a resident number's first half would be). Shared by the birth-date rules
(birth_date.py) and the learned model's features (birth_date_context.py, training/pii_ner/birth_dates.py)."""

from __future__ import annotations

import datetime
import re

from quality_gate.pii.recognizers import fast_regex

YEAR = fast_regex.compile(r"(?:19|20)[0-9]{2}")
# An airline's or a passport reader's date: `03OCT85`, `02MAY1985` (the year is group 1).
COMPACT_DAY_MONTH_YEAR = (r"(?:0[1-9]|[12][0-9]|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                          r"((?:19|20)[0-9]{2}|[0-9]{2})")
COMPACT_DATE = fast_regex.compile(COMPACT_DAY_MONTH_YEAR)


def year_key(value: str) -> str | None:
    """The last two digits of a date's year (`1983년 7월 19일` -> `83`, `'99.01.10` -> `99`); None for
    digit runs (`900102`) and dates without a year."""
    if not re.search(r"[0-9][^0-9]+[0-9]", value):
        return None
    four = re.search(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", value)
    if four is not None:
        return four.group()[-2:]  # wherever it stands: `15/07/1995`, `22 JUL 2016`
    first = re.match(r"['‘’]?([0-9]+)", value.strip())
    if first is None or len(first.group(1)) not in (2, 4):
        return None
    return first.group(1)[-2:]


def years_back(value: str) -> int:
    """How many years ago the date's year was; a two-digit year up to this year's is this century's
    (`24.11.06` is 2024, `'81.03.15` 1981); 99 when the value has no year."""
    this_year = datetime.date.today().year
    compact = COMPACT_DATE.fullmatch(value)  # an airline's `03MAR2030`, `16JUL38`: the year last
    year = YEAR.match(value.lstrip("'‘’")) or (compact and YEAR.fullmatch(compact.group(1)))
    if year is not None:
        return this_year - int(year.group())
    short = compact or re.match(r"['‘’]?([0-9]{2})(?![0-9])", value)
    if short is None:
        return 99
    yy = int(short.group(1))
    return this_year - (2000 + yy if yy <= this_year % 100 else 1900 + yy)


def yymmdd(value: str) -> str | None:
    parts = re.findall(r"[0-9]+", value)
    if len(parts) != 3 or len(parts[0]) not in (2, 4) or len(parts[1]) > 2 or len(parts[2]) > 2:
        return None
    return f"{parts[0][-2:]}{int(parts[1]):02d}{int(parts[2]):02d}"
