"""Running a GPU job: the local backend (this machine) and the Slurm backend (submit and follow).

Both take a JobSpec from `policy.job_spec`, block until the job has ended, stream its output to a
log function (the flow's log) and return a JobOutcome; both record the job in the platform
database (GPU seconds per account and month). Neither reports success unless the job ended
COMPLETED with exit 0: a job that vanished (a controller that restarted without its state) is
JobLost, and a Slurm that cannot be reached is SlurmUnavailable.
"""

from __future__ import annotations

import shlex
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session, sessionmaker

from configuration.models import SchedulerSettings
from scheduling import accounting
from scheduling.launch import LineTail, run_job_processes
from scheduling.policy import JobSpec, Policy
from scheduling.slurm import Slurm, SlurmError, SlurmUnavailable, parse_duration, parse_time

Log = Callable[[str], None]
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL",
            "DEADLINE", "PREEMPTED", "REVOKED", "SPECIAL_EXIT"}
# Pending reasons people should understand without the Slurm manual.
REASONS = {
    "AssocGrpGRESMinutes": "the account's GPU hours for this month are spent (GPU-hour quota)",
    "AssocGrpGRESRunMinutes": "the account's GPU-hour quota cannot also cover this job's time limit",
    "Priority": "jobs of a higher priority level or a fairer share go first",
    "Resources": "waiting for a free GPU",
    "BeginTime": "requeued after preemption; starts again shortly",
    "PartitionTimeLimit": "the time limit is over the pool's maximum",
    "QOSMaxWallDurationPerJobLimit": "the time limit is over the class's maximum",
    "ReqNodeNotAvail": "the GPUs it may use are not available",
}


class JobLost(SlurmError):
    """Slurm no longer knows a job that never finished (e.g. a controller restarted without its state)."""


@dataclass
class JobOutcome:
    job_id: str
    backend: str
    state: str
    exit_code: int | None
    attempts: int = 1
    preemptions: int = 0
    wait_seconds: float = 0.0
    run_seconds: float = 0.0
    gpu_hours: float = 0.0
    partition: str | None = None
    nodes: str | None = None
    pending_reasons: list[str] = field(default_factory=list)
    stop_report: dict | None = None

    @property
    def ok(self) -> bool:
        return self.state == "COMPLETED" and self.exit_code == 0

    def summary(self) -> str:
        return (f"job {self.job_id} ({self.backend}) {self.state} exit {self.exit_code}; attempts {self.attempts}, "
                f"preempted {self.preemptions}x, waited {self.wait_seconds:.0f} s, ran {self.run_seconds:.0f} s, "
                f"{self.gpu_hours:.4f} GPU h" + (f" on {self.nodes} ({self.partition})" if self.nodes else ""))


def explain(reason: str) -> str:
    return f"{reason}: {REASONS[reason]}" if reason in REASONS else reason


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Backend:
    name = "?"

    def __init__(self, policy: Policy, sessions: sessionmaker[Session], jobs_dir: Path):
        self.policy, self.sessions, self.jobs_dir = policy, sessions, Path(jobs_dir)
        self.tz = policy.gpu.scheduler.quota_timezone

    def usage(self, account: str) -> accounting.GpuUsage:
        return accounting.usage(self.sessions, account, self.policy.gpu_hours[account], self.tz)

    def _warn(self, spec: JobSpec, log: Log, current: accounting.GpuUsage) -> None:
        if accounting.warn_once(self.sessions, current, self.policy.gpu.scheduler.quota_warn_ratio):
            log(f"GPU-hour quota warning: {current.describe()}")

    def _record(self, spec: JobSpec, outcome: JobOutcome, pool: str, submitted_at: datetime) -> None:
        accounting.record_job(
            self.sessions, backend=self.name, job_id=outcome.job_id, name=spec.request.name,
            account=spec.request.account, klass=spec.qos, pool=pool, gpus=spec.request.gpus,
            quota_checked=int(spec.quota_checked), month=accounting.month_of(submitted_at, self.tz),
            state=outcome.state, exit_code=outcome.exit_code, submitted_at=submitted_at, ended_at=_now(),
            gpu_seconds=outcome.gpu_hours * 3600, wait_seconds=outcome.wait_seconds,
            preemptions=outcome.preemptions)

    def run(self, spec: JobSpec, log: Log, cwd: str | None = None) -> JobOutcome:
        raise NotImplementedError


class LocalBackend(Backend):
    """Runs the job on this machine, now; the GPU-hour quota is still checked and recorded."""

    name = "local"

    def run(self, spec: JobSpec, log: Log, cwd: str | None = None) -> JobOutcome:
        request = spec.request
        current = self.usage(request.account)
        accounting.check_quota(current, spec.qos, spec.quota_checked, self.tz)
        self._warn(spec, log, current)
        job_id = f"local-{uuid.uuid4().hex[:8]}"
        submitted_at = _now()
        log(f"{job_id}: {request.name} for {request.account} ({spec.qos}, {request.gpus} GPU, local backend)")
        stop_report = self.jobs_dir / f"{job_id}.stop.json" if request.stop_report else None
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        finished = run_job_processes(request.command, cwd=cwd, output=self.jobs_dir / f"{job_id}.out", on_line=log,
                                     stop_report=stop_report)
        state = "COMPLETED" if finished.returncode == 0 else ("STOPPED" if finished.signalled else "FAILED")
        outcome = JobOutcome(job_id, self.name, state, finished.returncode, run_seconds=finished.seconds,
                             gpu_hours=request.gpus * finished.seconds / 3600, stop_report=finished.stop_report)
        self._record(spec, outcome, "local", submitted_at)
        if spec.quota_checked:
            self._warn(spec, log, self.usage(request.account))
        if stop_report:
            stop_report.unlink(missing_ok=True)
        return outcome


@dataclass
class Submitted:
    job_id: str
    output: Path
    submitted_at: datetime


class SlurmBackend(Backend):
    """Submits to Slurm (account, QOS, partitions, GRES, time limit, requeue, signal) and follows."""

    name = "slurm"

    def __init__(self, policy: Policy, sessions: sessionmaker[Session], jobs_dir: Path,
                 settings: SchedulerSettings, slurm: Slurm | None = None):
        super().__init__(policy, sessions, jobs_dir)
        self.settings = settings
        self.slurm = slurm or Slurm(timeout=settings.command_timeout_s)

    # ------------------------------------------------------------------------------- usage
    def usage(self, account: str) -> accounting.GpuUsage:
        """This month's quota-counted GPU hours and the limit, as Slurm enforces them (GrpTRESMins)."""
        records = self.slurm.scontrol_records("assoc_mgr", "flags=assoc", f"accounts={account}")
        used, limit = 0.0, self.policy.gpu_hours[account]
        for record in records:
            if record.get("UserName", "") == "" and record.get("Account") == account:
                for item in record.get("GrpTRESMins", "").split(","):
                    name, _, value = item.partition("=")
                    if name == "gres/gpu:pt" and "(" in value:
                        allowed, _, spent = value.partition("(")
                        used = float(spent.rstrip(")")) / 60
                        if allowed != "N":
                            limit = float(allowed) / 60
        return accounting.GpuUsage(account, accounting.month_of(None, self.tz), used, limit)

    # ------------------------------------------------------------------------------ submit
    def submit(self, spec: JobSpec, cwd: str | None = None) -> Submitted:
        request = spec.request
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        token = f"{request.name}-{uuid.uuid4().hex[:8]}"
        grace = self.policy.gpu.scheduler.preemption_grace_seconds
        runner = [sys.executable, "-m", "scheduling.runner",
                  "--requeue-exit", str(self.policy.gpu.scheduler.requeue_exit_code), "--grace", str(grace)]
        if request.stop_report:
            runner += ["--stop-report", str(self.jobs_dir / f"{token}.stop.json")]
        script = self.jobs_dir / f"{token}.sh"
        output = self.jobs_dir / f"{token}.out"
        workdir = cwd or str(Path.cwd())
        script.write_text(f"#!/bin/bash\n# minwon GPU job {request.name}: {request.account}, {spec.qos}\n"
                          f"cd {shlex.quote(workdir)}\nexec {shlex.join(runner + ['--', *request.command])}\n",
                          encoding="utf-8")
        args = ["sbatch", "--parsable", f"--job-name={request.name}", f"--account={request.account}",
                f"--qos={spec.qos}", f"--partition={','.join(spec.partitions)}", f"--gres={spec.gres}",
                f"--cpus-per-task={request.cpus}", f"--output={output}", "--open-mode=append", "--export=ALL",
                f"--chdir={workdir}"]
        if spec.time_minutes is not None:
            args.append(f"--time={spec.time_minutes}")
        args.append("--requeue" if spec.requeue else "--no-requeue")
        if spec.signal_seconds:
            args.append(f"--signal=B:TERM@{spec.signal_seconds}")
        job_id = self.slurm.run(*args, str(script)).strip().split(";")[0]
        return Submitted(job_id, output, _now())

    # ------------------------------------------------------------------------------ follow
    def squeue(self, job_id: str) -> dict | None:
        try:
            text = self.slurm.run("squeue", "-h", "-t", "all", "-j", job_id, "-o", "%T|%r|%P|%N|%Q")
        except SlurmUnavailable:
            raise
        except SlurmError as error:
            if "invalid job id" in str(error).lower():
                return None
            raise
        line = next((l for l in text.splitlines() if l.strip()), None)
        if line is None:
            return None
        state, reason, partition, nodes, priority = (line.split("|") + [""] * 5)[:5]
        return {"state": state, "reason": reason, "partition": partition, "nodes": nodes, "priority": priority}

    def attempts(self, job_id: str) -> list[dict]:
        fields = ["jobid", "state", "exitcode", "submit", "start", "end", "elapsed", "alloctres",
                  "partition", "nodelist"]
        rows = self.slurm.table("sacct", "-n", "-P", "-X", "-D", "-j", job_id,
                                f"--format={','.join(fields)}", fields=fields)
        return [r for r in rows if r["jobid"].split("_")[0] == job_id]

    def follow(self, spec: JobSpec, submitted: Submitted, log: Log) -> JobOutcome:
        job_id = submitted.job_id
        log(f"slurm job {job_id}: {spec.request.name} for {spec.request.account} ({spec.qos}, {spec.gres}, "
            f"partitions {','.join(spec.partitions)}"
            + (f", time limit {spec.time_minutes} min" if spec.time_minutes else "") + ")")
        seen, reasons, tail, placed = None, [], LineTail(submitted.output), {}
        trouble_since: float | None = None
        while True:
            tail.emit(log)
            try:
                info = self.squeue(job_id)
                final = None
                if info is None or info["state"] in TERMINAL:
                    records = self.attempts(job_id)
                    final = records[-1]["state"].split()[0] if records else None
            except SlurmUnavailable as error:
                trouble_since = trouble_since or time.monotonic()
                if time.monotonic() - trouble_since > self.settings.lost_after_s:
                    raise SlurmUnavailable(f"lost contact with Slurm while following job {job_id}: {error}") from None
                time.sleep(self.settings.poll_interval_s)
                continue
            if info is not None:
                trouble_since = None
                if info["state"] == "RUNNING":
                    placed = {"partition": info["partition"], "nodes": info["nodes"]}
                key = (info["state"], info["reason"])
                if key != seen:
                    seen = key
                    waiting = info["state"] == "PENDING" and info["reason"] not in ("", "None")
                    if waiting:
                        reasons.append(info["reason"])
                    log(f"slurm job {job_id}: {info['state']}"
                        + (f" on {info['nodes']} ({info['partition']})" if info["state"] == "RUNNING" else "")
                        + (f"; waiting: {explain(info['reason'])}" if waiting else ""))
            # A requeueable job shown PREEMPTED is on its way back to the queue, not finished.
            ended = TERMINAL - ({"PREEMPTED"} if spec.requeue else set())
            if (info is not None and info["state"] in ended) or (info is None and final in ended):
                break
            if info is None:
                # Unknown to the controller and not finished in accounting: lost, not succeeded.
                trouble_since = trouble_since or time.monotonic()
                if time.monotonic() - trouble_since > self.settings.lost_after_s:
                    raise JobLost(f"slurm job {job_id} is gone from the controller without finishing (accounting "
                                  f"last saw it {final or 'never'}): it was lost, e.g. by a slurmctld that restarted "
                                  f"without its state. Nothing is reported as done; submit it again.")
            time.sleep(self.settings.poll_interval_s)
        tail.emit(log, final=True)
        outcome = self._outcome(job_id, reasons)
        # Where it ran, as the controller saw it (accounting's partition field is empty for some
        # records of multi-partition jobs).
        outcome.nodes = outcome.nodes or placed.get("nodes")
        outcome.partition = outcome.partition or placed.get("partition") or next(
            (p.name for p in self.policy.partitions if p.name in spec.partitions and outcome.nodes in p.nodes), None)
        self._record(spec, outcome, "passthrough" if outcome.partition == "passthrough" else "vgpu",
                     submitted.submitted_at)
        log(outcome.summary())
        return outcome

    def _outcome(self, job_id: str, reasons: list[str]) -> JobOutcome:
        records: list[dict] = []
        deadline = time.monotonic() + self.settings.lost_after_s
        while True:  # the final accounting record can lag the controller (slurmdbd is asynchronous)
            records = self.attempts(job_id)
            if records and records[-1]["state"].split()[0] in TERMINAL and records[-1]["end"] not in ("", "Unknown"):
                break
            if time.monotonic() > deadline:
                raise JobLost(f"slurm job {job_id} ended but accounting has no final record of it "
                              f"({records[-1]['state'] if records else 'no record'}): not reported as done")
            time.sleep(self.settings.poll_interval_s)
        final = records[-1]
        # Waited: from submission to the first start, plus every gap between an attempt's end
        # (preempted, requeued) and the next one's start.
        wait = run = gpu_seconds = 0.0
        previous_end = parse_time(records[0]["submit"])
        for record in records:
            start, elapsed = parse_time(record["start"]), parse_duration(record["elapsed"]) or 0
            if previous_end and start:
                wait += max(0.0, (start - previous_end).total_seconds())
            previous_end = parse_time(record["end"])
            run += elapsed
            gpu_seconds += elapsed * _gpus(record["alloctres"])
        exit_code = int(final["exitcode"].split(":")[0]) if final["exitcode"] else None
        preemptions = sum(1 for r in records[:-1] if r["state"].split()[0] in {"PREEMPTED", "REQUEUED"})
        return JobOutcome(job_id, self.name, final["state"].split()[0], exit_code, len(records), preemptions,
                          wait, run, gpu_seconds / 3600, final["partition"], final["nodelist"], reasons)

    def run(self, spec: JobSpec, log: Log, cwd: str | None = None) -> JobOutcome:
        if spec.quota_checked:
            current = self.usage(spec.request.account)
            self._warn(spec, log, current)
            if current.used_hours >= current.limit_hours:
                log(f"GPU-hour quota spent ({current.describe()}): Slurm keeps the job pending until it resets")
        return self.follow(spec, self.submit(spec, cwd), log)


def _gpus(alloc_tres: str) -> float:
    for item in alloc_tres.split(","):
        name, _, value = item.partition("=")
        if name == "gres/gpu":
            return float(value)
    return 0.0
