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
from quality_gate.pii.recognizers import fast_regex

PLATE_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호육해공국합"
# A unit right after the number (`23조 4000억원`); after a space, only a unit that ends its word, so that a
# name after a plate (`경기82바1139 천옥분`) is not read as thousands.
_AMOUNT_AFTER = fast_regex.compile(r"(?:억|만|천|원|명|개|년|건|회|배|%|퍼센트)|\s(?:(?:억|만|천)원?|원|명|개|년|건|회|배|%|퍼센트)(?![가-힣])")
_REGIONS = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"


class KoreanCarPlateRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_CAR_PLATE"
    QUICK = rf"[0-9OIl]\s?[{PLATE_SYLLABLES}]\s?[0-9OIl*Xx]|[가-힣]\s?[{PLATE_SYLLABLES}]\s?[0-9*]{{4}}"
    PATTERNS = (
        Pattern("plate", rf"(?:(?<![가-힣])(?:{_REGIONS})\s?)?(?<![0-9])[0-9]{{2,3}}(?P<s1>\s?)[{PLATE_SYLLABLES}](?P<s2>\s?)[0-9]{{4}}(?![0-9])", 0.85),
        # A motorcycle's plate names its city and district, no number before the syllable: `수원팔달 마 3307`,
        # `경기용인다 1185`, `성남중원 바 1927` (checked by _motorcycle_place, after a vehicle word).
        Pattern("motorcycle", rf"(?<![가-힣0-9])(?P<place>[가-힣]{{2,4}}(?: ?[가-힣]{{2,3}})??)\s?[{PLATE_SYLLABLES}]\s?[0-9*]{{4}}"
                r"(?![0-9*])", 0.85),  # `서울 강남 바 3341`, `성남중원 아 34**` too
        # Read by OCR (`23루 7O45`, `3I2 너 7O44`) or partly masked (`18러XXXX`, `경기70아70**`): below the threshold
        # alone, a plate with a vehicle word around it (Presidio's context).
        Pattern("look-alike or masked", rf"(?:(?<![가-힣])(?:{_REGIONS})\s?)?(?<![0-9A-Za-z])(?=[0-9OIl]{{2,3}}\s?[가-힣]\s?[0-9]{{0,3}}[OIl*Xx]"
                rf"|[0-9]{{0,2}}[OIl])[0-9OIl]{{2,3}}\s?[{PLATE_SYLLABLES}]\s?[0-9OIl*Xx]{{4}}(?![0-9A-Za-z*])", 0.4),
    )
    CONTEXT = ("차량", "번호판", "차번호", "주차", "택시", "버스", "트럭", "승용차", "오토바이", "렌터카", "차주")

    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        if _AMOUNT_AFTER.match(text, match.end()):
            return None  # 23조 4000억원: an amount
        if pattern.name == "motorcycle":
            place = match.group("place").replace(" ", "")
            if not _motorcycle_place(place):
                return None
            if _VEHICLE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                return 0.85
            # `성남분당 배 1045` in a list, its syllable apart (`동탄원천로 1109` is a road and its number)
            apart = re.search(rf" [{PLATE_SYLLABLES}] [0-9*]{{4}}$", match.group()) is not None
            return 0.6 if apart and _motorcycle_place(place, district=True) else None
        if pattern.name == "look-alike or masked":
            value = match.group()
            odd = sum(c in "OIl*Xx" for c in value)
            first = re.match(r"[^0-9OIl]*([0-9OIl]+)", value).group(1)  # the number before the syllable
            return pattern.score if 0 < odd and any(c.isdigit() for c in first) and sum(
                c.isdigit() for c in value) >= 2 else None
        spaces = len(match.group("s1")) + len(match.group("s2"))
        return 0.85 if spaces < 2 else 0.6


_VEHICLE_BEFORE = fast_regex.compile(r"오토바이|이륜차|바이크|번호판|차량|차\s?번호|번호")


_METROPOLITAN = frozenset("서울 부산 대구 인천 광주 대전 울산".split())
_PROVINCES = sorted(set(_REGIONS.split("|")) | gazetteer.PROVINCES, key=len, reverse=True)
_CITIES = sorted(gazetteer.CITIES, key=len, reverse=True)


def _motorcycle_place(place: str, district: bool = False) -> bool:
    """A province (optional), then a city of the gazetteer, then nothing or a district of two syllables
    (`district`: the district must be there)."""
    for province in _PROVINCES:
        if place.startswith(province) and len(place) > len(province):
            place = place[len(province):]
            if province in _METROPOLITAN and len(place) == 2:
                return True  # `서울강남 바 3341`: a metropolitan city's district
            break
    city = next((c for c in _CITIES if place.startswith(c)), None)
    return city is not None and len(place) - len(city) in ((2,) if district else (0, 2))
