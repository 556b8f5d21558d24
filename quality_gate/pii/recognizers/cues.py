"""Where a value's meaning comes from: a label just before it, or the header of its table column.

`label_before(text, start, labels)`: one of `labels` ends within a few characters before `start`,
with only separators, quotes, a short bracketed note, a particle or a number mark between
(`생년월일: `, `학번 `, `사번은 `, `DOB - `, `생년월일(YYMMDD): `, `"dob": "`, `사번 #`, `ID No. `).
`label_after(text, end, label)`: the label in brackets right after the value (`E-20417(사번)`).
`column_header(text, start)` (`under_column` tests it against a pattern): when the value sits in a row of a table written with `|` or box-drawing
bars, HTML cells, tabs, semicolons, commas, spaced slashes or columns aligned with spaces, the cell of its column in the table's top row (the earliest line of the block of lines
with the same number of cells), e.g. `생년월일` for `| 김민수 | 1990.01.02 |`; `table_cell` gives the
whole top row and the value's own cell, `may_hold_table` is the cheap test before either.
`label_before_list(...)`: a label before the value or before the list the value closes
(`사번 20417, 20418 및 20419`).
"""

from __future__ import annotations

import csv
import re

from quality_gate.pii.recognizers import fast_regex
import unicodedata
from dataclasses import dataclass

# (splitter, how many a line needs to be a table row): one | or tab makes two cells (`1990-01-02 | 남`);
# commas and semicolons also separate words in prose, so a row needs two.
_SPLITTERS = (
    (re.compile(r"[|│┃]"), 1),  # Markdown and box-drawing tables
    (re.compile(r"<t[dh][^>]*>", re.IGNORECASE), 1),  # HTML rows: `<tr><td>김민수</td><td>1990-01-02</td></tr>`
    (re.compile(r"\t"), 1),
    (re.compile(r";"), 2),
    (re.compile(r'"\s?,\s?"'), 2),  # quoted CSV (`"1","김민수","1990-01-02","수원시 ..., 101동"`): commas inside cells
    (_COMMA := re.compile(r","), 2),
    (re.compile(r"\s/\s"), 2),  # `직원번호 / 성명 / 소속`: slashes with spaces, as typed into a mail
    (_ALIGNED := re.compile(r"(?<=\S) {2,}(?=\S)"), 1),  # columns aligned with spaces, as in plain-text e-mails
    (re.compile(r"/"), 3),  # `부서/성명/직원번호/연락처` typed into a message: four cells at least (a date has two slashes)
)
_ANY_SPLITTER = fast_regex.compile("|".join(f"(?:{splitter.pattern})" for splitter, _ in _SPLITTERS), re.IGNORECASE)
_RULE_CHARACTERS = frozenset("|-:+= \t─━│┃┼╋├┤┌┐└┘┬┴═║╬")  # a |---|---| or ├───┼───┤ line
_TAG = fast_regex.compile(r"<[^>]+>")
# Quotes (`"dob": "1990-01-02"`, `staff_id: 'S-4412'` in logs), the closing bracket of a bracketed label
# (`[생년월일] 1990-01-02`, `【학번】`, `「생년월일」:`), arrows and dot leaders (`생년월일 ▶ `, `생년월일 ......`),
# the cell border of a two-column table (`| 생년월일 | 1990-01-02 |`) and a comma (`생년월일,1990-01-02`).
_SEPARATORS = r"[\s:：=\-–—>(\[\]\"'“”‘’.…·▶►→⇒】」』》〉|│┃,]*"
# The bracket the label closes (`주민번호(생년월일) 900102`), separators, a short note in brackets
# (`생년월일(YYMMDD): `, `학번(8자리) `) or without them (`생년월일 8자리 `), a word about the field
# (`생년월일 정보: `, `사번 입력값 `, `생년월일 정정: `), a particle (`생년월일만 `), a number
# mark (`사번 #20417`, `Student ID No. 2023`, `사번: 제2019-0412호`).
# What may stand between a label and its value, as a regex fragment (also for patterns that hold the
# label, such as form_fields.py's).
BETWEEN = (r"\)?" + _SEPARATORS + r"(?:\([^()\n]{1,12}\))?" + _SEPARATORS + r"(?:[0-9]{1,2}\s?자리)?" + _SEPARATORS
           + r"(?:(?:정보|입력값|입력|기재값|값|항목|란|칸|확인\s?결과|변경|정정|수정)" + _SEPARATORS + r")?"
           + r"(?:은|는|이|가|을|를|에|만|도|:|is\s|was\s)?" + _SEPARATORS
           + r"(?:(?:#|No\.?|Nr\.?)" + _SEPARATORS + r")?(?:제\s?)?")
_BETWEEN = fast_regex.compile(r"^" + BETWEEN + r"$", re.IGNORECASE)
_BRACKET_OPEN = fast_regex.compile(r"\s?[(\[]\s?")
_BRACKET_CLOSE = fast_regex.compile(r"\s?[)\]]")
_VALUE_NEXT = fast_regex.compile(r"\s?[:：=]?\s?[A-Za-z0-9]")


def label_before(text: str, start: int, labels: tuple[str, ...], window: int = 16) -> str | None:
    """The label that ends closest before `start` with nothing but separators or a particle between."""
    head = text[max(0, start - window) : start]
    lowered = head.lower()
    best = None
    for label in labels:
        position = lowered.rfind(label.lower())
        if position < 0:
            continue
        if len(label) <= 3 and label.isascii() and position > 0 and head[position - 1].isalpha():
            continue  # a short Latin label ends a longer word: `emp` in `temp=`
        between = head[position + len(label) :]
        if _BETWEEN.match(between) and (best is None or position + len(label) > best[0]):
            best = (position + len(label), label)
    return best[1] if best else None


def label_before_list(text: str, start: int, labels: tuple[str, ...], window: int, previous: re.Pattern,
                      reach: int, most: int) -> bool:
    """`label_before`, or a label before the list the value closes (`사번 20417, 20418 및 20419`):
    `previous` finds the list's value before this one, ending within `reach` characters; at most
    `most` values back."""
    for _ in range(most + 1):
        if label_before(text, start, labels, window):
            return True
        found = previous.search(text, max(0, start - reach), start)
        if found is None:
            return False
        start = found.start()
    return False


def label_after(text: str, end: int, label: re.Pattern) -> bool:
    """A label in brackets right after the value: `E-20417(사번)`, `20231234 [학번]`."""
    opened = _BRACKET_OPEN.match(text, end)
    if not opened:
        return False
    named = label.match(text, opened.end())
    closed = _BRACKET_CLOSE.match(text, named.end()) if named else None
    # `[생년월일] 1990-01-02 [사번] 20417`: a bracketed label followed by a value labels that value.
    return bool(closed) and not _VALUE_NEXT.match(text, closed.end())


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return begin, len(text) if end < 0 else end


def _cell_text(cell: str) -> str:
    """A cell without HTML tags, spaces and CSV quotes."""
    return _TAG.sub("", cell).strip().strip('"').strip()


# A value alone in its cell of a table or CSV row: what stands right before and right after it.
CELL_BEFORE = fast_regex.compile(r"(?:^|[\t|│┃,]|\s{2})\s*$")
CELL_AFTER = fast_regex.compile(r"\s*(?:$|[\t|│┃,\n]|\s{2})")


def may_hold_table(text: str) -> bool:
    """A cheap test before reading cells one by one: a header needs a line above, and rows a separator."""
    return "\n" in text and _ANY_SPLITTER.search(text) is not None


def column_header(text: str, start: int, max_lines_up: int = 60) -> str | None:
    """The top row's cell above `start` in a block of lines with the same number of cells."""
    found = table_cell(text, start, max_lines_up)
    return found.headers[found.column] if found else None


def under_column(text: str, start: int, header: re.Pattern) -> bool:
    """`start` is in a table column whose header `header` finds (`여권번호`, `카드번호`, `주민번호 뒷자리`)."""
    found = column_header(text, start)
    return bool(found and header.search(found))


@dataclass(frozen=True)
class TableCell:
    headers: list[str]  # the cells of the table's top row
    column: int         # the column `start` is in
    value: str          # the text of `start`'s own cell (HTML tags removed, stripped)


def table_cell(text: str, start: int, max_lines_up: int = 60) -> TableCell | None:
    """The table cell `start` is in, with its table's top row, or None outside a table."""
    begin, end = _line_bounds(text, start)
    if begin == 0:
        return None  # the first line has no header above it
    line = text[begin:end]
    for splitter, needed in _SPLITTERS:
        if len(splitter.findall(line)) < needed:
            continue
        if splitter is _COMMA and '"' in line:
            # `3,신규,표은실,2001-01-01,"용인시 ..., 2302호",2024-05-03`: some cells quoted, commas inside them.
            found = _cell_under_header(text, begin, start - begin, line, _split_csv, max_lines_up)
            if found is not None:
                return found
        if splitter is _COMMA and _THOUSANDS.search(line):
            # `202312048,엄지훈,2004.03.19,1,500,000,2024.09.27`: amounts written with thousands commas in
            # a CSV without quotes; `1,500,000` is one cell when that lines the row up with a header.
            found = _cell_under_header(text, begin, start - begin, line, _split_keeping_amounts, max_lines_up)
            if found is not None:
                return found
        found = _cell_under_header(text, begin, start - begin, line, splitter.split, max_lines_up)
        if splitter is _ALIGNED and (found is None or _data_row(found.headers)):
            return _cell_under_aligned_header(text, begin, start - begin, line, max_lines_up) or found
        return found
    return None


def _cell_under_header(text: str, begin: int, offset: int, line: str, split, max_lines_up: int) -> TableCell | None:
    cells = split(line)
    column, reached = 0, len(cells[0])
    while reached < offset and column + 1 < len(cells):  # cells and separators: find the cell holding offset
        column += 1
        found_at = line.find(cells[column], reached) if cells[column] else reached
        if found_at < 0:
            return None  # a cell the splitter rewrote (CSV's doubled quotes): the row cannot be lined up
        reached = found_at + len(cells[column]) if cells[column] else reached + 1
    header = None
    cursor, looked = begin - 1, 0
    while cursor > 0 and looked < max_lines_up:
        previous_begin, previous_end = _line_bounds(text, cursor - 1)
        previous = text[previous_begin:previous_end]
        cursor, looked = previous_begin - 1, looked + 1
        if previous.strip() and set(previous.strip()) <= _RULE_CHARACTERS:
            continue
        parts = split(previous)
        if len(parts) != len(cells):
            break
        row = [_cell_text(part) for part in parts]
        if header is not None and len(row) > 2 and not any(row[1:]):
            break  # a title padded to the table's width by a spreadsheet (`… 지급 명단,,,,`): the header is below it
        header = row
    return TableCell(header, column, _cell_text(cells[column])) if header else None


def _data_row(cells: list[str]) -> bool:
    """Two cells or more with digits: a row of values, not a header."""
    return sum(any(c.isdigit() for c in cell) for cell in cells) >= 2


def _aligned_cells(line: str) -> list[tuple[int, int, int, int]]:
    """A space-aligned line's cells (runs of text between two or more spaces): (begin, end) in the
    line and (first, last) display column, a Hangul or hanja character being two columns wide, as the
    writer saw them when lining the columns up."""
    columns, width = [], 0
    for character in line:
        columns.append(width)
        width += 2 if unicodedata.east_asian_width(character) in "WF" else 1
    columns.append(width)
    spans, begin = [], len(line) - len(line.lstrip(" "))
    for gap in [*_ALIGNED.finditer(line), None]:
        end = gap.start() if gap else len(line.rstrip(" "))
        spans.append((begin, end, columns[begin], columns[end]))
        begin = gap.end() if gap else begin
    return spans


def _cell_under_aligned_header(text: str, begin: int, offset: int, line: str, max_lines_up: int) -> TableCell | None:
    """A space-aligned table whose header has a different number of cells than its rows
    (`번호 성명     생년월일   여권번호` over `1   정민호   1971-08-30   E48261735`: one space inside the
    header's first cell), so that counting cells finds no header or a row of values: the header cell
    is the one above the value, by display column, in the top line of the block of aligned lines."""
    own = next((cell for cell in _aligned_cells(line) if cell[0] <= offset < cell[1]), None)
    if own is None or own[0] != offset:
        return None  # `계약기간 2023.12.01`: a form's label and value, not a table's cell
    top, cursor, looked = None, begin - 1, 0
    while cursor >= 0 and looked < max_lines_up:  # cursor: the line break that ends the line above
        previous_begin, previous_end = _line_bounds(text, cursor)
        previous = text[previous_begin:previous_end]
        cursor, looked = previous_begin - 1, looked + 1
        if not _ALIGNED.search(previous):
            break  # a blank line or prose: the block starts below it
        top = previous
    if top is None:
        return None
    cells = _aligned_cells(top)
    headers = [_cell_text(top[b:e]) for b, e, _, _ in cells]
    if len(cells) < 2 or any(c.isdigit() for header in headers for c in header):
        return None  # a header names its columns; `성명 한 복 례   생년월일 1949.08.14` is a form's line
    overlaps = [min(last, own[3]) - max(first, own[2]) for _, _, first, last in cells]
    column = max(range(len(cells)), key=overlaps.__getitem__)
    if overlaps[column] <= 0:
        return None
    return TableCell(headers, column, _cell_text(line[own[0]:own[1]]))


_THOUSANDS = fast_regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")


def _split_csv(row: str) -> list[str]:
    """A CSV row read as CSV (quoted cells keep their commas); the quotes stay on the cells, so that
    each cell is found again in the row."""
    cells = next(csv.reader([row]), [])
    return [_as_written(cell, row) for cell in cells] or [row]


def _as_written(cell: str, row: str) -> str:
    """The cell as the row writes it: quoted, with its quotes doubled (`"그는 ""네""라고"`), or bare."""
    for written in (f'"{cell}"', '"' + cell.replace('"', '""') + '"'):
        if written in row:
            return written
    return cell


def _split_keeping_amounts(row: str) -> list[str]:
    """A comma-separated row whose amounts keep their thousands commas (`1,500,000` is one cell)."""
    cells, position = [], 0
    for part in _THOUSANDS.finditer(row):
        if (part.start() == 0 or row[part.start() - 1] == ",") and (part.end() == len(row) or row[part.end()] == ","):
            cells.extend(row[position:part.start()].split(",")[:-1] if part.start() else [])
            cells.append(part.group())
            position = part.end() + 1
    cells.extend(row[position:].split(",") if position <= len(row) else [])
    return cells
