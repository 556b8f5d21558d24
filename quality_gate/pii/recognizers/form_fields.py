"""PERSON: names that a form's layout marks, with no cue in the sentence.

- `LabelledNameRecognizer`: a name right after a name label, whatever separates them in forms,
  logs and JSON (`[성명] 어금희`, `담당자 → 모지리`, `"name": "어금희"`, `name=어금희`, `담당자(부): 모지리`).
- `TableNameRecognizer`: a name that fills a table cell under a name column (`성명`, `담당자`, `작성자`
  ...), in any layout `cues.table_cell` reads (|, box-drawing bars, HTML cells, tabs, semicolons,
  commas, columns aligned with spaces).

Either way the value must be one Hangul word shaped like a name (a surname, then one to three
syllables, or a two-syllable surname), not an ordinary word of the lexicon, and not ending like a
unit or an organisation (`총무과`, `민원팀`: the 담당자 field often names a department). Score 0.85, as
for a name after a label in person.py.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import BETWEEN, may_hold_table, table_cell
from quality_gate.pii.recognizers.learned import stem
from quality_gate.pii.recognizers.morphology import dictionary_noun
from quality_gate.pii.recognizers import fast_regex

NAME_HEADERS = ("성명", "이름", "성함", "담당자", "담당", "작성자", "신청인", "신청자", "민원인", "참석자", "대표자", "예금주",
                "보호자", "수령인", "고객명", "대상자", "직원명", "사원명", "학생명", "환자명", "검토자", "승인자", "결재자",
                "name", "full name")
# Column headers only (as labels in prose they are too often followed by other words: `환자가 나와`): the
# person a register is about in household, welfare, school, insurance and tenancy registers.
_REGISTER_HEADERS = ("세대주", "세대원", "가구주", "대상자명", "수급자", "수급자명", "환자", "아동명", "보호자명", "신청인명",
                     "민원인명", "담당자명", "작성자명", "피해자", "운전자", "소유자", "차주", "임차인", "임대인", "계약자",
                     "수취인", "수험자", "응시자", "수강생", "교육생", "회원명", "참가자", "참석자명", "학부모",
                     # funeral, volunteer, booking, order and school registers
                     "고인", "망인", "사망자", "연고자", "상주", "봉사자", "봉사자명", "확인자", "운전자명", "피접종자", "입소자",
                     "이용자", "이용자명", "예약자", "예약자명", "신고자", "주문자", "주문자명", "수령자", "구매자", "원아명",
                     "유아명", "자녀명", "한글성명", "후보자", "응답자", "조사원", "강사명", "교사명", "담임")
_HEADER = fast_regex.compile(r"^(?:" + "|".join(NAME_HEADERS + _REGISTER_HEADERS) + r")(?:\s?\([^()]*\))?$", re.IGNORECASE)
# Units end so; 국, 원 and 부 do not count: they end given names too (김성국, 우지원).
_UNIT_ENDINGS = tuple("과팀실청처단") + ("센터", "본부", "사무소", "사업소", "위원회")
_STOP = lexicon.NOT_NAMES | lexicon.FIRST_PERSON_CUES | lexicon.NAME_PARTICLES | lexicon.COPULA_RESTS


def _surname_first(word: str) -> bool:
    """A surname, then one to three syllables. Looser than lexicon.name_shaped (which also wants
    given-name syllables): here the form's layout is the evidence, and rare names (`어금희`) count."""
    if word[:2] in lexicon.SURNAMES_2 and 3 <= len(word) <= 5:
        return True
    return word[0] in lexicon.SURNAMES_1 and 2 <= len(word) <= 4


def plausible_name(word: str) -> bool:
    """`주장에` after 민원인 is 주장 with a particle, not a name: the stem is checked too."""
    return (_surname_first(word) and word not in _STOP and stem(word) not in _STOP
            and not word.endswith(_UNIT_ENDINGS) and not word.endswith(lexicon.ORG_SUFFIXES)
            and not dictionary_noun(stem(word), lexicon.name_shaped(stem(word)))  # `배정표`, `서명부`
            and not gazetteer.city_or_district(stem(word)))  # `예금주: 성남시`, `상담자: 권선구 주거복지팀`


# Roles of case files and registers, as a field's label followed by a colon (`피접종자: 유하람`, `대표: 계성민`).
_ROLE_LABELS = lexicon.ROLES_BEFORE_A_NAME | frozenset({"피접종자", "총무", "봉사자명"})
# Labels of a name field: the lexicon's name labels, people's roles on a document, and keys of logs.
NAME_LABELS = tuple(sorted(lexicon.LABEL_CUES | frozenset(NAME_HEADERS[:-2]) | _ROLE_LABELS, key=len, reverse=True)) + (
    "full_name", "fullname", "name", "writer", "author", "user_name", "username")


_MAX_GAP = 8  # characters between a label and its value: `담당자(부): `, `"name": "`


class LabelledNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = "|".join(NAME_LABELS)
    # The label starts a word and the value is not glued to it (`담당자마다` is no label and name).
    PATTERNS = (Pattern("name after its label", r"(?<![가-힣A-Za-z])(?P<l>(?i:" + "|".join(NAME_LABELS) + r"))" + BETWEEN
                        + r"(?<![가-힣])(?P<v>[가-힣]{2,5})(?![가-힣])", 0.85),)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if match.start("v") - match.end("l") > _MAX_GAP:
            return None  # a long run of separators: in the residual scan, a blanked mask token stood there
        return pattern.score if plausible_name(match.group("v")) else None


class TableNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = "|".join(NAME_HEADERS[:-2] + _REGISTER_HEADERS) + r"|(?i:name)"
    PATTERNS = (Pattern("name cell", r"(?<![가-힣])[가-힣]{2,5}(?![가-힣])", 0.85),)

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None):
        if not may_hold_table(text):  # no table: skip the per-word cell lookup
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        word = match.group()
        if not plausible_name(word):
            return None
        cell = table_cell(text, match.start())
        if cell is None or cell.value != word or not _HEADER.match(cell.headers[cell.column].strip(" *#:")):
            return None  # the word must fill its cell, under a name column
        return pattern.score
