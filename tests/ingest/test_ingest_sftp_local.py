"""The SFTP sweeper without sshd or RGW (local store, drop folders in a temporary folder)."""

from __future__ import annotations

import os

from ingest.sftp import SftpSweeper, _atomic_write_at
from tenancy.sftp_accounts import provision_drop_folder
from tests.ingest.helpers import csv_bytes


def _setup(local_platform, tmp_path):
    root = tmp_path / "sftp"
    provision_drop_folder(root, "suwon", os.getuid(), os.getgid())
    sweeper = SftpSweeper(local_platform, root=root, settle_seconds=0, work_dir=tmp_path)
    return sweeper, root / "suwon" / "inbox", root / "suwon" / "processed"


def test_sweep_on_a_local_store(local_platform, tmp_path):
    sweeper, inbox, processed = _setup(local_platform, tmp_path)
    (inbox / "a.csv").write_bytes(csv_bytes(2))
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["pending"]
    taken, = sweeper.sweep(["suwon"])
    assert taken.state == "taken" and local_platform.store.get_bytes(taken.key) == csv_bytes(2)
    assert os.listdir(processed) == ["a.csv"] and os.listdir(inbox) == []


def test_a_file_replaced_after_its_copy_is_not_retired_and_not_lost(local_platform, tmp_path, monkeypatch):
    sweeper, inbox, processed = _setup(local_platform, tmp_path)
    (inbox / "a.csv").write_bytes(csv_bytes(2, "old"))
    sweeper.sweep(["suwon"])
    original = SftpSweeper._store_verified

    def replace_source_meanwhile(self, *args, **kwargs):
        version = original(self, *args, **kwargs)
        replacement = inbox / "new.tmp"
        replacement.write_bytes(csv_bytes(3, "new"))
        os.replace(replacement, inbox / "a.csv")  # the tenant uploads a new a.csv right now
        return version

    monkeypatch.setattr(SftpSweeper, "_store_verified", replace_source_meanwhile)
    result, = sweeper.sweep(["suwon"])
    assert (result.state, result.reason) == ("pending", "replaced_after_copy")
    assert os.listdir(processed) == [] and (inbox / "a.csv").read_bytes() == csv_bytes(3, "new")
    monkeypatch.setattr(SftpSweeper, "_store_verified", original)
    sweeper.sweep(["suwon"])
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["taken"]
    stored = sorted(local_platform.store.get_bytes(i.key) for i in local_platform.store.list("uploads/suwon/"))
    assert stored == sorted([csv_bytes(2, "old"), csv_bytes(3, "new")])  # both versions registered


def test_reason_files_never_follow_a_planted_symlink(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    folder = tmp_path / "inbox"
    folder.mkdir()
    os.symlink(victim, folder / "x.csv.rejected.txt")
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        _atomic_write_at(fd, "x.csv.rejected.txt", "reason")
    finally:
        os.close(fd)
    assert victim.read_text() == "keep"
    assert not os.path.islink(folder / "x.csv.rejected.txt") and (folder / "x.csv.rejected.txt").read_text() == "reason"
