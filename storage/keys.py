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
# Limits are in UTF-8 bytes, as S3 counts them (1024 per key) and as file systems count a file
# name (255): a Hangul syllable is 3 bytes, so a character count would let too-long keys through.
MAX_KEY_LENGTH = 1024
MAX_SEGMENT_BYTES = 255


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
    segment = unicodedata.normalize("NFC", segment)
    if len(segment.encode("utf-8")) > MAX_SEGMENT_BYTES:
        raise InvalidKeyError(f"key segment longer than {MAX_SEGMENT_BYTES} bytes in UTF-8")
    return segment


def validate_key(key: str) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidKeyError("empty object key")
    if key.startswith("/") or "\\" in key:
        raise InvalidKeyError("object key must be relative and use '/' separators")
    if len(key) > MAX_KEY_LENGTH:  # cheap early refusal; the byte limit is checked below
        raise InvalidKeyError(f"object key longer than {MAX_KEY_LENGTH} bytes in UTF-8")
    key = "/".join(validate_segment(s) for s in key.split("/"))
    if len(key.encode("utf-8")) > MAX_KEY_LENGTH:
        raise InvalidKeyError(f"object key longer than {MAX_KEY_LENGTH} bytes in UTF-8")
    return key


def validate_prefix(prefix: str) -> str:
    """A listing prefix: "" (everything), whole segments ending in '/', or a key's leading part.

    Every complete segment is checked like a key segment; the last, partial one only for its
    characters (so "a/.", a prefix of the valid key "a/.hidden", is allowed). Returns it NFC-normalized.
    """
    if not isinstance(prefix, str):
        raise InvalidKeyError("prefix must be a string")
    if not prefix:
        return ""
    if prefix.startswith("/") or "\\" in prefix:
        raise InvalidKeyError("prefix must be relative and use '/' separators")
    if len(prefix) > MAX_KEY_LENGTH:
        raise InvalidKeyError(f"prefix longer than {MAX_KEY_LENGTH} bytes in UTF-8")
    *folders, last = prefix.split("/")
    parts = [validate_segment(s) for s in folders]
    if last:
        if any(unicodedata.category(ch).startswith("C") for ch in last) or not _SEGMENT.match(last):
            raise InvalidKeyError("prefix contains characters that no key may contain")
        last = unicodedata.normalize("NFC", last)
    return "/".join(parts + [last])


def join_key(*parts: str) -> str:
    """Join validated parts; each part may itself be a multi-segment key."""
    return validate_key("/".join(p.strip("/") for p in parts if p))
