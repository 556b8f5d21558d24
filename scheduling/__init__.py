"""The GPU layer: pools, policy and job scheduling (design §6-7). Stages call it; it imports no stage.

    from scheduling import open_backend, JobRequest
    backend = open_backend()                      # local or slurm, from platform.yaml
    outcome = backend.run(backend.spec(JobRequest(...)), log=print)
"""

from __future__ import annotations

from scheduling.accounting import GpuUsage, QuotaExhausted
from scheduling.jobs import Backend, JobLost, JobOutcome, LocalBackend, SlurmBackend
from scheduling.launch import exit_with_parent, run_job_processes, write_stop_report
from scheduling.policy import JobRequest, JobSpec, Policy, PolicyError, build_policy, job_spec
from scheduling.slurm import Slurm, SlurmError, SlurmUnavailable


def current_policy() -> Policy:
    from runtime import current_platform

    config = current_platform().config
    return build_policy(config.gpu(), config.tenants)


def open_backend(backend: str | None = None) -> Backend:
    """The backend platform.yaml names (scheduler.backend), over the platform's database."""
    from configuration import data_dir
    from runtime import current_platform

    platform = current_platform()
    settings = platform.config.platform.scheduler
    policy = build_policy(platform.config.gpu(), platform.config.tenants)
    jobs_dir = data_dir() / settings.jobs_dir
    if (backend or settings.backend) == "slurm":
        return SlurmBackend(policy, platform.sessions, jobs_dir, settings)
    return LocalBackend(policy, platform.sessions, jobs_dir)


__all__ = [
    "Backend", "GpuUsage", "JobLost", "JobOutcome", "JobRequest", "JobSpec", "LocalBackend", "Policy",
    "PolicyError", "QuotaExhausted", "Slurm", "SlurmBackend", "SlurmError", "SlurmUnavailable",
    "build_policy", "current_policy", "exit_with_parent", "job_spec", "open_backend", "run_job_processes",
    "write_stop_report",
]
