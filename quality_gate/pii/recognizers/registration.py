"""KR_RRN (주민등록번호) and KR_FRN (외국인등록번호): YYMMDD-GNNNNNN.

Numbers issued before October 2020 carry a check digit; later ones do not, and only people
registered since then (born from October 2020, by the birth date) can hold one. So a number with
a valid check digit is certain; one born since October 2020 (no check digit to test) counts when
written as an identifier (with the usual dash); any other number whose check digit fails is either
mistyped (still masked when written with the dash, 0.6) or an order, reservation or receipt number
shaped like a resident number: a value right after 주문번호/예약번호/송장/법인등록번호 ... is dropped,
unless a resident-number word stands closer. A bare 13-digit valid EAN-13 barcode is let go. Partly masked forms (`900101-1******`, `900101-*******`) are still masked:
the birth date alone identifies too much.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.checksums import birth_date_ok, ean13_ok, frn_checksum_ok, rrn_checksum_ok
from quality_gate.pii.recognizers.base import MAX_SCORE, NUM_START, KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import under_column
from quality_gate.pii.recognizers import fast_regex

_MASKS = "*xX#●○"
_BIRTH = r"(?P<birth>[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
# Dash (optionally spaced), a space, or the words people write between the halves ("뒷자리").
_SEP = r"(?P<sep>\s?-\s?|\s?(?:뒷자리|뒷번호|뒤\s?7자리)\s?[:은는]?\s?|\s)?"


def _pattern(genders: str) -> str:
    # The back half: 7 digits, or the gender digit and a few digits followed by however many
    # asterisks the writer typed (people do not count them: `1******`, `1*******`, `12*****`).
    # Masks: `*`, or `x`/`#`/`●` as some people type them (`460301-2xxxxxx`, `670301-1734##`, `520418-2●●●●●●`).
    # The back half may be split as a form's boxes print it: `781230-2049 711`.
    back = rf"(?P<back>[{genders}][0-9]{{6}}|[{genders}][0-9]{{3}} [0-9]{{3}}|[{genders}][0-9]{{0,5}}[{_MASKS}]{{2,8}})"
    return NUM_START + _BIRTH + _SEP + back + rf"(?![0-9{_MASKS}])(?!-[0-9])"


def issued_without_checksum(birth: str, gender: str | None) -> bool:
    """Numbers first issued from October 2020 have no check digit: birth date >= 2020-10-01."""
    if gender not in ("3", "4", "7", "8"):
        return False
    return birth >= "201001"


NEGATIVE_CONTEXT = (
    "주문번호", "주문 번호", "예약번호", "예약 번호", "송장", "운송장", "접수번호", "영수증", "승인번호", "거래번호",
    "관리번호", "문서번호", "사건번호", "법인등록번호", "법인번호", "등기번호", "고객번호", "회원번호", "티켓",
    "order", "booking", "tracking", "invoice", "receipt",
)


# A form field for either number, the resident one first: `주민등록번호(법인등록번호)`, `주민번호/사업자번호`.
_EITHER_LABEL = fast_regex.compile(r"주민(?:등록)?\s?번호\s?[(/·]\s?$")


class _RegistrationNumberRecognizer(KoreanPatternRecognizer):
    GENDERS = ""
    QUICK = r"[0-9]{6}"
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT
    NEGATIVE_WINDOW = 16
    _POSITIVE = fast_regex.compile(r"주민|등록번호|생년월일|외국인|resident|jumin", re.IGNORECASE)

    def negative_before(self, text: str, start: int) -> bool:
        """주문번호 just before the value, unless a resident-number word stands between them, or the form's
        label names both (`주민등록번호(법인등록번호): `)."""
        window_start = max(0, start - self.NEGATIVE_WINDOW)
        last = None
        for match in self._negative.finditer(text, window_start, start):
            last = match
        if last is None:
            return False
        if _EITHER_LABEL.search(text, max(0, last.start() - 12), last.start()):
            return False
        return self._POSITIVE.search(text, last.end(), start) is None

    def checksum_ok(self, digits: str) -> bool:
        raise NotImplementedError

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        birth = match.group("birth")
        back = match.group("back")
        separated = match.group("sep") is not None and ("-" in match.group("sep") or "뒤" in match.group("sep"))
        gender = back[0] if back[0].isdigit() else None
        if not birth_date_ok(birth, gender):
            return None
        if any(mark in back for mark in _MASKS):
            # Partly masked: the birth date (and gender) still show.
            if gender is None:
                return 0.6 if separated else 0.3
            return 0.85 if separated else 0.5
        digits = birth + back.replace(" ", "")
        if self.checksum_ok(digits):
            return MAX_SCORE
        if not issued_without_checksum(birth, gender):
            # Check digit wrong: a mistyped number (still masked when written as one) or an order /
            # reservation number shaped like one (dropped by its context, negative_before).
            return 0.6 if separated else 0.3
        if separated or match.group("sep"):
            return 0.85 if separated else 0.6
        if ean13_ok(digits):
            return 0.15
        return 0.45


class KoreanRrnRecognizer(_RegistrationNumberRecognizer):
    """Resident registration number: gender/century digit 1-4 (or a fully masked back half)."""

    ENTITY = "KR_RRN"
    PATTERNS = (
        Pattern("rrn", _pattern("1-4"), 0.5),
        Pattern("rrn masked back", NUM_START + _BIRTH + r"(?P<sep>\s?-\s?)(?P<back>\*{5,8})(?![0-9*])", 0.5),
        # The front half alone (and its gender digit) after the number's name: `주민번호 앞자리 790921`,
        # `주민등록번호 앞자리만 기재 → 020805-4`. (After 생년월일 앞자리 it is a birth date: birth_date.py.)
        Pattern("rrn front", NUM_START + _BIRTH + r"(?:\s?-\s?(?P<gender>[1-4]))?(?![0-9*xX#])(?!-[0-9])", 0.85),
        # Cut short, as people type it or stop reading it out (`주민번호 890507-2112`, `주민번호가 380411-20671`).
        Pattern("rrn cut short", NUM_START + _BIRTH + r"\s?-\s?(?P<gender>[1-4])[0-9]{1,5}(?![0-9*xX#●○])(?!-[0-9])", 0.85),
        # The back half alone after its name or under its column: `아빠 주민번호 뒷자리 1035211 맞지?`, and
        # masked after its gender digit (a column `주민번호 뒷자리` holding `2******`).
        Pattern("rrn back alone", r"(?<![0-9-])[1-8][0-9]{6}(?![0-9])(?!-[0-9])", 0.85),
        Pattern("rrn back masked", rf"(?<![0-9-])[1-8][{_MASKS}]{{6}}(?![0-9{_MASKS}])", 0.85),
    )
    QUICK = r"[0-9]{6}|뒷\s?자리|뒷\s?번호|뒤\s?7"
    CONTEXT = ("주민등록번호", "주민번호", "주민등록", "생년월일", "등록번호", "주민", "resident", "rrn", "jumin")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if pattern.name in ("rrn back alone", "rrn back masked"):
            return pattern.score if (_BACK_NAMED_BEFORE.search(text, max(0, match.start() - 20), match.start())
                                     or under_column(text, match.start(), _BACK_HEADER)) else None
        if pattern.name not in ("rrn front", "rrn cut short"):
            return super().score_match(match, pattern, text)
        if not birth_date_ok(match.group("birth"), match.group("gender")):
            return None
        named = _NAMED_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if named is None:
            # A column `주민번호앞` / `주민번호 앞자리` above it (CSV, tables): the front half, not a birth date.
            return pattern.score if under_column(text, match.start(), _FRONT_HEADER) else None
        # `주민번호(생년월일) 900102`: the closer label says birth date (birth_date.py reads it).
        return pattern.score if "생년월일" not in named.group() else None

    def checksum_ok(self, digits: str) -> bool:
        return rrn_checksum_ok(digits)


_BACK_HEADER = fast_regex.compile(r"주민(?:등록)?\s?번호\s?(?:뒷\s?자리|뒷\s?번호|뒤)")
_BACK_NAMED_BEFORE = fast_regex.compile(r"주민(?:등록)?\s?번호\s?(?:의\s?)?(?:뒷\s?자리|뒷\s?번호|뒤\s?7\s?자리)[은는이가도:]?\s?(?:[:=]\s?)?$")
# The number's name shortly before, with no digit between (`주민번호 뒷자리 뭐였지? 앞은 580917`).
_NAMED_BEFORE = fast_regex.compile(r"주민(?:등록)?\s?번호(?:앞\s?6\s?자리|[^0-9\n]){0,16}$"
                                   r"|(?<![A-Za-z])(?i:rrn|jumin)[_ -]?(?i:front|first|head|6)\s?[:=]\s?[\"']?$")
_FRONT_HEADER = fast_regex.compile(r"^\W*주민(?:등록)?\s?번호\s?(?:\(?\s?)?앞")


class KoreanFrnRecognizer(_RegistrationNumberRecognizer):
    """Foreigner registration number: gender/century digit 5-8."""

    ENTITY = "KR_FRN"
    PATTERNS = (Pattern("frn", _pattern("5-8"), 0.5),)
    CONTEXT = ("외국인등록번호", "외국인번호", "외국인", "등록번호", "등록증", "체류", "frn", "alien")

    def checksum_ok(self, digits: str) -> bool:
        return frn_checksum_ok(digits)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        score = super().score_match(match, pattern, text)
        if score is None and _FRN_NAMED.search(text, max(0, match.start() - 24), match.start()) \
                and birth_date_ok(match.group("birth"), None):
            return 0.85  # the century digit off (`900302-7******`: 7 is for 2000s births), but named as one
        return score


# The number's name right before it (a colon, a space or an opening bracket between).
_FRN_NAMED = fast_regex.compile(r"(?:외국인\s?등록\s?번호|외국인\s?번호|등록증\s?번호)\s?[:：(]?\s?$")
