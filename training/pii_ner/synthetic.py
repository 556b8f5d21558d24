"""Synthetic training sentences: names and addresses in the forms complaints and office text use.

Each example is `{"text", "spans": [[start, end, label]], "ignore": [[start, end]]}`. A sentence is
built from fragments (templates with slots) around real public-service text: petition titles
(`../shared/data/petitions/`) as carriers. Carrier text is not labelled by anyone, and petition
titles do name public figures, so carrier words that kiwipiepy reads as proper nouns are left out
of the loss (`ignore`); the rest of the carrier counts as "no entity".

Forms covered (issue 13): lists and tables of names, names before titles and job words, after
cues, with honorific suffixes, in quotes; compound surnames; hanja names; foreign names in Hangul
and in Latin letters; partly masked names (김○수, 이*영, 홍OO); road-name and lot-number addresses
with building, 동/호, 층 and details; addresses inside longer sentences; bare place names.
Tests of these forms (tests/pii/) use sentences written by hand, not this generator.
"""

from __future__ import annotations

import random
import re

from training.pii_ner import vocabulary as V

_SLOT = re.compile(r"\{(\w+)\}")
_SURNAMES = list(V.SURNAME_WEIGHTS)
_SURNAME_WEIGHTS = list(V.SURNAME_WEIGHTS.values())
_GIVEN_SYLLABLES = "민서준지우현수영진호희은혜연성재윤아하도경태동상정원석철훈주빈린율예채다유소미나규혁찬건환"

PARTICLES = {  # slot -> (after a final consonant, after a vowel)
    "이가": ("이", "가"), "이": ("이", "가"), "가": ("이", "가"), "은는": ("은", "는"), "을를": ("을", "를"),
    "과와": ("과", "와"), "으로": ("으로", "로"), "이고": ("이고", "고"), "이라고": ("이라고", "라고"),
    "아야": ("아", "야"),
}


def has_final(word: str) -> bool:
    ch = word[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch.isdigit() and ch in "0136781" or ch.isalpha() and ch.lower() in "lmnr"


# ------------------------------------------------------------------ values
def korean_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        surname = rng.choice(V.COMPOUND_SURNAMES)
    else:
        surname = rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0] if rng.random() < 0.8 else rng.choice(_SURNAMES)
    roll = rng.random()
    if roll < 0.08:
        given = rng.choice(V.GIVEN_ONE)
    elif roll < 0.65:
        given = rng.choice(V.GIVEN_NAMES)
    else:
        given = rng.choice(_GIVEN_SYLLABLES) + rng.choice(_GIVEN_SYLLABLES)
    return surname + given


def masked_name(rng: random.Random) -> str:
    surname = rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
    mark = rng.choice("○○**ＯOXxㅇ●")
    pattern = rng.randrange(4)
    if pattern == 0:
        return surname + mark + rng.choice(_GIVEN_SYLLABLES)  # 김○수
    if pattern == 1:
        return surname + mark * 2  # 홍OO
    if pattern == 2:
        return surname + rng.choice(_GIVEN_SYLLABLES) + mark  # 이영*
    return rng.choice(V.COMPOUND_SURNAMES) + mark * rng.choice((1, 2))


def hanja_name(rng: random.Random) -> str:
    surname = rng.choice(V.HANJA_COMPOUND) if rng.random() < 0.08 else rng.choice(V.HANJA_SURNAMES)
    return surname + "".join(rng.choice(V.HANJA_GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


def foreign_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        given, family = rng.choice(V.FOREIGN_HANGUL)
        return rng.choice((f"{given} {family}", f"{given} {family}", given + family, family))
    if roll < 0.65:
        return rng.choice(V.FOREIGN_HANGUL_FULL).replace("_", " ")
    if roll < 0.85:
        name = rng.choice(V.FOREIGN_LATIN).replace("_", " ")
        return name.upper() if rng.random() < 0.15 else name
    name = f"{rng.choice(V.ROMAN_SURNAMES)} {rng.choice(V.ROMAN_GIVEN)}"
    return name.upper() if rng.random() < 0.3 else name


def given_name(rng: random.Random) -> str:
    """A given name used alone for a person (`태윤이가`, `서연 씨`, `Minji`)."""
    if rng.random() < 0.15:
        return rng.choice(V.ROMAN_GIVEN).replace("-", "")
    return rng.choice(V.GIVEN_NAMES) if rng.random() < 0.7 else rng.choice(_GIVEN_SYLLABLES) + rng.choice(_GIVEN_SYLLABLES)


def masked_latin(rng: random.Random) -> str:
    family, *given = rng.choice(V.FOREIGN_LATIN + V.ROMAN_SURNAMES).split("_") + [rng.choice(V.ROMAN_GIVEN)]
    return " ".join([family] + [g[0] + "*" * rng.randint(2, 4) for g in given[:2]])


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.66:
        return korean_name(rng)
    if roll < 0.76:
        return masked_name(rng)
    if roll < 0.81:
        return hanja_name(rng)
    if roll < 0.86:
        return given_name(rng)
    if roll < 0.88:
        return masked_latin(rng)
    return foreign_name(rng)


def _num(rng: random.Random, high: int) -> int:
    return rng.randint(1, rng.choice((20, 99, high)))


def address(rng: random.Random) -> str:
    parts = []
    if rng.random() < 0.7:
        parts.append(rng.choice(V.SIDO))
    if rng.random() < 0.85:
        parts.append(rng.choice(V.SIGUNGU).replace("_", " "))
    kind = rng.random()
    if kind < 0.55:  # road name address
        road = rng.choice(V.ROADS)
        if rng.random() < 0.3:
            road += f"{rng.randint(1, 150)}번길"
        parts.append(road)
        number = str(_num(rng, 999))
        if rng.random() < 0.2:
            number += f"-{rng.randint(1, 30)}"
        parts.append(("지하 " if rng.random() < 0.03 else "") + number)
    elif kind < 0.85:  # lot number address
        parts.append(rng.choice(V.EMD))
        if rng.random() < 0.2:
            parts.append(rng.choice(V.RI))
        lot = ("산 " if rng.random() < 0.05 else "") + f"{_num(rng, 1500)}"
        if rng.random() < 0.5:
            lot += f"-{rng.randint(1, 40)}"
        parts.append(lot + ("번지" if rng.random() < 0.35 else ""))
    else:  # only the building and unit
        parts = [rng.choice(V.APARTMENTS + V.BUILDINGS)]
        return " ".join(parts) + f" {rng.randint(101, 125)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
    text = " ".join(parts)
    detail = rng.random()
    dong, ho, floor = rng.randint(101, 125), f"{rng.randint(1, 30)}{rng.randint(1, 6):02d}", rng.randint(1, 20)
    apartment = rng.choice(V.APARTMENTS + V.BUILDINGS)
    if detail < 0.25:
        text += f", {dong}동 {ho}호"
    elif detail < 0.4:
        text += f" {apartment} {dong}동 {ho}호"
    elif detail < 0.5:
        text += f" {floor}층"
    elif detail < 0.6:
        text += f" ({rng.choice(V.EMD)}, {apartment})"
    elif detail < 0.7:
        text += f" {ho}호"
    return text


def location(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(V.SIDO)
    if roll < 0.5:
        return rng.choice(V.SIGUNGU).split("_")[-1 if rng.random() < 0.5 else 0]
    if roll < 0.65:
        return rng.choice(V.EMD)
    if roll < 0.85:
        return rng.choice(V.LANDMARKS)
    return rng.choice(V.COUNTRIES)


def phone(rng: random.Random) -> str:
    return f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


# ------------------------------------------------------------------ templates
# {P} person, {A} address, {L} place, {T} title after a name, {C} cue before a name, {PH} phone,
# particle slots ({이가}, {은는}, ...) agree with the word before them.
PERSON_TEMPLATES = (
    "참석자: {P}, {P}, {P}", "참석자 : {P}·{P}·{P}", "참석: {P}, {P}, {P}, {P}", "회의 참석자 {P}, {P}",
    "작성자 {P} / 검토자 {P}", "수신: {P} {T}, {P} {T}", "명단 1. {P} 2. {P} 3. {P}", "{P}, {P}, {P} 외 2명",
    "담당: {P} {T}", "{P} {T}에게 전달 부탁드립니다.", "{P} {T}{이가} 현장을 확인했습니다.", "어제 {P} {T}과 통화했습니다.",
    "{P}님께 연락 부탁드립니다.", "{P} 씨{가} 민원을 제기했습니다.", "{P}씨 댁 앞입니다.", "{P}님{이} 접수하신 건입니다.",
    "'{P}'이라는 분이 전화하셨습니다.", "\"{P}\" 명의로 접수됐습니다.", "“{P}” 씨가 다녀갔습니다.", "「{P}」 님 요청 사항",
    "{C} {P}", "{C}: {P}", "{C} {P}입니다.", "{C} {P}{은는} 연락이 안 됩니다.", "성명 {P} 연락처 {PH}",
    "| {P} | {PH} |", "이름\t{P}\t전화\t{PH}", "{P} / {PH}", "{P}({PH})", "- 담당자: {P} ({PH})",
    "보낸 사람: {P}", "{P} 드림", "안녕하세요, {P}입니다.", "저는 {P}{이라고} 합니다.", "처리자: {P}",
    "어제 {P}{이가} 찾아왔습니다.", "지난주에 {P}{과와} 이야기했습니다.", "{P}{은는} 옆집에 삽니다.", "{P} 어르신 댁",
    "신청인 {P}, 보호자 {P}", "{P} 대리인 {P}", "예금주 {P}", "{P}{을를} 만났습니다.", "{P}의 요청으로",
    "{P}{T} 확인 바랍니다.", "{P}님 안녕하세요", "{G}{아야} 내일 몇 시에 와?", "{G} 씨가 그러는데", "{G}{이가} 울면서 전화했어요.",
    "To: {P} / Cc: {P}", "- {P} 올림", "{P} ({P} 대리 작성)", "발신: {P} 주무관 ({PH})",
)
ADDRESS_TEMPLATES = (
    "주소: {A}", "주소 {A}", "저희 집은 {A}입니다.", "{A}에 살고 있습니다.", "{A}에 거주하는 {P}입니다.",
    "배송지는 {A}{이고} 연락처는 {PH}입니다.", "현장 위치: {A}", "{A} 앞 도로에 불법 주차가 많습니다.",
    "{A} 인근 공사 소음 때문에", "소재지 {A}", "| {P} | {A} | {PH} |", "민원 발생 장소는 {A}입니다.",
    "{A}{으로} 보내 주세요.", "사는 곳: {A}", "{P} ({A})", "제 주소는 {A}{이고} 이름은 {P}입니다.",
)
LOCATION_TEMPLATES = (
    "{L}에서 열린 행사", "{L} 일대", "{L} 근처 도로", "{L}{으로} 이사했습니다.", "{L}에 다녀왔습니다.",
    "{L}{과와} {L} 사이", "{L} 주민입니다.",
)
NEGATIVE_TEMPLATES = (
    "담당 주무관께 전화했는데 받지 않습니다.", "해당 팀장님이 다시 연락 준다고 했습니다.", "민원인이 직접 방문했습니다.",
    "주민센터 직원분께 감사드립니다.", "이번 주 안에 조치 부탁드립니다.", "정부 정책에 따라 처리했습니다.",
    "공원 관리 담당자에게 전달했습니다.", "관리사무소 소장님과 협의 중입니다.", "이웃 주민들이 불편을 겪고 있습니다.",
    "김치찌개 냄새가 심합니다.", "성명 및 연락처를 기재해 주세요.", "주소란에 도로명을 적어 주세요.",
    "대표번호로 문의했습니다.", "1층 상가 앞에 쓰레기가 쌓여 있습니다.", "3번 출구 앞입니다.", "10동 앞 주차장",
    "신청서 양식에 이름을 적었습니다.", "구청장님께 건의드립니다.", "이사장 선출 공고", "한국전력에 신고했습니다.",
    "| 이름 | 연락처 | 주소 | 비고 |", "[2024-05-17 10:22:01] INFO session started", "GET /api/v1/minwon 200 1532ms",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0", "ERROR: timeout while connecting to DB",
    "Seoul Metropolitan Government Open Data", "첨부: 신청서.hwp, 사진 3장", "회의록 작성: 민원봉사과",
    "문의: 수원시청 민원실", "시민안전보험 안내",
)
CARRIERS_FALLBACK = (
    "밤마다 공사 소음 때문에 잠을 잘 수가 없습니다.", "불법 주차 차량이 너무 많아 통학이 위험합니다.",
    "가로등이 일주일째 꺼져 있습니다.", "음식물 쓰레기가 수거되지 않았습니다.", "버스 배차 간격이 너무 깁니다.",
    "보도블록이 깨져 있어 위험합니다.", "하수구 냄새가 심합니다.", "민원 처리 결과를 안내받지 못했습니다.",
)


class _Builder:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[list] = []
        self.ignore: list[list[int]] = []

    def add(self, piece: str, label: str | None = None, ignore: bool = False) -> None:
        start = len(self.text)
        self.text += piece
        if label:
            self.spans.append([start, len(self.text), label])
        if ignore and piece:
            self.ignore.append([start, len(self.text)])


def _fill(builder: _Builder, template: str, rng: random.Random) -> None:
    values = {"P": ("PERSON", person), "A": ("ADDRESS", address), "L": ("LOCATION", location),
              "G": ("PERSON", given_name)}
    position = 0
    for match in _SLOT.finditer(template):
        builder.add(template[position:match.start()])
        slot = match.group(1)
        if slot in values:
            label, make = values[slot]
            builder.add(make(rng), label)
        elif slot == "T":
            builder.add(rng.choice(V.TITLES))
        elif slot == "C":
            builder.add(rng.choice(V.CUES))
        elif slot == "PH":
            builder.add(phone(rng))
        else:
            pair = PARTICLES.get(slot, ("", ""))
            builder.add(pair[0] if has_final(builder.text) else pair[1])
        position = match.end()
    builder.add(template[position:])


def example(rng: random.Random, carriers: list[tuple[str, list[tuple[int, int]]]]) -> dict:
    """One synthetic sentence: 1-3 fragments, each between pieces of real carrier text."""
    builder = _Builder()
    roll = rng.random()
    if roll < 0.04:  # a short field: a department name or label, no value in it
        builder.add(rng.choice(V.DEPARTMENTS + V.SHORT_NEGATIVES))
        return {"text": builder.text, "spans": builder.spans, "ignore": builder.ignore}
    if roll < 0.06:  # a short field holding only a place name
        builder.add(location(rng), "LOCATION")
        return {"text": builder.text, "spans": builder.spans, "ignore": builder.ignore}
    if carriers and roll < 0.26:  # real text with no value in it at all
        for _ in range(rng.choice((1, 2))):
            carrier, proper_nouns = rng.choice(carriers)
            offset = len(builder.text) + (1 if builder.text else 0)
            builder.add(" " if builder.text else "")
            builder.add(carrier)
            builder.ignore.extend([offset + s, offset + e] for s, e in proper_nouns)
        return {"text": builder.text, "spans": builder.spans, "ignore": builder.ignore}
    for _ in range(rng.choice((1, 1, 2))):
        if carriers and rng.random() < 0.7:
            carrier, proper_nouns = rng.choice(carriers)
            offset = len(builder.text) + (1 if builder.text else 0)
            builder.add(" " if builder.text else "")
            builder.add(carrier)
            builder.ignore.extend([offset + s, offset + e] for s, e in proper_nouns)
        roll = rng.random()
        if roll < 0.55:
            template = rng.choice(PERSON_TEMPLATES)
        elif roll < 0.8:
            template = rng.choice(ADDRESS_TEMPLATES)
        elif roll < 0.88:
            template = rng.choice(LOCATION_TEMPLATES)
        else:
            template = rng.choice(NEGATIVE_TEMPLATES)
        builder.add(" " if builder.text else "")
        _fill(builder, template, rng)
    return {"text": builder.text, "spans": builder.spans, "ignore": builder.ignore}


def proper_noun_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Per text, the spans kiwipiepy tags as proper nouns (NNP); [(0, len)] for every text without kiwipiepy."""
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        return [[(0, len(t))] for t in texts]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        kiwi = Kiwi(num_workers=0)
    out = []
    for text in texts:
        out.append([(token.start, token.start + token.len) for token in kiwi.tokenize(text) if token.tag == "NNP"])
    return out


def tag_carriers(carriers: list[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Carrier sentences (4-80 characters) with their proper-noun spans; built-in ones when none."""
    texts = [c.strip() for c in carriers if 4 <= len(c.strip()) <= 80] or list(CARRIERS_FALLBACK)
    return list(zip(texts, proper_noun_spans(texts)))


def generate(n: int, carriers: list[tuple[str, list[tuple[int, int]]]], seed: int) -> list[dict]:
    """`n` examples around `carriers` (from tag_carriers)."""
    rng = random.Random(seed)
    carriers = carriers or tag_carriers([])  # once: tagging the built-in carriers loads kiwipiepy
    return [example(rng, carriers) for _ in range(n)]
