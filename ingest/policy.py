"""What an upload may be: its name, its size, its content. Every refusal has a code and a reason.

The same checks run wherever a file enters (presign, SFTP sweep, registration of an object written
with a tenant's own S3 credentials), so the three paths cannot disagree. Content is only *looked at*
(first bytes, a ZIP's central directory): an archive is never expanded here, so a zip bomb costs
the size of its directory to refuse.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from configuration.models import UploadSettings
from storage.keys import InvalidKeyError, validate_segment

MAX_NAME_BYTES = 200
_NAME_ALLOWED = re.compile(r"[\w.\-=+@()]", re.UNICODE)
# Extensions of archive/compression formats: refused unless archives are enabled and listed.
ARCHIVE_EXTENSIONS = {".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".lz4", ".z", ".cab", ".arj"}
_MAGIC = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
HEAD_BYTES = 64 * 1024


class Refusal(Exception):
    """A file the platform will not take, with a stable code and a message that says what to change."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def printable(name: str, limit: int = 200) -> str:
    """A name as it may appear in logs, the audit table and reason files: control characters escaped."""
    out = []
    for ch in name:
        if ch == "\\" or unicodedata.category(ch).startswith("C"):
            out.append(ch.encode("unicode_escape", errors="backslashreplace").decode("ascii")
                       if ch != "\\" else "\\\\")
        else:
            out.append(ch)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def extension(name: str) -> str:
    return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name.lstrip(".") else ""


def safe_filename(name: str, settings: UploadSettings) -> str:
    """The object-key segment for a presented file name, or Refusal.

    Refused: empty names, anything with a path in it (/, \\, '..', absolute), control or invisible
    characters, hidden names, wrong extensions, archives unless enabled, names over 200 bytes.
    Spaces and other characters outside the key alphabet become '_' (NFC first), so
    "민원 접수 2026.csv" is kept readable as "민원_접수_2026.csv".
    """
    if not isinstance(name, str) or not name or not name.strip():
        raise Refusal("empty_name", "the file name is empty")
    if "/" in name or "\\" in name:
        raise Refusal("path_in_name", "send a plain file name, without folders, '..' or an absolute path")
    if name in {".", ".."}:
        raise Refusal("path_in_name", "'.' and '..' are not file names")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise Refusal("control_characters", "the file name contains control or invisible characters")
    name = unicodedata.normalize("NFC", name.strip())
    if name.startswith("."):
        raise Refusal("hidden_name", "file names may not start with '.'")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise Refusal("name_too_long", f"the file name is longer than {MAX_NAME_BYTES} bytes in UTF-8")
    ext = extension(name)
    allowed = ", ".join(settings.allowed_extensions)
    if ext in ARCHIVE_EXTENSIONS or ext in settings.archive_extensions:
        if not (settings.allow_archives and ext in settings.archive_extensions):
            raise Refusal("archive_not_allowed", f"archives ({ext}) are not accepted; send {allowed}")
    elif ext not in settings.allowed_extensions:
        raise Refusal("unsupported_type", f"file type '{ext or '(none)'}' is not accepted; send {allowed}")
    cleaned = "".join(ch if _NAME_ALLOWED.match(ch) else "_" for ch in name)
    try:
        return validate_segment(cleaned)
    except InvalidKeyError as error:  # pragma: no cover - the cleaning above leaves only valid characters
        raise Refusal("invalid_name", str(error)) from None


def check_size(size: int, settings: UploadSettings) -> None:
    if size <= 0:
        raise Refusal("empty_file", "the file is empty")
    if size > settings.max_file_bytes:
        raise Refusal(
            "too_large", f"the file has {size} bytes; the limit is {settings.max_file_bytes} bytes "
            f"({settings.max_file_mb:g} MiB)"
        )


def sniff(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    return None


@dataclass(frozen=True)
class ZipSummary:
    entries: int
    declared_bytes: int
    compressed_bytes: int


def inspect_zip(path: Path, settings: UploadSettings, workbook: bool) -> ZipSummary:
    """Read only the central directory; refuse bombs, unsafe member names, nested archives.

    Python's zipfile never inflates a member past its declared size, so bounding the declared sizes
    bounds what a later reader (openpyxl in the quality gate) can expand.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise Refusal("corrupt_archive", f"not a readable ZIP container ({type(error).__name__})") from None
    if len(infos) > settings.max_archive_entries:
        raise Refusal("archive_too_many_entries", f"{len(infos)} entries; the limit is {settings.max_archive_entries}")
    declared = sum(info.file_size for info in infos)
    compressed = sum(info.compress_size for info in infos)
    on_disk = max(1, path.stat().st_size)
    if declared > settings.max_archive_uncompressed_bytes or declared / on_disk > settings.max_archive_ratio:
        raise Refusal(
            "zip_bomb", f"expands to {declared} bytes from {on_disk} ({declared / on_disk:.0f}x); "
            f"limits: {settings.max_archive_uncompressed_bytes} bytes, {settings.max_archive_ratio:g}x"
        )
    names = [info.filename for info in infos]
    for name in names:
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", name):
            raise Refusal("archive_unsafe_member", f"member '{printable(name, 80)}' has an unsafe path")
        if any(unicodedata.category(ch).startswith("C") for ch in name):
            raise Refusal("archive_unsafe_member", "a member name contains control characters")
    if workbook:
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise Refusal("content_mismatch", "the .xlsx file is a ZIP but not an Excel workbook")
    else:
        for name in names:
            if name.endswith("/"):
                continue
            ext = extension(name.rsplit("/", 1)[-1])
            if ext in ARCHIVE_EXTENSIONS:
                raise Refusal("nested_archive", f"member '{printable(name, 80)}' is itself an archive")
            if ext not in settings.allowed_extensions:
                raise Refusal("unsupported_member", f"member '{printable(name, 80)}' is not {', '.join(settings.allowed_extensions)}")
    return ZipSummary(entries=len(infos), declared_bytes=declared, compressed_bytes=compressed)


def inspect_content(path: Path, filename: str, settings: UploadSettings) -> None:
    """Look at the bytes of a complete file: they must be what the name says."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head:
        raise Refusal("empty_file", "the file is empty")
    kind = sniff(head)
    ext = extension(filename)
    if ext == ".xlsx":
        if kind != "zip":
            raise Refusal("content_mismatch", "the .xlsx file is not an Excel workbook (no ZIP container)")
        inspect_zip(path, settings, workbook=True)
    elif ext in settings.archive_extensions:
        if kind != "zip":
            raise Refusal("content_mismatch", f"the {ext} file is not a ZIP archive")
        inspect_zip(path, settings, workbook=False)
    elif kind is not None:
        raise Refusal("archive_disguised", f"the {ext} file is a {kind} archive; archives are not accepted")
    elif b"\x00" in head:
        raise Refusal("binary_content", f"the {ext} file contains binary data (NUL bytes); send UTF-8 or CP949 text")
