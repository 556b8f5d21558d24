"""Erase a city from the tenancy tables: its API keys, its API-call counters, its pseudonym secret."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from database import ApiKey, QuotaUsage
from tenancy.pseudonym_keys import PseudonymKeys, secret_store_variable


def erase_tenancy(sessions: sessionmaker[Session], tenant: str, *, dry_run: bool) -> dict[str, list[str]]:
    """What goes (kind -> items); deleted unless dry_run. Safe to run again."""
    with sessions() as session:
        keys = list(session.scalars(select(ApiKey.key_id).where(ApiKey.tenant == tenant)))
        days = [str(d) for d in session.scalars(select(QuotaUsage.day).where(QuotaUsage.tenant == tenant))]
        if not dry_run:
            session.execute(delete(ApiKey).where(ApiKey.tenant == tenant))
            session.execute(delete(QuotaUsage).where(QuotaUsage.tenant == tenant))
            session.commit()
    pseudonyms = PseudonymKeys(sessions)
    secret = ["stored pseudonym secret"] if pseudonyms.stored(tenant) else []
    if secret and not dry_run:
        pseudonyms.erase(tenant)
    return {"api keys": [f"key {k}" for k in keys], "api call counters": [f"day {d}" for d in days],
            "pseudonym secrets": secret}


def secret_held_elsewhere(tenant: str) -> str | None:
    """The secret-store variable, when the city's pseudonym master comes from there (we cannot erase it)."""
    import os

    name = secret_store_variable(tenant)
    return name if os.environ.get(name) else None
