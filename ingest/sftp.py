"""SFTP drop folders, swept into the tenants' upload areas.

Layout on the SFTP host (`uploads.sftp.root`, one chroot per tenant; sshd requires every component
of a chroot path to be root-owned and not group/other-writable):

    <root>/<tenant>/              root:root 0755   the tenant's chroot ("/" in its SFTP session)
    <root>/<tenant>/inbox/        <user>:<user> 0700   drop files here (the session starts here)
    <root>/<tenant>/processed/    root:<user> 0750     taken files, read-only for the tenant

sshd (see `tenancy.sftp_accounts`): one system user per tenant (`minwon-sftp-<tenant>`), key-only,
`ChrootDirectory <root>/<tenant>` + `ForceCommand internal-sftp`: a session sees only its own
chroot, whatever path it asks for.

The sweeper runs as root on that host and treats everything in an inbox as hostile:
- it never follows a link: entries are examined with lstat and opened O_NOFOLLOW relative to the
  inbox's directory descriptor; symlinks, folders and special files are refused with a reason;
- a file is taken only when it is complete: its size and mtime were the same at two looks at least
  `settle_seconds` apart (looks are kept in the database between sweeps), or `NAME.done` exists;
- the bytes are copied once, from the open descriptor, into a private snapshot while hashing; the
  file must not change during the copy; the snapshot is checked (name, size, content) and put to
  `uploads/<tenant>/sftp/<sha256[:16]>/<name>`, read back and compared by sha256; only then is it
  registered (exactly once, quota charged), and only after that is the source moved to processed/;
- a refusal writes `NAME.rejected.txt` (the reason; delete it to have the file looked at again)
  beside the file, which is left in place: nothing is deleted, nothing outside the tenant's folders
  is touched. Reason files are written to a temporary name and renamed over, so a symlink planted
  at `NAME.rejected.txt` is replaced, never followed.

A crash at any point is recovered by the next sweep: the source is still in inbox/ until its
registration committed, the object key is derived from the content (the copy is idempotent), and
registration is keyed by (tenant, key, sha256).
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import pwd
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import delete

from database import SftpObservation
from database.tables import utcnow
from ingest.audit import audit, audit_now
from ingest.objects import copy_hashed, object_sha256, stat_version
from ingest.policy import Refusal, check_size, inspect_content, printable, safe_filename
from ingest.registration import SFTP_FOLDER, Ingestor, Outcome, upload_prefix
from storage import join_key
from tenancy.sftp_accounts import INBOX, PROCESSED

log = logging.getLogger("minwon.ingest.sftp")

REJECTED_SUFFIX = ".rejected.txt"
DONE_SUFFIX = ".done"
NOTICE_SUFFIX = ".minwon.txt"


@dataclass
class SftpResult:
    tenant: str
    name: str  # printable form
    state: str  # taken | pending | refused | error
    reason: str | None = None
    key: str | None = None
    outcome: Outcome | None = None


# ------------------------------------------------------------------------------------ sweeper
class SftpSweeper:
    def __init__(
        self,
        ingestor: Ingestor,
        root: Path | str | None = None,
        settle_seconds: float | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        work_dir: Path | None = None,
    ):
        settings = ingestor.settings.sftp
        self.ingestor = ingestor
        self.root = Path(root if root is not None else settings.root)
        self.settle_seconds = settings.settle_seconds if settle_seconds is None else settle_seconds
        self.clock = clock
        self.work_dir = work_dir

    @property
    def store(self):
        return self.ingestor.store

    def sweep(self, tenants: Iterable[str] | None = None) -> list[SftpResult]:
        results = []
        for tenant in tenants or list(self.ingestor.config.tenants.tenants):
            if (self.root / tenant / INBOX).is_dir():
                results.extend(self.sweep_tenant(tenant))
        return results

    def sweep_tenant(self, tenant: str) -> list[SftpResult]:
        if not self.ingestor.known_tenant(tenant):
            raise KeyError(f"unknown tenant '{tenant}'")
        chroot = self.root / tenant
        inbox_fd = os.open(chroot / INBOX, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            processed_fd = os.open(chroot / PROCESSED, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except BaseException:
            os.close(inbox_fd)
            raise
        try:
            names = set(os.listdir(inbox_fd))
            results = []
            for name in sorted(names):
                if name.endswith((REJECTED_SUFFIX, DONE_SUFFIX, NOTICE_SUFFIX)):
                    continue  # our reason files and notices; completion markers go with their file
                if name + REJECTED_SUFFIX in names or _fallback_reason_name(name) in names:
                    continue  # refused before: the tenant deletes the reason file to have it retried
                try:
                    results.append(self._one(tenant, inbox_fd, processed_fd, name, names))
                except Exception as error:  # one bad file must not stop the sweep of the others
                    log.exception("sftp sweep of %s/%s failed", tenant, printable(name))
                    audit_now(self.ingestor.sessions, tenant=tenant, actor="sftp-sweeper", channel="sftp",
                              action="copy", outcome="error", reason=type(error).__name__, filename=name,
                              detail=str(error)[:300])
                    results.append(SftpResult(tenant, printable(name), "error", type(error).__name__))
            return results
        finally:
            os.close(inbox_fd)
            os.close(processed_fd)

    # -------------------------------------------------------------------------------- one file
    def _one(self, tenant, inbox_fd, processed_fd, name, names) -> SftpResult:
        st = os.stat(name, dir_fd=inbox_fd, follow_symlinks=False)
        actor = f"sftp:{_owner(st.st_uid)}"
        if stat.S_ISLNK(st.st_mode):
            return self._refuse(tenant, inbox_fd, name, actor, st, Refusal(
                "symlink", "symbolic links are not taken; upload the file itself"))
        if stat.S_ISDIR(st.st_mode):
            return self._refuse(tenant, inbox_fd, name, actor, st, Refusal(
                "not_a_regular_file", "folders are not taken; put the files directly in inbox/"))
        if not stat.S_ISREG(st.st_mode):
            return self._refuse(tenant, inbox_fd, name, actor, st, Refusal(
                "not_a_regular_file", "only regular files are taken"))
        if name.startswith("."):
            return SftpResult(tenant, printable(name), "pending", "hidden")  # a client's partial file
        try:
            safe = safe_filename(name, self.ingestor.settings)
        except Refusal as refusal:
            return self._refuse(tenant, inbox_fd, name, actor, st, refusal)
        done = name + DONE_SUFFIX in names
        if not done and not self._settled(tenant, name, st):
            return SftpResult(tenant, printable(name), "pending", "settling")
        try:
            check_size(st.st_size, self.ingestor.settings)
            with self.ingestor.sessions() as session:
                decision = self.ingestor.quota.check(session, tenant, st.st_size)
            if not decision.allowed:
                raise Refusal("quota_exceeded", f"{st.st_size} bytes would exceed the monthly upload quota "
                              f"({decision.used_bytes} of {decision.limit_bytes} bytes used in {decision.month})")
        except Refusal as refusal:
            return self._refuse(tenant, inbox_fd, name, actor, st, refusal)

        snapshot = None
        try:
            taken = self._snapshot(inbox_fd, name, st)
            if taken is None:
                self._forget(tenant, name)
                return SftpResult(tenant, printable(name), "pending", "changed_during_copy")
            snapshot, sha256, size = taken
            try:
                inspect_content(snapshot, safe, self.ingestor.settings)
            except Refusal as refusal:
                return self._refuse(tenant, inbox_fd, name, actor, st, refusal, sha256)
            key = join_key(upload_prefix(tenant), SFTP_FOLDER, sha256[:16], safe)
            version = self._store_verified(tenant, key, snapshot, sha256, size, actor, name)
            outcome = self.ingestor.register_object(
                tenant, version, channel="sftp", actor=actor, verified=(sha256, size), snapshot=snapshot)
            if outcome.state == "skipped":  # this version was decided before (a crash, or the store sweep)
                decided = self.ingestor._decided(tenant, version)
                if decided is None:
                    raise RuntimeError(f"{key} was skipped but never decided")
                outcome = Outcome(tenant, key, decided.state, decided.reason, upload_pk=decided.upload_pk,
                                  sha256=sha256, size=size)
        finally:
            if snapshot is not None:
                snapshot.unlink(missing_ok=True)
        if not outcome.accepted:
            return self._refuse(tenant, inbox_fd, name, actor, st,
                                Refusal(outcome.reason or "refused", outcome.message or "refused at registration"),
                                sha256, audited=True)
        if not self._retire(tenant, inbox_fd, processed_fd, name, names, st):
            return SftpResult(tenant, printable(name), "pending", "replaced_after_copy", key=key, outcome=outcome)
        if outcome.quota is not None and outcome.quota.warning:
            self._quota_notice(inbox_fd, outcome.quota)
        return SftpResult(tenant, printable(name), "taken", key=key, outcome=outcome)

    def _settled(self, tenant, name, st) -> bool:
        """Same size and mtime as at a look at least settle_seconds ago; records this look otherwise."""
        name_hash = hashlib.sha256(os.fsencode(name)).hexdigest()
        now = self.clock()
        with self.ingestor.sessions() as session:
            row = session.get(SftpObservation, (tenant, name_hash))
            if row is not None and row.size_bytes == st.st_size and row.mtime_ns == st.st_mtime_ns:
                seen = row.seen_at if row.seen_at.tzinfo else row.seen_at.replace(tzinfo=timezone.utc)
                return (now - seen).total_seconds() >= self.settle_seconds
            if row is None:
                session.add(SftpObservation(tenant=tenant, name_hash=name_hash, size_bytes=st.st_size,
                                            mtime_ns=st.st_mtime_ns, seen_at=now))
            else:
                row.size_bytes, row.mtime_ns, row.seen_at = st.st_size, st.st_mtime_ns, now
            session.commit()
        return False

    def _forget(self, tenant, name) -> None:
        name_hash = hashlib.sha256(os.fsencode(name)).hexdigest()
        with self.ingestor.sessions() as session:
            session.execute(delete(SftpObservation).where(
                SftpObservation.tenant == tenant, SftpObservation.name_hash == name_hash))
            session.commit()

    def _snapshot(self, inbox_fd, name, st) -> tuple[Path, str, int] | None:
        """Copy the file's bytes from one O_NOFOLLOW descriptor; None if it changed meanwhile."""
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY, dir_fd=inbox_fd)
        except OSError as error:
            if error.errno in (errno.ELOOP, errno.ENOENT, errno.ENXIO):
                return None  # replaced by a link or removed between the look and the open
            raise
        with os.fdopen(fd, "rb") as source:
            before = os.fstat(source.fileno())
            if not stat.S_ISREG(before.st_mode) or (before.st_dev, before.st_ino) != (st.st_dev, st.st_ino):
                return None
            handle, tmp = tempfile.mkstemp(prefix="minwon-sftp-", dir=self.work_dir)
            os.close(handle)
            target = Path(tmp)
            try:
                sha256, size = copy_hashed(source, target)
                after = os.fstat(source.fileno())
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or size != before.st_size:
            target.unlink(missing_ok=True)
            return None
        return target, sha256, size

    def _store_verified(self, tenant, key, snapshot, sha256, size, actor, name):
        """Put the snapshot (unless the same bytes are there already) and read it back: sha256 must match."""
        version = stat_version(self.store, key)
        if version is not None and version.size == size and object_sha256(self.store, key) == (sha256, size):
            return version  # copied by an earlier, interrupted sweep
        for attempt in (1, 2):
            self.store.put_file(key, snapshot)
            if object_sha256(self.store, key) == (sha256, size):
                break
            log.error("read-back of %s did not match its source (attempt %d)", key, attempt)
        else:
            raise IOError(f"stored object {key} does not read back with the source's sha256")
        with self.ingestor.sessions() as session:
            audit(session, tenant=tenant, actor=actor, channel="sftp", action="copy", outcome="ok",
                  object_key=key, filename=name, size_bytes=size, sha256=sha256)
            session.commit()
        return stat_version(self.store, key)

    def _retire(self, tenant, inbox_fd, processed_fd, name, names, st) -> bool:
        """Move the source (and its .done marker) to processed/; root-owned there, read-only for the tenant.

        Only if the file is still the one that was copied (same inode, size, mtime): a file replaced
        meanwhile stays in inbox/ for the next sweep. Returns whether it was moved.
        """
        now = os.stat(name, dir_fd=inbox_fd, follow_symlinks=False)
        if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns):
            self._forget(tenant, name)
            return False
        for entry in [name] + ([name + DONE_SUFFIX] if name + DONE_SUFFIX in names else []):
            target = _free_name(processed_fd, entry)
            os.rename(entry, target, src_dir_fd=inbox_fd, dst_dir_fd=processed_fd)
            try:
                os.chown(target, 0, 0, dir_fd=processed_fd, follow_symlinks=False)
            except PermissionError:  # not root (tests as a normal user): leave ownership
                pass
        self._forget(tenant, name)
        return True

    def _refuse(self, tenant, inbox_fd, name, actor, st, refusal: Refusal, sha256=None, audited=False) -> SftpResult:
        text = (
            f"minwon refused this file and left it here.\n"
            f"file: {printable(name)}\n"
            f"reason: {refusal.code}\n"
            f"detail: {refusal.message}\n"
            f"size: {st.st_size}\n"
            + (f"sha256: {sha256}\n" if sha256 else "")
            + f"at: {self.clock().isoformat()}\n"
            "Fix the file (or delete it), then delete this note to have it looked at again.\n"
        )
        _write_beside(inbox_fd, name, text)
        if not audited:
            with self.ingestor.sessions() as session:
                audit(session, tenant=tenant, actor=actor, channel="sftp", action="register", outcome="refused",
                      reason=refusal.code, filename=name, size_bytes=st.st_size, sha256=sha256, detail=refusal.message)
                session.commit()
        self._forget(tenant, name)
        return SftpResult(tenant, printable(name), "refused", refusal.code)

    def _quota_notice(self, inbox_fd, decision) -> None:
        name = f"quota-warning-{decision.month}{NOTICE_SUFFIX}"
        text = (f"Upload quota warning for {decision.month}: {decision.used_bytes} of {decision.limit_bytes} bytes "
                f"used ({decision.usage_ratio:.0%}). Files over the quota are refused and left here.\n")
        _atomic_write_at(inbox_fd, name, text)


# ------------------------------------------------------------------------------------ helpers
def _owner(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid{uid}"


def _fallback_reason_name(name: str) -> str:
    return f"rejected-{hashlib.sha256(os.fsencode(name)).hexdigest()[:16]}{REJECTED_SUFFIX}"


def _atomic_write_at(dir_fd: int, name: str, text: str) -> None:
    """Write `name` in the directory `dir_fd`: a fresh O_EXCL temporary file renamed over `name`.

    A symlink (or anything else) already at `name` is replaced as a directory entry, never followed.
    """
    tmp = f".minwon-{os.getpid()}-{os.urandom(6).hex()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=dir_fd)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.rename(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        try:
            os.unlink(tmp, dir_fd=dir_fd)
        except FileNotFoundError:
            pass
        raise


def _write_beside(inbox_fd: int, name: str, text: str) -> None:
    try:
        _atomic_write_at(inbox_fd, name + REJECTED_SUFFIX, text)
    except OSError as error:
        if error.errno not in (errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL):
            raise
        _atomic_write_at(inbox_fd, _fallback_reason_name(name), text)


def _exists_at(dir_fd: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        return True
    except FileNotFoundError:
        return False


def _free_name(dir_fd: int, name: str) -> str:
    if not _exists_at(dir_fd, name):
        return name
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    for counter in range(1, 10_000):
        candidate = f"{stamp}-{counter}-{name}"
        if len(os.fsencode(candidate)) > 255:
            candidate = f"{stamp}-{counter}-{hashlib.sha256(os.fsencode(name)).hexdigest()[:16]}"
        if not _exists_at(dir_fd, candidate):
            return candidate
    raise FileExistsError(f"no free name in processed/ for {printable(name)}")


__all__ = [
    "DONE_SUFFIX", "INBOX", "PROCESSED", "REJECTED_SUFFIX", "SftpResult", "SftpSweeper",
]
