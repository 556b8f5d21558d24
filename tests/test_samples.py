"""Tests of the synthetic sample generator (data/samples/generate.py) and its committed output."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import openpyxl
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
TENANTS = yaml.safe_load((ROOT / "configs" / "tenants.yaml").read_text(encoding="utf-8"))["tenants"]
TAXONOMY = {d["code"] for d in yaml.safe_load((ROOT / "configs" / "taxonomy.yaml").read_text(encoding="utf-8"))["departments"]}


def _load_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    a = tmp_path_factory.mktemp("gen_a")
    b = tmp_path_factory.mktemp("gen_b")
    manifest = gen.generate(a)
    gen.generate(b)
    return a, b, manifest


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _read_rows(root: Path, rel: str, entry: dict) -> tuple[list[list[str]], int]:
    """Data rows of one file (header excluded) and the number of undecodable lines skipped."""
    path = root / rel
    if entry["format"] == "jsonl":
        rows = []
        with open(path, encoding="utf-8", errors="strict") as fh:
            for line in fh:
                obj = json.loads(line)
                rows.append([obj[k] for k in ("receipt_id", "received_at", "title", "body", "department")])
        return rows, 0
    if entry["format"] == "xlsx":
        wb = openpyxl.load_workbook(path, read_only=True)
        assert len(wb.worksheets) == 1
        it = wb.active.iter_rows(values_only=True)
        header = list(next(it))
        assert header == entry["columns"]
        rows = [["" if v is None else str(v) for v in row] for row in it]
        wb.close()
        return rows, 0
    # CSV: decode line by line (strict), quarantining lines that are not valid in the encoding
    raw = path.read_bytes()
    encoding = entry["encoding"]
    if encoding == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf")
        raw = raw[3:]
        encoding = "utf-8"
    else:
        assert not raw.startswith(b"\xef\xbb\xbf")
    decoded, bad = [], 0
    for line in raw.splitlines(keepends=True):
        try:
            decoded.append(line.decode(encoding, errors="strict"))
        except UnicodeDecodeError:
            assert line.endswith(b"\n"), "undecodable line must be a complete line"
            bad += 1
    rows = list(csv.reader(io.StringIO("".join(decoded), newline="")))
    assert rows[0] == entry["columns"]
    for row in rows[1:]:
        assert len(row) == 5
    return rows[1:], bad


def test_generation_is_byte_for_byte_deterministic(generated):
    a, b, _ = generated
    files_a, files_b = _files(a), _files(b)
    assert sorted(files_a) == sorted(files_b)
    assert "manifest.json" in files_a and "holdout.jsonl" in files_a
    for name in files_a:
        assert files_a[name] == files_b[name], name


def test_manifest_row_counts_match_files(generated):
    root, _, manifest = generated
    assert manifest["per_tenant"] == 300
    per_tenant: dict[str, int] = {}
    for rel, entry in manifest["files"].items():
        rows, undecodable = _read_rows(root, rel, entry)
        assert len(rows) + undecodable == entry["rows"], rel
        assert undecodable == entry["bad"]["undecodable"], rel
        assert sum(1 for r in rows if not r[2].strip() and not r[3].strip()) == entry["bad"]["empty_text"], rel
        seen, dups = set(), 0
        for r in rows:
            key = tuple(r)
            dups += key in seen
            seen.add(key)
        assert dups == entry["bad"]["duplicate"], rel
        per_tenant[entry["tenant"]] = per_tenant.get(entry["tenant"], 0) + entry["rows"]
    assert per_tenant == {t: 300 for t in TENANTS}
    # the two byte-oriented CSV families each carry one undecodable line
    assert manifest["files"]["suwon/complaints_2026_q1.csv"]["bad"]["undecodable"] == 1
    assert manifest["files"]["seongnam/complaints_2026.csv"]["bad"]["undecodable"] == 1
    for tenant in TENANTS:
        for kind in ("empty_text", "unknown_department", "duplicate"):
            n = sum(e["bad"][kind] for e in manifest["files"].values() if e["tenant"] == tenant)
            assert n >= 2, (tenant, kind)


def test_bodies_lengths_and_dates(generated):
    root, _, manifest = generated
    bounds = manifest["body_chars"]
    lengths = []
    for rel, entry in manifest["files"].items():
        rows, _ = _read_rows(root, rel, entry)
        for r in rows:
            assert r[1].startswith("2026"), r[1]
            assert "2026-01-01" <= r[1][:10].replace(".", "-").replace("/", "-") <= "2026-10-31"
            if r[3]:
                assert bounds["min"] <= len(r[3]) <= bounds["max"], (rel, r[0], len(r[3]))
                lengths.append(len(r[3]))
    # From one-line summaries to long letters, not one narrow band.
    summaries = sum(1 for n in lengths if n <= bounds["summary_max"]) / len(lengths)
    letters = sum(1 for n in lengths if n > 700) / len(lengths)
    assert 0.05 <= summaries <= 0.3 and 0.005 <= letters <= 0.1, (summaries, letters)


def test_labels_are_noisy_and_vocabulary_overlaps(generated):
    """Some well-formed rows are filed under a neighbouring department (listed in the manifest),
    and department words cross over: the demo's model cannot be perfect, and says why."""
    root, _, manifest = generated
    noisy_total, rows_total, crossover = 0, 0, 0
    sentences = [s for group in gen.CROSSOVER.values() for s in group]
    for rel, entry in manifest["files"].items():
        rows, _ = _read_rows(root, rel, entry)
        ids = set(entry["noisy_labels"]["receipt_ids"])
        assert len(ids) == entry["noisy_labels"]["count"]
        known = TENANTS[entry["tenant"]]["departments"]
        assert all(r[4] in known for r in rows if r[0] in ids)  # a real department, just the wrong one
        noisy_total += len(ids)
        rows_total += len(rows)
        crossover += sum(1 for r in rows if any(s in r[3] for s in sentences))
    assert abs(noisy_total / rows_total - manifest["noisy_label_share"]) < 0.02
    assert crossover / rows_total > 0.15


def test_planted_rrns_have_valid_checksums(generated):
    _, _, manifest = generated
    rrns = manifest["pii"]["rrn"] + manifest["holdout"]["pii"]["rrn"]
    assert rrns
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    for rrn in rrns:
        front, back = rrn.split("-")
        assert len(front) == 6 and len(back) == 7
        digits = [int(c) for c in front + back]
        check = (11 - sum(d * w for d, w in zip(digits, weights)) % 11) % 10
        assert check == digits[12], rrn


def test_planted_cards_pass_luhn(generated):
    _, _, manifest = generated
    cards = manifest["pii"]["card"]
    assert cards
    for card in cards:
        digits = [int(c) for c in card if c.isdigit()]
        assert len(digits) == 16
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
                    for i, d in enumerate(reversed(digits)))
        assert total % 10 == 0, card


def test_planted_pii_appears_in_files(generated):
    root, _, manifest = generated
    text = []
    for rel, entry in manifest["files"].items():
        rows, _ = _read_rows(root, rel, entry)
        text.extend(r[3] for r in rows)
    blob = "\n".join(text)
    for kind in ("rrn", "phone", "email", "name", "address", "plate", "account"):
        assert manifest["pii"][kind], kind
    for kind, values in manifest["pii"].items():
        for v in values:
            assert v in blob, (kind, v)


def test_departments_known_in_good_rows_unknown_in_planted(generated):
    root, _, manifest = generated
    for rel, entry in manifest["files"].items():
        known = TENANTS[entry["tenant"]]["departments"]
        unknown_ids = set(entry["bad_receipt_ids"]["unknown_department"])
        assert len(unknown_ids) == entry["bad"]["unknown_department"]
        rows, _ = _read_rows(root, rel, entry)
        planted = [r for r in rows if r[0] in unknown_ids]
        assert len(planted) == len(unknown_ids)
        for r in planted:
            assert r[4] not in known, (rel, r)
            assert r[4] in entry["unknown_departments"]
        for r in rows:
            if r[0] not in unknown_ids:
                assert r[4] in known, (rel, r)
                assert known[r[4]] in TAXONOMY


def test_holdout_is_unseen(generated):
    root, _, manifest = generated
    items = [json.loads(line) for line in (root / "holdout.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(items) == manifest["holdout"]["rows"] == 20
    titles, bodies = set(), set()
    for rel, entry in manifest["files"].items():
        rows, _ = _read_rows(root, rel, entry)
        titles.update(r[2] for r in rows)
        bodies.update(r[3] for r in rows)
    for it in items:
        assert set(it) == {"text", "expected_code", "tenant"}
        assert it["expected_code"] in TAXONOMY and it["tenant"] in TENANTS
        title, body = it["text"].split("\n", 1)
        assert title not in titles and body not in bodies
    assert {it["expected_code"] for it in items} == TAXONOMY


def test_committed_samples_match_generator(generated):
    root, _, _ = generated
    if not (SAMPLES / "manifest.json").exists():
        pytest.skip("sample files not generated in data/samples")
    fresh = _files(root)
    for name, data in fresh.items():
        committed = SAMPLES / name
        assert committed.exists(), name
        assert committed.read_bytes() == data, f"{name} is stale: rerun python data/samples/generate.py"
