"""The second independent evaluation set is the file that was frozen (its sha256 is recorded), and
its sources still build it byte for byte."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "eval_second"


def test_second_set_is_unchanged():
    frozen = json.loads((HERE / "FROZEN.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((HERE / "second.jsonl").read_bytes()).hexdigest()
    assert digest == frozen["second_jsonl_sha256"], "tests/pii/eval_second/second.jsonl changed"
    assert frozen["second_jsonl_sha256"] in (HERE / "README.md").read_text(encoding="utf-8")
    documents = [json.loads(line) for line in (HERE / "second.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(documents) == frozen["documents"]
    assert sum(len(d["spans"]) for d in documents) == frozen["labelled_values"]
    assert sum(len(d["negatives"]) for d in documents) == frozen["negatives"]


def test_second_set_rebuilds_from_its_sources_and_passes_its_checks(tmp_path):
    """build.py writes second.jsonl next to src/: run it on a copy and compare bytes."""
    import shutil

    copy = tmp_path / "eval_second"
    shutil.copytree(HERE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "second.jsonl").unlink()
    subprocess.run([sys.executable, str(copy / "src" / "build.py")], check=True, capture_output=True, cwd=copy)
    assert (copy / "second.jsonl").read_bytes() == (HERE / "second.jsonl").read_bytes()
    checked = subprocess.run([sys.executable, str(copy / "check.py")], capture_output=True, text=True, cwd=copy)
    assert checked.returncode == 0, checked.stdout + checked.stderr
