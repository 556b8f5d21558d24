"""The independent evaluation sets are the files that were frozen (their sha256 is recorded in
FROZEN.json and the set's README), and their sources still build them byte for byte."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SETS = {"mixed": HERE / "eval_mixed", "second": HERE / "eval_second", "third": HERE / "eval_third",
        "fourth": HERE / "eval_fourth", "fifth": HERE / "eval_fifth", "sixth": HERE / "eval_sixth",
        "seventh": HERE / "eval_seventh", "eighth": HERE / "eval_eighth",
        "ninth": HERE / "eval_ninth", "tenth": HERE / "eval_tenth", "eleventh": HERE / "eval_eleventh",
        "twelfth": HERE / "eval_twelfth", "thirteenth": HERE / "eval_thirteenth",
        "fourteenth": HERE / "eval_fourteenth", "fifteenth": HERE / "eval_fifteenth",
        "sixteenth": HERE / "eval_sixteenth", "seventeenth": HERE / "eval_seventeenth"}  # name -> folder holding NAME.jsonl


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_unchanged(name):
    folder = SETS[name]
    frozen = json.loads((folder / "FROZEN.json").read_text(encoding="utf-8"))
    recorded = frozen[f"{name}_jsonl_sha256"]
    assert hashlib.sha256((folder / f"{name}.jsonl").read_bytes()).hexdigest() == recorded, f"{folder.name}/{name}.jsonl changed"
    assert recorded in (folder / "README.md").read_text(encoding="utf-8")
    documents = [json.loads(line) for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(documents) == frozen["documents"]
    assert sum(len(d["spans"]) for d in documents) == frozen["labelled_values"]
    assert sum(len(d["negatives"]) for d in documents) == frozen["negatives"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_rebuilds_from_its_sources_and_passes_its_checks(name, tmp_path):
    """src/build.py writes the JSONL next to src/: run it on a copy and compare bytes."""
    copy = tmp_path / SETS[name].name
    shutil.copytree(SETS[name], copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / f"{name}.jsonl").unlink()
    subprocess.run([sys.executable, str(copy / "src" / "build.py")], check=True, capture_output=True, cwd=copy)
    assert (copy / f"{name}.jsonl").read_bytes() == (SETS[name] / f"{name}.jsonl").read_bytes()
    checked = subprocess.run([sys.executable, str(copy / "check.py")], capture_output=True, text=True, cwd=copy)
    assert checked.returncode == 0, checked.stdout + checked.stderr
