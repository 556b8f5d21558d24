"""The LOCATION gazetteer (quality_gate/pii/recognizers/place.py) on sentences written here."""

from __future__ import annotations

import pytest

from quality_gate.pii.recognizers import build_registry
from quality_gate.pii.recognizers.place import KoreanPlaceNameRecognizer


def places(text: str) -> list[str]:
    return [text[r.start:r.end] for r in KoreanPlaceNameRecognizer().analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("text, expected", [
    ("2006년 이스라엘에서 한국 기업에 근무했다", ["이스라엘", "한국"]),
    ("호우 특보는 충남, 충북, 전북에 내려졌다", ["충남", "충북", "전북"]),
    ("경기도 수원시 영통구 주민센터", ["경기도", "수원시", "영통구"]),
    ("뉴질랜드 비자 소지자", ["뉴질랜드"]),
    ("방콕에는 대사관이 있다", ["방콕"]),
    ("미국산 소고기 수입", ["미국"]),
    ("충남 예산에서 열린 축제", ["충남", "예산"]),      # ambiguous, but a province stands before it
    ("전주시 완산구 도로 보수", ["전주시"]),            # 완산구 is not in the list
    ("서울도 비가 온다", ["서울"]),                     # the particle 도 stays outside
    ("런던올림픽 동메달을 땄다", ["런던"]),             # glued to a common noun: the name alone
    ("이란영화는 낯설다", ["이란"]),
    ("장소를 보린교회로 옮겼다", ["보린교회"]),         # facilities with a proper name
    ("신라호텔에서 열린 간담회", ["신라호텔"]),
    ("서해대교 사고 원인", ["서해대교"]),
    ("사근진 해수욕장의 피서객", ["사근진 해수욕장"]),
    ("인천국제공항에서 출발", ["인천국제공항"]),
])
def test_place_names_as_whole_words(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "올해 예산이 부족합니다",        # 예산: budget
    "예산도 없다고 합니다",          # the particle 도 is not the province suffix
    "전주 교체 공사가 늦어집니다",   # 전주: utility pole
    "경기 침체로 매출이 줄었다",     # 경기: the economy
    "고양이가 울어요",              # 고양 + 이: a cat
    "한국전력 직원이 방문했다",      # part of an organisation's name
    "부산물 처리 비용",             # 부산 inside a longer word
    "인도에 불법 주차된 차량",       # 인도: sidewalk (not in the list)
    "한국전력 직원이 방문했다",      # 전력 is not a noun a place name is glued to
    "국제공항 이용객이 늘었다",      # generic words before a facility noun
    "버스터미널 앞 횡단보도",
    "교회에서 예배를 드렸다",
    "좋은 호텔에서 묵었다",          # an adjective before it, with a space
    "시내의 호텔이 비싸다",
])
def test_ordinary_words_are_not_places(text):
    assert places(text) == []


def test_the_gazetteer_runs_only_when_location_is_configured():
    registry = build_registry(["PERSON", "LOCATION"])
    assert any(isinstance(r, KoreanPlaceNameRecognizer) for r in registry.recognizers)
    assert not any(isinstance(r, KoreanPlaceNameRecognizer) for r in build_registry(["PERSON"]).recognizers)
    assert KoreanPlaceNameRecognizer().analyze("미국에서 왔다", ["PERSON"]) == []


def test_the_tagger_span_and_the_gazetteer_span_become_their_union():
    from presidio_analyzer import RecognizerResult

    from quality_gate.pii.masker import resolve_overlaps

    tagger = RecognizerResult("LOCATION", 7, 9, 0.99)      # 서초 (the tagger stopped before 구)
    gazetteer = RecognizerResult("LOCATION", 7, 10, 0.8)   # 서초구
    kept = resolve_overlaps([tagger, gazetteer])
    assert [(r.start, r.end, r.score) for r in kept] == [(7, 10, 0.99)]


def _word(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize("text, word, expected", [
    ("미국, 일본, 캐나다, 호주, 뉴질랜드 비자 소지자", "호주", True),   # a list of places
    ("호주·뉴질랜드 노선 증편", "호주", True),
    ("방문지인 방콕에는 대사관이 있다", "방콕에", True),                 # a particle only a place takes
    ("호주에서 온 유학생", "호주", True),
    ("호주 씨가 민원을 냈다", "호주", False),                             # an honorific: a person
    ("| 도하 | 21.06.22 | 부 주기현 |", "도하", False),                  # a given name that is also a city
    ("03  도하은  2019년 6월 19일", "도하은", False),
    ("참석자: 김민수, 호주", "호주", False),                              # beside a name, not a place
    ("배우 강동원 인터뷰", "강동원", False),                              # 강동 + 원 is no place and particle
    ("국적은 캐나다입니다", "캐나다", False),                             # no place particle, no list
])
def test_where_a_tagger_name_gives_way_to_a_place(text, word, expected):
    from quality_gate.pii.recognizers.place import place_word

    assert place_word(*_word(text, word)) is expected


def test_a_tagger_name_on_a_listed_place_is_reported_as_a_place_or_not_at_all():
    """With LOCATION off (the shipped gate) a bare place is not masked; with it on, it is a LOCATION."""
    from types import SimpleNamespace

    from quality_gate.pii.ner.codec import Span
    from quality_gate.pii.recognizers.learned import LearnedNerRecognizer

    text = "미국, 캐나다, 호주 비자 소지자와 김민수 주무관"
    spans = [Span("PERSON", text.index("호주"), text.index("호주") + 2, 0.9),
             Span("PERSON", text.index("김민수"), text.index("김민수") + 3, 0.9)]
    model = SimpleNamespace(predict=lambda texts: [spans for _ in texts], common_words=frozenset(),
                            thresholds={"PERSON": 0.2, "LOCATION": 0.4, "ADDRESS": 0.55})

    def found(entities):
        recognizer = LearnedNerRecognizer(model, entities)
        return [(r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, entities)]

    assert found(["PERSON"]) == [("PERSON", "김민수")]
    assert sorted(found(["PERSON", "LOCATION"])) == [("LOCATION", "호주"), ("PERSON", "김민수")]
