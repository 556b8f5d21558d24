"""The quota headers every authenticated answer carries, the error answers included."""

from __future__ import annotations

from tenancy import QuotaDecision


def quota_headers(decision: QuotaDecision, quota_timezone: str) -> dict[str, str]:
    """X-Quota-Limit / X-Quota-Remaining, and X-Quota-Warning on the answer that crossed the warning ratio."""
    headers = {"X-Quota-Limit": str(decision.limit), "X-Quota-Remaining": str(decision.remaining)}
    if decision.warning:
        headers["X-Quota-Warning"] = (
            f"{decision.used} of {decision.limit} daily calls used ({decision.usage_ratio:.0%}); "
            f"the quota resets at midnight {quota_timezone}"
        )
    return headers
