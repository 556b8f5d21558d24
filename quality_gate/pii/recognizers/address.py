"""KR_ADDRESS: Korean street (도로명) and lot (지번) addresses, and apartment units, as one span.

- 도로명: [시/도] [시/군/구]{0,2} [읍/면/동] road(…로/…대로/…길, …로12번길) + building number
  (+ `, 101동 1203호`, `3층`, `(역삼동, ○○아파트)` details).
- 지번: [시/도] [시/군/구] 동/리/가 (+ 리) + lot number (`553-2번지`, `산 12`).
- units: `○○아파트 103동 702호`, `101동 1203호`, `○○오피스텔 1504호`.
An address needs a number: `대전 유성구 봉명동 일대` or `세종대로에서` is a place, not an address.
Without an administrative prefix a road needs a plausible road name (not 전화로/도로/…으로) and a
building number that is not a quantity (`메일로 2회`, `도로 3곳`).
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from quality_gate.pii import lexicon
from quality_gate.pii.recognizers.base import KoreanPatternRecognizer
from quality_gate.pii.recognizers.cues import column_header, label_before, may_hold_table
from quality_gate.pii.recognizers import fast_regex

_SIDO = "|".join(sorted(set(lexicon.SIDO), key=len, reverse=True))
_SGG = r"[가-힣]{1,5}(?:시|군|구)"
_EMD = r"[가-힣]{1,5}(?:(?<=[로동])[ ][0-9]{1,2}|[0-9]{1,2})?(?:동|읍|면|리|가)"  # `영통1동`, `매산로 3가`
_ROAD = r"[가-힣][가-힣0-9]{0,12}?(?:대로|로|길)(?:\s?[0-9]{1,4}(?:번?[가-힣]?길|로))?"
_NUM_END = r"(?![0-9])(?![-.,][0-9])"
_NUM = r"(?:지하\s?)?[1-9][0-9]{0,4}(?:-[1-9][0-9]{0,3})?" + _NUM_END
_JIBUN = r"(?:산\s?)?[1-9][0-9]{0,4}(?:-[1-9][0-9]{0,3})?" + _NUM_END
# A province needs a space after it unless it ends in 시/도 (서울시강남구 but not 서울메트로).
_PREFIX = rf"(?P<sido>(?:{_SIDO})(?:\s|(?<=[시도])))?(?P<sgg>(?:{_SGG}\s?){{0,2}})"

_BLDG_SUFFIX = (
    "아파트|빌라|빌딩|오피스텔|맨션|타워|하이츠|주택|연립|캐슬|자이|푸르지오|힐스테이트|래미안|아이파크|더샵|"
    "e편한세상|센트럴|파크|타운|하우스|스테이트|팰리스|시티|빌|원룸|상가|프라자|플라자|스퀘어|센터"
)

ROAD_ADDRESS = fast_regex.compile(
    rf"(?<![가-힣A-Za-z0-9]){_PREFIX}(?P<emd>{_EMD}\s?)?(?P<road>{_ROAD})\s?(?P<num>{_NUM})"
)
LOT_ADDRESS = fast_regex.compile(
    rf"(?<![가-힣A-Za-z0-9]){_PREFIX}(?P<emd>(?:{_EMD}\s?){{1,2}})(?P<num>{_JIBUN})(?P<bunji>\s?번지)?"
)
UNIT_ADDRESS = fast_regex.compile(
    rf"(?<![가-힣A-Za-z0-9])(?:(?P<bldg>[가-힣A-Za-z0-9]{{0,12}}(?:{_BLDG_SUFFIX})(?:\s[가-힣A-Za-z]{{1,10}})?)\s?)?"
    r"(?P<dong>(?:[0-9]{1,4}|[A-Za-z]|[가-힣]{1,2})동)\s?(?P<ho>[A-Za-z]?[0-9]{1,5}호)(?![0-9])"
)
# "윗집 1203호에서": a flat named by its number next to a neighbour word (noise complaints).
NEIGHBOUR_ROOM = fast_regex.compile(
    r"(?:옆집|윗집|아랫집|앞집|위층|윗층|아래층|아랫층|옆 집|윗 집|아래 집)\s?(?P<ho>[0-9]{3,4}\s?호)(?![0-9])"
)
BUILDING_ROOM = fast_regex.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<bldg>[가-힣A-Za-z0-9]{{1,12}}(?:{_BLDG_SUFFIX}))\s?(?P<ho>[A-Za-z]?[0-9]{{1,5}}호)(?![0-9])"
)
# How each of the four long patterns above must end, found by a scan that jumps between its first
# characters: a pattern whose ending is nowhere in the text is not run (each costs 17-24 microseconds a
# record, most of it where nothing matches). tests/pii/test_address_endings.py checks that every match
# holds its ending.
ENDINGS = {
    "road": fast_regex.compile(r"[로길]\s?(?:지하|[1-9])"),  # the road word, then the building number
    "lot": fast_regex.compile(r"[동읍면리가]\s?(?:산\s?)?[1-9]"),  # the township, then the lot number
    "unit": fast_regex.compile(r"동\s?[A-Za-z]?[0-9]{1,5}호"),  # 동 then 호
    "building room": fast_regex.compile(rf"(?:{_BLDG_SUFFIX})\s?[A-Za-z]?[0-9]{{1,5}}호"),
}
PATTERNS_BY_ENDING = {"road": ROAD_ADDRESS, "lot": LOT_ADDRESS, "unit": UNIT_ADDRESS, "building room": BUILDING_ROOM}
# Details after the building number: ", 101동 1203호", " 3층", " (역삼동, 래미안아파트)".
DETAIL = fast_regex.compile(
    r"\s?,?\s?(?:\((?P<paren>[^()\n]{1,30})\)|(?P<basement>반지하|지층|옥탑방?)(?![가-힣])|"
    r"(?:(?P<bname>[가-힣A-Za-z0-9]{1,15})\s)?(?P<parts>"
    r"(?:[0-9]{1,4}|[A-Za-z]|[가-힣]{1,3})동(?:\s?(?:지하\s?)?[0-9]{1,3}층)?(?:\s?[A-Za-z]?[0-9]{1,5}호(?:실)?)?(?![0-9])"
    r"|(?:지하\s?)?[0-9]{1,3}층(?:\s?[A-Za-z]?[0-9]{1,5}호(?:실)?)?(?![0-9])"
    r"|[A-Za-z]?[0-9]{1,5}호(?:실)?(?![0-9])))"
)
# An apartment's 동-호 written with a dash after the complex's name (one to three words: `우남퍼스트빌
# 204-1201`, `느치미마을 우남퍼스트빌 204-1201`, `우만주공 4단지 408-1102`) or right after a comma
# (`단구로 170, 1204-302`). Not a phone's first groups (`010-1234-5678`: the dash goes on).
UNIT_DASH = fast_regex.compile(
    r"(?:\s?,\s?|\s(?P<names>(?:[가-힣A-Za-z0-9][가-힣A-Za-z0-9]{0,14}\s){0,2}[가-힣A-Za-z0-9][가-힣A-Za-z0-9]{0,14})\s)"
    r"(?P<unit>[1-9][0-9]{0,3}-[1-9][0-9]{1,3})(?![0-9-])(?:\s?호)?"
)
# A flat's 동-호 written with a dash alone (`103-1502`, `505-0703`), where a label, a key or a table
# column says it is a household's unit (`동호: 204-1706`, `unit=604-1001`, a 동-호 or 세대 column, `I live in
# 101-1502`). A flat names its household as a street address does (apartment records, noise complaints,
# parking registers); a bare number pair elsewhere is a code.
DASHED_UNIT = fast_regex.compile(r"(?<![0-9A-Za-z-])(?:(?P<word>(?i:unit))\s?)?(?P<unit>[1-9][0-9]{0,3}-[0-9]{2,4})(?![0-9-])(?:\s?호)?")
UNIT_LABELS = ("동호수", "동호", "동-호", "동/호", "동·호", "동 호수", "세대", "호수", "unit", "apt", "apartment",
               "live in", "living in", "lives in", "lived in")
UNIT_HEADER = fast_regex.compile(r"동\s?[-/·]?\s?호|세대|호수|^unit|^apt", re.IGNORECASE)
_PAREN_OK = fast_regex.compile(rf"[가-힣0-9](?:동|가|리|읍|면)(?:[,\s)]|$)|{_BLDG_SUFFIX}|,")

NOT_DISTRICTS = frozenset(
    "다시 역시 반드시 혹시 또다시 즉시 동시 당시 수시 임시 평시 항시 상시 일시 표시 지시 게시 무시 감시 실시 개시 제시 명시 "
    "요구 연구 친구 출구 입구 도구 가구 지구 전구 기구 창구 비상구 배수구 하수구 통풍구 환기구 탈출구 아군 적군 국군 장군".split()
)
_COUNTERS = tuple(sorted(lexicon.COUNTERS, key=len, reverse=True))
_ALLOWED_AFTER = ("일대", "일원", "일부")


_NAME_CONTINUATION = ("가", "동", "길", "번길", "가길", "지구", "버스", "번 버스", "번버스", "방면", ":")


# What may follow a building/lot number directly: particles and place words, not counters.
_ATTACHED_OK = (
    "에서", "에게", "에는", "에도", "에", "의", "은", "는", "이", "가", "을", "를", "으로", "로", "와", "과", "도", "까지",
    "부터", "번지", "일대", "일원", "쪽", "앞", "옆", "뒤", "근처", "인근", "주변", "입니다", "이고", "인데", "이며", "호",
)


_DATE_GOES_ON = fast_regex.compile(r"\s?[./]\s?[0-9]{1,2}\s?[./]")


def _is_quantity(text: str, end: int) -> bool:
    """The number is a quantity (`10만명`, `3곳`, `2km`) or part of a name (`종로5가`, `평리3동`)."""
    after = text[end : end + 6]
    if after.startswith(_NAME_CONTINUATION) or _DATE_GOES_ON.match(after):
        return True  # `종로5가`; `양육비로 2024. 9. 1.`: the number is a date's year
    if after[:1] >= "가" and after[:1] <= "힣" and not after.startswith(_ATTACHED_OK):
        return True  # 10공구, 1방에, 5만원: a counter glued to the number
    if after.startswith(_ALLOWED_AFTER):
        return False
    stripped = after.lstrip(" ")
    if stripped[:1].isascii() and stripped[:1].isalpha() or stripped.startswith("%"):
        return True  # 10m, 3km, 15%
    return after.startswith(_COUNTERS)


# In hanja (land registers, old certificates): two or more administrative units, then a lot or building
# number, in digits or hanja numerals (`水原市 八達區 行宮路 57-2`, `京畿道 水原郡 半月面 建乾里 產 45-2`,
# `水原郡 日旺面 梅灘里 三五七番地`).
_HANJA = lexicon.HANJA_CHAR
HANJA_ADDRESS = fast_regex.compile(rf"{_HANJA}{{1,5}}(?:道|市|郡|區|邑|面|洞|里|路|街)(?:\s?{_HANJA}{{1,5}}(?:市|郡|區|邑|面|洞|里|路|街|番街|番길)){{1,4}}"
                           r"\s?(?:[山產]\s?)?(?:[1-9][0-9]{0,4}(?:-[1-9][0-9]{0,3})?|[一二三四五六七八九][一二三四五六七八九〇十百千]{0,5})"
                           r"(?:番地|號)?" + _NUM_END)
QUICK_HANJA = fast_regex.compile(_HANJA + r"\s?[0-9一二三四五六七八九]")


class KoreanAddressRecognizer(KoreanPatternRecognizer):
    ENTITY = "KR_ADDRESS"
    QUICK = r"[가-힣][ ]?[0-9]"
    CONTEXT = ("주소", "거주", "주소지", "사는", "살고", "소재지", "사업장", "배송지", "현장", "위치")
    # analyze() applies the module's regexes procedurally; this is what Presidio lists.
    PATTERNS = (Pattern("road address", ROAD_ADDRESS.pattern, 0.85),)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _has_admin_prefix(match: re.Match) -> bool:
        if match.group("sido"):
            return True
        districts = match.group("sgg").split()
        return any(d not in NOT_DISTRICTS for d in districts)

    @staticmethod
    def _extend_details(text: str, end: int) -> int:
        for _ in range(4):
            detail = DETAIL.match(text, end)
            if detail is None:
                break
            if detail.group("paren") is not None and not _PAREN_OK.search(detail.group("paren")):
                break
            end = detail.end()
        unit = UNIT_DASH.match(text, end)
        if unit is not None and (unit.group("names") is None or _complex_names(unit.group("names"))):
            end = unit.end()
        return end

    def _road(self, text: str, match: re.Match) -> Optional[tuple[int, int, float]]:
        road = match.group("road")
        end = match.end("num")
        extended = self._extend_details(text, end)
        if extended == end and _is_quantity(text, end):
            return None  # `102 LG빌리지2차 203-1502` is an address going on, `102 km` a quantity
        if self._has_admin_prefix(match):
            score = 0.85
        elif match.group("emd") and match.group("emd").strip() not in lexicon.NOT_TOWNSHIPS:
            score = 0.75
        else:
            name = re.match(r"[가-힣0-9]+", road).group()
            if name in lexicon.NOT_ROADS or name.endswith("으로") or len(name) < 2:
                return None
            score = 0.6
        start = match.start() if self._has_admin_prefix(match) or match.group("emd") else match.start("road")
        return start, extended, score

    def _lot(self, text: str, match: re.Match) -> Optional[tuple[int, int, float]]:
        townships = match.group("emd").split()
        if any(t in lexicon.NOT_TOWNSHIPS for t in townships):
            return None
        end = match.end("bunji") if match.group("bunji") else match.end("num")
        if _is_quantity(text, match.end("num")) and not match.group("bunji"):
            return None
        extended = self._extend_details(text, end)
        if self._has_admin_prefix(match):
            score = 0.85
        elif match.group("bunji") or "-" in match.group("num"):
            if not townships[-1].endswith(("동", "리", "가")):
                return None
            score = 0.7
        elif _plain_lot(text, match, townships, text[end:extended]):
            score = 0.65
        else:
            return None
        return match.start() if self._has_admin_prefix(match) else match.start("emd"), extended, score

    # ------------------------------------------------------------------ Presidio interface
    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found: list[tuple[int, int, float, str]] = []
        if "-" in text:
            for match in DASHED_UNIT.finditer(text):
                start = match.start("unit")
                if (match.group("word") or label_before(text, start, UNIT_LABELS, window=14)
                        or (may_hold_table(text) and UNIT_HEADER.search(column_header(text, start) or ""))):
                    found.append((match.start(), match.end(), 0.6, "dashed unit"))
        if self._quick.search(text) is None and QUICK_HANJA.search(text) is None:
            return [self.make_result(s, e, score, name) for s, e, score, name in found]
        ending = {name: regex.search(text) is not None for name, regex in ENDINGS.items()}
        for match in ROAD_ADDRESS.finditer(text) if ending["road"] else ():
            span = self._road(text, match)
            if span:
                found.append((*span, "road"))
        for match in LOT_ADDRESS.finditer(text) if ending["lot"] else ():
            span = self._lot(text, match)
            if span:
                found.append((*span, "lot"))
        for match in UNIT_ADDRESS.finditer(text) if ending["unit"] else ():
            start = match.start("bldg") if match.group("bldg") else match.start("dong")
            found.append((start, match.end(), 0.75, "unit"))
        for match in HANJA_ADDRESS.finditer(text):
            found.append((match.start(), match.end(), 0.85, "hanja address"))
        for match in NEIGHBOUR_ROOM.finditer(text):
            found.append((match.start("ho"), match.end("ho"), 0.6, "neighbour room"))
        for match in BUILDING_ROOM.finditer(text) if ending["building room"] else ():
            found.append((match.start(), match.end(), 0.6, "building room"))
        results = [self.make_result(s, e, score, name) for s, e, score, name in found if e > s]
        return EntityRecognizer.remove_duplicates(results) if len(results) > 1 else results


# Words about land and its owners before a lot number written without 번지 (cadastral surveys, farmland,
# damage registers).
LAND_CONTEXT = fast_regex.compile(r"지번|토지|소재지|임야|농지|필지|경계|인접|소유|피해지|피해주택|주소|농가|번지|측량|지목|전입|땅|주인")


def _plain_lot(text: str, match: re.Match, townships: list[str], details: str) -> bool:
    """A lot number without a province, 번지 or a dash needs more than its township: a building after it
    (`상현동 1064 수지센트럴아이파크 107-1501`), a village under its township (`원삼면 맹리 188`, `전대리 312`),
    or land words before it (`인접인 김○○ (고등동 411)`); never a year after a word (`건축허가 2024`, `삼천리
    2021`) or a number on the next line (`미처리\n2`: a list going on)."""
    if re.fullmatch(r"(?:19|20)[0-9]{2}", match.group("num")) or "\n" in match.group():
        return False
    if details and not details.lstrip(" ,").startswith("("):
        return True
    return _village_lot(townships) or (townships[-1].endswith(("동", "리", "가"))
                                       and LAND_CONTEXT.search(text, max(0, match.start() - 60), match.start()) is not None)


def _village_lot(townships: list[str]) -> bool:
    """A village (리) named under its township (`원삼면 맹리`), or alone with a name of three syllables or
    more (`전대리`, `송문리`: `거리`, `자리` and `일자리` are in NOT_TOWNSHIPS)."""
    last = townships[-1]
    if not last.endswith("리") or last in lexicon.NOT_TOWNSHIPS:
        return False
    return (len(townships) == 2 and townships[0].endswith(("읍", "면"))) or len(last) >= 3


def _complex_names(names: str) -> bool:
    """Words that name an apartment complex (a building word, 마을/단지/차, or a Latin brand), not a
    sentence going on (`이고 바로 옆`): the last word at least must look like one."""
    last = names.split()[-1]
    return bool(re.search(rf"(?:{_BLDG_SUFFIX}|마을|단지|[0-9]차|주공|빌리지|캐슬|[A-Za-z]{{2,}})$", last)
                or re.fullmatch(r"[0-9]{1,2}단지", last))
