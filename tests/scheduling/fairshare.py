"""SC-07 (concurrent GPU jobs from several cities -> fair-share allocation) on a real Slurm cluster.

Slurm charges usage to fair share once per PriorityCalcPeriod, and one minute is its minimum: within
a minute the city with the best fair-share factor takes every GPU that frees up, and shares even out
only over many minutes. So the workload runs in the background from the start of the test session,
on a cluster of its own (nothing else disturbs its usage), and its tests run last (tests/conftest.py).

Timeline:
1. past usage: suwon runs 3 passthrough GPUs and seongnam 1 for 30 s; yongin nothing;
2. while a blocker holds the pool, the three cities submit many short training jobs at once (1 GPU,
   JOB_SECONDS each), interleaved suwon, seongnam, yongin: FIFO would start suwon first, fair share
   must start yongin first. Once Slurm has charged the past usage and set the jobs' fair-share
   factors (its next usage calculation), the blocker goes;
3. the cluster stays saturated for RUN_SECONDS; then what is left is cancelled and each city's GPU
   time inside the window is measured from sacct.
"""

from __future__ import annotations

import getpass
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

CITIES = ("suwon", "seongnam", "yongin")
PAST_USAGE = {"suwon": 3, "seongnam": 1}   # GPUs for PAST_SECONDS
PAST_SECONDS = 30
JOB_SECONDS = 40
RUN_SECONDS = 480
JOBS_PER_CITY = 40                          # more than the window can run: every city always waits


class FairShareRun:
    def __init__(self, state_dir: Path):
        self.state_dir = Path(state_dir)
        self.result: dict | None = None
        self.error: BaseException | None = None
        self.log: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sc07", daemon=True)
        self.cluster = None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=60)
        if self.cluster is not None:
            self.cluster.stop()

    def wait(self, timeout: float) -> dict:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("the fair-share run did not finish in time:\n" + "\n".join(self.log[-20:]))
        if self.error is not None:
            raise RuntimeError("the fair-share run failed:\n" + "\n".join(self.log[-20:])) from self.error
        return self.result

    def _say(self, text: str) -> None:
        self.log.append(f"{time.strftime('%H:%M:%S')} {text}")

    def _sleep(self, seconds: float) -> None:
        if self._stop.wait(seconds):
            raise InterruptedError("session ended")

    # ----------------------------------------------------------------------------- the run
    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # reported by wait()
            self.error = error
            self._say(f"failed: {type(error).__name__}: {error}")
        finally:
            if self.cluster is not None:
                self.cluster.stop()

    def _work(self) -> dict:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from scheduling import JobRequest, job_spec
        from scheduling.provision import provision
        from scheduling.slurm import Slurm
        from tests.services.slurm import minwon_cluster

        cluster, policy = minwon_cluster(self.state_dir, cluster_name="minwon-fs")
        self.cluster = cluster
        cluster.start()
        slurm = Slurm(env=cluster.env)
        provision(policy, slurm, users=[getpass.getuser()])
        self._say(f"cluster up in {cluster.start_seconds:.1f} s")

        def submit(city: str, gpus: int, seconds: int, name: str) -> str:
            spec = job_spec(policy, JobRequest(name, city, "training", gpus, ["sleep", str(seconds)], hours=0.1))
            return slurm.run("sbatch", "--parsable", f"--job-name={name}", f"--account={city}", f"--qos={spec.qos}",
                             f"--partition={','.join(spec.partitions)}", f"--gres={spec.gres}",
                             f"--time={spec.time_minutes}", "--output=/dev/null",
                             "--wrap", f"sleep {seconds}").strip().split(";")[0]

        # 1. unequal past usage; behind it a blocker holds the pool while the cities submit, until
        #    Slurm's next usage calculation has charged the past usage and re-prioritised the queue
        #    (a job's fair-share factor is set from the last calculation).
        past = [submit(city, gpus, PAST_SECONDS, "past") for city, gpus in PAST_USAGE.items()]
        blocker = submit("platform", 4, 600, "blocker")
        self._say(f"past-usage jobs {past}, blocker {blocker}")
        deadline = time.monotonic() + PAST_SECONDS + 60
        while self.running(slurm) != [blocker]:
            if time.monotonic() > deadline:
                raise TimeoutError(f"past usage did not run: {slurm.run('squeue')}")
            self._sleep(1)

        # 2. many jobs at once, interleaved so that FIFO would favour suwon
        order = []
        for number in range(JOBS_PER_CITY):
            for city in CITIES:
                order.append((submit(city, 1, JOB_SECONDS, f"sc07-{city}"), city))
        city_of = dict(order)
        deadline = time.monotonic() + 150
        while True:
            usage = self.raw_usage(slurm)
            factors = self.fair_share_factors(slurm, city_of)
            if all(usage.get(c, 0) > 0 for c in PAST_USAGE) and len(factors) == 3 and len(set(factors.values())) > 1:
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"past usage never charged: {usage}, factors {factors}")
            self._sleep(2)
        self._say(f"{len(order)} jobs pending; past usage charged {usage}; fair-share factors {factors}")
        slurm.run("scancel", blocker)
        submitted_at = datetime.now().replace(microsecond=0)
        began = time.monotonic()
        sprio = factors

        # 3. saturated for RUN_SECONDS, then measure
        self._sleep(max(0.0, RUN_SECONDS - (time.monotonic() - began)))
        window_end = datetime.now().replace(microsecond=0)
        slurm.run("scancel", "--name=sc07-suwon,sc07-seongnam,sc07-yongin")
        self._sleep(3)
        rows = slurm.table("sacct", "-X", "-n", "-P", "-a", "-S", submitted_at.isoformat(),
                           "--format=JobID,Account,JobName,Start,End,AllocTRES,State",
                           fields=["job_id", "account", "name", "start", "end", "tres", "state"])
        return {"usage_before": usage, "fair_share_factors": sprio, "submitted_at": submitted_at,
                "window_end": window_end, "rows": [r for r in rows if r["name"].startswith("sc07-")],
                "targets": {a.name: a.fair_share for a in policy.accounts if a.name in CITIES}}

    # ---------------------------------------------------------------------------- readings
    @staticmethod
    def raw_usage(slurm) -> dict[str, float]:
        rows = slurm.table("sshare", "-n", "-P", "-a", "-o", "Account,User,RawUsage",
                           fields=["account", "user", "raw"])
        return {r["account"].strip(): float(r["raw"] or 0) for r in rows if not r["user"] and r["account"].strip()}

    @staticmethod
    def running(slurm) -> list[str]:
        return [l.strip() for l in slurm.run("squeue", "-h", "-t", "R", "-o", "%i").splitlines() if l.strip()]

    @staticmethod
    def fair_share_factors(slurm, city_of: dict[str, str]) -> dict[str, float]:
        """Each city's normalized fair-share factor, as sprio shows it on its pending jobs."""
        rows = slurm.table("sprio", "-h", "-o", "%i|%f", fields=["job_id", "fairshare"])
        factors: dict[str, float] = {}
        for row in rows:
            city = city_of.get(row["job_id"].strip())
            if city:
                factors[city] = max(factors.get(city, 0.0), float(row["fairshare"] or 0))
        return factors
