"""RGW bucket notifications: check each record, then start the ingest of its object in the background.

RGW (16) posts `{"Records": [...]}` with S3-style records: `eventSource` "ceph:s3", `eventName`
"ObjectCreated:Put" / ":CompleteMultipartUpload" / ..., `s3.bucket.name`, `s3.object.key` (raw,
not URL-encoded: measured with Hangul and spaces), `userIdentity.principalId` (the RGW user).

An event is a hint, never trusted further: a record is accepted only for the platform's bucket, a
key under `uploads/<known tenant>/`, from a tenant's own upload user for its own area (or from the
platform's service identity, e.g. an SFTP copy); the ingest then re-reads the object itself and
decides exactly once. Ignored records are audited with their reason.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from storage.keys import MAX_KEY_LENGTH

log = logging.getLogger("minwon.ingest.events")


@dataclass(frozen=True)
class EventCheck:
    accepted: bool
    reason: str | None = None
    tenant: str | None = None
    key: str | None = None
    actor: str = "event"
    event_name: str | None = None


def check_record(
    record: Any,
    *,
    bucket: str,
    tenants: set[str] | dict,
    service_uid: str | None = None,
    tenant_uid_prefix: str | None = None,
    area: str = "uploads",
) -> EventCheck:
    if not isinstance(record, dict):
        return EventCheck(False, "malformed_record")
    source = record.get("eventSource")
    name = record.get("eventName")
    s3 = record.get("s3") if isinstance(record.get("s3"), dict) else {}
    bucket_info = s3.get("bucket") if isinstance(s3.get("bucket"), dict) else {}
    obj = s3.get("object") if isinstance(s3.get("object"), dict) else {}
    identity = record.get("userIdentity") if isinstance(record.get("userIdentity"), dict) else {}
    principal = identity.get("principalId") if isinstance(identity.get("principalId"), str) else ""
    actor = f"s3:{principal[:100]}" if principal else "event"
    if source != "ceph:s3":
        return EventCheck(False, "wrong_event_source", actor=actor)
    if not isinstance(name, str) or not name.removeprefix("s3:").startswith("ObjectCreated:"):
        return EventCheck(False, "not_object_created", actor=actor)
    if bucket_info.get("name") != bucket:
        return EventCheck(False, "wrong_bucket", actor=actor)
    key = obj.get("key")
    if not isinstance(key, str) or not key or len(key.encode("utf-8", "surrogatepass")) > MAX_KEY_LENGTH:
        return EventCheck(False, "malformed_key", actor=actor)
    if any(unicodedata.category(ch).startswith("C") for ch in key):
        return EventCheck(False, "control_characters_in_key", actor=actor)
    parts = key.split("/")
    if len(parts) < 3 or parts[0] != area or not parts[-1]:
        return EventCheck(False, "outside_upload_area", key=key, actor=actor)
    tenant = parts[1]
    if tenant not in tenants:
        return EventCheck(False, "unknown_tenant", key=key, actor=actor)
    if principal and tenant_uid_prefix and principal.startswith(tenant_uid_prefix):
        if principal != f"{tenant_uid_prefix}{tenant}":
            return EventCheck(False, "tenant_mismatch", tenant=tenant, key=key, actor=actor)
    elif principal and service_uid and principal != service_uid:
        return EventCheck(False, "unknown_uploader", tenant=tenant, key=key, actor=actor)
    return EventCheck(True, None, tenant, key, actor, name)


class IngestDispatcher:
    """Runs `run(tenant, key, actor)` in a small thread pool, so the receiver answers at once.

    The same (tenant, key) is not queued twice while one is pending; beyond `max_pending` queued
    objects new ones are dropped (the scheduled sweep registers them later) rather than piling up.
    """

    def __init__(self, run: Callable[[str, str, str], Any], max_workers: int = 2, max_pending: int = 1000):
        self.run = run
        self.max_pending = max_pending
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="minwon-ingest")
        self._pending: set[tuple[str, str]] = set()
        self._futures: set[Future] = set()
        self._lock = threading.Lock()
        self.completed: list[tuple[str, str, Any]] = []  # (tenant, key, result or exception), for tests/ops
        self.errors = 0

    def submit(self, tenant: str, key: str, actor: str) -> bool:
        with self._lock:
            if (tenant, key) in self._pending:
                return True  # already queued: the queued run will see the newest version
            if len(self._pending) >= self.max_pending:
                log.warning("ingest queue full; %s left for the scheduled sweep", key)
                return False
            self._pending.add((tenant, key))
        future = self._pool.submit(self._run, tenant, key, actor)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(lambda f: self._discard(f))
        return True

    def _discard(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def _run(self, tenant: str, key: str, actor: str) -> Any:
        with self._lock:
            self._pending.discard((tenant, key))
        try:
            result = self.run(tenant, key, actor)
        except Exception as error:  # noqa: BLE001 - logged; the sweep retries
            log.exception("ingest of %s (%s) failed; the scheduled sweep will retry", key, tenant)
            with self._lock:
                self.errors += 1
                self.completed.append((tenant, key, error))
            return None
        with self._lock:
            self.completed.append((tenant, key, result))
        return result

    def wait_idle(self, timeout: float = 60) -> bool:
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                busy = bool(self._futures)
            if not busy:
                return True
            time.sleep(0.05)
        return False

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
