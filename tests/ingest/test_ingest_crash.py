"""Exactly once across crashes: SIGKILL the sweeping process mid-run, run again, count everything."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.sftp import SftpSweeper
from tenancy.sftp_accounts import provision_drop_folder
from tests.ingest.helpers import csv_bytes

pytestmark = pytest.mark.rgw
CHILD = Path(__file__).with_name("crash_child.py")


def _crash(p, point: str, root: Path, tmp: Path) -> None:
    marker = tmp / f"reached-{point}"
    env = {**os.environ, **p.env()}
    child = subprocess.Popen([sys.executable, str(CHILD), point, str(marker), str(root), "suwon"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            if child.poll() is not None:
                raise AssertionError(f"child exited early: {child.stdout.read().decode()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError("child never reached the crash point")
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)  # no cleanup, no finally blocks, no commit
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("point", ["after_copy", "after_register"])
def test_sigkill_mid_sweep_then_run_again(rgw_platform, tmp_path, point):
    p = rgw_platform
    root = tmp_path / "sftp"
    provision_drop_folder(root, "suwon", os.getuid(), os.getgid())
    inbox, processed = root / "suwon" / "inbox", root / "suwon" / "processed"
    files = {f"f{i}.csv": csv_bytes(3, f"crash{i}") for i in range(3)}
    for name, data in files.items():
        (inbox / name).write_bytes(data)

    _crash(p, point, root, tmp_path)
    objects, uploads = p.keys("uploads/suwon/"), p.uploads("suwon")
    assert len(objects) == 1 and sorted(os.listdir(inbox)) == sorted(files)  # nothing moved yet
    assert len(uploads) == (0 if point == "after_copy" else 1)

    if point == "after_copy":
        # The scheduled store sweep may come first: it registers the orphaned copy by itself...
        assert [o.state for o in p.ingestor.sweep_tenant("suwon")] == ["registered"]
    # ...and the next SFTP sweep finishes the job without copying or registering anything twice.
    sweeper = SftpSweeper(p.ingestor, root=root, settle_seconds=0, work_dir=tmp_path)
    results = sweeper.sweep(["suwon"]) + sweeper.sweep(["suwon"])
    assert sorted(r.state for r in results) == ["taken"] * 3
    expected_keys = sorted(f"uploads/suwon/sftp/{hashlib.sha256(d).hexdigest()[:16]}/{n}" for n, d in files.items())
    assert sorted(p.keys("uploads/suwon/")) == expected_keys
    uploads = p.uploads("suwon")
    assert sorted(u.object_key for u in uploads) == expected_keys  # one registration per file
    assert os.listdir(inbox) == [] and sorted(os.listdir(processed)) == sorted(files)
    with p.sessions() as session:
        from tenancy.upload_quota import UploadQuota

        used = UploadQuota.from_config(p.config).usage(session, "suwon").used_bytes
    assert used == sum(len(d) for d in files.values())  # the quota counted each file once
    # Run again (both sweeps): nothing changes.
    assert sweeper.sweep(["suwon"]) == [] and p.ingestor.sweep_tenant("suwon") == []
    assert len(p.uploads("suwon")) == 3 and len(p.keys("uploads/suwon/")) == 3
