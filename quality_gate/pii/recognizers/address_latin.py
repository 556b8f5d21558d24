"""KR_ADDRESS: Korean addresses written in Latin letters, as foreign residents and English letters
write them (`Apt 1504, Bldg 205, 45 Jeongja-ro, Bundang-gu, Seongnam-si`, `Gyeonggi-do, Seongnam-si,
Bundang-gu, Jeongja-il-ro 95, 103-dong 2204-ho`, `#1203, 101-dong, 45 Maetan-ro, Yeongtong-gu`,
`Room 203, 28-4, Maesil-ro 12beon-gil, Gwonseon-gu`).

An address is a run of comma-separated parts that holds a road with its building number (`45
Jeongja-ro`, `Jeongja-il-ro 95`, `Maetan-ro 12beon-gil 7`); the parts around it that name a unit
(`Apt 1504`, `#1203`, `101-dong`, `2204-ho`, `Bldg 205`, `3F`) or a district (`Bundang-gu`,
`Seongnam-si`, `Gyeonggi-do`, `Giheung-eup`) belong to it. A road without a number is a place,
as for the Hangul grammar (address.py). Score 0.85.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

_NAME = r"[A-Z][a-z]+(?:-[a-z]+)*"
_ROAD_NAME = _NAME + r"-(?:ro|gil|daero)(?:\s?[0-9]+(?:beon)?-?gil)?"
_ROAD = rf"(?:[0-9]+(?:-[0-9]+)?\s{_ROAD_NAME}|{_ROAD_NAME}\s?[0-9]+(?:-[0-9]+)?)"
# The building number before the road with a comma, as forms in English write it too (`38, Gwanggyojungang-ro`),
# counts only with a district in the address (`exit 3, Sejong-daero station` is no address).
_ROAD_AFTER_COMMA = rf"[0-9]+(?:-[0-9]+)?,\s{_ROAD_NAME}"
_DISTRICT = _NAME + r"-(?:gu|si|do|gun|eup|myeon|dong|ri)"
_UNIT = (r"(?:(?:Apt\.?|Apartment|Unit|Room|Rm\.?|Bldg\.?|Building|Suite|No\.?)\s?#?[0-9A-Z-]+|#\s?[0-9]+(?:-[0-9]+)?"
         r"|[0-9]+-dong(?:\s[0-9]+-ho)?|[0-9]+-ho|[0-9]+(?:F|th floor|st floor|nd floor|rd floor)|B[0-9]+)")
_BUILDING = rf"{_NAME}(?:\s{_NAME})*\s(?:Apt\.?|APT|Apartments?|Villa|Tower|Officetel)(?:\s?[0-9]+(?:-[0-9]+)?)?"
_PART = rf"(?:{_ROAD}|{_ROAD_AFTER_COMMA}|{_DISTRICT}|{_UNIT}|{_BUILDING}|[0-9]{{1,2}}-ga|[0-9]{{1,4}}-[0-9]{{1,4}}(?![0-9-]))"  # `3-ga`: 3가
_SEP = r"(?:,\s?|\s)"


class RomanizedAddressRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_ADDRESS"
    QUICK = r"[a-z]-(?:ro|gil|daero)\b"
    PATTERNS = (Pattern("romanized address", rf"(?<![A-Za-z0-9]){_PART}(?:{_SEP}{_PART})*(?![A-Za-z0-9-])", 0.85),)

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if re.search(_ROAD, value) or (re.search(_ROAD_AFTER_COMMA, value) and re.search(_DISTRICT, value)):
            return pattern.score
        return None
