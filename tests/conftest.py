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
