"""Fixtures of the scheduling tests: the session's Slurm cluster (tests/conftest.py) provisioned from
configs/gpu.yaml, and a Slurm backend over it with its own platform database."""

from __future__ import annotations

import getpass
import time

import pytest

from configuration.models import SchedulerSettings
from database import create_platform_engine, session_factory
from scheduling import Slurm, SlurmBackend
from scheduling.provision import provision


@pytest.fixture(scope="session")
def provisioned(slurm):
    cluster, policy = slurm
    provision(policy, Slurm(env=cluster.env), users=[getpass.getuser()])
    return cluster, policy


def make_backend(cluster, policy, tmp_path, lost_after_s: float = 20.0) -> SlurmBackend:
    sessions = session_factory(create_platform_engine(f"sqlite:///{tmp_path / 'platform.db'}"))
    settings = SchedulerSettings(backend="slurm", poll_interval_s=0.5, lost_after_s=lost_after_s, command_timeout_s=20)
    return SlurmBackend(policy, sessions, tmp_path / "jobs", settings, Slurm(timeout=20, env=cluster.env))


def clear_queue(slurm: Slurm, timeout: float = 30) -> None:
    slurm.run("scancel", f"--user={getpass.getuser()}")
    deadline = time.monotonic() + timeout
    while slurm.run("squeue", "-h", "-o", "%i").strip():
        if time.monotonic() > deadline:
            raise AssertionError("jobs still in the queue: " + slurm.run("squeue"))
        time.sleep(0.3)


@pytest.fixture
def backend(provisioned, tmp_path):
    cluster, policy = provisioned
    chosen = make_backend(cluster, policy, tmp_path)
    yield chosen
    clear_queue(chosen.slurm)


def wait_until(predicate, timeout: float, what: str, interval: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)
