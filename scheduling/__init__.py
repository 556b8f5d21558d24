"""The GPU layer: pools, policy and job scheduling (design §6-7). Stages call it; it imports no stage.

    from scheduling import open_backend, JobRequest, job_spec
    backend = open_backend()                      # local or slurm, from platform.yaml
    outcome = backend.run(job_spec(backend.policy, JobRequest(...)), log=print)

Names are imported on first use: the job runner (`python -m scheduling.runner`, started for every
Slurm job) needs only scheduling.launch and stays a light process.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "GpuUsage": "scheduling.accounting", "QuotaExhausted": "scheduling.accounting",
    "Backend": "scheduling.jobs", "JobLost": "scheduling.jobs", "JobOutcome": "scheduling.jobs",
    "LocalBackend": "scheduling.jobs", "SlurmBackend": "scheduling.jobs",
    "exit_with_parent": "scheduling.launch", "run_job_processes": "scheduling.launch",
    "write_stop_report": "scheduling.launch",
    "JobRequest": "scheduling.policy", "JobSpec": "scheduling.policy", "Policy": "scheduling.policy",
    "PolicyError": "scheduling.policy", "build_policy": "scheduling.policy", "job_spec": "scheduling.policy",
    "Slurm": "scheduling.slurm", "SlurmError": "scheduling.slurm", "SlurmUnavailable": "scheduling.slurm",
}


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'scheduling' has no attribute '{name}'")
    return getattr(importlib.import_module(module), name)


def open_backend(backend: str | None = None):
    """The backend platform.yaml names (scheduler.backend), over the platform's database."""
    from configuration import data_dir
    from runtime import current_platform
    from scheduling.jobs import LocalBackend, SlurmBackend
    from scheduling.policy import build_policy

    platform = current_platform()
    settings = platform.config.platform.scheduler
    policy = build_policy(platform.config.gpu(), platform.config.tenants)
    jobs_dir = data_dir() / settings.jobs_dir
    if (backend or settings.backend) == "slurm":
        return SlurmBackend(policy, platform.sessions, jobs_dir, settings)
    return LocalBackend(policy, platform.sessions, jobs_dir)


__all__ = sorted([*_EXPORTS, "open_backend"])
