"""Prometheus metrics of one app instance, in a registry of its own (several apps per test process)."""

from __future__ import annotations

import logging
from typing import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client.core import GaugeMetricFamily

log = logging.getLogger("minwon.serving.metrics")

LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 24, 32, 48, 64, 128, 256)


class _QuotaCollector:
    def __init__(self, usage: Callable[[], list[tuple[str, int, int]]]):
        self.usage = usage

    def describe(self):
        return []  # not known before a scrape (reads the database)

    def collect(self):
        ratio = GaugeMetricFamily("minwon_quota_usage_ratio", "Today's API calls / daily limit, by tenant.", labels=["tenant"])
        used = GaugeMetricFamily("minwon_quota_used_calls", "Today's API calls, by tenant.", labels=["tenant"])
        limit = GaugeMetricFamily("minwon_quota_limit_calls", "Daily API-call limit, by tenant.", labels=["tenant"])
        try:
            rows = self.usage()
        except Exception:  # noqa: BLE001 - a scrape must not fail because the database is away
            log.warning("quota usage not available for /metrics", exc_info=True)
            rows = []
        for tenant, calls, cap in rows:
            ratio.add_metric([tenant], min(calls / cap, 1.0) if cap else 1.0)
            used.add_metric([tenant], calls)
            limit.add_metric([tenant], cap)
        yield ratio
        yield used
        yield limit


class ServingMetrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "minwon_requests", "HTTP requests answered, by tenant ('-' when unauthenticated), route and status.",
            ["tenant", "route", "status"], registry=r,
        )
        self.latency = Histogram(
            "minwon_request_latency_seconds", "Time from request received to response sent, by route.",
            ["route"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.texts = Counter("minwon_classified_texts", "Texts classified, by tenant.", ["tenant"], registry=r)
        self.batch_size = Histogram(
            "minwon_inference_batch_size", "Texts per session.run of the micro-batcher.",
            buckets=BATCH_BUCKETS, registry=r,
        )
        self.batch_latency = Histogram(
            "minwon_inference_batch_seconds", "Tokenize + session.run + scoring time per batch.",
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.queue_depth = Gauge("minwon_queue_depth", "Texts waiting for the model.", registry=r)
        self.quota_warnings = Counter(
            "minwon_quota_warnings", "Times a tenant crossed the warning ratio (once a day per tenant).",
            ["tenant"], registry=r,
        )
        self.quota_refused = Counter(
            "minwon_quota_refused", "Requests refused because the daily quota was used up.", ["tenant"], registry=r,
        )
        self.model_info = Gauge(
            "minwon_model_info", "The model version served (value 1) and the execution provider in use.",
            ["model", "version", "provider", "model_file"], registry=r,
        )
        self.model_swaps = Counter("minwon_model_swaps", "Model versions loaded (first load included).", registry=r)
        self.queue_full = Counter("minwon_queue_full", "Requests refused because the queue was full.", registry=r)

        # labels() validates and locks on every call; the hot path keeps the children it made.
        self._children: dict[tuple, object] = {}

    def observe_request(self, tenant: str, route: str, status: int, seconds: float) -> None:
        key = ("request", tenant, route, status)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (
                self.requests.labels(tenant, route, str(status)), self.latency.labels(route),
            )
        children[0].inc()
        children[1].observe(seconds)

    def count_texts(self, tenant: str, n: int) -> None:
        key = ("texts", tenant)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = self.texts.labels(tenant)
        child.inc(n)

    def observe_batch(self, size: int, seconds: float) -> None:
        self.batch_size.observe(size)
        self.batch_latency.observe(seconds)

    def set_model(self, model: str, engine, previous=None) -> None:
        if previous is not None:
            try:
                self.model_info.remove(model, previous.version, previous.provider, previous.model_file)
            except KeyError:
                pass
        self.model_info.labels(model, engine.version, engine.provider, engine.model_file).set(1)
        self.model_swaps.inc()

    def watch_quotas(self, usage: Callable[[], list[tuple[str, int, int]]]) -> None:
        """Export today's quota usage, read from the database at each scrape: every replica reports
        the same shared numbers, and they drop to zero at midnight without any request."""
        self.registry.register(_QuotaCollector(usage))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
