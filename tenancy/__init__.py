"""Tenancy: API keys per tenant and daily API-call quotas, both kept in the platform database."""

from tenancy.keys import (
    IssuedKey,
    KeyAuthenticator,
    KeyInfo,
    authenticate,
    issue_key,
    list_keys,
    revoke,
    rotate,
)
from tenancy.quotas import AsyncQuota, QuotaDecision, QuotaService, kst_day, seconds_until_midnight

__all__ = [
    "AsyncQuota",
    "IssuedKey",
    "KeyAuthenticator",
    "KeyInfo",
    "QuotaDecision",
    "QuotaService",
    "authenticate",
    "issue_key",
    "kst_day",
    "list_keys",
    "revoke",
    "rotate",
    "seconds_until_midnight",
]
