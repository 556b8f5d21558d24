"""IP_ADDRESS: IPv4 (octets 0-255) and IPv6 (validated with the ipaddress module).

A dotted quad right after 버전/version/v/빌드/Chrome/... is a version number, and a subnet mask
(255.255.255.0, 255.255.240.0, a wildcard 0.0.0.255) or a quad right after 서브넷/넷마스크/mask is a
mask, not an address.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers import fast_regex

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_VERSION_BEFORE = fast_regex.compile(
    r"(?:^|(?<=[^A-Za-z]))(?:버전|version|ver\.?|v\.?|펌웨어|firmware|빌드|build|릴리스|릴리즈|release|패치|patch|업데이트|update|"
    r"앱|app|ios|android|안드로이드|os|[A-Za-z]/|서브넷\s?마스크|서브넷|넷마스크|netmask|subnet\s?mask|mask|마스크|"
    r"게이트웨이\s?마스크|oid)\s*[:=]?\s*$",
    re.IGNORECASE,
)


def is_mask(value: str) -> bool:
    """255.255.255.0-style netmasks and their 0.0.0.255-style wildcards."""
    number = int(ipaddress.IPv4Address(value))
    for candidate in (number, number ^ 0xFFFFFFFF):
        if candidate >> 24 == 0xFF and ((~candidate & 0xFFFFFFFF) + 1) & (~candidate & 0xFFFFFFFF) == 0:
            return True
    return False


class KoreanIpAddressRecognizer(KoreanPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    QUICK = r"[0-9]\.[0-9]|:[0-9A-Fa-f]*:"
    PATTERNS = (
        Pattern("ipv4", rf"(?<![0-9A-Za-z.]){_OCTET}(?:\.{_OCTET}){{3}}(?![0-9A-Za-z]|\.[0-9])", 0.6),
        # Masked as logs and boards show them: `39.7.48.xxx`, `175.223.41.*`, `211.246.*.*` (the first two
        # octets still locate the subscriber's network).
        Pattern("ipv4 masked", rf"(?<![0-9A-Za-z.*]){_OCTET}\.{_OCTET}(?:\.(?:{_OCTET}|\*{{1,3}}|[xX]{{1,3}})){{2}}"
                r"(?![0-9A-Za-z*]|\.[0-9*])", 0.6),
        Pattern("ipv6", r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|:|(?:[0-9]{1,3}\.){3}[0-9]{1,3})?"
                r"(?![0-9A-Za-z:])", 0.85),
    )
    CONTEXT = ("ip", "아이피", "접속", "주소", "서버", "로그", "address")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if pattern.name == "ipv4 masked":
            return pattern.score if re.search(r"[*xX]", value) and not _VERSION_BEFORE.search(
                text[max(0, match.start() - 16):match.start()]) else None
        if pattern.name == "ipv4":
            if _VERSION_BEFORE.search(text[max(0, match.start() - 16) : match.start()]) or is_mask(value):
                return None
            return pattern.score
        if value.count(":") < 2 or "::" not in value and value.count(":") != 7:
            return None
        try:
            ipaddress.IPv6Address(value)
        except ValueError:
            return None
        return pattern.score
