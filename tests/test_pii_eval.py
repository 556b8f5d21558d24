"""Span-level precision and recall of the PII masker on the evaluation set (both files).

tests/pii/eval_set.jsonl is the development file; tests/pii/eval_holdout.jsonl was written with it
but kept out of rule tuning. A gold span is found when a predicted span of the same entity family
overlaps it (quality_gate.pii.evaluation). Targets: recall >= 0.99 for structured identifiers,
>= 0.95 for names and addresses, precision >= 0.97 for identifiers (>= 0.80 for names since the
learned tagger of issue 13, >= 0.95 overall).

Run with -s to see the per-entity tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from configuration import load_config
from quality_gate.pii import build_masker
from quality_gate.pii.evaluation import Report, evaluate, is_structured, load_jsonl

HERE = Path(__file__).resolve().parent / "pii"
FILES = {"dev": HERE / "eval_set.jsonl", "holdout": HERE / "eval_holdout.jsonl"}

STRUCTURED_RECALL = 0.99
NAME_RECALL = 0.95
ADDRESS_RECALL = 0.95
PRECISION = 0.97
NAME_PRECISION = 0.80
OVERALL_PRECISION = 0.95


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    masker = build_masker(load_config().quality_gate.pii)
    out = {name: evaluate(masker, load_jsonl(path)) for name, path in FILES.items()}
    out["combined"] = out["dev"].merge(out["holdout"])
    for name, report in out.items():
        print("\n" + report.table(f"[{name}] {report.records} records"))
    return out


def _misses(report: Report, select) -> str:
    return "; ".join(f"{entity}: {value!r}" for entity, value, _ in report.misses if select(entity))[:2000]


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_structured_identifier_recall(reports, name):
    report = reports[name]
    assert report.structured.recall >= STRUCTURED_RECALL, _misses(report, is_structured)


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_name_recall(reports, name):
    report = reports[name]
    assert report.names.recall >= NAME_RECALL, _misses(report, lambda e: e == "PERSON")


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_address_recall(reports, name):
    report = reports[name]
    assert report.addresses.recall >= ADDRESS_RECALL, _misses(report, lambda e: e == "KR_ADDRESS")


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_overall_precision(reports, name):
    """Identifiers (rules) keep precision >= 0.97. Names come from the learned tagger too, which
    trades precision for recall on text nobody here wrote (issue 13): >= 0.80 for names, >= 0.95 overall."""
    report = reports[name]
    wrong = "; ".join(f"{e}: {v!r}" for e, v, _ in report.false_positives)[:2000]
    assert report.structured.precision >= PRECISION, wrong
    assert report.names.precision >= NAME_PRECISION, wrong
    assert report.overall.precision >= OVERALL_PRECISION, wrong


def test_every_structured_type_meets_recall_on_the_whole_set(reports):
    combined = reports["combined"]
    low = {
        entity: round(counts.recall, 3)
        for entity, counts in combined.per_entity.items()
        if is_structured(entity) and counts.gold and counts.recall < STRUCTURED_RECALL
    }
    assert not low, f"{low}: {_misses(combined, lambda e: e in low)}"


def test_every_entity_type_is_evaluated(reports):
    from quality_gate.pii.recognizers import RECOGNIZERS

    combined = reports["combined"]
    configured = set(load_config().quality_gate.pii.entities)
    # Every type the shipped gate masks has gold values here. LOCATION (bare place names) is off
    # in the shipped gate; it is evaluated on the KLUE-NER held-out part (`minwon pii evaluate`).
    assert {e for e, c in combined.per_entity.items() if c.gold} == configured == set(RECOGNIZERS) - {"LOCATION"}
