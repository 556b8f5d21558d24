"""KR_DRIVER_LICENSE: region (name or code 11-26, 28) + 2-digit year + 6-digit serial + 2 digits.

Written with a region name (`서울 12-345678-90`) it is unambiguous. With a numeric region code it
must be separated 2-2-6-2; a bare 12-digit number is only a licence with context (면허 ...):
receipt numbers like 202401150001 start with a valid region code too.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import NUM_END, NUM_START, KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import under_column
from quality_gate.pii.recognizers import fast_regex

_HEADER = fast_regex.compile(r"면허|license|licence", re.IGNORECASE)

_REGION_NAMES = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종"
_REGION_CODES = r"(?:1[1-9]|2[0-6]|28)"
_S = r"[- ]"


class KoreanDriverLicenseRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_DRIVER_LICENSE"
    QUICK = r"[0-9*]{6}"
    PATTERNS = (
        Pattern("region name", rf"(?<![가-힣])(?:{_REGION_NAMES})\s?[0-9]{{2}}{_S}?[0-9*]{{6}}{_S}?[0-9*]{{2}}" + NUM_END, 0.85),
        Pattern("region code, separated", NUM_START + _REGION_CODES + rf"{_S}[0-9]{{2}}{_S}[0-9*]{{6}}{_S}[0-9*]{{2}}" + NUM_END, 0.6),
        Pattern("bare", NUM_START + _REGION_CODES + r"[0-9]{10}" + NUM_END, 0.2),
        # Grouped otherwise (`1103-019284-41`, `1306431229-70`), or with the region left out (`14-227816-52`):
        # only with context.
        Pattern("region code, 4-6-2", NUM_START + _REGION_CODES + r"[0-9]{2}-[0-9*]{6}-[0-9*]{2}" + NUM_END, 0.2),
        Pattern("region code, 10-2", NUM_START + _REGION_CODES + r"[0-9]{8}-[0-9*]{2}" + NUM_END, 0.2),
        Pattern("no region", NUM_START + r"[0-9]{2}-[0-9*]{6}-[0-9*]{2}" + NUM_END, 0.2),
    )
    CONTEXT = ("면허", "운전", "license", "licence", "적성검사")
    NEGATIVE_CONTEXT = ("접수번호", "민원번호", "신청번호", "사건번호", "주문번호", "송장", "고객번호", "관리번호", "계좌")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if pattern.score < 0.5 and under_column(text, match.start(), _HEADER):
            return 0.85  # a value in a 면허번호 column, whatever its grouping
        return pattern.score
