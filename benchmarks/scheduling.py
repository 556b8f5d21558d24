"""GPU scheduling on a real single-node Slurm cluster (the tests' harness, policy of configs/gpu.yaml).

    python benchmarks/scheduling.py                 # 1,000 short jobs
    python benchmarks/scheduling.py --quick         # 150 jobs
    python benchmarks/scheduling.py --suite         # also time the scheduling test suite

Measured in one run:
- submit rate: the platform's submission (SlurmBackend.submit: policy check, batch script, sbatch)
  vs plain `sbatch --wrap` of held jobs (the baseline, same cluster, same run);
- time from submit to start on an idle cluster (goal <= 5 s): one job at a time, wall clock from
  before sbatch until squeue says RUNNING;
- fair-share error over the run: --jobs short jobs from three cities at the four priorities, all
  submitted at once; each city's share of GPU time (GPU-seconds from sacct) against its fair-share
  target while every city still has jobs waiting (after that, the fixed amounts of work decide), on
  the passthrough pool (fair share only) and on all GPUs (dedicated vGPUs included). Slurm charges
  usage once per PriorityCalcPeriod (1 minute at least), so short runs show larger errors;
- with --suite: wall time of the scheduling tests (goal <= 3 min), and of SC-07 (tests/scheduling/
  test_fair_share.py, minutes of real scheduling by design) on its own.
Prints a table of GPU time per city per minute, writes a plot to benchmarks/results/, and ends with
one JSON line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CITIES = ("suwon", "seongnam", "yongin")
CLASSES = ("urgent-inference", "inference", "fine-tuning", "training")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def wait_running(backend, job_id: str, timeout: float = 60) -> float:
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        info = backend.squeue(job_id)
        if info and info["state"] in ("RUNNING", "COMPLETING", "COMPLETED"):
            return time.monotonic()
        time.sleep(0.05)
    raise TimeoutError(f"job {job_id} did not start in {timeout} s")


def start_latency(backend, samples: int) -> dict:
    from scheduling import JobRequest, job_spec

    ours, plain = [], []
    for i in range(samples):
        spec = job_spec(backend.policy, JobRequest("latency", CITIES[i % 3], "inference", 1, ["true"]))
        began = time.monotonic()
        job_id = backend.submit(spec).job_id
        ours.append(wait_running(backend, job_id) - began)
        began = time.monotonic()
        job_id = backend.slurm.run("sbatch", "--parsable", "--output=/dev/null", f"--account={CITIES[i % 3]}",
                                   "--qos=inference", f"--partition={','.join(spec.partitions)}", "--gres=gpu:1",
                                   "--wrap", "true").strip()
        plain.append(wait_running(backend, job_id) - began)
        time.sleep(1.0)  # let it end: the next sample starts on an idle cluster
    return {"ours": {"p50": percentile(ours, 0.5), "p95": percentile(ours, 0.95), "max": max(ours)},
            "plain_sbatch": {"p50": percentile(plain, 0.5), "p95": percentile(plain, 0.95), "max": max(plain)}}


def submit_all(backend, jobs: int, job_seconds: float) -> tuple[list[tuple[str, str, str]], float]:
    from scheduling import JobRequest, job_spec

    submitted = []
    began = time.monotonic()
    for i in range(jobs):
        city, klass = CITIES[i % 3], CLASSES[(i // 3) % 4]
        hours = 0.05 if klass in ("fine-tuning", "training") else None
        spec = job_spec(backend.policy, JobRequest(f"bench-{klass}", city, klass, 1, ["sleep", str(job_seconds)],
                                                   hours=hours))
        submitted.append((backend.submit(spec).job_id, city, klass))
    return submitted, time.monotonic() - began


def baseline_rate(backend, jobs: int) -> float:
    """Plain sbatch of held jobs (never run), then cancelled."""
    began = time.monotonic()
    ids = [backend.slurm.run("sbatch", "--parsable", "--hold", "--output=/dev/null", "--account=platform",
                             "--qos=inference", "--partition=vgpu-shared", "--gres=gpu:1", "--wrap", "true").strip()
           for _ in range(jobs)]
    seconds = time.monotonic() - began
    backend.slurm.run("scancel", *ids)
    return jobs / seconds


def shares(used: dict[str, float], targets: dict[str, float]) -> tuple[dict, float]:
    total = sum(used.get(c, 0.0) for c in targets) or 1.0
    weight = sum(targets.values())
    share = {c: round(100 * used.get(c, 0.0) / total, 1) for c in targets}
    error = max(abs(share[c] - 100 * targets[c] / weight) for c in targets)
    return share, round(error, 1)


def minute_table(rows: list[dict], start: datetime, end: datetime) -> list[tuple[int, dict]]:
    from tests.services.slurm import gpu_seconds_by_account

    table, minute = [], 0
    while True:
        lo = start.timestamp() + 60 * minute
        if lo >= end.timestamp():
            return table
        window = gpu_seconds_by_account(rows, datetime.fromtimestamp(lo), datetime.fromtimestamp(min(lo + 60, end.timestamp())))
        table.append((minute, {c: round(window.get(c, 0.0)) for c in CITIES}))
        minute += 1


def plot(table, path: Path) -> str | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(8, 4))
    bottom = [0.0] * len(table)
    for city in CITIES:
        values = [row[city] / 60 for _, row in table]
        ax.bar([m for m, _ in table], values, bottom=bottom, label=city)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xlabel("minute of the run")
    ax.set_ylabel("GPUs busy (GPU-seconds / 60)")
    ax.set_title("GPU time per city")
    ax.legend()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, bbox_inches="tight")
    return str(path)


def time_suite() -> dict:
    results = {}
    for name, args in (("scheduling_tests", ["tests/scheduling", "tests/training/test_training_slurm.py",
                                             "tests/training/test_training_launch.py", "--deselect",
                                             "tests/scheduling/test_fair_share.py"]),
                       ("sc07_fair_share", ["tests/scheduling/test_fair_share.py"])):
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=REPO,
                              capture_output=True, text=True)
        results[name] = {"seconds": round(time.monotonic() - began, 1), "exit": done.returncode,
                         "summary": done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--job-seconds", type=float, default=2.0)
    parser.add_argument("--latency-samples", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="150 jobs, 8 latency samples")
    parser.add_argument("--suite", action="store_true", help="also time the scheduling tests (pytest)")
    args = parser.parse_args()
    if args.quick:
        args.jobs, args.latency_samples = 150, 8

    from configuration.models import SchedulerSettings
    from database import create_platform_engine, session_factory
    from scheduling import Slurm, SlurmBackend
    from scheduling.provision import provision
    from tests.services.slurm import gpu_seconds_by_account, minwon_cluster

    tmp = Path(tempfile.mkdtemp(prefix="minwon-sched-bench-"))
    cluster, policy = minwon_cluster(tmp / "cluster")
    cluster.start()
    try:
        slurm = Slurm(env=cluster.env)
        provision(policy, slurm, users=[getpass.getuser()])
        sessions = session_factory(create_platform_engine(f"sqlite:///{tmp / 'platform.db'}"))
        backend = SlurmBackend(policy, sessions, tmp / "jobs", SchedulerSettings(backend="slurm"), slurm)
        print(f"cluster of {len(policy.nodes)} nodes up in {cluster.start_seconds:.1f} s", flush=True)

        latency = start_latency(backend, args.latency_samples)
        print(f"submit -> start on an idle cluster: ours p50 {latency['ours']['p50']:.2f} s, p95 "
              f"{latency['ours']['p95']:.2f} s, max {latency['ours']['max']:.2f} s; plain sbatch p50 "
              f"{latency['plain_sbatch']['p50']:.2f} s (goal <= 5 s)", flush=True)
        baseline = baseline_rate(backend, min(100, args.jobs))
        for account in CITIES:
            slurm.run("sacctmgr", "-i", "modify", "account", "where", f"name={account}", "set", "RawUsage=0")
        started = datetime.now().replace(microsecond=0)
        submitted, seconds = submit_all(backend, args.jobs, args.job_seconds)
        rate = args.jobs / seconds
        print(f"submitted {args.jobs} jobs in {seconds:.1f} s: {rate:.1f} jobs/s (plain sbatch {baseline:.1f} jobs/s, "
              f"ratio {rate / baseline:.2f})", flush=True)
        ids = {job_id for job_id, _, _ in submitted}
        deadline = time.monotonic() + max(600, args.jobs * args.job_seconds)
        while True:
            queued = set(slurm.run("squeue", "-h", "-o", "%i").split()) & ids
            if not queued:
                break
            if time.monotonic() > deadline:
                slurm.run("scancel", *queued)
                print(f"{len(queued)} jobs still queued at the deadline: cancelled", flush=True)
                break
            time.sleep(2)
        ended = datetime.now().replace(microsecond=0)
        rows = slurm.table("sacct", "-X", "-n", "-P", "-a", "-S", started.isoformat(),
                           "--format=JobID,Account,Partition,Start,End,AllocTRES,State",
                           fields=["job_id", "account", "partition", "start", "end", "tres", "state"])
        rows = [r for r in rows if r["job_id"] in ids]
        run_seconds = (ended - started).total_seconds()
        targets = {a.name: a.fair_share for a in policy.accounts if a.name in CITIES}
        # Fair share decides only while every city still has jobs waiting: until the first city's
        # last job starts. After that the cities' fixed amounts of work, not the policy, set the shares.
        last_start = {}
        for row in rows:
            if row["start"] not in ("", "Unknown", "None"):
                begun = datetime.fromisoformat(row["start"])
                last_start[row["account"]] = max(last_start.get(row["account"], begun), begun)
        contended = min(last_start.values()) if len(last_start) == len(CITIES) else ended
        print(f"contention window: {(contended - started).total_seconds():.0f} s of {run_seconds:.0f} s", flush=True)
        everything = gpu_seconds_by_account(rows, started, contended)
        passthrough = gpu_seconds_by_account([r for r in rows if r["partition"] == "passthrough"], started, contended)
        share_all, error_all = shares(everything, targets)
        share_pt, error_pt = shares(passthrough, targets)
        table = minute_table(rows, started, ended)
        print("\nGPU-seconds per city per minute:")
        print(f"  {'minute':>6} " + " ".join(f"{c:>9}" for c in CITIES))
        for minute, row in table:
            print(f"  {minute:>6} " + " ".join(f"{row[c]:>9}" for c in CITIES))
        print(f"\nshare of GPU time, passthrough pool (fair share only): {share_pt}, error {error_pt} points")
        print(f"share of GPU time, all GPUs (dedicated vGPUs included): {share_all}, error {error_all} points")
        image = plot(table, REPO / "benchmarks" / "results" / "scheduling-gpu-time.png")
        suite = time_suite() if args.suite else None
        if suite:
            for name, result in suite.items():
                print(f"{name}: {result['seconds']} s ({result['summary']})")
        print(json.dumps({
            "benchmark": "scheduling", "jobs": args.jobs, "job_seconds": args.job_seconds,
            "submit_rate_jobs_per_s": round(rate, 2), "baseline_sbatch_jobs_per_s": round(baseline, 2),
            "submit_rate_ratio": round(rate / baseline, 3),
            "start_latency_s": {k: {q: round(v, 3) for q, v in d.items()} for k, d in latency.items()},
            "start_latency_goal_s": 5, "run_seconds": run_seconds,
            "contention_window_s": (contended - started).total_seconds(),
            "completed": sum(1 for r in rows if r["state"] == "COMPLETED"),
            "fair_share": {"targets": targets, "passthrough_share": share_pt, "passthrough_error_points": error_pt,
                           "all_share": share_all, "all_error_points": error_all},
            "gpu_seconds_per_minute": [row for _, row in table], "plot": image, "suite": suite,
            "note": "2-core shared machine: timings are noisy",
        }))
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
