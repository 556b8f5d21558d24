"""PERSON: a Vietnamese name written the Vietnamese way, family name first, in Hangul (`쩐 반 남`,
`팜 투 히엔`, `레 티 꾹`) or in Latin letters without diacritics (`PHAM DUC ANH`, `Bui Thi Nga`).

Vietnamese workers, students and marriage migrants are among the largest groups of foreign residents in
the cities' complaints, and their names are written in registers, lists and letters with no title and
no label. The tagger reads many of them from context; in bare lists (`1) PHAM DUC ANH, DOB ...`,
`- 쩐 반 남 (베트남) / 여권 ...`) it misses some. Here the family name decides:
- a family name that is no Korean word or syllable on its own (`응우옌`, `쩐`, `팜`, `NGUYEN`, `PHAM`,
  `BUI` ...), then two or three words of one or two syllables (Hangul), or one to three words of
  letters (Latin): 0.85;
- a family name that is also a Korean syllable or an English word (`레`, `보`, `도`, `LE`, `DO`, `HO`
  ...) only before the two middle names nearly every Vietnamese name holds, 반 (Văn) or 티 (Thị):
  `보 반 남`, `LE THI NGOC`; 0.85.
Syllables that join into a word the analyser knows are a heading spaced out, not a name (`하 반 기`,
`부 반 장`).
The words are written in one case in Latin letters (`PHAM DUC ANH`, `Pham Duc Anh`), so that a
sentence's words are not taken (`Do Van ...` is rare; `DO NOT` has no VAN or THI).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.morphology import dictionary_noun

# Family names in Hangul as the National Institute of Korean Language's loanword rules and common
# practice write them; the first group is no Korean syllable or common word on its own.
_HANGUL_DISTINCT = ("응우옌", "응우엔", "응웬", "쩐", "짠", "팜", "호앙", "후인", "부이", "응오", "즈엉", "쯔엉", "찐", "브엉",
                    "르엉", "끄엉")
_HANGUL_SHARED = ("레", "판", "부", "보", "당", "도", "호", "마이", "다오", "까오", "딘", "리", "하", "뜨", "떠")
_LATIN_DISTINCT = ("NGUYEN", "TRAN", "PHAM", "HOANG", "HUYNH", "BUI", "NGO", "DUONG", "TRINH", "TRUONG", "VUONG",
                   "LUONG", "QUACH", "DINH", "PHUNG")
_LATIN_SHARED = ("LE", "DO", "HO", "VO", "VU", "LY", "MAI", "DAO", "CAO", "DANG", "PHAN", "LAM", "TA", "HA", "TO")
_MIDDLE_HANGUL = ("반", "티")
_MIDDLE_LATIN = ("VAN", "THI")
# Words after a shared family name and 반/티 that end an ordinary phrase (`도 반 이상`, `호 반 정도`).
_NOT_GIVEN = frozenset({"님", "씨", "이상", "이하", "이내", "정도", "가량", "이상이", "넘게", "이", "가", "은", "는", "을", "를", "의"})


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _cased(words) -> list[str]:
    return [*words, *(w.title() for w in words)]  # `PHAM`, `Pham`


# The conditions are in the regexes, so that ordinary text rarely matches at all (the gate runs every
# recognizer on every record): a shared family name only before 반/티 or VAN/THI, Latin words in capitals
# or capitalised. A Latin name word is not followed by a digit (not a passport's letter: `TRAN THI MAI C7734021`).
_H = r"(?<![가-힣])(?P<v>(?P<family>"
_HANGUL_DISTINCT_NAME = _H + _alternatives(_HANGUL_DISTINCT) + r")(?: [가-힣]{1,2}){2,3})(?![가-힣])"
_HANGUL_SHARED_NAME = (_H + _alternatives(_HANGUL_SHARED) + r") (?:" + "|".join(_MIDDLE_HANGUL) + r")(?: [가-힣]{1,2}){1,2})"
                       r"(?![가-힣])")
_L = r"(?<![A-Za-z])(?P<v>(?P<family>"
_WORD = r" [A-Z][A-Za-z]{0,6}(?![0-9])"
_LATIN_DISTINCT_NAME = _L + _alternatives(_cased(_LATIN_DISTINCT)) + r")(?:" + _WORD + r"){1,3})(?![A-Za-z0-9])"
_LATIN_SHARED_NAME = (_L + _alternatives(_cased(_LATIN_SHARED)) + r") (?:" + _alternatives(_cased(_MIDDLE_LATIN)) + r")"
                      r"(?:" + _WORD + r"){1,2})(?![A-Za-z0-9])")


class VietnameseNameRecognizer(KoreanPatternRecognizer):
    ENTITY = "PERSON"
    QUICK = (r"(?<![가-힣])(?:" + _alternatives(_HANGUL_DISTINCT) + r") [가-힣]|(?<![가-힣])(?:" + _alternatives(_HANGUL_SHARED)
             + r") [반티] |(?:" + _alternatives(_cased(_LATIN_DISTINCT)) + r") [A-Z]|(?:" + _alternatives(_cased(_LATIN_SHARED))
             + r") (?:VAN|THI|Van|Thi) ")
    PATTERNS = (
        Pattern("vietnamese name in hangul", _HANGUL_DISTINCT_NAME, 0.85),
        Pattern("vietnamese name in hangul, shared family name", _HANGUL_SHARED_NAME, 0.85),
        Pattern("vietnamese name in latin letters", _LATIN_DISTINCT_NAME, 0.85),
        Pattern("vietnamese name in latin letters, shared family name", _LATIN_SHARED_NAME, 0.85),
    )

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        family, words = match.group("family"), match.group("v").split()[1:]
        if "hangul" in pattern.name:
            if words[-1] in _NOT_GIVEN:
                return None  # `도 반 이상`, `호 반 님`
            joined = family + "".join(words)
            if dictionary_noun(joined, False) or dictionary_noun(joined[:3], False):
                return None  # a word spaced out in a heading: `하 반 기 실적`, `부 반 장`
            return pattern.score
        every = [family, *words]
        if not (all(w.isupper() for w in every) or all(w[0].isupper() and w[1:].islower() for w in every if len(w) > 1)):
            return None  # one case through the name: `PHAM DUC ANH`, `Pham Duc Anh`
        return pattern.score
