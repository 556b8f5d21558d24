"""Broad, fail-closed checks for the residual scan over already-masked text.

These rules are deliberately looser than the recognizers: they look at digit sequences joined by
any single separator (`010~1234~5678`, `010/1234/5678`, `900101_1234567`), at anything shaped like
an e-mail around `@` or its spellings, and report the entity type, never the value.
"""

from __future__ import annotations

import re

from quality_gate.pii.checksums import birth_date_ok, ean13_ok, luhn_ok

# Digit groups joined by at most one separator character (or one space).
_DIGIT_SEQUENCE = re.compile(
    r"(?<![0-9A-Za-z])[0-9*](?:[0-9*]|(?: ?[^\w\s,，、;] ?|_| )(?=[0-9*]))*[0-9*](?![0-9A-Za-z])"
)
_PHONE_PREFIX = re.compile(r"0(?:1[016789]|2|[3-6][1-5]|70|50[2-8])")
_EMAIL_LIKE = re.compile(
    r"(?:[A-Za-z0-9._%+\-]+\s{0,2}(?:@|[\[\({<]\s?(?:at|골뱅이|앳)\s?[\]\)}>]|골뱅이|앳)\s{0,2}|@\s?)"
    r"[A-Za-z0-9\-]+(?:\s{0,2}(?:\.|[\[\({<]\s?(?:dot|점)\s?[\]\)}>]|점)\s{0,2}[A-Za-z0-9\-]+)+",
    re.IGNORECASE,
)


def broad_scan(text: str) -> set[str]:
    found: set[str] = set()
    for match in _DIGIT_SEQUENCE.finditer(text):
        value = match.group()
        digits = "".join(c for c in value if c.isdigit() or c == "*")
        plain = digits.replace("*", "")
        n = len(digits)
        if n == 13 and digits[:6].isdigit() and digits[6] in "12345678":
            if birth_date_ok(digits[:6], digits[6]) and not (ean13_ok(plain) and plain.startswith("88")):
                found.add("KR_RRN" if digits[6] in "1234" else "KR_FRN")
        if 9 <= n <= 11 and _PHONE_PREFIX.match(digits) and len(plain) >= 7 and (n >= 10 or digits.startswith("02")):
            found.add("PHONE_NUMBER")
        if 13 <= n <= 19 and plain == digits and digits[0] in "345679" and luhn_ok(digits) and len(value) > n:
            found.add("CREDIT_CARD")
    if "@" in text or "골뱅이" in text or "앳" in text or "at" in text.lower():
        if _EMAIL_LIKE.search(text):
            found.add("EMAIL_ADDRESS")
    return found
