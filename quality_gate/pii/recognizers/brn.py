"""KR_BRN (사업자등록번호): ddd-dd-ddddd with the tax-office check digit.

A dashed number passing the check is reported on its own; a bare 10-digit number passing the check
(1 in 10 random numbers does) or a dashed one failing it needs context (사업자 ...). Only a sole
proprietor's number is personal: middle codes 80-89 belong to corporations, public bodies and
associations (xxx-81-xxxxx, xxx-82-, xxx-86- ...); they are masked only while
`pii.corporate_brn_personal` is true (configs/quality_gate.yaml).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.checksums import brn_checksum_ok, digits_only
from quality_gate.pii.recognizers.base import NUM_END, NUM_START, KoreanPatternRecognizer


class KoreanBrnRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_BRN"
    QUICK = r"[0-9]{5}"
    PATTERNS = (
        Pattern("dashed", NUM_START + r"[0-9]{3}-[0-9]{2}-[0-9]{5}" + NUM_END, 0.6),
        # Spaced dashes, as receipts print it (`132 - 27 - 61048`): only with its checksum.
        Pattern("spaced dashes", NUM_START + r"[0-9]{3} - [0-9]{2} - [0-9]{5}" + NUM_END, 0.6),
        Pattern("bare", NUM_START + r"[0-9]{10}" + NUM_END, 0.2),
    )
    CONTEXT = ("사업자", "등록번호", "사업장", "가맹점", "상호", "법인", "세금계산서", "brn")
    NEGATIVE_CONTEXT = ("접수번호", "민원번호", "신청번호", "고객번호", "주문번호", "송장", "계좌")

    def __init__(self, supported_language: str = "ko", corporate_personal: bool = True):
        super().__init__(supported_language)
        self.corporate_personal = corporate_personal

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        digits = digits_only(match.group())
        if digits[3] == "8" and not self.corporate_personal:
            return None  # a corporation's or public body's number
        valid = brn_checksum_ok(digits)
        if pattern.name == "spaced dashes":
            return 0.6 if valid else None
        if pattern.name == "dashed":
            return 0.6 if valid else 0.2
        return 0.2 if valid else None
