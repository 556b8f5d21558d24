"""Build and check the PII evaluation set.

Sources (`eval_src/dev.txt`, `eval_src/holdout.txt`) hold one sentence per line with inline gold
markup `{{TAG:value}}` (a literal `\\n` is a line break, for tables). A value ending in `?` (RRN, FRN,
BRN, CARD) gets its check digit computed
here, so checksum-valid test values need no hand arithmetic. `build()` writes
`eval_set.jsonl` / `eval_holdout.jsonl`; `check_file()` validates gold offsets of a JSONL file.

    python tests/pii/eval_tools.py build   # regenerate the JSONL files
    python tests/pii/eval_tools.py check   # validate both JSONL files
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = {"eval_set.jsonl": HERE / "eval_src" / "dev.txt", "eval_holdout.jsonl": HERE / "eval_src" / "holdout.txt"}

TAGS = {
    "RRN": "KR_RRN",
    "FRN": "KR_FRN",
    "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "CARD": "CREDIT_CARD",
    "ACCT": "BANK_ACCOUNT",
    "PASS": "KR_PASSPORT",
    "DL": "KR_DRIVER_LICENSE",
    "BRN": "KR_BRN",
    "PLATE": "KR_CAR_PLATE",
    "ADDR": "KR_ADDRESS",
    "NAME": "PERSON",
    "IP": "IP_ADDRESS",
    "BIRTH": "BIRTH_DATE",  # issue 13: birth dates, student and employee numbers next to their context
    "STUDENT": "STUDENT_ID",
    "EMPLOYEE": "EMPLOYEE_ID",
}
ENTITIES = frozenset(TAGS.values())
MARKUP = re.compile(r"\{\{([A-Z]+):(.+?)\}\}")


def _digits(value: str) -> list[int]:
    return [int(c) for c in unicodedata.normalize("NFKC", value) if c.isdigit()]


def _check_digit(tag: str, value: str) -> str:
    d = _digits(value)
    if tag in ("RRN", "FRN"):
        total = sum(x * w for x, w in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
        return str((11 - total % 11) % 10 if tag == "RRN" else (13 - total % 11) % 10)
    if tag == "BRN":
        keys = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        total = sum(d[i] * keys[i] for i in range(8)) + (d[8] * 5) // 10 + d[8] * 5
        return str((10 - total % 10) % 10)
    if tag == "CARD":
        total = 0
        for i, x in enumerate(reversed(d)):  # check digit is appended: positions shift by one
            if i % 2 == 0:
                x *= 2
                x = x - 9 if x > 9 else x
            total += x
        return str((10 - total % 10) % 10)
    raise ValueError(f"no check digit rule for tag {tag}")


def parse_line(line: str) -> dict:
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for match in MARKUP.finditer(line):
        before = line[pos : match.start()]
        text_parts.append(before)
        length += len(before)
        tag, value = match.group(1), match.group(2)
        if tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r}")
        if value.endswith("?"):
            expected = {"RRN": (13,), "FRN": (13,), "BRN": (10,), "CARD": tuple(range(13, 20))}[tag]
            if len(_digits(value[:-1])) + 1 not in expected:
                raise ValueError(f"{tag} value with check digit has the wrong number of digits")
            digit = _check_digit(tag, value[:-1])
            if any("\uff10" <= c <= "\uff19" for c in value):
                digit = chr(ord("\uff10") + int(digit))
            value = value[:-1] + digit
        spans.append({"start": length, "end": length + len(value), "entity": TAGS[tag]})
        text_parts.append(value)
        length += len(value)
        pos = match.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup")
    return {"text": text, "spans": spans}


def read_source(path: Path) -> list[dict]:
    records = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            records.append(parse_line(line.replace("\\n", "\n")))  # `\n` in a source line: a line break (tables)
        except ValueError as error:
            raise ValueError(f"{path.name}:{number}: {error}") from None
    return records


def build() -> None:
    for name, source in SOURCES.items():
        records = read_source(source)
        with open(HERE / name, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} records")


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_records(records: list[dict], name: str = "") -> list[str]:
    """Every problem with the gold offsets, as messages (empty when the file is valid)."""
    problems = []
    for i, record in enumerate(records, 1):
        where = f"{name}:{i}"
        text = record.get("text")
        spans = record.get("spans")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text missing or empty")
            continue
        if not isinstance(spans, list):
            problems.append(f"{where}: spans is not a list")
            continue
        previous_end = 0
        for span in sorted(spans, key=lambda s: (s.get("start", -1), s.get("end", -1))):
            start, end, entity = span.get("start"), span.get("end"), span.get("entity")
            if set(span) != {"start", "end", "entity"}:
                problems.append(f"{where}: span keys {sorted(span)}")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                problems.append(f"{where}: offsets {start}..{end} outside text of length {len(text)}")
                continue
            if entity not in ENTITIES:
                problems.append(f"{where}: unknown entity {entity!r}")
            value = text[start:end]
            if value != value.strip():
                problems.append(f"{where}: span {start}..{end} has surrounding whitespace")
            if start < previous_end:
                problems.append(f"{where}: span {start}..{end} overlaps the previous span")
            previous_end = end
    return problems


def check_file(path: Path) -> list[str]:
    return check_records(load(path), path.name)


def check_sources_match() -> list[str]:
    """The JSONL files are exactly what the sources build."""
    problems = []
    for name, source in SOURCES.items():
        if load(HERE / name) != read_source(source):
            problems.append(f"{name} is stale: run `python tests/pii/eval_tools.py build`")
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "build":
        build()
    found = []
    for name in SOURCES:
        found += check_file(HERE / name)
    found += check_sources_match()
    print("\n".join(found) or "gold offsets OK")
    sys.exit(1 if found else 0)
