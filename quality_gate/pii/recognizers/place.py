"""LOCATION from a gazetteer: provinces, cities and counties, countries, regions, cities abroad.

A bare place name is not personal data on its own, so LOCATION is off in the shipped gate
(configs/quality_gate.yaml); a city that masks place names turns it on, and then the learned tagger
and this list both report them. The tagger generalises to names it never saw (`사근진 해수욕장`);
the list is certain about the common ones a small model still misses (`뉴질랜드`, `충북`, `방콕`).

A name counts as a whole word: after it, the Hangul run must be empty, a particle (`미국의`,
`서울에서`), or an administrative suffix, which joins the span (`수원시`, `예산군`). Names that are
ordinary words too (gazetteer.AMBIGUOUS: 예산, 음성, 전주, 경기 ...) need that suffix or a province
right before them (`충남 예산`).
"""

from __future__ import annotations

import re
from typing import List, Optional

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.recognizers.person import GENERIC_SUFFIXES

SCORE = 0.8
_NAMES = sorted(gazetteer.PLACES | gazetteer.AMBIGUOUS, key=len, reverse=True)
_CANDIDATE = re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, _NAMES)) + r")")
_HANGUL_RUN = re.compile(r"[가-힣]*")
_PARTICLES = frozenset(lexicon.NAME_PARTICLES | GENERIC_SUFFIXES
                       | {"에서는", "에서도", "으로는", "으로의", "에서의", "에는", "에도", "까지는", "행", "발", "산", "측",
                          "쪽", "지역", "방면", "방향", "전역", "일대", "인근", "내", "시내", "현지"})
_SUFFIXES = tuple(sorted(gazetteer.ADMIN_SUFFIXES, key=len, reverse=True))
_PROVINCE_BEFORE = re.compile(r"(?:" + "|".join(map(re.escape, sorted(gazetteer.PROVINCES, key=len, reverse=True)))
                              + r")(?:도|특별시|광역시|시)?\s$")


# `예산도` is "the budget too": no ambiguous name is a province, so 도 does not join one.
_AMBIGUOUS_SUFFIXES = tuple(s for s in _SUFFIXES if s != "도")


def _rest_is_particle(rest: str) -> bool:
    return not rest or lexicon.one_or_two_of(rest, _PARTICLES)


class KoreanPlaceNameRecognizer(EntityRecognizer):
    ENTITY = "LOCATION"

    def __init__(self, supported_language: str = "ko"):
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        results = []
        for match in _CANDIDATE.finditer(text):
            span = self._span(text, match)
            if span is None:
                continue
            start, end = span
            results.append(RecognizerResult(
                self.ENTITY, start, end, SCORE,
                analysis_explanation=AnalysisExplanation(type(self).__name__, SCORE, textual_explanation="gazetteer"),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results

    @staticmethod
    def _span(text: str, match: re.Match) -> Optional[tuple[int, int]]:
        name, start, end = match.group(), match.start(), match.end()
        rest = _HANGUL_RUN.match(text, end).group()
        ambiguous = name in gazetteer.AMBIGUOUS
        suffix = next((s for s in (_AMBIGUOUS_SUFFIXES if ambiguous else _SUFFIXES)
                       if rest.startswith(s) and _rest_is_particle(rest[len(s):])), None)
        if ambiguous:
            if suffix is not None:
                return start, end + len(suffix)
            if _PROVINCE_BEFORE.search(text, max(0, start - 12), start) and _rest_is_particle(rest):
                return start, end
            return None
        if _rest_is_particle(rest):
            return start, end
        if suffix is not None:
            return start, end + len(suffix)
        return None
