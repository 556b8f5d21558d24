"""Parse an uploaded file (CSV in UTF-8 / UTF-8 with BOM / CP949, XLSX, JSONL) into raw records.

Nothing is dropped: every data line becomes a RawRecord, either with fields or with a `problem`
(undecodable line, malformed JSON, wrong field count) that the quality gate turns into a quarantine
reason. Column headers are mapped to canonical names with the aliases in configs/quality_gate.yaml.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable

CANONICAL_FIELDS = ("receipt_id", "received_at", "title", "body", "department")
REQUIRED_COLUMNS = ("receipt_id", "body")
# Tried in this order; the one under which the fewest lines fail wins (ties: earlier wins).
CSV_ENCODINGS = ("utf-8", "cp949")


class UnsupportedFileError(ValueError):
    """The whole file cannot be read (unknown type, no header, a required column missing)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class RawRecord:
    row_number: int  # 1-based data row (header excluded), or physical line for unparsable lines
    fields: dict[str, str] = field(default_factory=dict)
    problem: str | None = None  # undecodable_line | malformed_json | malformed_row


@dataclass
class ParsedFile:
    format: str
    encoding: str | None
    records: list[RawRecord]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _header_map(header: Iterable[str], aliases: dict[str, list[str]]) -> dict[int, str]:
    lookup = {alias.strip().lower(): canonical for canonical, names in aliases.items() for alias in names}
    mapping = {}
    for index, name in enumerate(header):
        canonical = lookup.get(_cell(name).lstrip("\ufeff").lower())
        if canonical and canonical not in mapping.values():
            mapping[index] = canonical
    missing = [c for c in REQUIRED_COLUMNS if c not in mapping.values()]
    if missing:
        raise UnsupportedFileError(
            "missing_column",
            f"required column(s) {', '.join(missing)} not found in the header; "
            f"accepted names: {', '.join(n for c in missing for n in aliases.get(c, [c]))}",
        )
    return mapping


def _row_fields(row: list, mapping: dict[int, str]) -> dict[str, str]:
    fields = {name: "" for name in CANONICAL_FIELDS}
    for index, canonical in mapping.items():
        if index < len(row):
            fields[canonical] = _cell(row[index])
    return fields


def _choose_encoding(lines: list[bytes]) -> tuple[str, set[int]]:
    best: tuple[str, set[int]] | None = None
    for encoding in CSV_ENCODINGS:
        failed = set()
        for number, line in enumerate(lines):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                failed.add(number)
        if best is None or len(failed) < len(best[1]):
            best = (encoding, failed)
        if not failed:
            break
    return best


def read_csv(data: bytes, aliases: dict[str, list[str]]) -> ParsedFile:
    encoding_name = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding_name = data[3:], "utf-8-sig"
    lines = data.splitlines(keepends=True)
    encoding, failed = _choose_encoding(lines)
    if encoding_name == "utf-8-sig" and encoding == "utf-8":
        encoding = "utf-8-sig"
    if 0 in failed:
        raise UnsupportedFileError("undecodable_header", "the header line cannot be decoded as UTF-8 or CP949")

    # Decode line by line so that one bad line is quarantined and the rest still parse.
    records: list[RawRecord] = []
    good_text: list[str] = []
    physical_of_text_line: list[int] = []
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    for number, line in enumerate(lines):
        if number in failed:
            records.append(RawRecord(row_number=number, problem="undecodable_line"))
            continue
        good_text.append(line.decode(codec))
        physical_of_text_line.append(number)

    reader = csv.reader(io.StringIO("".join(good_text), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise UnsupportedFileError("empty_file", "the file has no header line") from None
    mapping = _header_map(header, aliases)
    width = len(header)
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue  # blank line: not a record
        physical = physical_of_text_line[min(reader.line_num, len(physical_of_text_line)) - 1]
        if len(row) != width:
            records.append(RawRecord(row_number=physical, problem="malformed_row"))
        else:
            records.append(RawRecord(row_number=physical, fields=_row_fields(row, mapping)))
    records.sort(key=lambda r: r.row_number)
    return ParsedFile(format="csv", encoding=encoding, records=records)


def read_xlsx(data: bytes, aliases: dict[str, list[str]]) -> ParsedFile:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnsupportedFileError("unreadable_xlsx", f"not a readable XLSX workbook ({type(error).__name__})") from None
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header = next(rows)
    except StopIteration:
        raise UnsupportedFileError("empty_file", "the first sheet is empty") from None
    mapping = _header_map(header, aliases)
    records = []
    for number, row in enumerate(rows, start=2):
        if row is None or not any(_cell(v) for v in row):
            continue
        records.append(RawRecord(row_number=number, fields=_row_fields(list(row), mapping)))
    workbook.close()
    return ParsedFile(format="xlsx", encoding=None, records=records)


def read_jsonl(data: bytes, aliases: dict[str, list[str]]) -> ParsedFile:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            records.append(RawRecord(row_number=number, problem="undecodable_line"))
            continue
        except json.JSONDecodeError:
            records.append(RawRecord(row_number=number, problem="malformed_json"))
            continue
        if not isinstance(obj, dict):
            records.append(RawRecord(row_number=number, problem="malformed_json"))
            continue
        keys = list(obj.keys())
        try:
            mapping = _header_map(keys, aliases)
        except UnsupportedFileError:
            records.append(RawRecord(row_number=number, problem="malformed_row"))
            continue
        records.append(RawRecord(row_number=number, fields=_row_fields([obj[k] for k in keys], mapping)))
    return ParsedFile(format="jsonl", encoding="utf-8", records=records)


READERS = {".csv": read_csv, ".xlsx": read_xlsx, ".jsonl": read_jsonl}


def read_upload(filename: str, data: bytes, aliases: dict[str, list[str]]) -> ParsedFile:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    reader = READERS.get(suffix)
    if reader is None:
        raise UnsupportedFileError(
            "unsupported_type", f"file type '{suffix or '(none)'}' is not accepted; send .csv, .xlsx or .jsonl"
        )
    if not data:
        raise UnsupportedFileError("empty_file", "the file is empty")
    return reader(data, aliases)
