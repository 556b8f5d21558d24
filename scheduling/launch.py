"""Starting a job's processes so that they never outlive whoever started them.

A job (torchrun and its training workers, a batch classification) runs in a process group of its
own, started with PR_SET_PDEATHSIG: when the launching process dies, even by SIGKILL, the kernel
sends the job SIGTERM, and training's SIGTERM path checkpoints and exits. While the launcher lives,
SIGTERM/SIGINT it receives are forwarded to the whole group and it waits for the job to stop (after
its checkpoint), so a stopped `minwon retrain` leaves nothing running and nothing thrown away.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

PR_SET_PDEATHSIG = 1
STOP_REPORT_ENV = "MINWON_STOP_REPORT"  # where a stopped training run writes why and at which step
EXIT_WITH_PARENT_ENV = "MINWON_EXIT_WITH_PARENT"  # "1": job processes set PR_SET_PDEATHSIG themselves too


def exit_with_parent(sig: int = signal.SIGTERM) -> None:
    """Linux: have the kernel send `sig` to this process when its parent (thread) dies, even by
    SIGKILL. Call it in the child (e.g. as preexec_fn) before it does anything else."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig)


@dataclass
class Finished:
    returncode: int
    seconds: float
    signalled: int | None = None          # the signal we forwarded to the job, if any
    stop_report: dict | None = None       # what a stopped training run reported (reason, step, exit code)
    lines: list[str] = field(default_factory=list)


def read_stop_report(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def write_stop_report(reason: str, exit_code: int, step: int, checkpoint_key: str | None) -> None:
    """Called by a training process that stopped after its checkpoint (see training/train.py)."""
    target = os.environ.get(STOP_REPORT_ENV)
    if target:
        Path(target).write_text(json.dumps({"reason": reason, "exit_code": exit_code, "step": step,
                                            "checkpoint": checkpoint_key}), encoding="utf-8")


def run_job_processes(command: list[str], *, env: dict[str, str] | None = None, cwd: str | None = None,
                      output: Path | None = None, on_line: Callable[[str], None] | None = None,
                      stop_report: Path | None = None, kill_after: float | None = None) -> Finished:
    """Run `command` as its own process group, tied to this process's life; block until it ends.

    The job writes to `output` (a file, so it never depends on this process staying alive to read
    a pipe; None: our stdout), and `on_line` receives each new line while it runs (progress).
    `kill_after`: seconds after a forwarded SIGTERM before the group is killed; None waits for it.
    """
    env = dict(os.environ if env is None else env)
    # torchrun's workers are not our children: they tie themselves to their parent (training/train.py).
    env[EXIT_WITH_PARENT_ENV] = "1"
    if stop_report is not None:
        stop_report.unlink(missing_ok=True)
        env[STOP_REPORT_ENV] = str(stop_report)
    started = time.monotonic()
    sink = open(output, "ab") if output is not None else None
    try:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=sink,
                                   stderr=subprocess.STDOUT if sink else None, start_new_session=True,
                                   preexec_fn=exit_with_parent)
    finally:
        if sink:
            sink.close()
    forwarded: list[int] = []

    def forward(signum, frame) -> None:
        if not forwarded:
            forwarded.append(signal.SIGTERM)
            _signal_group(process.pid, signal.SIGTERM)
            if kill_after is not None:
                timer = threading.Timer(kill_after, _signal_group, (process.pid, signal.SIGKILL))
                timer.daemon = True
                timer.start()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        # In a worker thread the launcher cannot catch signals; PR_SET_PDEATHSIG still ends the job
        # when this process dies.
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, forward)
    tail = LineTail(output) if output is not None and on_line else None
    try:
        while True:
            try:
                returncode = process.wait(timeout=0.25)
                break
            except subprocess.TimeoutExpired:
                if tail:
                    tail.emit(on_line)
        if tail:
            tail.emit(on_line, final=True)
    except BaseException:
        _signal_group(process.pid, signal.SIGTERM)
        raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return Finished(returncode, time.monotonic() - started, forwarded[0] if forwarded else None,
                    read_stop_report(stop_report) if stop_report else None, tail.lines if tail else [])


class LineTail:
    """New complete lines of a growing log file (the job's output), read from where we stopped."""

    def __init__(self, path: Path):
        self.path, self.offset, self.partial = Path(path), 0, b""
        self.lines: list[str] = []

    def emit(self, on_line: Callable[[str], None], final: bool = False) -> None:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self.offset)
                chunk = handle.read()
        except FileNotFoundError:
            return
        self.offset += len(chunk)
        parts = (self.partial + chunk).split(b"\n")
        self.partial = b"" if final else parts.pop()
        for raw in parts:
            if raw.strip():
                line = raw.decode("utf-8", "replace")
                self.lines = (self.lines + [line])[-200:]
                on_line(line)


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass
