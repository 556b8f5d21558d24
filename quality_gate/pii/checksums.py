"""Check digits and date checks used by the recognizers (pure functions on digit strings)."""

from __future__ import annotations

import datetime

_RN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_BRN_KEYS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}


def digits_only(value: str) -> str:
    return "".join(c for c in value if "0" <= c <= "9")


def birth_date_ok(yymmdd: str, gender: str | None, today: datetime.date | None = None) -> bool:
    """YYMMDD is a real date in the century the gender digit implies, and not in the future."""
    today = today or datetime.date.today()
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    centuries = [_CENTURY[gender]] if gender in _CENTURY else [1900, 2000]
    for century in centuries:
        try:
            born = datetime.date(century + yy, mm, dd)
        except ValueError:
            continue
        if born <= today:
            return True
    return False


def rrn_checksum_ok(digits: str) -> bool:
    if len(digits) != 13:
        return False
    total = sum(int(digits[i]) * _RN_WEIGHTS[i] for i in range(12))
    return (11 - total % 11) % 10 == int(digits[12])


def frn_checksum_ok(digits: str) -> bool:
    if len(digits) != 13:
        return False
    total = sum(int(digits[i]) * _RN_WEIGHTS[i] for i in range(12))
    return (13 - total % 11) % 10 == int(digits[12])


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 12:
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def brn_checksum_ok(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    total = sum(d[i] * _BRN_KEYS[i] for i in range(8))
    last = d[8] * _BRN_KEYS[8]
    total += last // 10 + last
    return (10 - total % 10) % 10 == d[9]


def ean13_ok(digits: str) -> bool:
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])
