"""The shipped int8 PII tagger decides the same on an x86 CPU without VNNI as on this one.

Without VNNI, ONNX Runtime's int8 kernels add pairs of products in saturating 16-bit sums; the
tagger's weights stay within +-64 so that no pair can saturate. Checked by running the tagger under
QEMU's user-mode emulator as a Haswell (AVX2, no VNNI: each instruction emulated, saturation
included) through `benchmarks/int8_without_vnni.py`. On a host that itself lacks VNNI both runs take
the same kernels and the check holds trivially; taggers built before 2026-12-07 (full-range weights)
fail it on a VNNI host (the numbers are in benchmarks/results/pii-tagger-int8-without-vnni.json)."""

import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import services_required

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def emulator():
    if platform.machine() != "x86_64":
        pytest.skip("the emulated CPU is an x86-64 one: this check is for x86-64 hosts")
    if shutil.which("qemu-x86_64") is None:
        message = "qemu-x86_64 is not installed (Debian package qemu-user; scripts/install-system-packages.sh)"
        if services_required():
            pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
        pytest.skip(message)


def test_the_int8_tagger_keeps_the_same_spans_on_an_emulated_cpu_without_vnni(emulator, tmp_path):
    model = Path(os.environ["MINWON_PII_MODEL_DIR"])  # set by conftest: the tagger this checkout builds
    report_path = tmp_path / "report.json"
    subprocess.run([sys.executable, "benchmarks/int8_without_vnni.py", "--model", str(model), "--texts", "300",
                    "--json", str(report_path)], cwd=REPO, check=True, timeout=900)
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["emulated_cpu"] == "Haswell"
    (result,) = report["results"]
    assert result["texts"] == 300 and result["characters"] > 40_000
    assert result["spans_native"] > 800  # the texts are full of personal values: the comparison has content
    assert result["decision_flips"] == 0
    assert result["spans_only_native"] == 0 and result["spans_only_emulated"] == 0
    # Exact integer sums on both sides; the float parts (embedding sum, output layer) may take other
    # SIMD kernels, so allow rounding, far below anything that moves a decision.
    assert result["max_abs_probability_diff"] <= 1e-5
