"""LOCATION from a gazetteer: provinces, cities and counties, countries, regions, cities abroad.

A bare place name is not personal data on its own, so LOCATION is off in the shipped gate
(configs/quality_gate.yaml); a city that masks place names turns it on, and then the learned tagger
and this list both report them. The tagger generalises to names it never saw (`사근진 해수욕장`);
the list is certain about the common ones a small model still misses (`뉴질랜드`, `충북`, `방콕`).

A name counts as a whole word: after it, the Hangul run must be empty, a particle (`미국의`,
`서울에서`), or an administrative suffix, which joins the span (`수원시`, `예산군`). Names that are
ordinary words too (gazetteer.AMBIGUOUS: 예산, 음성, 전주, 경기 ...) need that suffix or a province
right before them (`충남 예산`). An unambiguous name also counts before a few nouns it is commonly
glued to (`런던올림픽`, `이란영화`): the name alone is the place.

Facilities with a proper name are places too (`신라호텔`, `서해대교`, `포천의료원`): a name of two or
more syllables before a facility noun (gazetteer.FACILITY_NOUNS), unless that name is a generic
word (`국제공항`, `종합터미널`: gazetteer.GENERIC_FACILITY_STEMS).
"""

from __future__ import annotations

import re
from typing import List, Optional

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.recognizers.titles import GENERIC_SUFFIXES
from quality_gate.pii.recognizers import fast_regex

SCORE = 0.8
_NAMES = sorted(gazetteer.PLACES | gazetteer.AMBIGUOUS, key=len, reverse=True)
_CANDIDATE = fast_regex.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, _NAMES)) + r")")
_HANGUL_RUN = fast_regex.compile(r"[가-힣]*")
_PARTICLES = frozenset(lexicon.NAME_PARTICLES | GENERIC_SUFFIXES
                       | {"에서는", "에서도", "으로는", "으로의", "에서의", "에는", "에도", "까지는", "행", "발", "산", "측",
                          "쪽", "지역", "방면", "방향", "전역", "일대", "인근", "내", "시내", "현지"})
_SUFFIXES = tuple(sorted(gazetteer.ADMIN_SUFFIXES, key=len, reverse=True))
_PROVINCE_BEFORE = fast_regex.compile(r"(?:" + "|".join(map(re.escape, sorted(gazetteer.PROVINCES, key=len, reverse=True)))
                              + r")(?:도|특별시|광역시|시)?\s$")


_COMPOUND_HEADS = tuple(sorted(gazetteer.COMPOUND_HEADS, key=len, reverse=True))
_FACILITY = fast_regex.compile(r"(?<![가-힣])([가-힣]{2,10}) ?(" + "|".join(sorted(gazetteer.FACILITY_NOUNS, key=len, reverse=True))
                       + r")(?=([가-힣]*))")
_ADNOMINAL_ENDINGS = frozenset("은는운한던된될할의에를을가이와과도만")

# `예산도` is "the budget too": no ambiguous name is a province, so 도 does not join one.
_AMBIGUOUS_SUFFIXES = tuple(s for s in _SUFFIXES if s != "도")


def _rest_is_particle(rest: str) -> bool:
    return not rest or lexicon.one_or_two_of(rest, _PARTICLES)


def _word_then_particle(rest: str, words: tuple[str, ...]) -> Optional[str]:
    """The first of `words` (longest first) that starts `rest` with only a particle after it."""
    return next((w for w in words if rest.startswith(w) and _rest_is_particle(rest[len(w):])), None)


# Particles of a place, which a person does not take (`방콕에`, `호주에서`, `두바이행`).
_LOCATIVE = frozenset({"에", "에서", "에는", "에도", "에서는", "에서도", "에서의", "에의", "으로", "으로는", "까지",
                       "행", "발", "측", "쪽", "지역", "방면", "방향", "전역", "일대", "인근", "현지", "시내"})
_WORD_BEFORE = re.compile(r"([가-힣]+)\s?[,·/]\s?$")
_WORD_AFTER = re.compile(r"\s?[,·/]\s?([가-힣]+)")


def _place_rest(text: str, start: int, end: int) -> Optional[str]:
    """What follows an unambiguous place of the gazetteer in the word text[start:end] lies in (a
    particle, or ""); None when that word is no such place."""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return None
    match = _CANDIDATE.match(text, start)
    if match is None or match.group() in gazetteer.AMBIGUOUS or match.end() > end:
        return None
    rest = _HANGUL_RUN.match(text, match.end()).group()
    return rest if end <= match.end() + len(rest) and _rest_is_particle(rest) else None


def place_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is a place that a name reading of it gives way to (learned.py): a place of the
    gazetteer that is not an ordinary word too, in a word of its own, either with a particle only a
    place takes (`방콕에는`) or in a list beside another such place (`캐나다, 호주, 뉴질랜드`). A place
    name that is also a given name stays a name elsewhere (`| 도하 | 21.06.22 |`, `도하은`)."""
    rest = _place_rest(text, start, end)
    if rest is None:
        return False
    if rest in _LOCATIVE:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    after = _WORD_AFTER.match(text, start + len(_HANGUL_RUN.match(text, start).group()))
    return any(_place_rest(text, m.start(1), m.end(1)) is not None for m in (before, after) if m is not None)


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
            results.append(self._result(*span))
        for match in _FACILITY.finditer(text):
            stem, spaced = match.group(1), match.end(1) < match.start(2)
            # With a space, the word before may be an adjective or take a particle (`좋은 호텔`, `시내의 호텔`).
            if spaced and stem[-1] in _ADNOMINAL_ENDINGS:
                continue
            if stem not in gazetteer.GENERIC_FACILITY_STEMS and _rest_is_particle(match.group(3)):
                results.append(self._result(match.start(), match.end(2)))
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY, start, end, SCORE,
            analysis_explanation=AnalysisExplanation(type(self).__name__, SCORE, textual_explanation="gazetteer"),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    @staticmethod
    def _span(text: str, match: re.Match) -> Optional[tuple[int, int]]:
        name, start, end = match.group(), match.start(), match.end()
        rest = _HANGUL_RUN.match(text, end).group()
        ambiguous = name in gazetteer.AMBIGUOUS
        suffix = _word_then_particle(rest, _AMBIGUOUS_SUFFIXES if ambiguous else _SUFFIXES)
        if ambiguous:
            if suffix is not None:
                return start, end + len(suffix)
            if _PROVINCE_BEFORE.search(text, max(0, start - 12), start) and _rest_is_particle(rest):
                return start, end
            return None
        if _rest_is_particle(rest) or _word_then_particle(rest, _COMPOUND_HEADS):
            return start, end
        if suffix is not None:
            return start, end + len(suffix)
        return None
