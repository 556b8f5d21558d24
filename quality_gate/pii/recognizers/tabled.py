"""PERSON: a Korean name that fills a table cell under a name column (`성명`, `담당자`, `작성자` ...).

Staff lists, attendance sheets and contact tables hold names with no cue in the sentence: the
column header is the cue. A cell counts when it is one Hangul word shaped like a name (a surname,
then one or two syllables, or a two-syllable surname), is not an ordinary word of the lexicon and
does not end like a unit or an organisation (`총무과`, `민원팀`: the 담당자 column often names a
department). Tables in any layout `cues.column_header` reads (|, box-drawing bars, HTML cells,
tabs, semicolons, commas, columns aligned with spaces). Score 0.85, as for a name after a label.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import column_header

NAME_HEADERS = ("성명", "이름", "성함", "담당자", "담당", "작성자", "신청인", "신청자", "민원인", "참석자", "대표자", "예금주",
                "보호자", "수령인", "고객명", "대상자", "직원명", "사원명", "학생명", "환자명", "검토자", "승인자", "결재자",
                "name", "full name")
_HEADER = re.compile(r"^(?:" + "|".join(NAME_HEADERS) + r")(?:\s?\([^()]*\))?$", re.IGNORECASE)
_TABLE_HINT = re.compile(r"[|│┃\t;]|<t[dh]|,[^,\n]*,|\S {2,}\S")
# Units end so; 국, 원 and 부 do not count: they end given names too (김성국, 우지원).
_UNIT_ENDINGS = tuple("과팀실청처단") + ("센터", "본부", "사무소", "사업소", "위원회")
_STOP = lexicon.COMMON_WORDS | lexicon.TABLE_HEADERS | frozenset(lexicon.BANK_NAMES) | lexicon.POST_TITLES


def name_shaped(word: str) -> bool:
    if word[:2] in lexicon.SURNAMES_2 and 3 <= len(word) <= 5:
        return True
    return word[0] in lexicon.SURNAMES_1 and 2 <= len(word) <= 4


class TableNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = "|".join(NAME_HEADERS[:-2]) + r"|(?i:name)"
    PATTERNS = (Pattern("name cell", r"(?<![가-힣])[가-힣]{2,5}(?![가-힣])", 0.85),)

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None):
        if "\n" not in text or _TABLE_HINT.search(text) is None:  # a header needs a line above; no table, no lookup
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        word = match.group()
        if not name_shaped(word) or word in _STOP or word.endswith(_UNIT_ENDINGS):
            return None
        header = column_header(text, match.start())
        if header is None or not _HEADER.match(_cell_text(header)):
            return None
        return pattern.score if _fills_its_cell(text, match) else None


def _cell_text(header: str) -> str:
    return header.strip(" *#:")


_CELL_EDGE = re.compile(r"^[\s|│┃\t;,>]*$")


def _fills_its_cell(text: str, match: re.Match) -> bool:
    """Only separators (or an HTML tag's end) between the word and the cell's borders on its line."""
    begin = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    before = re.sub(r"<[^>]*>", "|", text[begin:match.start()])
    after = re.sub(r"<[^>]*>", "|", text[match.end(): len(text) if end < 0 else end])
    left = re.split(r"[|│┃\t;,]|\s{2,}", before)[-1]
    right = re.split(r"[|│┃\t;,]|\s{2,}", after)[0]
    return _CELL_EDGE.match(left) is not None and _CELL_EDGE.match(right) is not None
