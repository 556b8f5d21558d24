"""SFTP drop folders on a real sshd (chrooted internal-sftp users) swept into RGW, verified, exactly once."""

from __future__ import annotations

import hashlib
import os
import pwd
import stat
from pathlib import Path

import pytest

from ingest.policy import printable
from ingest.sftp import SftpSweeper
from tests.ingest.helpers import csv_bytes, plain_zip, zip_bomb

pytestmark = pytest.mark.rgw


@pytest.fixture
def sftp_env(rgw_platform, sftp_server, tmp_path):
    """The platform plus the sshd's drop folders (emptied for each test) and a sweeper over them."""
    for tenant in sftp_server.tenants:
        for folder in ("inbox", "processed"):
            path = sftp_server.drop_root / tenant / folder
            for entry in path.iterdir():
                entry.unlink() if not entry.is_dir() or entry.is_symlink() else os.rmdir(entry)
    sweeper = SftpSweeper(rgw_platform.ingestor, root=sftp_server.drop_root, settle_seconds=0, work_dir=tmp_path)
    return rgw_platform, sftp_server, sweeper, tmp_path


def _local(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "outgoing" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _as_tenant(server, tenant: str, path: Path) -> None:
    entry = pwd.getpwnam(server.users[tenant])
    os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)


def test_each_sftp_session_is_confined_to_its_own_chroot(sftp_env):
    p, server, sweeper, tmp = sftp_env
    secret = _local(tmp, "seongnam-secret.csv", csv_bytes(2, "s"))
    assert server.sftp("seongnam", [f"put {secret} seongnam-secret.csv"]).returncode == 0
    assert (server.drop_root / "seongnam" / "inbox" / "seongnam-secret.csv").is_file()

    probe = _local(tmp, "probe.csv", csv_bytes(1, "p"))
    result = server.sftp("suwon", [
        "pwd", "ls -la /", "ls -la",
        "-ls /../seongnam", "-ls ../seongnam/inbox",
        "-get ../../seongnam/inbox/seongnam-secret.csv " + str(tmp / "stolen1.csv"),
        f"-get {server.drop_root}/seongnam/inbox/seongnam-secret.csv " + str(tmp / "stolen2.csv"),
        f"-put {probe} ../../seongnam/inbox/planted.csv",
        f"-put {probe} /processed/planted.csv",
        "-get /etc/passwd " + str(tmp / "passwd"),
        "-cd /etc",
    ])
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "Remote working directory: /inbox" in out
    answers = [line for line in out.splitlines() if not line.startswith("sftp>")]
    # The chroot is all it sees: "/" holds inbox/ and processed/, nothing of other cities.
    listing = [line.split()[-1] for line in answers if line[:1] in "d-l" and len(line.split()) >= 9]
    assert set(listing) == {"/.", "/..", "/inbox", "/processed", ".", ".."}, out
    assert sum("not found" in line or "No such file" in line for line in answers) == 7, out
    assert any("Permission denied" in line for line in answers), out  # processed/ is read-only
    assert not (tmp / "stolen1.csv").exists() and not (tmp / "stolen2.csv").exists() and not (tmp / "passwd").exists()
    assert not (server.drop_root / "seongnam" / "inbox" / "planted.csv").exists()
    assert not (server.drop_root / "suwon" / "processed" / "planted.csv").exists()  # processed/ is read-only
    assert sorted(os.listdir(server.drop_root / "seongnam" / "inbox")) == ["seongnam-secret.csv"]
    # A key that is not suwon's does not log in as suwon.
    server.keys["suwon"], saved = server.keys["seongnam"], server.keys["suwon"]
    try:
        assert server.sftp("suwon", ["pwd"]).returncode != 0
    finally:
        server.keys["suwon"] = saved


def test_sweep_takes_complete_files_verifies_registers_once_and_moves(sftp_env):
    p, server, sweeper, tmp = sftp_env
    data = csv_bytes(4, "sftp")
    source = _local(tmp, "민원 2026.csv", data)
    assert server.sftp("suwon", [f'put "{source}" "민원 2026.csv"']).returncode == 0
    inbox, processed = server.drop_root / "suwon" / "inbox", server.drop_root / "suwon" / "processed"

    first = sweeper.sweep(["suwon"])  # first look: not yet known to be complete
    assert [(r.state, r.reason) for r in first] == [("pending", "settling")] and p.keys() == []
    second = sweeper.sweep(["suwon"])  # unchanged since the first look: taken
    assert [r.state for r in second] == ["taken"]
    sha = hashlib.sha256(data).hexdigest()
    key = f"uploads/suwon/sftp/{sha[:16]}/민원_2026.csv"
    assert second[0].key == key and p.keys() == [key]
    assert p.store.get_bytes(key) == data
    uploads = p.uploads("suwon")
    assert [(u.object_key, u.sha256, u.size_bytes) for u in uploads] == [(key, sha, len(data))]
    assert os.listdir(inbox) == [] and os.listdir(processed) == ["민원 2026.csv"]
    moved = os.stat(processed / "민원 2026.csv")
    assert (moved.st_uid, moved.st_gid) == (0, 0)
    copy, register = p.audit_rows(channel="sftp")
    assert (copy.action, copy.outcome, copy.sha256, copy.actor) == ("copy", "ok", sha, f"sftp:{server.users['suwon']}")
    assert (register.action, register.outcome, register.upload_pk) == ("register", "ok", uploads[0].id)
    # Re-runs: nothing new anywhere.
    assert sweeper.sweep(["suwon"]) == [] and p.ingestor.sweep_tenant("suwon") == []
    # The same bytes dropped again: copied to the same key, registered as a duplicate, retired.
    assert server.sftp("suwon", [f'put "{source}" again.csv']).returncode == 0
    sweeper.sweep(["suwon"])
    again = sweeper.sweep(["suwon"])
    assert [r.outcome.state for r in again] == ["registered"]  # another name -> another key
    assert len(p.uploads("suwon")) == 2 and sorted(os.listdir(processed)) == ["again.csv", "민원 2026.csv"]


def test_files_being_written_are_not_taken_until_stable_or_marked_done(sftp_env):
    p, server, sweeper, tmp = sftp_env
    inbox = server.drop_root / "suwon" / "inbox"
    growing = inbox / "growing.csv"
    growing.write_bytes(csv_bytes(2, "g"))
    _as_tenant(server, "suwon", growing)
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["pending"]
    with open(growing, "ab") as out:  # the client is still writing
        out.write("R99999,2026-03-01,제목,아직 쓰는 중인 파일입니다,대중교통과\n".encode())
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["pending"]
    assert p.keys() == []
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["taken"]
    assert p.store.get_bytes(p.keys()[0]) == growing.parent.parent.joinpath("processed", "growing.csv").read_bytes()

    # With a NAME.done marker the file is taken at the first look, and the marker moves with it.
    marked = _local(tmp, "marked.jsonl", b'{"receipt_id": "1", "body": "\xeb\xac\xb8\xec\x9d\x98 \xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4 ok"}\n')
    done = _local(tmp, "marked.jsonl.done", b"")
    assert server.sftp("suwon", [f"put {marked} marked.jsonl", f"put {done} marked.jsonl.done"]).returncode == 0
    assert [r.state for r in sweeper.sweep(["suwon"])] == ["taken"]
    assert sorted(os.listdir(server.drop_root / "suwon" / "processed")) == ["growing.csv", "marked.jsonl", "marked.jsonl.done"]

    # A settle time: a file unchanged for less than settle_seconds is not taken yet.
    slow = SftpSweeper(p.ingestor, root=server.drop_root, settle_seconds=3600, work_dir=tmp)
    (inbox / "later.csv").write_bytes(csv_bytes(1, "l"))
    assert [r.state for r in slow.sweep(["suwon"])] == ["pending"]
    assert [r.state for r in slow.sweep(["suwon"])] == ["pending"]


def test_quota_over_leaves_files_in_place_with_a_reason(sftp_env):
    p, server, sweeper, tmp = sftp_env
    limit = p.config.tenants.get("yongin").quotas.upload_bytes_per_month
    inbox = server.drop_root / "yongin" / "inbox"
    body = b"receipt_id,body\n" + b"1,abcdefghijklmnopq\n" * (int(limit * 0.85) // 20)
    first, second = _local(tmp, "m1.csv", body), _local(tmp, "m2.csv", body.replace(b"1,", b"2,"))
    assert server.sftp("yongin", [f"put {first} m1.csv", f"put {second} m2.csv"]).returncode == 0
    sweeper.sweep(["yongin"])
    results = {r.name: (r.state, r.reason) for r in sweeper.sweep(["yongin"])}
    assert results == {"m1.csv": ("taken", None), "m2.csv": ("refused", "quota_exceeded")}
    assert sorted(os.listdir(inbox)) == ["m2.csv", "m2.csv.rejected.txt", f"quota-warning-{p.ingestor.quota.month()}.minwon.txt"]
    assert "quota_exceeded" in (inbox / "m2.csv.rejected.txt").read_text()
    assert (inbox / "m2.csv").read_bytes() == second.read_bytes()  # untouched
    assert len(p.uploads("yongin")) == 1 and len(p.keys("uploads/yongin/")) == 1
    assert sweeper.sweep(["yongin"]) == []  # refused files wait for the tenant; no repeated notes
    # The tenant can read the reason over SFTP, and delete it to have the file looked at again.
    result = server.sftp("yongin", ["get m2.csv.rejected.txt " + str(tmp / "reason.txt"), "rm m2.csv.rejected.txt"])
    assert result.returncode == 0 and "quota_exceeded" in (tmp / "reason.txt").read_text()
    assert [(r.state, r.reason) for r in sweeper.sweep(["yongin"])] == [("pending", "settling")]  # looked at anew
    assert [(r.state, r.reason) for r in sweeper.sweep(["yongin"])] == [("refused", "quota_exceeded")]


def test_hostile_drop_folder_inputs(sftp_env, tmp_path_factory):
    p, server, sweeper, tmp = sftp_env
    inbox = server.drop_root / "suwon" / "inbox"
    victim = tmp_path_factory.mktemp("victim") / "victim.txt"
    victim.write_text("must not change")
    seongnam_before = sorted(os.listdir(server.drop_root / "seongnam" / "inbox"))
    # Planted through a real SFTP session: links to files outside, a folder, a wrong extension.
    ok = _local(tmp, "ok.csv", csv_bytes(2, "ok"))
    result = server.sftp("suwon", [
        "symlink /etc/passwd passwd.csv",
        f"symlink {victim} victim.csv",
        "symlink ../../seongnam/inbox seongnam.csv",
        "mkdir folder.csv",
        f"put {ok} tool.exe",
        f"put {ok} ok.csv",
    ])
    assert result.returncode == 0, result.stdout + result.stderr
    # Written as the tenant would have, with names an SFTP batch file cannot carry.
    entries = {
        "line\nbreak.csv": csv_bytes(1), "\x1b[31mred.csv": csv_bytes(1), "rtl\u202egnp.csv": csv_bytes(1),
        "x" * 240 + ".csv": csv_bytes(1), "empty.csv": b"", "huge.csv": b"a,b\n" + b"x" * (1024 * 1024 + 1),
        "bomb.xlsx": zip_bomb(mb=48), "fake.xlsx": b"receipt_id,body\n1,x\n",
        "zipped.csv": plain_zip({"a.csv": csv_bytes(1)}), "binary.jsonl": b"\x00\x01\x02\x03",
        "archive.zip": plain_zip({"a.csv": csv_bytes(1)}), ".partial.csv": csv_bytes(1),
    }
    for name, data in entries.items():
        (inbox / name).write_bytes(data)
        _as_tenant(server, "suwon", inbox / name)
    undecodable = os.path.join(os.fsencode(inbox), b"\xff\xfe-bad.csv")
    with open(undecodable, "wb") as out:
        out.write(csv_bytes(1))
    os.mkfifo(inbox / "pipe.csv")
    # A symlink planted where a reason file would go: the file is then never looked at, and the
    # link's target is never written.
    (inbox / "planted.exe").write_bytes(b"x")
    os.symlink(victim, inbox / "planted.exe.rejected.txt")

    sweeper.sweep(["suwon"])
    results = {r.name: (r.state, r.reason) for r in sweeper.sweep(["suwon"])}
    expected = [  # (name as dropped, how it arrived, state, reason)
        ("passwd.csv", "sftp symlink -> /etc/passwd", "refused", "symlink"),
        ("victim.csv", "sftp symlink -> a file outside the chroot", "refused", "symlink"),
        ("seongnam.csv", "sftp symlink -> ../../seongnam/inbox", "refused", "symlink"),
        ("folder.csv", "sftp mkdir", "refused", "not_a_regular_file"),
        ("pipe.csv", "a FIFO (never opened)", "refused", "not_a_regular_file"),
        ("tool.exe", "sftp put", "refused", "unsupported_type"),
        ("ok.csv", "sftp put (control)", "taken", None),
        ("line\nbreak.csv", "newline in the name", "refused", "control_characters"),
        ("\x1b[31mred.csv", "terminal escape in the name", "refused", "control_characters"),
        ("rtl\u202egnp.csv", "right-to-left override in the name", "refused", "control_characters"),
        (os.fsdecode(b"\xff\xfe-bad.csv"), "bytes that are not UTF-8", "refused", "control_characters"),
        ("x" * 240 + ".csv", "244-byte name (reason file name too long)", "refused", "name_too_long"),
        ("empty.csv", "0 bytes", "refused", "empty_file"),
        ("huge.csv", "over max_file_mb", "refused", "too_large"),
        ("bomb.xlsx", "zip bomb (48 MiB of zeros, ~1000x)", "refused", "zip_bomb"),
        ("fake.xlsx", "CSV text named .xlsx", "refused", "content_mismatch"),
        ("zipped.csv", "ZIP named .csv", "refused", "archive_disguised"),
        ("binary.jsonl", "NUL bytes", "refused", "binary_content"),
        ("archive.zip", "archive, archives disabled", "refused", "archive_not_allowed"),
        (".partial.csv", "hidden (a client's partial file)", "pending", "hidden"),
    ]
    assert results.get("ok.csv") == ("taken", None)
    assert sorted(p.keys()) == [f"uploads/suwon/sftp/{hashlib.sha256(ok.read_bytes()).hexdigest()[:16]}/ok.csv"]
    refusals = {(row.filename, row.reason) for row in p.audit_rows(channel="sftp", outcome="refused")}
    for name, how, state, reason in expected:
        if state == "refused":
            assert (printable(name, 512), reason) in refusals, (name, reason, refusals)
        else:
            assert results[printable(name)] == (state, reason)
    # Nothing outside the tenant's area was read or written; nothing lost.
    assert victim.read_text() == "must not change"
    assert sorted(os.listdir(server.drop_root / "seongnam" / "inbox")) == seongnam_before
    assert os.path.islink(inbox / "passwd.csv") and os.readlink(inbox / "passwd.csv") == "/etc/passwd"
    left = set(os.listdir(inbox))
    for name in entries:
        if name != ".partial.csv":
            assert name in left or name[:50] in "".join(left), name
    assert ".partial.csv" in left and "pipe.csv" in left and "planted.exe" in left
    assert stat.S_ISLNK(os.lstat(inbox / "planted.exe.rejected.txt").st_mode)
    # Every refusal has its reason file beside it (the too-long name gets a fallback name).
    assert "line\nbreak.csv.rejected.txt" in left and "bomb.xlsx.rejected.txt" in left
    assert any(n.startswith("rejected-") and n.endswith(".rejected.txt") for n in left)
    assert not any(p.keys("uploads/seongnam/"))
