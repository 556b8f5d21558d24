"""The process a Slurm batch job runs: `python -m scheduling.runner [options] -- COMMAND ...`.

It starts COMMAND in a process group tied to its own life (scheduling/launch.py), forwards the
SIGTERM Slurm sends at preemption (`--signal=B:TERM@grace`) or before the time limit, and turns
"training stopped after its checkpoint because it was preempted" into Slurm's RequeueExit code,
so Slurm requeues the job and the next start resumes from that checkpoint. Exiting 0 there would
mark the job COMPLETED and nothing would be requeued.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from scheduling.launch import exit_with_parent, run_job_processes

PREEMPTED = "preempted"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requeue-exit", type=int, required=True, help="Slurm's RequeueExit code")
    parser.add_argument("--stop-report", type=Path, default=None, help="where the command reports a checkpointed stop")
    parser.add_argument("--grace", type=float, default=None, help="seconds after SIGTERM before the job is killed")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command after --")
    exit_with_parent()  # slurmstepd gone (node daemon killed): stop like a preemption, after the checkpoint
    attempt = int(os.environ.get("SLURM_RESTART_COUNT", "0"))
    print(f"[minwon-runner] job {os.environ.get('SLURM_JOB_ID', '?')} attempt {attempt + 1} on "
          f"{os.environ.get('SLURMD_NODENAME', '?')}, GPUs {os.environ.get('CUDA_VISIBLE_DEVICES', '-')}", flush=True)
    finished = run_job_processes(command, stop_report=args.stop_report, kill_after=args.grace)
    report = finished.stop_report or {}
    if report.get("reason") == PREEMPTED:
        print(f"[minwon-runner] stopped after the checkpoint at step {report.get('step')}: "
              f"exit {args.requeue_exit} so that Slurm requeues the job", flush=True)
        return args.requeue_exit
    code = finished.returncode
    if code < 0:
        code = 128 - code
    print(f"[minwon-runner] command ended with exit {code}"
          + (f" after SIGTERM ({report.get('reason', 'no checkpoint report')})" if finished.signalled else ""),
          flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
