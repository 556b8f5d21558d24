"""KR_PASSPORT: M/S/R/O/D/G + 8 digits (before 2021) or + 3 digits, a letter, 4 digits (since 2021).

The new form (and the `M12A34567` variant people also write) is distinctive enough on its own; the
old one, other letter + 8 digit numbers and foreign passports (1-2 letters + 6-8 digits, 9
letters/digits) need context (여권, passport ...); 8 or 9 digits, letters with only three or four
digits, spaced, partly masked numbers (`M123****5`) and numbers read by OCR (`M2O4l5573`) only right
after the label or under a 여권 column.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import label_before, under_column
from quality_gate.pii.recognizers.date_values import COMPACT_DATE
from quality_gate.pii.recognizers import fast_regex

_HEADER = fast_regex.compile(r"여권|passport", re.IGNORECASE)
_LABELS = ("여권", "여권번호", "여권 번호", "passport", "passport no", "passport no.", "passport number", "passport #",
           "passport number is", "passport no. is", "passport number for verification is", "护照号", "护照号码", "旅券番号",
           "psptno", "pspt_no", "passportno", "passport_no", "여권 사본", "여권사본", "여권 번호는", "여권번호는",
           "p/n")  # a hotel register's `P/N 560198342`

_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"


class KoreanPassportRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_PASSPORT"
    QUICK = r"[A-Z][0-9]{2}|[0-9]{5}|[A-Z][0-9]{1,4}[*＊]{3}|[A-Z][0-9][0-9OIl]{2}|[0-9][A-Z]{2}[0-9]|[A-Z][0-9][A-Z]"
    PATTERNS = (
        Pattern("passport 2021", _LEFT + r"[MSRODG][0-9]{3}[A-Z][0-9]{4}" + _RIGHT, 0.5),
        Pattern("passport 2021 variant", _LEFT + r"[MSRODG][0-9]{2}[A-Z][0-9]{5}" + _RIGHT, 0.5),
        Pattern("passport", _LEFT + r"[MSRODG][0-9]{8}" + _RIGHT, 0.25),
        Pattern("letter + 8 digits", _LEFT + r"[A-Z][0-9]{8}" + _RIGHT, 0.2),
        Pattern("foreign", _LEFT + r"(?=(?:[A-Z]*[0-9]){5})(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,9}" + _RIGHT, 0.15),
        Pattern("foreign digits", _LEFT + r"[0-9]{8,9}" + _RIGHT, 0.15),  # e.g. US passports: context decides
        # Letters and only three or four digits (Germany's `C4KLM7R21`): only right after the label or under its column.
        Pattern("few digits", _LEFT + r"(?=(?:[A-Z]*[0-9]){3})(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{8,9}" + _RIGHT, 0.15),
        # Written with spaces (`M 2045 8713`, `B 4471023`, Russia's `75 4418290`): only right after the label.
        Pattern("spaced", _LEFT + r"(?=[A-Z0-9 ]* )(?:[A-Z]{1,2} ?[0-9]{2,4} ?[0-9]{3,7}|[0-9]{2} [0-9]{7})" + _RIGHT, 0.15),
        # Partly masked (`M123****5`, `M12*****8`) or read by OCR with look-alike letters (`M2O4l5573`):
        # only right after the label or under a 여권 column.
        Pattern("masked", _LEFT + r"[A-Z]{1,2}[0-9]{1,4}[*＊]{3,7}[0-9]{0,3}(?![A-Za-z0-9*＊])", 0.15),
        Pattern("read by OCR", _LEFT + r"(?=[A-Z][0-9OIl]*[0-9][0-9OIl]*[OIl])[A-Z][0-9OIl]{7,8}" + _RIGHT, 0.15),
    )
    CONTEXT = ("여권", "passport", "패스포트", "pp", "여권번호", "passport no", "护照", "旅券", "pspt")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if COMPACT_DATE.fullmatch(match.group()):
            return None  # `19NOV1983` beside a passport: its holder's birth date (birth_date.py)
        if pattern.name == "spaced" and not 7 <= sum(c.isdigit() for c in match.group()) <= 9:
            return None
        if pattern.name in ("masked", "read by OCR") and not 8 <= len(match.group()) <= 9:
            return None
        if pattern.name == "read by OCR" and sum(c in "OIl" for c in match.group()) > 2:
            return None  # mostly letters: a word, not a number read badly
        if pattern.name in ("foreign digits", "few digits", "spaced", "masked", "read by OCR"):
            # nine digits are many things: only right after the label or under a 여권 column
            if label_before(text, match.start(), _LABELS, window=40) or under_column(text, match.start(), _HEADER):
                return 0.85
            return None
        score = super().score_match(match, pattern, text)
        if score and score < 0.85 and under_column(text, match.start(), _HEADER):
            return 0.85  # a value in a 여권번호 column
        return score
