"""GPU-hour quota on a real Slurm cluster: a city past its month's GPU hours has its training job
pending with the reason (in the job's log and in `minwon gpu status`), the 80% warning is emitted,
and its inference still runs."""

from __future__ import annotations

import getpass
import threading

from typer.testing import CliRunner

from database import GpuQuotaWarning
from scheduling import JobRequest, job_spec
from scheduling.provision import provision
from tests.scheduling.conftest import wait_until


def test_a_city_past_its_gpu_hours_waits_for_training_but_not_for_inference(backend, monkeypatch, tmp_path):
    slurm, policy = backend.slurm, backend.policy
    slurm.run("sacctmgr", "-i", "modify", "account", "where", "name=yongin", "set", "RawUsage=0")
    assert backend.usage("yongin").used_hours == 0
    # yongin trains on the whole passthrough pool for 30 s: 2 GPU-minutes, charged at Slurm's next
    # usage calculation (every minute on the test cluster).
    spec = job_spec(policy, JobRequest("use", "yongin", "training", 4, ["sleep", "30"], hours=1 / 60))
    slurm.run("sbatch", "--parsable", "--output=/dev/null", "--account=yongin", f"--qos={spec.qos}",
              f"--partition={spec.partitions[0]}", f"--gres={spec.gres}", "--time=1", "--wrap", "sleep 30")
    wait_until(lambda: backend.usage("yongin").used_hours * 60 >= 1.9, 180, "Slurm to charge yongin's GPU minutes",
               interval=2)
    try:
        # The month's limit is now below what yongin used (a test-sized quota: 2 GPU-minutes).
        slurm.run("sacctmgr", "-i", "modify", "account", "where", "name=yongin", "set", "GrpTRESMins=gres/gpu:pt=2")
        usage = backend.usage("yongin")
        assert usage.limit_hours == 2 / 60 and usage.ratio >= 1, usage  # what Slurm enforces
        lines: list[str] = []
        training = job_spec(policy, JobRequest("train-yongin", "yongin", "training", 1, ["true"], hours=0.05))
        outcomes = []
        follower = threading.Thread(target=lambda: outcomes.append(backend.run(training, lines.append)))
        follower.start()
        wait_until(lambda: any("waiting: AssocGrpGRESMinutes" in l for l in lines), 30, "the pending reason")
        assert any(l.startswith("GPU-hour quota warning: yongin") for l in lines), lines
        assert any("GPU-hour quota spent" in l for l in lines)
        with backend.sessions() as session:
            assert session.query(GpuQuotaWarning).filter_by(account="yongin").count() == 1

        monkeypatch.setenv("SLURM_CONF", slurm.env["SLURM_CONF"])
        monkeypatch.setenv("MINWON_DATA_DIR", str(tmp_path / "cli"))
        from cli.main import app
        from runtime import reset_platform

        reset_platform()
        status = CliRunner().invoke(app, ["gpu", "status", "--backend", "slurm"])
        reset_platform()
        assert status.exit_code == 0, status.output
        pending = [l for l in status.output.splitlines() if "train-yongin" in l]
        assert pending and "PENDING" in pending[0] and "AssocGrpGRESMinutes: the account's GPU hours for this month" \
            in pending[0], status.output
        assert "yongin" in status.output and "QUOTA SPENT: training waits, inference runs" in status.output
        metrics = CliRunner().invoke(app, ["gpu", "metrics", "--backend", "slurm"])
        reset_platform()
        samples = dict(line.rsplit(" ", 1) for line in metrics.output.splitlines() if not line.startswith("#"))
        assert samples['minwon_gpu_queue_jobs{priority_class="training",state="PENDING"}'] == "1"
        assert float(samples['minwon_gpu_quota_ratio{account="yongin"}']) >= 1
        assert samples['minwon_gpu_quota_seconds{account="yongin"}'] == "120.0"

        inference = backend.run(job_spec(policy, JobRequest("infer-yongin", "yongin", "inference", 1, ["true"])),
                                lines.append)
        assert inference.ok and inference.nodes in {n.name for n in policy.nodes if n.pool == "vgpu"}

        slurm.run("scancel", "--name=train-yongin")
        follower.join(30)
        assert outcomes and outcomes[0].state == "CANCELLED" and not outcomes[0].ok
        assert "AssocGrpGRESMinutes" in outcomes[0].pending_reasons
    finally:
        provision(policy, slurm, users=[getpass.getuser()])
        slurm.run("sacctmgr", "-i", "modify", "account", "where", "name=yongin", "set", "RawUsage=0")
