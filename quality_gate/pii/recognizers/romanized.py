"""PERSON: Korean names written in Latin letters with a hyphenated given name (`Lee Seo-yeon`,
`Seo-yeon Lee`, `KIM Min-su`, `Park, Ji-hoon`).

The hyphen between the two syllables of a given name is how Koreans romanize their names in
passports, e-mail signatures and English documents; next to a romanized Korean surname it is
evidence enough for the top score (1.0), so that the whole name wins over a tagger span that
stops at the hyphen (`Lee Seo|-yeon`). Names without the hyphen (`Kim Minsu`) are left to the learned tagger,
which reads Latin names from context. Surnames that are also short English words (In, So, Do,
Go, Ma, An, Ok, On) are left out: `In Min-su's view` would otherwise be read as In + Min-su.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

# Romanized surnames, most frequent spellings first (Revised Romanization, McCune-Reischauer and
# the spellings people choose for their passports), and the two-syllable ones.
SURNAMES = (
    "Kim Gim Lee Yi Rhee Ri Park Pak Bak Choi Choe Jung Jeong Chung Kang Gang Cho Jo Yoon Yun Jang Chang Lim Im "
    "Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn Song Jeon Jun Chun Hong Yoo Yu Ryu Ko Moon Mun Yang Son Sohn Bae "
    "Baek Paik Heo Huh Nam Noh Roh Ha Kwak Gwak Seong Sung Cha Joo Ju Woo Koo Gu Min Na Jin Ji Eom Um Chae Won "
    "Cheon Bang Gong Hyun Byun Byeon Yeom Yeo Choo Chu Seok Sul Seol Gil Wi Pyo Myung Ki Ban Ra Wang Geum Yook Maeng "
    "Je Mo Tak Kook Yeon Eun Pyun Lyu Namgung Hwangbo Jegal Sunwoo Seonu Dokgo Sagong Seomun Dongbang"
).split()
_SURNAME = "(?:" + "|".join(sorted(SURNAMES, key=len, reverse=True)) + ")"
_SURNAME_ANY_CASE = "(?:" + _SURNAME + "|" + "|".join(s.upper() for s in sorted(SURNAMES, key=len, reverse=True)) + ")"
# Two syllables joined by a hyphen: Seo-yeon, Min-su, Ji-hoon, SEO-YEON (each part 1-5 letters).
_GIVEN = r"(?:[A-Z][a-z]{1,4}-[a-z]{1,5}|[A-Z]{2,5}-[A-Z]{1,5})"
_EDGE_BEFORE = r"(?<![A-Za-z-])"
_EDGE_AFTER = r"(?![A-Za-z-])"


class RomanizedKoreanNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = r"[A-Za-z]-[A-Za-z]"
    PATTERNS = (
        Pattern("surname given", _EDGE_BEFORE + _SURNAME_ANY_CASE + r" " + _GIVEN + _EDGE_AFTER, 1.0),
        # Below the others: in `Sun-woo Ha, Dong-hyun Kim` the comma ends a name, it does not invert one.
        Pattern("surname, given", _EDGE_BEFORE + _SURNAME_ANY_CASE + r", " + _GIVEN + _EDGE_AFTER, 0.95),
        Pattern("given surname", _EDGE_BEFORE + _GIVEN + r" " + _SURNAME_ANY_CASE + _EDGE_AFTER, 1.0),
    )
