"""Slurm failing under the platform: a controller that is down is a clear error, and a job lost by a
controller that restarted without its state is never reported as success."""

from __future__ import annotations

import threading

import pytest

from scheduling import JobLost, JobRequest, SlurmUnavailable, job_spec
from scheduling.status import collect
from tests.scheduling.conftest import wait_until


def test_a_slurm_that_is_down_gives_a_clear_error(backend, slurm):
    cluster, _ = slurm
    spec = job_spec(backend.policy, JobRequest("down", "suwon", "inference", 1, ["true"]))
    cluster.stop_controller()
    try:
        with pytest.raises(SlurmUnavailable) as caught:
            backend.submit(spec)
        message = str(caught.value)
        assert "Slurm is not reachable" in message and "scontrol ping" in message and "SLURM_CONF=" in message
        with pytest.raises(SlurmUnavailable):
            collect(backend)
    finally:
        cluster.start_controller()
        cluster.wait_nodes_idle()
    assert backend.run(spec, lambda line: None).ok


def test_a_job_lost_by_a_restarting_controller_is_not_reported_as_success(backend, slurm):
    cluster, _ = slurm
    spec = job_spec(backend.policy, JobRequest("lost", "seongnam", "inference", 1, ["sleep", "120"]))
    submitted = backend.submit(spec)
    wait_until(lambda: (backend.squeue(submitted.job_id) or {}).get("state") == "RUNNING", 30, "the job to run")
    outcome, errors, lines = [], [], []

    def follow():
        try:
            outcome.append(backend.follow(spec, submitted, lines.append))
        except Exception as error:  # noqa: BLE001 - inspected below
            errors.append(error)

    follower = threading.Thread(target=follow)
    follower.start()
    cluster.lose_jobs(first_job_id=int(submitted.job_id) + 1000)  # the newest job: nothing else submits
    cluster.wait_nodes_idle(timeout=90)
    follower.join(120)
    assert not follower.is_alive()
    # Depending on what the restarted controller finds, the job is gone (JobLost) or the controller
    # ends it as an orphan (CANCELLED in accounting); either way it is not a success.
    if errors:
        assert len(errors) == 1 and isinstance(errors[0], JobLost), errors
        assert "lost" in str(errors[0]) and "Nothing is reported as done" in str(errors[0])
    else:
        assert not outcome[0].ok and outcome[0].state != "COMPLETED", outcome[0].summary()
    from database import GpuJob

    with backend.sessions() as session:
        states = [j.state for j in session.query(GpuJob).filter_by(job_id=submitted.job_id)]
    assert "COMPLETED" not in states
