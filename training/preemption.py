"""Stopping a run early, always after a checkpoint: SIGTERM from a scheduler, or the wall-time limit.

Exit codes of `python -m training.train`: 0 done, 75 preempted (SIGTERM), 76 wall-time limit;
both are resumable by starting the same run id again.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

EXIT_PREEMPTED = 75   # EX_TEMPFAIL: the scheduler should simply start the job again
EXIT_TIME_LIMIT = 76  # the job's wall-time budget ran out; start it again to continue


class TrainingInterrupted(Exception):
    """Training stopped early after writing a checkpoint; `exit_code` is 75 or 76."""

    def __init__(self, reason: str, exit_code: int, step: int, checkpoint_key: str | None):
        super().__init__(f"training {reason} at step {step} (checkpoint {checkpoint_key})")
        self.reason, self.exit_code, self.step, self.checkpoint_key = reason, exit_code, step, checkpoint_key


class StopSignal:
    """SIGTERM -> finish the current optimizer step, checkpoint, exit 75. A watchdog ends the
    process after `grace_seconds` even if that cannot complete (e.g. a peer rank died inside a
    collective): the previous checkpoint is then the resume point."""

    def __init__(self, grace_seconds: float):
        self.grace_seconds = grace_seconds
        self.received_at: float | None = None
        self._previous = None
        self._installed = False
        self._watchdog: threading.Timer | None = None

    @property
    def received(self) -> bool:
        return self.received_at is not None

    def install(self) -> None:
        # signal.signal only works in the main thread (a Prefect task may run in a worker thread:
        # there the orchestrator owns signals and we simply run without preemption handling).
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGTERM, self._handle)
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            signal.signal(signal.SIGTERM, self._previous)
            self._installed = False
        if self._watchdog:
            self._watchdog.cancel()

    def _handle(self, signum, frame) -> None:
        if self.received_at is not None:
            return  # torchrun forwards the signal again: one grace period only
        self.received_at = time.monotonic()
        # Leave a margin under the grace period so the hard kill that follows it never lands first.
        self._watchdog = threading.Timer(self.grace_seconds * 0.9, self._expire)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _expire(self) -> None:
        sys.stderr.write("preemption grace period spent before a checkpoint completed: exiting\n")
        sys.stderr.flush()
        os._exit(EXIT_PREEMPTED)
