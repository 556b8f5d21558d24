"""Tenant API keys.

A key looks like `mw_<tenant>_<key_id><secret>`: `key_id` (12 lowercase hex characters) is public
and stored in clear for lookup and audit; only the SHA-256 of the whole key is stored. The key itself
is returned once, by `issue_key`/`rotate`, and never written anywhere by this module.

Keys carry 160 random bits after the key_id, so one unsalted SHA-256 is enough (no password
stretching is needed for a random secret); the comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from database.tables import ApiKey

PREFIX = "mw"
KEY_ID_CHARS = 12
SECRET_BYTES = 20
# mw_<tenant>_<12 hex key_id><40 hex secret>; tenant ids match configuration.models.TENANT_ID.
KEY_PATTERN = re.compile(r"^mw_([a-z][a-z0-9-]{1,30})_([0-9a-f]{12})([0-9a-f]{40})$")
MAX_PRESENTED_CHARS = 128


@dataclass(frozen=True)
class IssuedKey:
    tenant: str
    key_id: str
    plaintext: str  # shown once

    def __repr__(self) -> str:  # never print the secret by accident
        return f"IssuedKey(tenant={self.tenant!r}, key_id={self.key_id!r}, plaintext='***')"


@dataclass(frozen=True)
class KeyInfo:
    tenant: str
    key_id: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _hash(presented: str) -> str:
    return hashlib.sha256(presented.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def issue_key(session: Session, tenant: str) -> str:
    """Create a key for `tenant` and return its plaintext (the only time it is ever available)."""
    return issue(session, tenant).plaintext


def issue(session: Session, tenant: str) -> IssuedKey:
    if not re.match(r"^[a-z][a-z0-9-]{1,30}$", tenant):
        raise ValueError(f"not a tenant id: {tenant!r}")
    while True:
        key_id = secrets.token_hex(KEY_ID_CHARS // 2)
        if session.scalar(select(ApiKey.id).where(ApiKey.key_id == key_id)) is None:
            break
    plaintext = f"{PREFIX}_{tenant}_{key_id}{secrets.token_hex(SECRET_BYTES)}"
    session.add(ApiKey(tenant=tenant, key_id=key_id, key_hash=_hash(plaintext), created_at=_now()))
    session.commit()
    return IssuedKey(tenant=tenant, key_id=key_id, plaintext=plaintext)


def revoke(session: Session, tenant: str, key_id: str | None = None) -> int:
    """Revoke one key of `tenant` (by key_id) or, with key_id None, all its active keys.

    Returns how many keys were revoked. A key of another tenant is never touched.
    """
    statement = (
        update(ApiKey)
        .where(ApiKey.tenant == tenant, ApiKey.revoked_at.is_(None))
        .values(revoked_at=_now())
    )
    if key_id is not None:
        statement = statement.where(ApiKey.key_id == key_id)
    count = session.execute(statement).rowcount
    session.commit()
    return count


def rotate(session: Session, tenant: str, key_id: str | None = None) -> IssuedKey:
    """Issue a new key, then revoke the old one (`key_id`) or all other active keys of the tenant."""
    new = issue(session, tenant)
    statement = (
        update(ApiKey)
        .where(ApiKey.tenant == tenant, ApiKey.revoked_at.is_(None), ApiKey.key_id != new.key_id)
        .values(revoked_at=_now())
    )
    if key_id is not None:
        statement = statement.where(ApiKey.key_id == key_id)
    session.execute(statement)
    session.commit()
    return new


def list_keys(session: Session, tenant: str | None = None, include_revoked: bool = True) -> list[KeyInfo]:
    statement = select(ApiKey).order_by(ApiKey.tenant, ApiKey.created_at, ApiKey.id)
    if tenant is not None:
        statement = statement.where(ApiKey.tenant == tenant)
    if not include_revoked:
        statement = statement.where(ApiKey.revoked_at.is_(None))
    return [
        KeyInfo(tenant=row.tenant, key_id=row.key_id, created_at=row.created_at, revoked_at=row.revoked_at)
        for row in session.scalars(statement)
    ]


def parse_key(presented: str) -> tuple[str, str] | None:
    """(tenant, key_id) of a well-formed key, else None. Says nothing about validity."""
    if not presented or len(presented) > MAX_PRESENTED_CHARS:
        return None
    match = KEY_PATTERN.match(presented)
    if not match:
        return None
    return match.group(1), match.group(2)


def authenticate(session: Session, presented: str | None) -> str | None:
    """The tenant owning `presented` if it is a known, unrevoked key; None otherwise."""
    parsed = parse_key(presented or "")
    if parsed is None:
        # Still spend a hash so malformed and unknown keys take about as long as wrong ones.
        hmac.compare_digest(_hash(presented or ""), "0" * 64)
        return None
    tenant, key_id = parsed
    row = session.execute(
        select(ApiKey.tenant, ApiKey.key_hash, ApiKey.revoked_at).where(ApiKey.key_id == key_id)
    ).first()
    expected = row.key_hash if row is not None else "0" * 64
    matches = hmac.compare_digest(_hash(presented), expected)
    if row is None or not matches or row.revoked_at is not None or row.tenant != tenant:
        return None
    return row.tenant


class KeyAuthenticator:
    """`authenticate` with a short per-process memory of verified keys.

    Only successes are remembered, keyed by the key's hash (the plaintext is not kept), for
    `ttl_s` seconds: a revoked key stops working in every process within `ttl_s`. `ttl_s=0`
    looks the key up on every request. `forget()` drops the memory (e.g. after a local revoke).
    """

    def __init__(
        self,
        session_factory: Callable[[], Session],
        ttl_s: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
        max_entries: int = 10_000,
    ):
        self.session_factory = session_factory
        self.ttl_s = ttl_s
        self.monotonic = monotonic
        self.max_entries = max_entries
        self._cache: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def cached(self, presented: str) -> str | None:
        """The tenant if this key was verified less than ttl_s ago (no database access); else None."""
        if self.ttl_s <= 0 or not presented or len(presented) > MAX_PRESENTED_CHARS:
            return None
        hit = self._cache.get(_hash(presented))
        if hit is not None and hit[1] > self.monotonic():
            return hit[0]
        return None

    def __call__(self, presented: str | None) -> str | None:
        if not presented or len(presented) > MAX_PRESENTED_CHARS:
            return None
        digest = _hash(presented) if self.ttl_s > 0 else ""
        if digest:
            hit = self._cache.get(digest)
            if hit is not None and hit[1] > self.monotonic():
                return hit[0]
        with self.session_factory() as session:
            tenant = authenticate(session, presented)
        if tenant is not None and digest:
            with self._lock:
                if len(self._cache) >= self.max_entries:
                    self._cache.clear()
                self._cache[digest] = (tenant, self.monotonic() + self.ttl_s)
        return tenant

    def forget(self) -> None:
        with self._lock:
            self._cache.clear()
