"""CREDIT_CARD: 13-19 digit card numbers with a Luhn check, including domestic 9xxx cards.

Grouped 4-4-4-4 (space, dash or dot), Amex 4-6-5, Diners 4-6-4, or bare. A Luhn-valid grouped
number is certain; a bare one only when it has a card length (15/16) and card prefix; a grouped
number that fails Luhn (a typo) or a masked one (`5412-75**-****-3391`) needs card context.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.checksums import digits_only, luhn_ok
from quality_gate.pii.recognizers.base import MAX_SCORE, NUM_END, NUM_START, KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import under_column
from quality_gate.pii.recognizers import fast_regex

# What card numbers are masked with: stars, as most apps print them, or the blocks and dots of some
# issuers' statements (`9410 3322 ■■■■ 7615`, `4518-●●●●-●●●●-2291`).
_MASKS = "*＊■●"
# Letters X mask them too (`4147 20XX XXXX 7733`), but also stand in many codes: only where a card is named.
_NAMED_MASKS = _MASKS + "Xx"


class KoreanCardRecognizer(KoreanPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    QUICK = r"[0-9]{4}"
    PATTERNS = (
        Pattern("grouped", NUM_START + rf"[0-9]{{4}}(?P<s>[- .])[0-9{_MASKS}]{{4}}(?P=s)[0-9{_MASKS}]{{4}}(?P=s)[0-9{_MASKS}]{{1,4}}"
                rf"(?:(?P=s)[0-9]{{1,3}})?(?![0-9{_MASKS}])(?![-.][0-9])", 0.6),
        Pattern("amex/diners", NUM_START + r"3[0-9]{3}(?P<s>[- ])[0-9]{6}(?P=s)[0-9]{4,5}" + NUM_END, 0.6),
        Pattern("bare", NUM_START + r"[0-9]{13,19}" + NUM_END, 0.3),
        # Masked as card issuers and apps print them: `****-****-****-2291`, `5310-**-****-7702` (a group
        # shortened to its stars); only after a card word (_CARD_BEFORE).
        Pattern("masked groups", NUM_START + rf"(?<![0-9{_NAMED_MASKS}])[0-9{_NAMED_MASKS}]{{4}}(?P<s>[- ])[0-9{_NAMED_MASKS}]{{2,4}}"
                rf"(?P=s)[0-9{_NAMED_MASKS}]{{4}}(?P=s)[0-9{_NAMED_MASKS}]{{4}}(?![0-9{_NAMED_MASKS}])(?![-.][0-9])", 0.6),
        # American Express masked in its 4-6-5 groups (`3712 XXXXXX X1004`).
        Pattern("masked amex", NUM_START + rf"3[47][0-9]{{2}}(?P<s>[- ])[0-9{_NAMED_MASKS}]{{6}}(?P=s)[0-9{_NAMED_MASKS}]{{5}}"
                rf"(?![0-9{_NAMED_MASKS}])", 0.6),
        # Masked in one run as payment logs print it (`pan=536510******4417`); only after a card word or
        # under a 카드번호 column.
        Pattern("masked run", NUM_START + rf"(?<![0-9{_MASKS}])[0-9]{{4,6}}[{_MASKS}]{{6,9}}[0-9]{{4}}(?![0-9{_MASKS}])", 0.6),
    )
    CONTEXT = ("카드", "결제", "신용", "체크", "card", "visa", "master", "승인", "할부")
    NEGATIVE_CONTEXT = ("송장", "운송장", "주문번호", "접수번호", "바코드", "고객번호", "계좌", "관리번호", "증권번호")

    def negative_before(self, text: str, start: int) -> bool:
        """As the base, unless a column headed for cards holds the value: in `계좌이체 | 9410-61**-****-2207`
        under `변경 카드` the account word is the cell before it (the old way of paying), while in a
        label-value row `| 계좌 | …` it still vetoes."""
        return super().negative_before(text, start) and not under_column(text, start, _CARD_BEFORE)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        digits = digits_only(value)
        masks = sum(c in _NAMED_MASKS for c in value)
        if pattern.name in ("masked groups", "masked run", "masked amex"):
            return 0.6 if (len(digits) >= 4 and masks >= 4 and (pattern.name != "masked run" or len(value) in (15, 16))
                           and (_CARD_BEFORE.search(text, max(0, match.start() - 24), match.start())
                                or under_column(text, match.start(), _CARD_BEFORE))) else None
        if masks:
            if len(digits) < 4 or len(digits) + masks not in (15, 16):
                return None
            return 0.6
        if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
            return None
        if luhn_ok(digits):
            if pattern.name != "bare":
                return MAX_SCORE
            if len(digits) in (15, 16) and digits[0] in "345679":
                return 0.6
            return 0.3
        if pattern.name == "grouped":
            return 0.2  # a mistyped card number: masked when card context is near
        if len(digits) == 16 and digits[0] in "345679":
            return 0.15
        return None


_CARD_BEFORE = fast_regex.compile(r"카드|card|(?<![a-z])pan\b", re.IGNORECASE)
