"""Shared pytest fixtures."""

from __future__ import annotations

import os
import time

import pytest

try:
    from tests.services.ceph_rgw import CephRGW, ceph_available
except ImportError:  # run as `pytest` without the repository root on sys.path
    from services.ceph_rgw import CephRGW, ceph_available


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


def _services_required() -> bool:
    return os.environ.get("MINWON_REQUIRE_SERVICES") == "1"


@pytest.fixture(scope="session")
def rgw(tmp_path_factory):
    """One real Ceph (mon + memstore OSD) + radosgw for the whole session, on free loopback ports."""
    if not ceph_available():
        message = (
            "Ceph binaries (ceph-mon, ceph-osd, radosgw, radosgw-admin, ceph, monmaptool) are not on PATH; "
            "install them with scripts/install-system-packages.sh"
        )
        if _services_required():
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


# --------------------------------------------------------------------- the learned PII tagger
def pytest_sessionstart(session):
    """Every masker built from configs/ loads the learned PII tagger: build it once per checkout
    (build/pii-ner/<key>/, minutes the first time, instant afterwards) and point the gate at it."""
    if os.environ.get("MINWON_PII_MODEL_DIR"):
        return
    from training.pii_ner.build import ensure_model

    began = time.monotonic()
    folder = ensure_model()
    os.environ["MINWON_PII_MODEL_DIR"] = str(folder)
    if time.monotonic() - began > 5:
        print(f"\n[pii-ner] learned PII tagger built in {time.monotonic() - began:.0f} s: {folder}")
