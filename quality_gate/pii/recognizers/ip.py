"""IP_ADDRESS: IPv4 (octets 0-255) and IPv6 (validated with the ipaddress module).

A dotted quad right after 버전/version/v is a version number, not an address.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_VERSION_BEFORE = re.compile(r"(?:버전|version|ver\.?|v\.?|펌웨어|firmware|빌드|build)\s*$", re.IGNORECASE)


class KoreanIpAddressRecognizer(KoreanPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    QUICK = r"[0-9]\.[0-9]|:[0-9A-Fa-f]*:"
    PATTERNS = (
        Pattern("ipv4", rf"(?<![0-9A-Za-z.]){_OCTET}(?:\.{_OCTET}){{3}}(?![0-9A-Za-z]|\.[0-9])", 0.6),
        Pattern("ipv6", r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|:|(?:[0-9]{1,3}\.){3}[0-9]{1,3})?"
                r"(?![0-9A-Za-z:])", 0.85),
    )
    CONTEXT = ("ip", "아이피", "접속", "주소", "서버", "로그", "address")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if pattern.name == "ipv4":
            if _VERSION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                return None
            return pattern.score
        if value.count(":") < 2 or "::" not in value and value.count(":") != 7:
            return None
        try:
            ipaddress.IPv6Address(value)
        except ValueError:
            return None
        return pattern.score
