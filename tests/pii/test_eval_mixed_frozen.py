"""The independent mixed evaluation set is the file that was frozen (its sha256 is recorded)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "eval_mixed"


def test_mixed_set_is_unchanged():
    frozen = json.loads((HERE / "FROZEN.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((HERE / "mixed.jsonl").read_bytes()).hexdigest()
    assert digest == frozen["mixed_jsonl_sha256"], "tests/pii/eval_mixed/mixed.jsonl changed"
    assert frozen["mixed_jsonl_sha256"] in (HERE / "README.md").read_text(encoding="utf-8")
    lines = (HERE / "mixed.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == frozen["documents"]
    assert sum(len(json.loads(line)["spans"]) for line in lines) == frozen["labelled_values"]
