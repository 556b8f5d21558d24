"""The classification API: `create_app(config, ...)` builds a FastAPI app with everything injectable.

Run it with uvicorn from a config folder (MINWON_CONFIG_DIR, MINWON_DATA_DIR, MINWON_* overrides):

    uvicorn --factory serving.app:app_from_env --host 0.0.0.0 --port 8000 --no-access-log
    python -m serving --host 0.0.0.0 --port 8000
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import time
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable

from fastapi import FastAPI
from sqlalchemy import Engine

from configuration import Config, data_dir, load_config
from database import create_platform_engine, session_factory
from registry import ModelRegistry
from serving.deps import ServingContext
from serving.engine import EngineOptions, InferenceEngine, default_engine_factory
from httpapi import error_body, send_json
from serving.errors import install_error_handlers
from serving.lifecycle import ModelManager
from serving.metrics import ServingMetrics
from serving.routers import classify, models, ops
from serving.routers.classify import BodyTooLarge, ClassifyEndpoints
from storage import ObjectStore, open_object_store
from tenancy import AsyncQuota, KeyAuthenticator, QuotaService
from tenancy.quotas import utc_now

access_log = logging.getLogger("minwon.serving.access")
log = logging.getLogger("minwon.serving")

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# Request ids need uniqueness, not secrecy: a seeded PRNG avoids a getrandom syscall per request.
_ids = random.Random(int.from_bytes(os.urandom(16), "big"))


def new_request_id() -> str:
    return f"{_ids.getrandbits(128):032x}"


class RequestContextMiddleware:
    """Pure ASGI: request id, body-size guard, quota/request-id headers, one log line + metrics.

    The body limit holds for chunked bodies too (no Content-Length): reading past it answers 413.
    The log line names the request id, tenant, method, route, status and latency: never the text.
    """

    def __init__(self, app, metrics: ServingMetrics, max_body_bytes: int):
        self.app = app
        self.metrics = metrics
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        incoming = None
        declared_length = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
            elif name == b"content-length":
                try:
                    declared_length = int(value)
                except ValueError:
                    pass
        state["request_id"] = incoming if incoming and REQUEST_ID.match(incoming) else new_request_id()
        if declared_length is not None and declared_length > self.max_body_bytes:
            await self._too_large(state, send)
            self._record(scope, state, 413, started)
            return
        if declared_length is None:
            receive = self._limited(receive)
        status_holder = [500]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", state["request_id"].encode("latin-1")))
                for key, value in (state.get("quota_headers") or {}).items():
                    headers.append((key.lower().encode("latin-1"), value.encode("utf-8")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except BodyTooLarge:
            if status_holder[0] != 500:  # the answer had started: nothing more can be said
                raise
            await self._too_large(state, send)
            status_holder[0] = 413
        finally:
            self._record(scope, state, state.get("status") or status_holder[0], started)

    def _limited(self, receive):
        """`receive` that raises BodyTooLarge once more than max_body_bytes arrived."""
        limit = self.max_body_bytes
        received = [0]

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                received[0] += len(message.get("body", b""))
                if received[0] > limit:
                    raise BodyTooLarge()
            return message

        return limited_receive

    async def _too_large(self, state, send) -> None:
        await send_json(send, 413, error_body(
            "payload_too_large",
            f"The request body is larger than {self.max_body_bytes:,} bytes; send fewer or shorter texts.",
            state["request_id"],
        ), {"X-Request-ID": state["request_id"]})

    def _record(self, scope, state, status: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        path = state.get("route")
        if path is None:
            route = scope.get("route")
            path = getattr(route, "path", None) or "unmatched"
        tenant = state.get("tenant") or "-"
        self.metrics.observe_request(tenant, path, status, elapsed)
        if status < 400 and path in ("/metrics", "/healthz", "/readyz"):
            return  # probes and scrapes: counted, not logged
        access_log.info(
            "request_id=%s tenant=%s method=%s route=%s status=%d latency_ms=%.1f",
            state["request_id"], tenant, scope["method"], path, status, elapsed * 1000,
        )


def create_app(
    config: Config | None = None,
    *,
    store: ObjectStore | None = None,
    db_engine: Engine | None = None,
    engine_factory: Callable[..., InferenceEngine] | None = None,
    clock: Callable[[], datetime] | None = None,
    cache_dir: Path | None = None,
    metrics: ServingMetrics | None = None,
    start_watcher: bool = True,
) -> FastAPI:
    """Build the API.

    config: the `configs/` folder (default: load_config()); store: where the model registry lives
    (default: the configured object store); db_engine: the platform database (keys, quotas);
    engine_factory(model_dir, version, options, known_codes=, on_batch=) -> InferenceEngine;
    clock: aware-datetime clock for quota days; cache_dir: local model mirror;
    start_watcher: False leaves model loading to the caller (app.state.models.check_once()).
    """
    config = config or load_config()
    settings = config.platform.serving
    own_db = db_engine is None
    db_engine = db_engine or create_platform_engine(config)
    store = store or open_object_store(config)
    clock = clock or utc_now
    metrics = metrics or ServingMetrics()
    if cache_dir is None:
        cache_dir = Path(settings.cache_dir)
        if not cache_dir.is_absolute():
            cache_dir = data_dir() / cache_dir

    registry = ModelRegistry(store, settings.model_name)
    manager = ModelManager(
        registry,
        alias=settings.model_alias,
        cache_dir=cache_dir,
        options=EngineOptions.from_settings(settings),
        known_codes={d.code: d.name for d in config.taxonomy.departments},
        engine_factory=engine_factory or default_engine_factory,
        poll_interval_s=settings.poll_interval_s,
        on_swap=lambda new, old: metrics.set_model(settings.model_name, new, old),
        on_batch=metrics.observe_batch,
    )
    metrics.queue_depth.set_function(manager.queue_depth)
    quotas = QuotaService.from_config(config, db_engine, clock=clock)
    authenticator = KeyAuthenticator(session_factory(db_engine), ttl_s=settings.auth_cache_ttl_s)
    tenant_limits = {t.id: t.quotas.api_calls_per_day for t in config.tenants.tenants.values()}
    metrics.watch_quotas(
        lambda: [(tenant, used, tenant_limits[tenant])
                 for tenant, used in {**dict.fromkeys(tenant_limits, 0), **quotas.usage_today()}.items()
                 if tenant in tenant_limits]
    )
    quotas_async = AsyncQuota(quotas)
    ctx = ServingContext(
        config=config, models=manager, quotas=quotas, authenticator=authenticator, metrics=metrics, clock=clock,
        quotas_async=quotas_async,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        quotas_async.start()
        if start_watcher:
            manager.start()
            # uvicorn opens the port after this returns: wait for the first load to end, so that a
            # worker beside running siblings is not handed connections it can only answer 503.
            if settings.startup_load_wait_s > 0:
                await asyncio.to_thread(manager.first_attempt_done.wait, settings.startup_load_wait_s)
                if not manager.ready.is_set():
                    log.warning("opening the port without a model: %s", manager.not_ready_reason())
        try:
            yield
        finally:
            manager.stop()
            quotas_async.stop()
            quotas.close()
            if own_db:
                db_engine.dispose()

    app = FastAPI(
        title="minwon classification API",
        version="1.0",
        description=(
            "Classifies Korean civil complaints (민원) to the shared department taxonomy. "
            "Authenticate with your city's API key; every text counts against its daily quota."
        ),
        lifespan=lifespan,
        # FastAPI's own OpenTelemetry hooks are off: this API exports Prometheus metrics, its
        # exception logs could carry request content, and the per-request provider checks cost
        # ~10 µs of a classify call.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    app.state.ctx = ctx
    app.state.models = manager
    app.state.metrics = metrics
    install_error_handlers(app)
    _document_classify_routes(app)
    app.include_router(models.router)
    app.include_router(ops.router)
    if config.platform.storage.backend == "s3":
        # Presigned uploads and RGW's notification receiver exist only on the S3 (Ceph RGW) backend;
        # with the embedded local folder, cities drop files into the folder itself.
        from functools import cache

        from runtime import Platform
        from ingest.api import build_services, ingest_services
        from ingest.api import router as ingest_router

        app.include_router(ingest_router)
        platform = Platform.assemble(config, store=store, sessions=session_factory(db_engine))
        app.dependency_overrides[ingest_services] = cache(lambda: build_services(platform))
    # JSON escapes can make a character 12 bytes; allow the largest valid batch with room to spare.
    max_body = max(1 << 20, settings.max_batch_texts * settings.max_text_chars * 6 + 4096)
    # Last added is outermost: RequestContextMiddleware -> ClassifyEndpoints -> the FastAPI routes.
    app.add_middleware(ClassifyEndpoints, ctx=ctx, max_body_bytes=max_body)
    app.add_middleware(RequestContextMiddleware, metrics=metrics, max_body_bytes=max_body)
    return app


def _document_classify_routes(app: FastAPI) -> None:
    """/openapi.json describes the classify endpoints, which ClassifyEndpoints serves outside FastAPI's router."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=[*classify.documented_routes(), *app.routes],
            )
        return app.openapi_schema

    app.openapi = openapi


def app_from_env() -> FastAPI:
    """uvicorn --factory entry point: the config folder and data dir from the environment."""
    import sys

    from serving.logconfig import configure_logging

    configure_logging(os.environ.get("MINWON_LOG_LEVEL", "INFO").upper())
    # No *_created series: they double the exposition and no dashboard or alert reads them.
    import prometheus_client

    prometheus_client.disable_created_metrics()
    # The event loop gives the GIL up on every syscall; get it back from busy threads (batcher,
    # quota writer) after 1 ms instead of the default 5 ms.
    sys.setswitchinterval(0.001)
    return create_app(load_config())
