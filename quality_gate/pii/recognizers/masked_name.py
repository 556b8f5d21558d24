"""PERSON: a Korean name partly masked, as lists published for others print it (`김○수`, `이*영`,
`홍OO`, `남궁○○`, `박민*`, `윤*`, `이△△`).

A masked name is still personal: with the unmasked syllables, a date and an address it points to
one person (issue 13). The learned tagger reads many of them from context, but not in bare lists and
table rows. A surname followed by masks, or a masked syllable between or after name syllables,
standing as a word of its own (no Hangul right before it; after it only a particle, a title or a
bracket), is a name at 0.85. A surname and a single mask (`윤*`, `이○`) is shorter than many
ordinary marks, so it needs its own table cell or a title after it (0.6).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import gazetteer, lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import CELL_AFTER, CELL_BEFORE
from quality_gate.pii.recognizers.titles import GENERIC_SUFFIXES
from quality_gate.pii.recognizers import fast_regex

# Symbols that mask a syllable, and letters used as masks (`홍OO`, `김XX`: capitals only, see below).
_MASK_SYMBOLS = "*＊○●◯〇×△□"
_MASK_CHARS = _MASK_SYMBOLS + "OＯXx"
_MASK = f"[{_MASK_CHARS}]"
_MASK_AT_THE_END = f"[{_MASK_CHARS.replace('●', '')}]"  # not ●: a bullet after a word (`사연●`)
_SURNAME = "(?P<surname>" + "|".join(sorted(lexicon.SURNAMES_2)) + "|[" + "".join(sorted(lexicon.SURNAMES_1)) + "])"
_GIVEN = "[가-힣]"
_BEFORE = f"(?<![가-힣A-Za-z0-9{_MASK_CHARS}])"
_AFTER = f"(?![A-Za-z0-9{_MASK_CHARS}])"
# What may follow the name inside its word: particles, 님/씨 and titles (`김○수님`, `이*영 주무관`).
_RESTS = tuple(sorted(lexicon.NAME_PARTICLES | GENERIC_SUFFIXES | lexicon.POST_TITLES, key=len, reverse=True))
_PLACES = gazetteer.PLACES | gazetteer.AMBIGUOUS
_EXAMPLE_BEFORE = fast_regex.compile(r"(?:예|예시|보기|e\.g\.|ex\.?)\s?[):：.]?\s*$", re.IGNORECASE)
_TITLE_AFTER = fast_regex.compile(r"\s?(?:님|씨|" + "|".join(sorted(lexicon.POST_TITLES, key=len, reverse=True)) + ")")


class MaskedKoreanNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = r"[가-힣]" + _MASK
    PATTERNS = (
        Pattern("surname and masks", _BEFORE + _SURNAME + _MASK + "{2,3}" + _AFTER, 0.85),
        Pattern("masked middle", _BEFORE + _SURNAME + _MASK + "{1,2}" + _GIVEN + _AFTER, 0.85),
        Pattern("masked end", _BEFORE + _SURNAME + _GIVEN + _MASK_AT_THE_END + "{1,2}" + _AFTER, 0.85),
        Pattern("surname and one mask", _BEFORE + _SURNAME + _MASK + _AFTER, 0.6),
    )

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        start, end = match.span()
        value = match.group()
        if not any(c in _MASK_SYMBOLS for c in value) and not _all_latin_masks_are_capitals(value):
            return None  # `이x`, `박o`: a lower-case letter after a syllable is rarely a mask
        unmasked = "".join(c for c in value[len(match.group("surname")):] if "가" <= c <= "힣")
        if any(c not in lexicon.GIVEN_NAME_SYLLABLES for c in unmasked):
            return None  # `이○○님`: 님 is no syllable of the name (the masks alone make it)
        if unmasked and value[:1] + unmasked in _PLACES:
            return None  # `부천**`, `한국**`, `경기OO`: a masked place or organisation, not a name
        if _EXAMPLE_BEFORE.search(text, max(0, start - 8), start):
            return None  # `예) 홍○동`: a notice showing how names are masked
        rest = re.match(r"[가-힣]*", text[end:]).group()
        if rest and not rest.startswith(_RESTS):
            return None  # `고*객센터`: the word goes on
        if pattern.name == "surname and one mask":
            if not ((CELL_BEFORE.search(text, max(0, start - 3), start) and CELL_AFTER.match(text, end))
                    or _TITLE_AFTER.match(text, end)):
                return None
        return pattern.score


def _all_latin_masks_are_capitals(value: str) -> bool:
    """`홍OO`, `김XX`: Latin letters stand for masks only as capitals (`O` also as 〇)."""
    latin = [c for c in value if c.isascii() and c.isalpha()]
    return bool(latin) and all(c in "OX" for c in latin)
