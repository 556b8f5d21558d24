"""Person-name rules of quality_gate/pii/recognizers/person.py without the tagger: a surname alone
before a title (sentences written here)."""

from __future__ import annotations

import pytest

from quality_gate.pii.recognizers.person import KoreanNameRecognizer


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in KoreanNameRecognizer(tagger=False).analyze(text, ["PERSON"])]


@pytest.mark.parametrize("text, expected", [
    ("김 주무관이 전화를 받지 않습니다", ["김"]),
    ("최 씨가 운영하는 가게 앞", ["최"]),
    ("오 전 시장을 비롯해 관계자들이", ["오"]),
    ("정 경사를 만나러 갔다", ["정"]),
    ("박 과장님께 보고했습니다", ["박"]),
    ("민원인 김철수 씨와 담당 김 주무관", ["김철수", "김"]),
])
def test_a_surname_before_a_title_is_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "이 과장님께 말씀드렸어요",     # 이: "this"
    "전 직원이 참석했습니다",       # 전: "all"
    "한 주무관이 말하길",          # 한: "one"
    "김 한 장을 샀습니다",          # no title after it
    "김은 맛있다",                 # a surname syllable alone is not spread to other words
])
def test_everyday_words_before_titles_are_not_names(text):
    assert names(text) == []
