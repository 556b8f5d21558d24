"""KR_PASSPORT: M/S/R/O/D/G + 8 digits (before 2021) or + 3 digits, a letter, 4 digits (since 2021).

The new form is distinctive enough on its own; the old one needs context (여권 ...).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"


class KoreanPassportRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_PASSPORT"
    QUICK = r"[MSRODG][0-9]{3}"
    PATTERNS = (
        Pattern("passport 2021", _LEFT + r"[MSRODG][0-9]{3}[A-Z][0-9]{4}" + _RIGHT, 0.5),
        Pattern("passport", _LEFT + r"[MSRODG][0-9]{8}" + _RIGHT, 0.25),
    )
    CONTEXT = ("여권", "passport", "패스포트", "pp")
