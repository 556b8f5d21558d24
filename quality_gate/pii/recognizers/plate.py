"""KR_CAR_PLATE: 12가3456, 123가4567, 서울12가3456 (old regional form), optional spaces.

The middle syllable must be one that plates use, so `2023가합12345` (a court case number),
`3개 1000원` or `10시 1234` do not match.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import Pattern

from quality_gate.pii import gazetteer
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer

PLATE_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호육해공국합"
_AMOUNT_AFTER = re.compile(r"\s?(?:억|만|천|원|명|개|년|건|회|배|%|퍼센트)")
_REGIONS = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"


class KoreanCarPlateRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_CAR_PLATE"
    QUICK = rf"[0-9]\s?[{PLATE_SYLLABLES}]\s?[0-9]|[가-힣]\s?[{PLATE_SYLLABLES}]\s?[0-9]{{4}}"
    PATTERNS = (
        Pattern("plate", rf"(?:(?<![가-힣])(?:{_REGIONS})\s?)?(?<![0-9])[0-9]{{2,3}}(?P<s1>\s?)[{PLATE_SYLLABLES}](?P<s2>\s?)[0-9]{{4}}(?![0-9])", 0.85),
        # A motorcycle's plate names its city and district, no number before the syllable: `수원팔달 마 3307`,
        # `경기용인다 1185`, `성남중원 바 1927` (checked by _motorcycle_place, after a vehicle word).
        Pattern("motorcycle", rf"(?<![가-힣0-9])(?P<place>[가-힣]{{2,7}}?)\s?[{PLATE_SYLLABLES}]\s?[0-9]{{4}}(?![0-9])", 0.85),
    )
    CONTEXT = ("차량", "번호판", "차번호", "주차", "택시", "버스", "트럭", "승용차", "오토바이", "렌터카", "차주")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if pattern.name == "motorcycle":
            return 0.85 if (_motorcycle_place(match.group("place"))
                            and _VEHICLE_BEFORE.search(text, max(0, match.start() - 24), match.start())) else None
        if _AMOUNT_AFTER.match(text, match.end()):
            return None  # 23조 4000억원: an amount
        spaces = len(match.group("s1")) + len(match.group("s2"))
        return 0.85 if spaces < 2 else 0.6


_VEHICLE_BEFORE = re.compile(r"오토바이|이륜차|바이크|번호판|차량|차\s?번호|번호")


_PROVINCES = sorted(set(_REGIONS.split("|")) | gazetteer.PROVINCES, key=len, reverse=True)
_CITIES = sorted(gazetteer.CITIES, key=len, reverse=True)


def _motorcycle_place(place: str) -> bool:
    """A province (optional), then a city of the gazetteer, then nothing or a district of two syllables."""
    for province in _PROVINCES:
        if place.startswith(province) and len(place) > len(province):
            place = place[len(province):]
            break
    city = next((c for c in _CITIES if place.startswith(c)), None)
    return city is not None and len(place) - len(city) in (0, 2)
