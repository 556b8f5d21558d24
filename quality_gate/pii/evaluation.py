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
