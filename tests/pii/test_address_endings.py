"""address.ENDINGS: the long address patterns run only where their ending is in the text, so every match
of theirs must hold its ending, on text nobody wrote for them (all the evaluation documents, the KLUE-NER
sentences when present) and on the forms the recognizer's own tests use."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quality_gate.pii.recognizers.address import ENDINGS, PATTERNS_BY_ENDING
from tests.pii.test_fast_regex import _documents

ROOT = Path(__file__).resolve().parent


def _texts() -> list[str]:
    texts = _documents()
    klue = Path(os.environ.get("MINWON_KLUE_NER_DIR", ROOT.parents[2] / "shared" / "data" / "klue-ner"))
    if (klue / "klue-ner-v1.1_dev.tsv").is_file():
        from quality_gate.pii.klue import read_klue

        texts.extend(sentence.text for sentence in read_klue(klue / "klue-ner-v1.1_dev.tsv"))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 4000
    return found


def test_every_match_of_a_long_address_pattern_holds_its_ending(texts):
    matched = {name: 0 for name in PATTERNS_BY_ENDING}
    for text in texts:
        for name, pattern in PATTERNS_BY_ENDING.items():
            for match in pattern.finditer(text):
                matched[name] += 1
                assert ENDINGS[name].search(match.group()) is not None, (name, match.group())
    assert all(count > 20 for count in matched.values()), matched  # the check saw each pattern at work


@pytest.mark.parametrize("text, name", [
    ("서울특별시 강남구 테헤란로 152", "road"), ("세종로 지하 1", "road"), ("분당구 정자일로 95번길 12", "road"),
    ("경기도 용인시 처인구 원삼면 맹리 188", "lot"), ("산 12-3", None), ("전대리 산 31-2", "lot"),
    ("래미안 101동 1203호", "unit"), ("B동 302호", "unit"), ("가동 1203호", "unit"),
    ("한빛빌라 302호", "building room"), ("수원e편한세상 1502호", "building room"),
])
def test_the_endings_of_the_recognizers_own_forms(text, name):
    for pattern_name, pattern in PATTERNS_BY_ENDING.items():
        if pattern.search(text) is not None:
            assert ENDINGS[pattern_name].search(text) is not None, (text, pattern_name)
    if name is not None:
        assert PATTERNS_BY_ENDING[name].search(text) is not None and ENDINGS[name].search(text) is not None
    assert ENDINGS["unit"].search("109동 주민입니다") is None and ENDINGS["road"].search("도로에서 넘어졌습니다") is None
