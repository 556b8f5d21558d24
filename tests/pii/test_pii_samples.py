"""The masker over the repository's synthetic sample uploads (data/samples, written independently
of the recognizers): every planted identifier is masked, nothing is left for the residual scan,
and little that was not planted gets masked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from configuration import load_config
from quality_gate.pii import build_masker

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
pytestmark = pytest.mark.skipif(not (SAMPLES / "manifest.json").is_file(), reason="data/samples not present")


def _rows(manifest: dict):
    for name, info in manifest["files"].items():
        path = SAMPLES / name
        if not path.is_file():
            continue
        if info["format"] == "csv":
            text = path.read_bytes().decode(info["encoding"], errors="replace")
            yield from csv.reader(io.StringIO(text, newline=""))
        elif info["format"] == "jsonl":
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    yield [str(v) for v in json.loads(line).values()]
                except ValueError:
                    continue  # the planted undecodable row
        elif info["format"] == "xlsx":
            openpyxl = pytest.importorskip("openpyxl")
            sheet = openpyxl.load_workbook(path, read_only=True).active
            for row in sheet.iter_rows(values_only=True):
                yield ["" if cell is None else str(cell) for cell in row]


@pytest.fixture(scope="module")
def masked_samples():
    manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    masker = build_masker(load_config().quality_gate.pii)
    rows = []
    for row in _rows(manifest):
        rows.append((row, [masker.mask(cell, "suwon").text for cell in row]))
    return manifest, masker, rows


def test_no_planted_value_survives(masked_samples):
    manifest, _, rows = masked_samples
    leaked = {}
    present = 0
    for original, masked in rows:
        before, after = "\n".join(original), "\n".join(masked)
        for kind, values in manifest["pii"].items():
            for value in values:
                if value in before:
                    present += 1
                    if value in after:
                        leaked.setdefault(kind, []).append(value)
    assert present > 800
    assert not leaked, {kind: len(values) for kind, values in leaked.items()}


def test_residual_scan_is_clean_on_masked_samples(masked_samples):
    _, masker, rows = masked_samples
    dirty = [m for _, masked in rows if (m := masker.residual_entities("\n".join(masked)))]
    assert not dirty


def _extra(manifest, masker, rows, entities=None) -> int:
    planted = [v for values in manifest["pii"].values() for v in values]
    extra = 0
    for original, _ in rows:
        for cell in original:
            for detection in masker.detect(cell):
                value = cell[detection.start:detection.end]
                if (entities is None or detection.entity in entities) and not any(value in p or p in value for p in planted):
                    extra += 1
    return extra


def test_little_is_masked_that_was_not_planted(masked_samples):
    """The rules mask almost nothing that was not planted. The learned tagger reads some ordinary
    words as names (on these 905 records, measured 2026-11-27: 152 words, the rules alone: 0); this
    bounds it at one word in four records so that a worse model fails here."""
    manifest, masker, rows = masked_samples
    rules = build_masker(load_config().quality_gate.pii.model_copy(update={"learned": None}))
    assert _extra(manifest, rules, rows) <= 5
    assert _extra(manifest, masker, rows, entities={"PHONE_NUMBER", "EMAIL_ADDRESS", "KR_RRN", "KR_FRN", "CREDIT_CARD",
                                                     "BANK_ACCOUNT", "KR_CAR_PLATE", "IP_ADDRESS"}) <= 5
    assert _extra(manifest, masker, rows) <= len(rows) / 4
