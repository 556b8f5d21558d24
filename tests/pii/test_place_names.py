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
])
def test_ordinary_words_are_not_places(text):
    assert places(text) == []


def test_the_gazetteer_runs_only_when_location_is_configured():
    registry = build_registry(["PERSON", "LOCATION"])
    assert any(isinstance(r, KoreanPlaceNameRecognizer) for r in registry.recognizers)
    assert not any(isinstance(r, KoreanPlaceNameRecognizer) for r in build_registry(["PERSON"]).recognizers)
    assert KoreanPlaceNameRecognizer().analyze("미국에서 왔다", ["PERSON"]) == []
