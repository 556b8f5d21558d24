"""PERSON: a Korean name written with a space between its syllables (`성명: 송 지 은`, `김 민 수 님`,
`남궁 민 수`).

Forms filled in by hand and names read out over the phone come spaced like this. Single syllables
in a row are common in ordinary text too (`이 건 저 건`), so the syllables count as a name only
when the first is a surname and a name label stands before them (성명, 이름, 민원인 ...; 0.85) or
a title or form of address follows (님, 씨, 주무관 ...; 0.85).
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
    PATTERNS = (Pattern("spaced syllables", r"(?<![가-힣])" + _SURNAME + r" [가-힣](?: [가-힣])?(?![가-힣])",
                        0.85),)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        syllables = match.group().split()
        if syllables[0] not in (lexicon.SURNAMES_1 if len(syllables[0]) == 1 else lexicon.SURNAMES_2):
            return None  # `남궁 민 수`: a two-syllable surname stays together
        if any(s in lexicon.NON_NAME_SYLLABLES for s in syllables[1:]):
            return None
        if label_before(text, match.start(), _LABELS, window=12) or _TITLE_AFTER.match(text, match.end()):
            return pattern.score
        return None
