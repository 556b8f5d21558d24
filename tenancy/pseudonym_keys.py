"""Each city's pseudonym secret: names are replaced by HMAC(secret, name) tokens, stable per city.

Where the secret comes from, in order:
1. MINWON_PSEUDONYM_KEY_<TENANT> (the platform's secret store puts it in the environment): the key
   is HMAC(that master, tenant). Erasing the city then means destroying that secret there.
2. Otherwise a random 32-byte secret per city in the platform database, made on first use.
   Erasing the city deletes it: its pseudonyms can never be linked to a name again, even by
   someone who knows the names (crypto-shredding).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from database import PseudonymKey


def secret_store_variable(tenant: str) -> str:
    """The environment variable that carries the city's master secret from a secret store."""
    return "MINWON_PSEUDONYM_KEY_" + re.sub(r"[^A-Z0-9]", "_", tenant.upper())


def key_from_master(master: bytes, tenant: str) -> bytes:
    return hmac.new(master, b"minwon-pseudonym:" + tenant.encode("utf-8"), hashlib.sha256).digest()


class PseudonymKeys:
    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions

    def key_for(self, tenant: str) -> bytes:
        master = os.environ.get(secret_store_variable(tenant))
        if master:
            return key_from_master(master.encode("utf-8"), tenant)
        with self.sessions() as session:
            row = session.get(PseudonymKey, tenant)
            if row is not None:
                return bytes(row.secret)
            session.add(PseudonymKey(tenant=tenant, secret=secrets.token_bytes(32)))
            try:
                session.commit()
            except IntegrityError:  # another process made it first: use theirs
                session.rollback()
            return bytes(session.get(PseudonymKey, tenant).secret)

    def stored(self, tenant: str) -> bool:
        with self.sessions() as session:
            return session.get(PseudonymKey, tenant) is not None

    def erase(self, tenant: str) -> bool:
        """Delete the city's stored secret; True if there was one."""
        with self.sessions() as session:
            row = session.get(PseudonymKey, tenant)
            if row is None:
                return False
            session.delete(row)
            session.commit()
            return True
