"""Every refusal says why, all the way out: a whole file refused names the rule and the headers it
found in the quality report (object store), the summary, the flow's log and the CLI; a platform with
nothing curated ends `minwon retrain` with "nothing to train for ..." and exit code 3, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_a_refused_export_and_nothing_to_train(tmp_path):
    from storage import LocalObjectStore

    data_dir = tmp_path / "data"
    store = LocalObjectStore(data_dir / "storage")
    # A county export whose summary column nobody mapped and without any known text header.
    store.put_bytes("uploads/yongin/county_export.csv",
                    "순번,접수일자,건명요지,대분류\n1,2026-01-02,버스 배차 간격,교통\n2,2026-01-03,쓰레기 수거,환경\n"
                    .encode("utf-8"))
    env = os.environ | {"MINWON_DATA_DIR": str(data_dir), "PREFECT_HOME": str(data_dir / "prefect"),
                        "PYTHONUNBUFFERED": "1"}
    env.pop("MINWON_CONFIG_DIR", None)
    result = subprocess.run([str(Path(sys.executable).parent / "minwon"), "retrain"], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert "Traceback" not in output
    assert "rejected (missing_column): missing required column: no text column (title or body)" in result.stdout
    assert "headers found: 순번, 접수일자, 건명요지, 대분류" in result.stdout
    assert "nothing to train for suwon, seongnam, yongin: no labelled curated records" in result.stdout
    # The same reason in the flow's log (Prefect's console handler, stderr) ...
    assert "rejected (missing_column)" in result.stderr and "nothing to train for" in result.stderr
    # ... and in the upload's report in the object store.
    [report_key] = [i.key for i in store.list("reports/yongin/") if i.key.endswith(".json")]
    report = json.loads(store.get_bytes(report_key))
    assert report["verdict"] == "reject" and report["rejection"]["rule"] == "missing_column"
    assert "headers found: 순번, 접수일자, 건명요지, 대분류" in report["rejection"]["message"]
    text = store.get_bytes(report_key.replace(".json", ".txt")).decode("utf-8")
    assert "rejected (missing_column)" in text
