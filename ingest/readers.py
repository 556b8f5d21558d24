"""Parse an uploaded file (CSV in UTF-8 / UTF-8 with BOM / CP949, XLSX, JSONL) into raw records.

Nothing is dropped: every data line becomes a RawRecord, either with fields or with a `problem`
(undecodable line, malformed JSON, wrong field count) that the quality gate turns into a quarantine
reason. Column headers are mapped to canonical names with the aliases in configs/quality_gate.yaml and, for
a city with its own export layout, the columns in configs/tenants.yaml (see ColumnSpec).
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
# A record needs some text: a title, a body, or both (judged together by the quality gate).
TEXT_FIELDS = ("title", "body")
# How the parts of a field made of several columns are joined.
JOINERS = {"title": " ", "body": "\n", "department": " > ", "receipt_id": "-", "received_at": " "}
# Tried in this order; the one under which the fewest lines fail wins (ties: earlier wins).
CSV_ENCODINGS = ("utf-8", "cp949")


class UnsupportedFileError(ValueError):
    """The whole file cannot be read (unknown type, no header, a required column missing)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ColumnSpec:
    """Which columns make each canonical field.

    `aliases`: the global names of quality_gate.yaml, canonical -> accepted names (the first one a
    file has is used). `own`: a city's columns (tenants.yaml export.columns), canonical -> column
    names that are all used when present, joined in order; an empty list means "this export has no
    such column" (no alias is tried either).
    """

    aliases: dict[str, list[str]]
    own: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, columns) -> "ColumnSpec":
        return columns if isinstance(columns, ColumnSpec) else cls(aliases=dict(columns))

    def accepted(self, canonical: str) -> list[str]:
        return list(self.own[canonical]) if canonical in self.own else list(self.aliases.get(canonical, [canonical]))


def column_spec(quality_gate_columns: dict[str, list[str]], tenant=None) -> ColumnSpec:
    """The global aliases plus, when given, a configuration.Tenant's own export columns."""
    own = dict(tenant.export.columns) if tenant is not None else {}
    return ColumnSpec(aliases=dict(quality_gate_columns), own=own)


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
    # canonical field -> the file's header names it was read from (absent: the file has no such column)
    columns: dict[str, list[str]] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    @property
    def has_receipt_ids(self) -> bool:
        return bool(self.columns.get("receipt_id")) or not self.columns


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _header_name(name) -> str:
    return _cell(name).lstrip("\ufeff").strip()


def _header_map(header: Iterable[str], columns) -> dict[str, list[int]]:
    """canonical field -> indices of the header's columns that make it (in the order to join)."""
    spec = ColumnSpec.of(columns)
    names = [_header_name(name) for name in header]
    position = {}
    for index, name in enumerate(names):
        position.setdefault(name.lower(), index)
    mapping: dict[str, list[int]] = {}
    taken: set[int] = set()
    for canonical in CANONICAL_FIELDS:
        wanted = [n.strip().lower() for n in spec.accepted(canonical)]
        found = [position[n] for n in wanted if n in position and position[n] not in taken]
        if canonical not in spec.own:
            found = found[:1]  # a global alias: the first name the file has
        if found:
            mapping[canonical] = found
            taken.update(found)
    missing_label = "department" in spec.own and spec.own["department"] and "department" not in mapping
    if not any(f in mapping for f in TEXT_FIELDS) or missing_label:
        wanted = ["department"] if missing_label else list(TEXT_FIELDS)
        accepted = "; ".join(f"{f}: {', '.join(spec.accepted(f)) or '(none)'}" for f in wanted)
        what = "the label column(s)" if missing_label else "no text column (title or body)"
        raise UnsupportedFileError(
            "missing_column",
            f"missing required column: {what} found in the header; headers found: "
            f"{', '.join(names) or '(none)'}; accepted names: {accepted}. Map this city's columns in "
            "configs/tenants.yaml (export.columns), or run `minwon tenants inspect FILE`",
        )
    return mapping


def _row_fields(row: list, mapping: dict[str, list[int]]) -> dict[str, str]:
    fields = {name: "" for name in CANONICAL_FIELDS}
    for canonical, indices in mapping.items():
        parts = [_cell(row[i]) for i in indices if i < len(row)]
        fields[canonical] = JOINERS[canonical].join(part for part in parts if part)
    return fields


def _used_columns(header: list, mapping: dict[str, list[int]]) -> dict[str, list[str]]:
    return {canonical: [_header_name(header[i]) for i in indices] for canonical, indices in mapping.items()}


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


def _decode_csv(data: bytes):
    """(encoding, physical numbers of undecodable lines, csv reader over the other lines, physical
    line number of each decoded line, header)."""
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
    good_text: list[str] = []
    physical_of_text_line: list[int] = []
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    for number, line in enumerate(lines):
        if number not in failed:
            good_text.append(line.decode(codec))
            physical_of_text_line.append(number)
    reader = csv.reader(io.StringIO("".join(good_text), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise UnsupportedFileError("empty_file", "the file has no header line") from None
    return encoding, sorted(failed), reader, physical_of_text_line, header


def read_csv(data: bytes, aliases) -> ParsedFile:
    encoding, failed, reader, physical_of_text_line, header = _decode_csv(data)
    records = [RawRecord(row_number=number, problem="undecodable_line") for number in failed]
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
    return ParsedFile(format="csv", encoding=encoding, records=records, columns=_used_columns(header, mapping),
                      headers=[_header_name(h) for h in header])


def read_xlsx(data: bytes, aliases) -> ParsedFile:
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
    return ParsedFile(format="xlsx", encoding=None, records=records, columns=_used_columns(list(header), mapping),
                      headers=[_header_name(h) for h in header if h is not None])


def read_jsonl(data: bytes, aliases) -> ParsedFile:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records = []
    columns: dict[str, list[str]] = {}
    headers: list[str] = []
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
        headers.extend(k for k in keys if k not in headers)
        try:
            mapping = _header_map(keys, aliases)
        except UnsupportedFileError:
            records.append(RawRecord(row_number=number, problem="malformed_row"))
            continue
        for canonical, names in _used_columns(keys, mapping).items():
            columns.setdefault(canonical, names)
        records.append(RawRecord(row_number=number, fields=_row_fields([obj[k] for k in keys], mapping)))
    if records and all(r.problem == "malformed_row" for r in records):
        _header_map(headers, aliases)  # no line had the required keys: say which, for the whole file
    return ParsedFile(format="jsonl", encoding="utf-8", records=records, columns=columns, headers=headers)


@dataclass
class Table:
    """A file as headers and rows of strings, for `minwon tenants inspect` (no mapping applied)."""

    format: str
    encoding: str | None
    headers: list[str]
    rows: list[list[str]]
    unreadable_rows: int = 0


def read_table(filename: str, data: bytes) -> Table:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in READERS:
        raise UnsupportedFileError("unsupported_type", f"file type '{suffix or '(none)'}' is not accepted; "
                                                       "send .csv, .xlsx or .jsonl")
    if not data:
        raise UnsupportedFileError("empty_file", "the file is empty")
    if suffix == ".csv":
        encoding, failed, reader, _, header = _decode_csv(data)
        headers = [_header_name(h) for h in header]
        rows, bad = [], len(failed)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(headers):
                bad += 1
            else:
                rows.append([cell.strip() for cell in row])
        return Table("csv", encoding, headers, rows, bad)
    if suffix == ".xlsx":
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
            raise UnsupportedFileError("unreadable_xlsx", f"not a readable XLSX workbook ({type(error).__name__})") from None
        iterator = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(iterator, None)
        if header is None:
            raise UnsupportedFileError("empty_file", "the first sheet is empty")
        headers = [_header_name(h) for h in header]
        rows = [[_cell(v) for v in row][:len(headers)] for row in iterator if row and any(_cell(v) for v in row)]
        workbook.close()
        return Table("xlsx", None, headers, rows)
    objects, bad = [], 0
    for line in data.removeprefix(b"\xef\xbb\xbf").splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            bad += 1
            continue
        if isinstance(obj, dict):
            objects.append(obj)
        else:
            bad += 1
    headers = list(dict.fromkeys(key for obj in objects for key in obj))
    return Table("jsonl", "utf-8", headers, [[_cell(obj.get(k)) for k in headers] for obj in objects], bad)


READERS = {".csv": read_csv, ".xlsx": read_xlsx, ".jsonl": read_jsonl}


def read_upload(filename: str, data: bytes, aliases) -> ParsedFile:
    """`aliases`: quality_gate.yaml's column aliases (a dict), or a ColumnSpec with a city's own columns."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    reader = READERS.get(suffix)
    if reader is None:
        raise UnsupportedFileError(
            "unsupported_type", f"file type '{suffix or '(none)'}' is not accepted; send .csv, .xlsx or .jsonl"
        )
    if not data:
        raise UnsupportedFileError("empty_file", "the file is empty")
    return reader(data, aliases)
