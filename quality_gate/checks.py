"""Record-level checks. Each returns a quarantine reason or None; none of them reads more than it needs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_DATE_FORMATS = (
    "%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d", "%Y%m%d",
    "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y.%m.%d %H:%M", "%Y/%m/%d %H:%M",
    "%Y-%m-%dT%H:%M:%S", "%Y. %m. %d.", "%Y. %m. %d",
)


def normalise_text(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def content_fingerprint(title: str, body: str) -> str:
    """Identity of a complaint's content for exact-duplicate detection (whitespace-insensitive)."""
    canonical = _SPACES.sub(" ", f"{title}\n{body}".strip())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hangul_ratio(text: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return len(_HANGUL.findall(text)) / len(letters)


def parse_date(value: str) -> date | None:
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None
