"""Shared pytest fixtures."""

from __future__ import annotations

import os
import time

import pytest

try:
    from tests.services import services_required
    from tests.services.ceph_rgw import CephRGW, ceph_available
    from tests.services.postgres import postgres_cluster
except ImportError:  # run as `pytest` without the repository root on sys.path
    from services import services_required
    from services.ceph_rgw import CephRGW, ceph_available
    from services.postgres import postgres_cluster


# --------------------------------------------------------------------- real Ceph RGW (S3) service
def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "rgw: uses a real single-node Ceph RGW (the session-scoped `rgw` fixture); "
        "deselect with -m 'not rgw'",
    )


def pytest_collection_modifyitems(config, items):
    # Any test that uses the fixture (directly or through another fixture) carries the marker.
    for item in items:
        if "rgw" in getattr(item, "fixturenames", ()) and item.get_closest_marker("rgw") is None:
            item.add_marker(pytest.mark.rgw)
    _fair_share_tests_last(items)


@pytest.fixture(scope="session")
def rgw(tmp_path_factory):
    """One real Ceph (mon + memstore OSD) + radosgw for the whole session, on free loopback ports."""
    if not ceph_available():
        message = (
            "Ceph binaries (ceph-mon, ceph-osd, radosgw, radosgw-admin, ceph, monmaptool) are not on PATH; "
            "install them with scripts/install-system-packages.sh"
        )
        if services_required():
            pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
        pytest.skip(message)
    service = CephRGW(tmp_path_factory.mktemp("ceph-rgw"))
    began = time.monotonic()
    service.start()
    print(f"\n[rgw] Ceph RGW at {service.endpoint} started in {time.monotonic() - began:.1f} s")
    try:
        yield service
    finally:
        service.stop()


# --------------------------------------------------------------------- real PostgreSQL service
@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster for the session (server URL of its `postgres` database)."""
    with postgres_cluster() as url:
        yield url


# -------------------------------------------------------------------------------------- Prefect
@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """A temporary Prefect API for the session (flows run in-process against it)."""
    os.environ.setdefault("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


# --------------------------------------------------------------------- real Slurm (GPU scheduling)
try:
    from tests.services.slurm import minwon_cluster, slurm_available
except ImportError:
    from services.slurm import minwon_cluster, slurm_available

FAIR_SHARE_TESTS = "test_fair_share.py"


def _require_slurm() -> None:
    if not slurm_available():
        message = ("Slurm, slurmdbd, MariaDB or munge is not installed (slurm-wlm slurmdbd munge mariadb-server); "
                   "install them with scripts/install-system-packages.sh")
        if services_required():
            pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def slurm(tmp_path_factory):
    """One real Slurm cluster (munge, MariaDB, slurmdbd, slurmctld, a slurmd per node) running the
    policy rendered from configs/gpu.yaml, with the test timing (usage charged every minute)."""
    _require_slurm()
    cluster, policy = minwon_cluster(tmp_path_factory.mktemp("slurm") / "cluster")
    cluster.start()
    print(f"\n[slurm] {len(policy.nodes)} nodes idle in {cluster.start_seconds:.1f} s")
    try:
        yield cluster, policy
    finally:
        cluster.stop()


def _wants_fair_share(session) -> bool:
    return any(item.nodeid.endswith(FAIR_SHARE_TESTS) or f"/{FAIR_SHARE_TESTS}::" in item.nodeid
               for item in session.items)


@pytest.fixture(scope="session", autouse=True)
def _fair_share_run(request, tmp_path_factory):
    """SC-07 needs minutes of real scheduling (Slurm charges usage once a minute at best): when its
    tests are selected, its workload starts with the session on a cluster of its own, in the
    background, and its tests run last."""
    if not _wants_fair_share(request.session) or not slurm_available():
        yield None
        return
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("fairshare", Path(__file__).parent / "scheduling" / "fairshare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    run = module.FairShareRun(tmp_path_factory.mktemp("slurm-fair-share") / "cluster")
    run.start()
    try:
        yield run
    finally:
        run.stop()


def _fair_share_tests_last(items):
    waiting = [i for i in items if FAIR_SHARE_TESTS in i.nodeid]
    if waiting:
        items[:] = [i for i in items if FAIR_SHARE_TESTS not in i.nodeid] + waiting


# --------------------------------------------------------------------- the learned PII tagger
def pytest_sessionstart(session):
    """Every masker built from configs/ loads the learned PII tagger: build it once per checkout
    (build/pii-ner/<key>/, minutes the first time, instant afterwards) and point the gate at it."""
    if os.environ.get("MINWON_PII_MODEL_DIR"):
        return
    from training.pii_ner.build import ensure_model

    began = time.monotonic()
    folder = ensure_model(allow_synthetic_only=True)  # without ../shared: the synthetic-only tagger, as before
    os.environ["MINWON_PII_MODEL_DIR"] = str(folder)
    if time.monotonic() - began > 5:
        print(f"\n[pii-ner] learned PII tagger built in {time.monotonic() - began:.0f} s: {folder}")
