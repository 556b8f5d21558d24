"""The launcher (process group + parent-death signal + SIGTERM forwarding) and the local backend's
GPU-hour accounting, with small real processes instead of training (the training versions of these
are in tests/training/test_training_launch.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest

from configuration import load_config
from database import GpuJob, GpuQuotaWarning, create_platform_engine, session_factory
from scheduling import JobRequest, LocalBackend, QuotaExhausted, build_policy, job_spec
from scheduling.accounting import month_of
from tests.scheduling.conftest import wait_until
from tests.training.helpers import processes_with

REPO = Path(__file__).resolve().parents[2]

# A job that checkpoints on SIGTERM the way training does: reports why, then exits 75.
JOB = textwrap.dedent("""
    import json, os, signal, sys, time
    marker = sys.argv[1]
    def stop(signum, frame):
        time.sleep(0.5)  # "writing the checkpoint"
        open(marker, "w").write("checkpointed after SIGTERM")
        report = os.environ.get("MINWON_STOP_REPORT")
        if report:
            json.dump({"reason": "preempted", "exit_code": 75, "step": 7, "checkpoint": "k"}, open(report, "w"))
        sys.exit(75)
    signal.signal(signal.SIGTERM, stop)
    print("job started", flush=True)
    while True:
        time.sleep(0.1)
""")

# The "flow process": launches the job like the train flow does and waits for it.
LAUNCHER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scheduling.launch import run_job_processes
    out = Path(sys.argv[2])
    finished = run_job_processes([sys.executable, "-c", sys.argv[1], sys.argv[3]], output=out,
                                 on_line=lambda line: print("job:", line, flush=True),
                                 stop_report=out.with_suffix(".stop"))
    print("launcher saw", finished.returncode, finished.signalled, finished.stop_report, flush=True)
""")


def start_launcher(tmp_path: Path) -> subprocess.Popen:
    marker = tmp_path / "marker"
    process = subprocess.Popen([sys.executable, "-c", LAUNCHER, JOB, str(tmp_path / "job.out"), str(marker)],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=os.environ | {"PYTHONPATH": str(REPO)})
    line = process.stdout.readline()
    assert line.strip() == "job: job started", line
    return process


def test_sigkill_of_the_launcher_stops_the_job_after_its_checkpoint(tmp_path):
    launcher = start_launcher(tmp_path)
    marker = tmp_path / "marker"
    assert processes_with(str(marker)), "the job should be running"
    launcher.kill()  # no chance to clean up: only the kernel's parent-death signal is left
    launcher.wait()
    wait_until(lambda: marker.exists() and not processes_with(str(marker)), 10, "the job to checkpoint and exit")
    assert marker.read_text() == "checkpointed after SIGTERM"


def test_sigterm_to_the_launcher_is_forwarded_and_it_waits_for_the_checkpoint(tmp_path):
    launcher = start_launcher(tmp_path)
    launcher.send_signal(signal.SIGTERM)
    output, _ = launcher.communicate(timeout=20)
    assert launcher.returncode == 0, output  # the launcher itself caught SIGTERM and waited
    assert "launcher saw 75 15 {'reason': 'preempted', 'exit_code': 75, 'step': 7, 'checkpoint': 'k'}" in output
    assert (tmp_path / "marker").read_text() == "checkpointed after SIGTERM"
    assert not processes_with(str(tmp_path / "marker"))


@pytest.fixture
def local(tmp_path):
    config = load_config()
    policy = build_policy(config.gpu(), config.tenants)
    sessions = session_factory(create_platform_engine(f"sqlite:///{tmp_path / 'platform.db'}"))
    return LocalBackend(policy, sessions, tmp_path / "jobs")


def charge(local, account: str, hours: float, quota_checked: bool = True) -> None:
    now = datetime.now(timezone.utc)
    with local.sessions() as session:
        session.add(GpuJob(backend="local", job_id="old", name="earlier", account=account, klass="training",
                           pool="local", gpus=1, quota_checked=int(quota_checked), month=month_of(now, local.tz),
                           state="COMPLETED", gpu_seconds=hours * 3600))
        session.commit()


def test_local_backend_runs_records_and_enforces_the_monthly_quota(local, caplog):
    lines = []
    spec = job_spec(local.policy, JobRequest("hello", "yongin", "training", 2, [sys.executable, "-c", "print('hi')"]))
    outcome = local.run(spec, lines.append)
    assert outcome.ok and "hi" in lines and outcome.gpu_hours > 0
    with local.sessions() as session:
        row = session.query(GpuJob).one()
    assert (row.account, row.klass, row.gpus, row.quota_checked) == ("yongin", "training", 2, 1)
    assert row.gpu_seconds == pytest.approx(2 * outcome.run_seconds)

    # 80%: a warning, once a month.
    charge(local, "yongin", 0.8 * 50)
    lines.clear()
    with caplog.at_level("WARNING", logger="minwon.gpu.quota"):
        local.run(spec, lines.append)
        local.run(spec, lines.append)
    warnings = [l for l in lines if l.startswith("GPU-hour quota warning")]
    assert len(warnings) == 1 and "yongin" in warnings[0] and "of 50 GPU h" in warnings[0]
    with local.sessions() as session:
        assert session.query(GpuQuotaWarning).filter_by(account="yongin").count() == 1

    # 100%: training is refused with the reason; inference still runs; other cities are untouched.
    charge(local, "yongin", 0.2 * 50)
    with pytest.raises(QuotaExhausted, match=r"yongin: 50\.\d+ of 50 GPU h .* inference is not blocked"):
        local.run(spec, lines.append)
    inference = job_spec(local.policy, JobRequest("infer", "yongin", "inference", 1, [sys.executable, "-c", "pass"]))
    assert local.run(inference, lines.append).ok
    assert local.run(job_spec(local.policy, JobRequest("t", "suwon", "training", 1,
                                                       [sys.executable, "-c", "pass"])), lines.append).ok
    usage = local.usage("yongin")
    assert usage.used_hours >= 50 and usage.other_hours > 0  # inference is recorded, not counted
