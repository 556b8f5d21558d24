"""Object keys are built only from validated segments.

A key is `/`-separated segments of a conservative alphabet. Anything that could escape a prefix
(`..`, an absolute path, a backslash, a control character) is refused before it reaches a backend,
so a tenant-supplied file name can never address another tenant's area.
"""

from __future__ import annotations

import re
import unicodedata

# Letters (incl. Hangul), digits, and a few separators; no slash, no control characters.
_SEGMENT = re.compile(r"^[\w.\-=+@()]+$", re.UNICODE)
MAX_KEY_LENGTH = 1024


class InvalidKeyError(ValueError):
    """An object key or key segment that is unsafe or malformed."""


def validate_segment(segment: str) -> str:
    if not isinstance(segment, str) or not segment:
        raise InvalidKeyError("empty key segment")
    if segment in {".", ".."}:
        raise InvalidKeyError("relative path segment '.' or '..' is not allowed")
    if any(unicodedata.category(ch).startswith("C") for ch in segment):
        raise InvalidKeyError("key segment contains control or invisible characters")
    if not _SEGMENT.match(segment):
        raise InvalidKeyError(
            "key segment may contain only letters, digits and . _ - = + @ ( ) "
            f"(got {len(segment)} characters with others)"
        )
    return unicodedata.normalize("NFC", segment)


def validate_key(key: str) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidKeyError("empty object key")
    if key.startswith("/") or "\\" in key:
        raise InvalidKeyError("object key must be relative and use '/' separators")
    if len(key) > MAX_KEY_LENGTH:
        raise InvalidKeyError(f"object key longer than {MAX_KEY_LENGTH} characters")
    return "/".join(validate_segment(s) for s in key.split("/"))


def join_key(*parts: str) -> str:
    """Join validated parts; each part may itself be a multi-segment key."""
    return validate_key("/".join(p.strip("/") for p in parts if p))
