"""Broad, fail-closed checks for the residual scan over already-masked text.

These rules are deliberately looser than the recognizers: they look at digit sequences joined by
any single separator (`010~1234~5678`, `010/1234/5678`, `900101_1234567`), at anything shaped like
an e-mail around `@` or its spellings, and report the entity type, never the value.
"""

from __future__ import annotations

import re

from quality_gate.pii.checksums import birth_date_ok, ean13_ok, frn_checksum_ok, luhn_ok, rrn_checksum_ok
from quality_gate.pii.recognizers.email import public_mailbox
from quality_gate.pii.recognizers.phone import public_line
from quality_gate.pii.recognizers.registration import NEGATIVE_CONTEXT as REGISTRATION_NEGATIVE_CONTEXT
from quality_gate.pii.recognizers.registration import issued_without_checksum

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
_AT_SIGN = re.compile(r"\s{0,2}(?:@|[\[\({<]\s?(?:at|골뱅이|앳)|골뱅이|앳)", re.IGNORECASE)


def _local_and_domain(address: str) -> tuple[str, str]:
    pieces = _AT_SIGN.split(address, maxsplit=1)
    return (pieces[0], pieces[1]) if len(pieces) == 2 else (address, "")


def _not_a_registration_number(text: str, start: int, digits: str) -> bool:
    """An order/reservation/receipt number shaped like a resident number: check digit wrong, not a
    post-2020 number (which has none), and a word such as 주문번호 right before it."""
    checksum = rrn_checksum_ok if digits[6] in "1234" else frn_checksum_ok
    if checksum(digits) or issued_without_checksum(digits[:6], digits[6]):
        return False
    return any(word in text[max(0, start - 16) : start] for word in REGISTRATION_NEGATIVE_CONTEXT)


def broad_scan(text: str, public_phone: re.Pattern | None = None, public_mailboxes: frozenset[str] = frozenset()) -> set[str]:
    """Entity types that digit runs or e-mail shapes in `text` look like. `public_phone`: words that
    make a landline an organisation's line (configs/quality_gate.yaml pii.public_phone_context; phone.public_line)."""
    found: set[str] = set()
    for match in _DIGIT_SEQUENCE.finditer(text):
        value = match.group()
        digits = "".join(c for c in value if c.isdigit() or c == "*")
        plain = digits.replace("*", "")
        n = len(digits)
        if n == 13 and digits[:6].isdigit() and digits[6] in "12345678":
            if birth_date_ok(digits[:6], digits[6]) and not (ean13_ok(plain) and plain.startswith("88")) and not (
                    plain == digits and _not_a_registration_number(text, match.start(), digits)):
                found.add("KR_RRN" if digits[6] in "1234" else "KR_FRN")
        if 9 <= n <= 11 and _PHONE_PREFIX.match(digits) and len(plain) >= 7 and (n >= 10 or digits.startswith("02")):
            public = not digits.startswith("01") and public_line(text, match.start(), public_phone, end=match.end())
            if not public:
                found.add("PHONE_NUMBER")
        if 13 <= n <= 19 and plain == digits and digits[0] in "345679" and luhn_ok(digits) and len(value) > n:
            found.add("CREDIT_CARD")
    if "@" in text or "골뱅이" in text or "앳" in text or "at" in text.lower():
        for match in _EMAIL_LIKE.finditer(text):
            local, domain = _local_and_domain(match.group())
            if not public_mailbox(local, domain, public_mailboxes, text, match.start()):  # as the recognizer leaves it
                found.add("EMAIL_ADDRESS")
                break
    return found
