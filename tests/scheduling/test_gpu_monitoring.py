"""Monitoring of the GPU layer: the alert rules (rendered from configs/gpu.yaml) pass their promtool
unit tests, and fail them when a threshold is wrong; the scheduler's metrics are valid Prometheus
exposition; the Grafana dashboard shows them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from configuration import load_config
from database import GpuJob, create_platform_engine, session_factory
from scheduling import LocalBackend, build_policy
from scheduling.accounting import month_of
from scheduling.monitoring import exposition, render_alert_rules, scheduler_samples

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "configs" / "monitoring" / "gpu-alerts.yaml"
RULE_TESTS = Path(__file__).with_name("gpu-alerts.test.yaml")


@pytest.fixture(scope="module")
def policy():
    config = load_config()
    return build_policy(config.gpu(), config.tenants)


@pytest.fixture(scope="module")
def promtool():
    path = shutil.which("promtool")
    if path is None:
        message = "promtool is not installed (Debian package prometheus; scripts/install-system-packages.sh)"
        if os.environ.get("MINWON_REQUIRE_SERVICES") == "1":
            pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
        pytest.skip(message)
    return path


def test_the_committed_rules_are_the_rendering_of_gpu_yaml(policy):
    assert RULES.read_text(encoding="utf-8") == render_alert_rules(policy), \
        "configs/gpu.yaml changed: run `minwon gpu provision --render-only` and copy gpu-alerts.yaml"


def test_alert_rules_pass_their_promtool_unit_tests(promtool):
    checked = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True)
    assert checked.returncode == 0 and "SUCCESS: 9 rules found" in checked.stdout, checked.stdout + checked.stderr
    tested = subprocess.run([promtool, "test", "rules", str(RULE_TESTS)], capture_output=True, text=True, cwd=REPO)
    assert tested.returncode == 0 and "SUCCESS" in tested.stdout, tested.stdout + tested.stderr


def test_the_unit_tests_catch_a_wrong_threshold(promtool, tmp_path):
    (tmp_path / "configs" / "monitoring").mkdir(parents=True)
    (tmp_path / "tests" / "scheduling").mkdir(parents=True)
    wrong = RULES.read_text(encoding="utf-8").replace("DCGM_FI_DEV_GPU_TEMP >= 85", "DCGM_FI_DEV_GPU_TEMP >= 90")
    assert wrong != RULES.read_text(encoding="utf-8")
    (tmp_path / "configs" / "monitoring" / "gpu-alerts.yaml").write_text(wrong, encoding="utf-8")
    shutil.copy(RULE_TESTS, tmp_path / "tests" / "scheduling" / RULE_TESTS.name)
    tested = subprocess.run([promtool, "test", "rules", f"tests/scheduling/{RULE_TESTS.name}"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert tested.returncode != 0 and "MinwonGpuTemperatureHigh" in tested.stdout + tested.stderr


def test_scheduler_metrics(policy, tmp_path, promtool):
    sessions = session_factory(create_platform_engine(f"sqlite:///{tmp_path / 'p.db'}"))
    local = LocalBackend(policy, sessions, tmp_path / "jobs")
    month = month_of(None, local.tz)
    with sessions() as session:
        session.add_all([
            GpuJob(backend="slurm", job_id="7", name="t", account="suwon", klass="training", pool="passthrough", gpus=2,
                   quota_checked=1, month=month, state="COMPLETED", gpu_seconds=36000, wait_seconds=30, preemptions=2),
            GpuJob(backend="slurm", job_id="8", name="i", account="yongin", klass="inference", pool="vgpu", gpus=1,
                   quota_checked=0, month=month, state="COMPLETED", gpu_seconds=600, wait_seconds=4, preemptions=0),
            GpuJob(backend="slurm", job_id="9", name="old", account="suwon", klass="training", pool="passthrough",
                   gpus=1, quota_checked=1, month="2020-01", state="COMPLETED", gpu_seconds=99999, preemptions=5)])
        session.commit()
    queue = [{"qos": "training", "state": "PENDING"}, {"qos": "training", "state": "PENDING"},
             {"qos": "urgent-inference", "state": "RUNNING"}]
    usages = {a.name: local.usage(a.name) for a in policy.accounts}
    text = exposition(scheduler_samples(policy, queue, usages, sessions, month))
    lines = set(text.splitlines())
    assert 'minwon_gpu_queue_jobs{priority_class="training",state="PENDING"} 2' in lines
    assert 'minwon_gpu_queue_jobs{priority_class="urgent-inference",state="RUNNING"} 1' in lines
    assert 'minwon_gpu_used_seconds{account="suwon"} 36000.0' in lines  # this month only, quota-counted only
    assert 'minwon_gpu_quota_seconds{account="suwon"} 360000.0' in lines
    assert 'minwon_gpu_quota_ratio{account="suwon"} 0.1' in lines
    assert 'minwon_gpu_used_seconds{account="yongin"} 0.0' in lines
    assert 'minwon_gpu_job_preemptions{account="suwon"} 2' in lines
    assert 'minwon_gpu_job_wait_seconds_sum{priority_class="inference"} 4.0' in lines
    assert 'minwon_gpu_job_wait_seconds_count{priority_class="training"} 1' in lines
    linted = subprocess.run([promtool, "check", "metrics"], input=text, capture_output=True, text=True)
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_the_dashboard_shows_the_gpu_layer():
    dashboard = json.loads((REPO / "configs" / "monitoring" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p.get("targets", []))
    for metric in ("DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_GPU_TEMP", "DCGM_FI_DEV_POWER_USAGE",
                   "minwon_vgpu_scheduler_latency_seconds", "minwon_gpu_queue_jobs", "minwon_gpu_used_seconds",
                   "minwon_gpu_quota_seconds", "minwon_gpu_job_preemptions", "minwon_gpu_job_wait_seconds_sum"):
        assert metric in exprs, metric
    positions = [(p["gridPos"]["x"], p["gridPos"]["y"]) for p in dashboard["panels"]]
    assert len(positions) == len(set(positions)), "panels overlap"
