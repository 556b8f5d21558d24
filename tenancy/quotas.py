"""Daily API-call quotas, counted atomically in the platform database.

One row per (tenant, day) in `quota_usage`; the day is the calendar day in Asia/Seoul (configurable).
A charge of `n` calls is a single conditional increment (plain SQL both databases accept):

    UPDATE quota_usage SET calls = calls + :n
     WHERE tenant = :t AND day = :d AND calls + :n <= :limit
    RETURNING calls, warned

so two processes (or two replicas on PostgreSQL) can never hand out more than the limit: the row
lock (PostgreSQL) or the database write lock (SQLite) orders the increments and each re-checks the
condition against the committed value. The first call of a day inserts the row with
INSERT ... ON CONFLICT DO NOTHING and, if another process won that race, retries the UPDATE.
A charge is all-or-nothing: a batch of 10 texts with 9 calls left is refused whole.

Past `warn_ratio` of the limit the `warned` flag is flipped with `UPDATE ... WHERE warned = 0`;
exactly one request per tenant and day sees rowcount 1 and carries the warning.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Engine, bindparam, text

from database.tables import QuotaUsage

log = logging.getLogger("minwon.quota")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def kst_day(now: datetime, tz: str = "Asia/Seoul") -> date:
    if now.tzinfo is None:
        raise ValueError("the clock must return timezone-aware datetimes")
    return now.astimezone(ZoneInfo(tz)).date()


def seconds_until_midnight(now: datetime, tz: str = "Asia/Seoul") -> int:
    """Whole seconds (rounded up, at least 1) until the next midnight in `tz`."""
    local = now.astimezone(ZoneInfo(tz))
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=local.tzinfo)
    remaining = (midnight - local).total_seconds()
    return max(1, int(-(-remaining // 1)))


@dataclass(frozen=True)
class QuotaDecision:
    allowed: bool
    tenant: str
    limit: int
    used: int  # calls counted today, after this charge when allowed
    requested: int
    warning: bool  # this charge crossed the warning ratio: the once-a-day warning
    retry_after_s: int | None  # set when refused: seconds until the quota resets

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def usage_ratio(self) -> float:
        return self.used / self.limit if self.limit else 1.0


# Plain SQL that SQLite (>= 3.35) and PostgreSQL both accept: compiled once, cheap to execute.
_TABLE = QuotaUsage.__tablename__


def _sql(statement: str):
    return text(statement.format(table=_TABLE)).bindparams(bindparam("day", type_=Date))


_INCREMENT = _sql(
    "UPDATE {table} SET calls = calls + :n WHERE tenant = :tenant AND day = :day AND calls + :n <= :limit "
    "RETURNING calls, warned"
)
_INSERT_FIRST = _sql(
    "INSERT INTO {table} (tenant, day, calls, warned) VALUES (:tenant, :day, :n, 0) "
    "ON CONFLICT (tenant, day) DO NOTHING"
)
_SELECT = _sql("SELECT calls FROM {table} WHERE tenant = :tenant AND day = :day")
_SELECT_DAY = _sql("SELECT tenant, calls FROM {table} WHERE day = :day")
_FLIP_WARNED = _sql("UPDATE {table} SET warned = 1 WHERE tenant = :tenant AND day = :day AND warned = 0")
_REFUND = _sql("UPDATE {table} SET calls = calls - :n WHERE tenant = :tenant AND day = :day AND calls >= :n")
_SET = _sql(
    "INSERT INTO {table} (tenant, day, calls, warned) VALUES (:tenant, :day, :n, 0) "
    "ON CONFLICT (tenant, day) DO UPDATE SET calls = excluded.calls"
)


def _relaxed_sqlite_engine(engine: Engine) -> Engine:
    """Connections to the same SQLite file with synchronous=NORMAL, for the quota counters only.

    In WAL mode NORMAL skips the fsync at each commit (the WAL is synced at checkpoints): the file
    cannot be corrupted, but a power cut may lose the last increments, i.e. give a tenant a few
    calls for free. FULL (the platform default) would cost an fsync, 1-5 ms here, on every API call.
    API keys and everything else keep the platform engine's settings.
    """
    from database.engine import create_platform_engine

    return create_platform_engine(engine.url.render_as_string(hide_password=False), sqlite_synchronous="NORMAL")


class QuotaService:
    def __init__(
        self,
        engine: Engine,
        limits: Callable[[str], int],
        clock: Clock = utc_now,
        timezone_name: str = "Asia/Seoul",
        warn_ratio: float = 0.8,
        on_warning: Callable[[QuotaDecision], None] | None = None,
        relaxed_sqlite_sync: bool = True,
    ):
        self.limits = limits
        self.clock = clock
        self.timezone_name = timezone_name
        self.warn_ratio = warn_ratio
        self.on_warning = on_warning
        self._given_engine = engine
        dialect = engine.dialect.name
        if dialect == "sqlite" and relaxed_sqlite_sync:
            engine = _relaxed_sqlite_engine(engine)
        self.engine = engine
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"quotas need SQLite or PostgreSQL, not {dialect}")

    @classmethod
    def from_config(cls, config, engine: Engine, clock: Clock = utc_now, **kwargs) -> "QuotaService":
        settings = config.platform.serving
        return cls(
            engine,
            limits=lambda tenant: config.tenants.get(tenant).quotas.api_calls_per_day,
            clock=clock,
            timezone_name=settings.quota_timezone,
            warn_ratio=settings.quota_warn_ratio,
            **kwargs,
        )

    def today(self) -> date:
        return kst_day(self.clock(), self.timezone_name)

    def charge(self, tenant: str, n: int = 1) -> QuotaDecision:
        """Count `n` calls for `tenant` today if all of them fit; otherwise count none."""
        return self.charge_many([(tenant, n)])[0]

    def charge_many(self, charges: Sequence[tuple[str, int]]) -> list[QuotaDecision]:
        """Several charges in one transaction (one commit), each decided exactly as `charge` would,
        in order.

        A tenant's charges are first tried together, as one conditional increment of their total:
        when the total fits, each of them fits wherever it stands in the order, so one statement
        decides them all (the common case, far from the limit). Otherwise they are decided one by
        one. Rows are locked in tenant order, so two processes charging several tenants cannot
        deadlock.
        """
        for _, n in charges:
            if n < 1:
                raise ValueError("a charge is at least one call")
        now = self.clock()
        day = kst_day(now, self.timezone_name)
        by_tenant: dict[str, list[int]] = {}
        for i, (tenant, _) in enumerate(charges):
            by_tenant.setdefault(tenant, []).append(i)
        results: list[QuotaDecision | None] = [None] * len(charges)
        with self.engine.begin() as connection:
            for tenant in sorted(by_tenant):
                indices = by_tenant[tenant]
                if len(indices) > 1 and self._charge_together(connection, tenant, indices, charges, results, day):
                    continue
                for i in indices:
                    results[i] = self._charge_in(connection, tenant, charges[i][1], day, now)
        for decision in results:
            if decision.warning:
                log.warning(
                    "quota warning: tenant=%s used=%d limit=%d ratio=%.2f day=%s",
                    decision.tenant, decision.used, decision.limit, decision.usage_ratio, day.isoformat(),
                )
                if self.on_warning is not None:
                    self.on_warning(decision)
        return results

    def _charge_together(self, connection, tenant: str, indices: list[int], charges, results, day: date) -> bool:
        """One increment for all of a tenant's charges; False (nothing counted) if they do not all fit."""
        limit = self.limits(tenant)
        total = sum(charges[i][1] for i in indices)
        row = connection.execute(_INCREMENT, {"tenant": tenant, "day": day, "n": total, "limit": limit}).first()
        if row is None:
            return False  # today's row does not exist yet, or the total does not fit
        calls, warned = int(row[0]), int(row[1])
        used = calls - total
        warn_at = self.warn_ratio * limit
        warning_index = None
        if calls >= warn_at and not warned:
            # The charge whose count crosses the ratio carries the once-a-day warning.
            running = used
            for i in indices:
                running += charges[i][1]
                if running >= warn_at:
                    warning_index = i
                    break
            params = {"tenant": tenant, "day": day}
            if connection.execute(_FLIP_WARNED, params).rowcount != 1:
                warning_index = None
        for i in indices:
            n = charges[i][1]
            used += n
            results[i] = QuotaDecision(
                allowed=True, tenant=tenant, limit=limit, used=used, requested=n, warning=i == warning_index,
                retry_after_s=None,
            )
        return True

    def _charge_in(self, connection, tenant: str, n: int, day: date, now: datetime) -> QuotaDecision:
        limit = self.limits(tenant)
        params = {"tenant": tenant, "day": day, "n": n, "limit": limit}
        row = connection.execute(_INCREMENT, params).first()
        if row is None and n <= limit:
            if connection.execute(_INSERT_FIRST, params).rowcount == 1:
                row = (n, 0)
            else:  # another process created today's row first
                row = connection.execute(_INCREMENT, params).first()
        if row is None:
            used = connection.execute(_SELECT, params).scalar_one_or_none() or 0
            return QuotaDecision(
                allowed=False, tenant=tenant, limit=limit, used=used, requested=n, warning=False,
                retry_after_s=seconds_until_midnight(now, self.timezone_name),
            )
        calls, warned = int(row[0]), int(row[1])
        warning = False
        if calls >= self.warn_ratio * limit and not warned:
            warning = connection.execute(_FLIP_WARNED, params).rowcount == 1
        return QuotaDecision(
            allowed=True, tenant=tenant, limit=limit, used=calls, requested=n, warning=warning,
            retry_after_s=None,
        )

    def refund(self, tenant: str, n: int) -> QuotaDecision:
        """Give back `n` calls charged today for a request that then failed on our side."""
        day = kst_day(self.clock(), self.timezone_name)
        with self.engine.begin() as connection:
            connection.execute(_REFUND, {"tenant": tenant, "day": day, "n": n})
        return self.usage(tenant)

    def usage(self, tenant: str) -> QuotaDecision:
        """Today's counters without charging anything."""
        now = self.clock()
        day = kst_day(now, self.timezone_name)
        limit = self.limits(tenant)
        with self.engine.connect() as connection:
            used = connection.execute(_SELECT, {"tenant": tenant, "day": day}).scalar_one_or_none() or 0
        return QuotaDecision(
            allowed=used < limit, tenant=tenant, limit=limit, used=used, requested=0, warning=False,
            retry_after_s=None if used < limit else seconds_until_midnight(now, self.timezone_name),
        )

    def usage_today(self) -> dict[str, int]:
        """Calls counted today per tenant (tenants without calls today are absent)."""
        day = self.today()
        with self.engine.connect() as connection:
            return {tenant: int(calls) for tenant, calls in connection.execute(_SELECT_DAY, {"day": day})}

    def close(self) -> None:
        """Release the relaxed SQLite connections (the caller's engine is the caller's to dispose)."""
        if self.engine is not self._given_engine:
            self.engine.dispose()

    def set_usage(self, tenant: str, calls: int, day: date | None = None) -> None:
        """Operator/test helper: set today's (or `day`'s) counter."""
        day = day or self.today()
        with self.engine.begin() as connection:
            connection.execute(_SET, {"tenant": tenant, "day": day, "n": calls})


class AsyncQuota:
    """Charges from concurrent requests, applied by one thread with group commit.

    Requests await `charge`; a writer thread takes every charge waiting (up to `max_group`) and
    decides them in one transaction (`QuotaService.charge_many`): one commit instead of one per
    request, no threadpool hop per request, and each decision still exact (every conditional
    UPDATE sees the ones before it, and other processes wait on the row/database lock).
    """

    def __init__(self, service: QuotaService, max_group: int = 128):
        self.service = service
        self.max_group = max_group
        self._queue: collections.deque = collections.deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def start(self) -> "AsyncQuota":
        if self._thread is None:
            self._stopped = False
            self._thread = threading.Thread(target=self._run, name="quota-writer", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(30)
            self._thread = None

    async def charge(self, tenant: str, n: int) -> QuotaDecision:
        loop = asyncio.get_running_loop()
        if self._thread is None:  # not started (no lifespan): charge in the default executor
            return await loop.run_in_executor(None, self.service.charge, tenant, n)
        future = loop.create_future()
        with self._cond:
            self._queue.append((tenant, n, future, loop))
            self._cond.notify()
        return await future

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopped:
                    self._cond.wait()
                if not self._queue and self._stopped:
                    return
                group = [self._queue.popleft() for _ in range(min(self.max_group, len(self._queue)))]
            outcomes: list = []
            try:
                decisions = self.service.charge_many([(tenant, n) for tenant, n, _, _ in group])
                outcomes = [(future, loop, decision, None) for (_, _, future, loop), decision in zip(group, decisions)]
            except Exception:  # noqa: BLE001 - decide them one by one so one failure stays one
                log.exception("group quota charge failed; retrying %d charges one by one", len(group))
                for tenant, n, future, loop in group:
                    try:
                        outcomes.append((future, loop, self.service.charge(tenant, n), None))
                    except Exception as error:  # noqa: BLE001
                        outcomes.append((future, loop, None, error))
            by_loop: dict = {}
            for future, loop, result, error in outcomes:
                by_loop.setdefault(loop, []).append((future, result, error))
            for loop, items in by_loop.items():
                try:
                    loop.call_soon_threadsafe(_deliver, items)
                except RuntimeError:  # the loop is closed: nobody waits
                    pass


def _deliver(items: list) -> None:
    """On the event loop: complete the waiting charges (skipping callers that went away)."""
    for future, result, error in items:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
