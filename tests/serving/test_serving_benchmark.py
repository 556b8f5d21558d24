"""benchmarks/serving.py must keep running: a short smoke run (numbers are not judged here)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.serving.conftest import REPO, services_required


@pytest.mark.parametrize("generator", ["python", "wrk"])
def test_serving_benchmark_runs_and_reports(generator):
    if generator == "wrk" and not shutil.which("wrk"):
        if services_required():
            pytest.fail("wrk is not installed (scripts/install-system-packages.sh installs it)")
        pytest.skip("wrk is not installed")
    result = subprocess.run(
        [sys.executable, "benchmarks/serving.py", "--quick", "--concurrency", "4", "--seconds", "1",
         "--only", "ours", "--workers", "2", "--repeats", "1", "--load-generator", generator],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-8000:]
    lines = result.stdout.strip().splitlines()
    details, last = json.loads(lines[-2]), json.loads(lines[-1])
    assert set(last) == {"concurrency", "ours_rps", "naive_rps", "ceiling_rps", "ours_p50_ms", "ours_p99_ms",
                         "naive_p99_ms"}
    assert last["concurrency"] == 4 and last["ours_rps"] > 0 and last["ceiling_rps"] > 0
    assert details["ours"]["4"]["non_200"] == {} and details["ours"]["4"]["requests"] > 0
    assert 0 < details["ratios_c4"]["ours_over_ceiling"]
    assert details["load_generator"] == generator


def test_gpu_serving_benchmark_smoke_runs_the_real_engine():
    """benchmarks/serving_gpu.py --smoke (CPU, tiny shape): every request answered, batching on for
    the engine and off for the baseline, and only the GPU machine's stack imported (no ORT, FastAPI,
    pydantic: shared/notes/gpu.md)."""
    import json
    import subprocess
    import sys

    script = (
        "import sys; sys.argv = ['serving_gpu.py', '--smoke', '--seconds', '0.3']\n"
        "import runpy; runpy.run_path('benchmarks/serving_gpu.py', run_name='__main__')\n"
        "bad = sorted(m for m in ('onnxruntime', 'fastapi', 'pydantic', 'prefect', 'datasets', 'pandas')\n"
        "             if m in sys.modules)\n"
        "print('FORBIDDEN', bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "FORBIDDEN []", lines[-1]
    summary = json.loads(lines[-2])
    runs = summary["results"]["float32"]
    for name, batch_limit in (("unbatched", 1), ("ours", 64)):
        for point in runs[name]:
            assert point["requests"] > 0 and point["failures"] == [], point
            assert 1 <= point["mean_batch"] <= batch_limit, point
    assert runs["unbatched"][-1]["mean_batch"] == 1.0
    assert summary["mean_tokens_per_text"] > 50  # long complaints, truncated at 128 tokens
