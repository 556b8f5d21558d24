"""Register uploads exactly once: the identity of an upload is (tenant, object key, content hash).

Every path that brings a file in (a sweep over the upload areas, an RGW notification, the SFTP
sweeper) ends in `Ingestor.register_object`, which for one object version:

1. stops at once if this version (tenant, key, fingerprint) was already decided: a re-delivered
   event or a re-run does nothing, without downloading anything;
2. checks the key and name (a key the storage rules refuse, e.g. `uploads/suwon/../x.csv` written
   with a tenant's own S3 credentials, is refused, never rewritten), the size, then the content
   (streamed to a private temporary file while hashing; archives are inspected, never expanded);
3. in ONE transaction: finds an upload with the same (tenant, key, sha256) -> duplicate; otherwise
   charges the monthly quota (tenancy.upload_quota) and inserts the upload, its decision and the
   audit row. A concurrent registrar that loses the unique constraint rolls back, quota included.

Refusals are recorded (ingest_objects + upload_audit) and the object is left where it is: nothing
is deleted. A crash anywhere before the commit leaves no trace; the next sweep simply decides again.
"""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from configuration import Config
from configuration.models import UploadSettings
from database import IngestedObject, Upload
from ingest.audit import audit, audit_now
from ingest.objects import ObjectVersion, download_hashed, list_versions, stat_version
from ingest.policy import Refusal, check_size, inspect_content, printable, safe_filename
from storage import InvalidKeyError, ObjectNotFoundError, ObjectStore, join_key, validate_key, validate_segment
from tenancy.upload_quota import UploadQuota, UploadQuotaDecision

log = logging.getLogger("minwon.ingest")

UPLOAD_AREA = "uploads"
SFTP_FOLDER = "sftp"
PRESIGNED_FOLDER = "s3"
MAX_KEY_DEPTH = 6  # uploads/<tenant>/<a>/<b>/<c>/<name>
_SFTP_KEY = re.compile(r"^[^/]+/[^/]+/" + SFTP_FOLDER + r"/([0-9a-f]{16})/[^/]+$")


def db_key(key: str) -> str:
    """A listed key as stored in ingest_objects/audit: control characters escaped (PostgreSQL refuses
    NUL in text), so that a hostile key is recorded and recognised again, never crashes a sweep."""
    return printable(key, 1024)


def upload_prefix(tenant: str) -> str:
    return join_key(UPLOAD_AREA, validate_segment(tenant)) + "/"


def tenant_of_key(key: str) -> str | None:
    """The tenant whose upload area holds `key` (by shape only), or None."""
    parts = key.split("/")
    if len(parts) >= 3 and parts[0] == UPLOAD_AREA and parts[1]:
        return parts[1]
    return None


@dataclass
class Outcome:
    """What became of one object version."""

    tenant: str
    key: str
    state: str  # registered | duplicate | refused | skipped | error
    reason: str | None = None
    message: str | None = None
    upload_pk: int | None = None
    sha256: str | None = None
    size: int | None = None
    quota: UploadQuotaDecision | None = None
    extra: dict = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        """The bytes are registered (now or before): the source of a copy may be retired."""
        return self.state in {"registered", "duplicate"}


class Ingestor:
    """Registration with checks, quota and audit, over one object store and platform database."""

    def __init__(
        self,
        store: ObjectStore,
        sessions: sessionmaker[Session],
        config: Config,
        quota: UploadQuota | None = None,
        work_dir: Path | None = None,
    ):
        self.store = store
        self.sessions = sessions
        self.config = config
        self.quota = quota or UploadQuota.from_config(config)
        self.work_dir = work_dir

    @classmethod
    def from_platform(cls, platform) -> "Ingestor":
        return cls(platform.store, platform.sessions, platform.config, work_dir=platform.work_dir)

    @property
    def settings(self) -> UploadSettings:
        return self.config.platform.uploads

    def known_tenant(self, tenant: str) -> bool:
        return tenant in self.config.tenants.tenants

    # ------------------------------------------------------------------------------- decisions
    def _decided(self, tenant: str, version: ObjectVersion) -> IngestedObject | None:
        with self.sessions() as session:
            return session.scalar(
                select(IngestedObject).where(
                    IngestedObject.tenant == tenant,
                    IngestedObject.object_key == db_key(version.key),
                    IngestedObject.fingerprint == version.fingerprint,
                )
            )

    def _record_refusal(self, tenant, version, refusal: Refusal, channel, actor, sha256=None, size=None) -> Outcome:
        log.info("refused %s (%s): %s", version.key, tenant, refusal)
        with self.sessions() as session:
            session.add(IngestedObject(
                tenant=tenant, object_key=db_key(version.key), fingerprint=version.fingerprint,
                size_bytes=version.size if size is None else size, sha256=sha256, state="refused",
                reason=refusal.code,
            ))
            audit(session, tenant=tenant, actor=actor, channel=channel, action="register", outcome="refused",
                  reason=refusal.code, object_key=version.key, filename=version.key.rsplit("/", 1)[-1],
                  size_bytes=version.size if size is None else size, sha256=sha256, detail=refusal.message)
            try:
                session.commit()
            except IntegrityError:  # decided concurrently by another registrar
                session.rollback()
        return Outcome(tenant, version.key, "refused", refusal.code, refusal.message, sha256=sha256,
                       size=version.size if size is None else size)

    def _record_duplicate(self, session: Session, tenant, version, upload_pk, sha256, size, channel, actor) -> None:
        session.add(IngestedObject(
            tenant=tenant, object_key=db_key(version.key), fingerprint=version.fingerprint, size_bytes=size,
            sha256=sha256, state="duplicate", upload_pk=upload_pk,
        ))
        audit(session, tenant=tenant, actor=actor, channel=channel, action="register", outcome="duplicate",
              object_key=version.key, filename=version.key.rsplit("/", 1)[-1], size_bytes=size, sha256=sha256,
              upload_pk=upload_pk)

    def check_key(self, tenant: str, key: str) -> str:
        """The file name of a key in `tenant`'s upload area, or Refusal."""
        try:
            canonical = validate_key(key)
        except InvalidKeyError as error:
            raise Refusal("invalid_key", f"object key refused: {error}") from None
        if canonical != key:
            raise Refusal("invalid_key", "object key is not in canonical form (NFC, no empty segments)")
        if not key.startswith(upload_prefix(tenant)):
            raise Refusal("outside_upload_area", f"the key is not under {upload_prefix(tenant)}")
        if key.count("/") + 1 > MAX_KEY_DEPTH:
            raise Refusal("key_too_deep", f"at most {MAX_KEY_DEPTH - 3} folders below the upload area")
        filename = key.rsplit("/", 1)[-1]
        safe = safe_filename(filename, self.settings)
        if safe != filename:
            raise Refusal("invalid_name", "the file name has characters outside letters, digits and . _ - = + @ ( )")
        return filename

    # ----------------------------------------------------------------------------- registration
    def register_object(
        self,
        tenant: str,
        version: ObjectVersion,
        *,
        channel: str = "sweep",
        actor: str = "sweep",
        verified: tuple[str, int] | None = None,
        snapshot: Path | None = None,
    ) -> Outcome:
        """Decide one object version once. `verified` = (sha256, size) already read back by the caller,
        with `snapshot` a local copy of those bytes (the SFTP sweeper): no second download."""
        if not self.known_tenant(tenant):
            raise KeyError(f"unknown tenant '{tenant}'")
        if self._decided(tenant, version) is not None:
            return Outcome(tenant, version.key, "skipped")
        try:
            filename = self.check_key(tenant, version.key)
            check_size(version.size, self.settings)
        except Refusal as refusal:
            return self._record_refusal(tenant, version, refusal, channel, actor)

        downloaded = None
        try:
            if verified is not None and snapshot is not None:
                sha256, size = verified
                local = snapshot
            else:
                try:
                    downloaded, sha256, size = download_hashed(self.store, version.key, self.work_dir)
                except ObjectNotFoundError:
                    return Outcome(tenant, version.key, "skipped", "not_found", "the object disappeared")
                local = downloaded
            try:
                check_size(size, self.settings)
                inspect_content(local, filename, self.settings)
                match = _SFTP_KEY.match(version.key)
                if match and not sha256.startswith(match.group(1)):
                    raise Refusal("checksum_mismatch", "the content does not match the checksum in its key")
            except Refusal as refusal:
                return self._record_refusal(tenant, version, refusal, channel, actor, sha256, size)
        finally:
            if downloaded is not None:
                downloaded.unlink(missing_ok=True)
        return self._commit_registration(tenant, version, sha256, size, channel, actor)

    def _commit_registration(self, tenant, version, sha256, size, channel, actor) -> Outcome:
        with self.sessions() as session:
            existing = session.scalar(select(Upload.id).where(
                Upload.tenant == tenant, Upload.object_key == version.key, Upload.sha256 == sha256
            ))
            if existing is not None:
                self._record_duplicate(session, tenant, version, existing, sha256, size, channel, actor)
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
                return Outcome(tenant, version.key, "duplicate", upload_pk=existing, sha256=sha256, size=size)
            decision = self.quota.charge(session, tenant, size)
            if not decision.allowed:
                session.rollback()
                refusal = Refusal(
                    "quota_exceeded",
                    f"{size} bytes would exceed the monthly upload quota ({decision.used_bytes} of "
                    f"{decision.limit_bytes} bytes used in {decision.month})",
                )
                outcome = self._record_refusal(tenant, version, refusal, channel, actor, sha256, size)
                outcome.quota = decision
                return outcome
            upload = Upload(tenant=tenant, object_key=version.key, sha256=sha256, size_bytes=size)
            session.add(upload)
            try:
                session.flush()
                session.add(IngestedObject(
                    tenant=tenant, object_key=version.key, fingerprint=version.fingerprint, size_bytes=size,
                    sha256=sha256, state="registered", upload_pk=upload.id,
                ))
                audit(session, tenant=tenant, actor=actor, channel=channel, action="register", outcome="ok",
                      object_key=version.key, filename=version.key.rsplit("/", 1)[-1], size_bytes=size,
                      sha256=sha256, upload_pk=upload.id)
                if decision.warning:
                    audit(session, tenant=tenant, actor=actor, channel=channel, action="quota", outcome="warning",
                          reason="quota_warning", size_bytes=decision.used_bytes,
                          detail=f"{decision.used_bytes} of {decision.limit_bytes} bytes used in {decision.month} "
                                 f"({decision.usage_ratio:.0%})")
                session.commit()
            except IntegrityError:
                # Another registrar committed the same upload (or decided this version) meanwhile:
                # our quota charge rolls back with this transaction; exactly once still holds.
                session.rollback()
                return self._after_lost_race(tenant, version, sha256, size, channel, actor)
        log.info("registered %s (%s, %d bytes, sha256 %s)", version.key, tenant, size, sha256[:12])
        return Outcome(tenant, version.key, "registered", upload_pk=upload.id, sha256=sha256, size=size, quota=decision)

    def _after_lost_race(self, tenant, version, sha256, size, channel, actor) -> Outcome:
        with self.sessions() as session:
            existing = session.scalar(select(Upload.id).where(
                Upload.tenant == tenant, Upload.object_key == version.key, Upload.sha256 == sha256
            ))
            decided = self._decided(tenant, version)
            if existing is not None and decided is None:
                self._record_duplicate(session, tenant, version, existing, sha256, size, channel, actor)
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
        return Outcome(tenant, version.key, "duplicate", upload_pk=existing, sha256=sha256, size=size)

    def ingest_key(self, tenant: str, key: str, *, channel: str = "event", actor: str = "event") -> Outcome:
        """Register one object named by an event: its current version, if it still exists."""
        version = stat_version(self.store, key)
        if version is None:
            return Outcome(tenant, key, "skipped", "not_found", "the object does not exist (any more)")
        return self.register_object(tenant, version, channel=channel, actor=actor)

    def sweep_tenant(self, tenant: str, *, channel: str = "sweep", actor: str = "sweep") -> list[Outcome]:
        """Decide every object version in the tenant's upload area not decided yet."""
        outcomes = []
        for version in list_versions(self.store, upload_prefix(tenant)):
            try:
                outcome = self.register_object(tenant, version, channel=channel, actor=actor)
            except Exception as error:  # one object must not stop the sweep; the next sweep retries it
                log.exception("ingest of %s (%s) failed", db_key(version.key), tenant)
                audit_now(self.sessions, tenant=tenant, actor=actor, channel=channel, action="register",
                          outcome="error", reason=type(error).__name__[:64], object_key=version.key,
                          size_bytes=version.size, detail=str(error)[:300])
                outcomes.append(Outcome(tenant, version.key, "error", type(error).__name__, str(error)[:300]))
                continue
            if outcome.state != "skipped":
                outcomes.append(outcome)
        return outcomes

    def uploads(self, outcomes: list[Outcome]) -> list[Upload]:
        ids = [o.upload_pk for o in outcomes if o.state == "registered"]
        if not ids:
            return []
        with self.sessions() as session:
            rows = {u.id: u for u in session.scalars(select(Upload).where(Upload.id.in_(ids)))}
        return [rows[i] for i in ids if i in rows]


def register_new_uploads(
    store: ObjectStore, sessions: sessionmaker[Session], tenant: str, config: Config | None = None
) -> list[Upload]:
    """Register every file in the tenant's upload area not seen before (same key and content)."""
    if config is None:
        from configuration.loader import cached_config

        config = cached_config()
    ingestor = Ingestor(store, sessions, config, work_dir=Path(tempfile.gettempdir()))
    return ingestor.uploads(ingestor.sweep_tenant(tenant))
