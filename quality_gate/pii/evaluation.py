"""Span-level evaluation of the masker on a gold JSONL file.

A gold span is found when a predicted span of the same entity family overlaps it; a predicted span
is correct when it overlaps a gold span of its family. Families group types that mask the same
kind of value: KR_RRN/KR_FRN (registration numbers) and CREDIT_CARD/BANK_ACCOUNT (payment
numbers); every other type is its own family.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES = {"KR_RRN": "REGISTRATION", "KR_FRN": "REGISTRATION", "CREDIT_CARD": "PAYMENT", "BANK_ACCOUNT": "PAYMENT"}
NAMES = frozenset({"PERSON"})
ADDRESSES = frozenset({"KR_ADDRESS"})


def family(entity: str) -> str:
    return FAMILIES.get(entity, entity)


def is_structured(entity: str) -> bool:
    return entity not in NAMES and entity not in ADDRESSES


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Counts:
    gold: int = 0
    found: int = 0  # gold spans found
    predicted: int = 0
    correct: int = 0  # predicted spans that are right

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


@dataclass
class Report:
    per_entity: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, gold value, text)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, value, text)
    records: int = 0

    def pooled(self, select) -> Counts:
        total = Counts()
        for entity, c in self.per_entity.items():
            if select(entity):
                total.gold += c.gold
                total.found += c.found
                total.predicted += c.predicted
                total.correct += c.correct
        return total

    @property
    def structured(self) -> Counts:
        return self.pooled(is_structured)

    @property
    def names(self) -> Counts:
        return self.pooled(lambda e: e in NAMES)

    @property
    def addresses(self) -> Counts:
        return self.pooled(lambda e: e in ADDRESSES)

    @property
    def overall(self) -> Counts:
        return self.pooled(lambda e: True)

    def merge(self, other: "Report") -> "Report":
        merged = Report()
        for report in (self, other):
            merged.records += report.records
            merged.misses += report.misses
            merged.false_positives += report.false_positives
            for entity, c in report.per_entity.items():
                m = merged.per_entity[entity]
                m.gold += c.gold
                m.found += c.found
                m.predicted += c.predicted
                m.correct += c.correct
        return merged

    def table(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'entity':<18} {'gold':>5} {'recall':>7} {'pred':>5} {'precision':>9}")
        for entity in sorted(self.per_entity):
            c = self.per_entity[entity]
            lines.append(f"{entity:<18} {c.gold:>5} {c.recall:>7.3f} {c.predicted:>5} {c.precision:>9.3f}")
        for label, c in (("structured", self.structured), ("names", self.names), ("addresses", self.addresses),
                         ("overall", self.overall)):
            lines.append(f"{'= ' + label:<18} {c.gold:>5} {c.recall:>7.3f} {c.predicted:>5} {c.precision:>9.3f}")
        return "\n".join(lines)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(masker, records: list[dict]) -> Report:
    report = Report()
    for record in records:
        text = record["text"]
        gold = record["spans"]
        predicted = masker.detect(text)
        report.records += 1
        for span in gold:
            counts = report.per_entity[span["entity"]]
            counts.gold += 1
            if any(family(p.entity) == family(span["entity"]) and _overlaps(p.start, p.end, span["start"], span["end"])
                   for p in predicted):
                counts.found += 1
            else:
                report.misses.append((span["entity"], text[span["start"]:span["end"]], text))
        for p in predicted:
            counts = report.per_entity[p.entity]
            counts.predicted += 1
            if any(family(p.entity) == family(span["entity"]) and _overlaps(p.start, p.end, span["start"], span["end"])
                   for span in gold):
                counts.correct += 1
            else:
                report.false_positives.append((p.entity, text[p.start:p.end], text))
    return report


# ---------------------------------------------------------------------------- coverage-based scoring
# Issue 13's rule for names and places: a gold value is found when predicted spans of its family
# cover at least MIN_COVERAGE of its non-space characters; a predicted span is right when it
# overlaps a gold value of its family; it is "not personal" when it overlaps no gold value at all.
MIN_COVERAGE = 0.8
PLACE_FAMILY = {"LOCATION": "PLACE", "KR_ADDRESS": "PLACE", "ADDRESS": "PLACE"}


def coverage(text: str, start: int, end: int, predicted: list[tuple[int, int]]) -> float:
    """Share of the non-space characters of text[start:end] inside any of the `predicted` spans."""
    positions = [i for i in range(start, end) if not text[i].isspace()] or list(range(start, end))
    if not positions:
        return 0.0
    covered = sum(1 for i in positions if any(s <= i < e for s, e in predicted))
    return covered / len(positions)


@dataclass
class CoverageReport:
    """Per gold entity: gold / found; per predicted entity: predicted / correct / not personal."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    predicted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    not_personal: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    records: int = 0

    def recall(self, entity: str | None = None) -> float:
        gold = sum(self.gold.values()) if entity is None else self.gold.get(entity, 0)
        found = sum(self.found.values()) if entity is None else self.found.get(entity, 0)
        return found / gold if gold else float("nan")

    def precision(self) -> float:
        predicted = sum(self.predicted.values())
        return sum(self.correct.values()) / predicted if predicted else float("nan")

    def not_personal_share(self) -> float:
        predicted = sum(self.predicted.values())
        return sum(self.not_personal.values()) / predicted if predicted else 0.0

    def merged(self, other: "CoverageReport") -> "CoverageReport":
        out = CoverageReport(records=self.records + other.records)
        for name in ("gold", "found", "predicted", "correct", "not_personal"):
            target = getattr(out, name)
            for source in (getattr(self, name), getattr(other, name)):
                for key, value in source.items():
                    target[key] += value
        return out

    def as_dict(self) -> dict:
        return {
            "records": self.records,
            "recall": {e: round(self.recall(e), 4) for e in sorted(self.gold)} | {"overall": round(self.recall(), 4)},
            "gold": dict(sorted(self.gold.items())),
            "predicted": dict(sorted(self.predicted.items())),
            "span_precision": round(self.precision(), 4),
            "not_personal_share": round(self.not_personal_share(), 4),
        }

    def table(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'entity':<18} {'gold':>5} {'recall':>7} {'pred':>5} {'not personal':>12}")
        for entity in sorted(set(self.gold) | set(self.predicted)):
            recall = f"{self.recall(entity):7.3f}" if self.gold.get(entity) else f"{'-':>7}"
            lines.append(f"{entity:<18} {self.gold.get(entity, 0):>5} {recall} {self.predicted.get(entity, 0):>5} "
                         f"{self.not_personal.get(entity, 0):>12}")
        lines.append(f"{'= overall':<18} {sum(self.gold.values()):>5} {self.recall():7.3f} "
                     f"{sum(self.predicted.values()):>5} {sum(self.not_personal.values()):>12}")
        lines.append(f"span precision {self.precision():.3f}; share of masked spans not personal "
                     f"{self.not_personal_share():.3f}")
        return "\n".join(lines)


def coverage_family(entity: str) -> str:
    return PLACE_FAMILY.get(entity, family(entity))


def score_coverage(report: CoverageReport, text: str, gold: list[tuple[str, int, int]],
                   predicted: list[tuple[str, int, int]], min_coverage: float = MIN_COVERAGE,
                   negatives: list[tuple[int, int]] = ()) -> None:
    """Add one text's gold values and predictions (entity, start, end) to `report`; a prediction
    overlapping a labelled look-alike (`negatives`) is not personal even if it also touches a value."""
    report.records += 1
    for entity, start, end in gold:
        report.gold[entity] += 1
        same = [(s, e) for p, s, e in predicted if coverage_family(p) == coverage_family(entity)]
        if coverage(text, start, end, same) >= min_coverage:
            report.found[entity] += 1
    for entity, start, end in predicted:
        report.predicted[entity] += 1
        overlapping = [g for g, s, e in gold if _overlaps(start, end, s, e)]
        if any(coverage_family(g) == coverage_family(entity) for g in overlapping):
            report.correct[entity] += 1
        if not overlapping or any(_overlaps(start, end, s, e) for s, e in negatives):
            report.not_personal[entity] += 1
