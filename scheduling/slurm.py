"""Talking to Slurm through its own commands (sbatch, squeue, sacct, scontrol, sacctmgr).

Every call has a timeout; a controller or accounting daemon that does not answer becomes
SlurmUnavailable with what to check, never a hang or a traceback from deep inside.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime

DOWN_MARKERS = (
    "unable to contact slurm controller", "connection refused", "socket timed out", "zero bytes were transmitted",
    "slurm_persist_conn_open", "problem talking to the database", "slurmdbd", "unable to establish connection",
    "communication connection failure", "connect failure",
)


class SlurmError(RuntimeError):
    """Slurm refused or failed a request; the message is Slurm's own, with the command."""


class SlurmUnavailable(SlurmError):
    """Slurm's controller or accounting daemon cannot be reached."""


@dataclass(frozen=True)
class Slurm:
    timeout: float = 30.0
    env: dict[str, str] | None = None   # e.g. {"SLURM_CONF": ...}; default: this process's environment

    def run(self, *args: str, check: bool = True, input_text: str | None = None) -> str:
        command = list(args)
        if shutil.which(command[0], path=self._env().get("PATH")) is None:
            raise SlurmUnavailable(f"{command[0]} is not installed here: install the Slurm client "
                                   f"(Debian: slurm-client) or use scheduler.backend=local")
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=self.timeout,
                                  env=self._env(), input=input_text,
                                  stdin=None if input_text is not None else subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise SlurmUnavailable(f"`{' '.join(command[:3])} ...` got no answer in {self.timeout:g} s: is slurmctld "
                                   f"running (`scontrol ping`)? SLURM_CONF={self._conf()}") from None
        if check and done.returncode != 0:
            message = (done.stderr or done.stdout).strip()
            if any(marker in message.lower() for marker in DOWN_MARKERS):
                raise SlurmUnavailable(f"Slurm is not reachable ({' '.join(command[:2])}): {message}. Check that "
                                       f"slurmctld and slurmdbd run (`scontrol ping`, `sacctmgr show cluster`); "
                                       f"SLURM_CONF={self._conf()}")
            raise SlurmError(f"{' '.join(command[:2])} failed: {message}")
        return done.stdout

    def _env(self) -> dict[str, str]:
        return {**os.environ, **(self.env or {})}

    def _conf(self) -> str:
        return self._env().get("SLURM_CONF", "/etc/slurm/slurm.conf")

    # ---------------------------------------------------------------------------- reading
    def table(self, *args: str, fields: list[str]) -> list[dict[str, str]]:
        """Rows of a `-P` (pipe-separated) listing as dicts."""
        rows = []
        for line in self.run(*args).splitlines():
            if line.strip():
                values = line.split("|")
                rows.append(dict(zip(fields, values + [""] * (len(fields) - len(values)))))
        return rows

    def scontrol_records(self, *args: str) -> list[dict[str, str]]:
        """`scontrol show ... -o` one record per line, KEY=VALUE separated by spaces."""
        records = []
        for line in self.run("scontrol", "-o", "show", *args).splitlines():
            if line.strip():
                records.append(parse_key_values(line))
        return records


def parse_key_values(line: str) -> dict[str, str]:
    # Values may contain spaces only in a few fields (e.g. Reason=...); split on " Key=".
    parts = re.split(r" (?=[A-Za-z][A-Za-z:/_]*=)", line.strip())
    record = {}
    for part in parts:
        key, _, value = part.partition("=")
        record[key] = value
    return record


def parse_duration(text: str) -> int | None:
    """Slurm time strings -> seconds: [D-]HH:MM:SS, MM:SS, minutes; UNLIMITED/INVALID/'' -> None."""
    text = (text or "").strip()
    if not text or text.upper() in {"UNLIMITED", "INVALID", "NONE", "INFINITE", "PARTITION_LIMIT"}:
        return None
    days = 0
    if "-" in text:
        day_text, text = text.split("-", 1)
        days = int(day_text)
    parts = [int(p) for p in text.split(":")]
    if len(parts) == 3:
        h, m, s = parts
    elif len(parts) == 2:
        h, m, s = (0, parts[0], parts[1]) if not days else (parts[0], parts[1], 0)
    else:
        h, m, s = 0, parts[0], 0
    return ((days * 24 + h) * 60 + m) * 60 + s


def parse_time(text: str) -> datetime | None:
    text = (text or "").strip()
    if not text or text in {"Unknown", "None", "N/A"}:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def format_minutes(minutes: int | None) -> str:
    if minutes is None:
        return "UNLIMITED"
    return f"{minutes // 1440}-{(minutes % 1440) // 60:02d}:{minutes % 60:02d}:00"
