"""The evaluation set itself: valid gold offsets, built from its sources, big and varied enough."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quality_gate.pii.evaluation import is_structured, load_jsonl

try:
    from tests.pii import eval_tools
except ImportError:  # pytest run with tests/pii as rootdir-relative import path
    import eval_tools

HERE = Path(__file__).resolve().parent
DEV = HERE / "eval_set.jsonl"
HOLDOUT = HERE / "eval_holdout.jsonl"


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {"dev": load_jsonl(DEV), "holdout": load_jsonl(HOLDOUT)}


@pytest.mark.parametrize("path", [DEV, HOLDOUT], ids=["dev", "holdout"])
def test_gold_offsets_are_valid(path):
    assert eval_tools.check_file(path) == []


def test_jsonl_files_are_built_from_the_sources():
    assert eval_tools.check_sources_match() == []


def test_checker_rejects_bad_offsets():
    bad = [
        {"text": "연락처 010-1234-5678", "spans": [{"start": 4, "end": 40, "entity": "PHONE_NUMBER"}]},
        {"text": "연락처 010-1234-5678", "spans": [{"start": 3, "end": 17, "entity": "PHONE_NUMBER"}]},
        {"text": "홍길동님", "spans": [{"start": 0, "end": 3, "entity": "NAME"}]},
        {"text": "홍길동님", "spans": [{"start": 0, "end": 3, "entity": "PERSON"}, {"start": 1, "end": 2, "entity": "PERSON"}]},
    ]
    problems = eval_tools.check_records(bad)
    assert len(problems) == 4, problems


def test_markup_and_check_digits():
    record = eval_tools.parse_line("주민번호 {{RRN:900101-123456?}}, 카드 {{CARD:4111-1111-1111-111?}}")
    rrn, card = (record["text"][s["start"]:s["end"]] for s in record["spans"])
    from quality_gate.pii.checksums import digits_only, luhn_ok, rrn_checksum_ok

    assert rrn_checksum_ok(digits_only(rrn)) and luhn_ok(digits_only(card))
    with pytest.raises(ValueError):
        eval_tools.parse_line("{{RRN:900101-1234567?}}")  # one digit too many before the check digit


def test_size_and_coverage(records):
    everything = records["dev"] + records["holdout"]
    assert len(everything) >= 300
    assert 0.2 <= len(records["holdout"]) / len(everything) <= 0.3
    counts = Counter(span["entity"] for record in everything for span in record["spans"])
    for entity in eval_tools.ENTITIES:
        minimum = 15 if is_structured(entity) else 40
        assert counts[entity] >= minimum, (entity, counts[entity])
    negatives = [r for r in everything if not r["spans"]]
    assert len(negatives) >= 60


def test_sentences_are_not_repeated(records):
    texts = [r["text"] for r in records["dev"] + records["holdout"]]
    assert len(texts) == len(set(texts))
    # Not one template with swapped values: the text around the values varies.
    skeletons = Counter()
    for record in records["dev"] + records["holdout"]:
        text = record["text"]
        for span in sorted(record["spans"], key=lambda s: -s["start"]):
            text = text[: span["start"]] + "#" + text[span["end"]:]
        skeletons[text] += 1
    assert skeletons.most_common(1)[0][1] <= 2


def test_obfuscated_forms_are_covered(records):
    values = [r["text"][s["start"]:s["end"]] for r in records["dev"] + records["holdout"] for s in r["spans"]]
    assert any("\uff10" <= c <= "\uff19" for v in values for c in v)  # full-width digits
    assert any("*" in v for v in values)  # partly masked
    assert any("O1O" in v or "l234" in v for v in values)  # look-alike letters
    assert any(marker in v for v in values for marker in ("[at]", "(at)", "골뱅이", "앳"))
    assert any("공일공" in v for v in values)  # digits written in Hangul
