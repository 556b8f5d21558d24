"""PERSON: a Korean name written with a space between its syllables (`성명: 송 지 은`, `김 민 수 님`,
`남궁 민 수`).

Forms filled in by hand and names read out over the phone come spaced like this. Single syllables
in a row are common in ordinary text too (`이 건 저 건`), so the syllables count as a name only
when the first is a surname and a name label stands before them (성명, 이름, 민원인 ..., or the label
spaced out itself: `성 명 :`; 0.85), a relation opens the line of a family register (`부     나 길 수`;
0.85) or a title or form of address follows (님, 씨, 주무관 ...; 0.85).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import label_before

_LABELS = tuple(sorted(lexicon.LABEL_CUES, key=len, reverse=True))
# 님 or 씨 (with whatever particle follows), or a title that ends its word.
_TITLE_AFTER = re.compile(r"\s?(?:님|씨|(?:" + "|".join(sorted(lexicon.POST_TITLES, key=len, reverse=True)) + r")(?![가-힣]))")


_SURNAME = "(?:" + "|".join(sorted(lexicon.SURNAMES_2)) + "|[가-힣])"  # regex scanning must not swallow `이름 박`


class SpacedKoreanNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = r" [가-힣](?: |$)"  # every match has a syllable standing alone after a space
    # A zero-width match holding the name (group v): candidates may overlap, so `성 명 김 영 란` (a spaced
    # label, then the name) tries `김 영 란` after `성 명 김` is refused.
    PATTERNS = (Pattern("spaced syllables", r"(?<![가-힣])(?=(?P<v>" + _SURNAME + r" [가-힣](?: [가-힣])?)(?![가-힣]))",
                        0.85),)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        syllables = match.group("v").split()
        if syllables[0] not in (lexicon.SURNAMES_1 if len(syllables[0]) == 1 else lexicon.SURNAMES_2):
            return None  # `남궁 민 수`: a two-syllable surname stays together
        if any(s in lexicon.NON_NAME_SYLLABLES for s in syllables[1:]):
            return None
        start, end = match.span("v")
        if (label_before(text, start, _LABELS, window=12) or _TITLE_AFTER.match(text, end)
                or _SPACED_LABEL.search(text, max(0, start - 16), start)):
            return pattern.score
        return None


# The label spaced out too, as forms print it (`성     명 :  인 재 윤`, `예 금 주 곽 재 희`, `소 유 자 : 김 영 식`), or a
# relation opening a line of a family register (`부     나 길 수`, `1 본인 김 영 수 73O5I8-1******`).
_RELATIONS = "(?:본인|부|모|배우자|자녀?|처|남편|딸|아들)"
_SPACED_LABEL = re.compile(
    r"(?:(?<![가-힣])(?:" + "|".join(sorted((r"\s+".join(label) for label in lexicon.LABEL_CUES | {"소유자", "양도인", "양수인"}
                                            if len(label) >= 2), key=len, reverse=True)) + r")\s*[:：]?"
    r"|(?:^|\n)\s*(?:[0-9]{1,2}\s+" + _RELATIONS + r"\s+|" + _RELATIONS + r"\s{2,}))\s*$")
