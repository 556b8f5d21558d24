"""Which model version is served, and hot swaps when the registry alias moves.

The manager serves the version the registry alias (`production`) names. A watcher thread polls the
alias every `poll_interval_s`; when it names another version the manager fetches it, loads and
warms a new engine beside the running one, swaps the reference atomically, then closes the old
engine, which first finishes every text already queued on it (drain). A request that picked the old
engine just before the swap and finds it closed is resubmitted to the new one, so a swap fails no
request. Rolling back is moving the alias back: the previous version is still in the local cache.

A version that fails to load is logged, the running version (if any) keeps serving, and the load
is tried again after a back-off that doubles from one poll interval up to `max_retry_delay_s`:
a store that was briefly unreachable or a file mirrored badly must not leave a process unready
for good, while a broken model is not reloaded at every poll.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from registry import ModelRegistry
from serving.engine import (
    EngineClosedError,
    EngineOptions,
    InferenceEngine,
    default_engine_factory,
)

log = logging.getLogger("minwon.serving.models")


class NoModelError(RuntimeError):
    """No model is loaded yet (the alias is unset, or its version failed to load)."""


class ModelManager:
    def __init__(
        self,
        registry: ModelRegistry,
        alias: str,
        cache_dir: Path,
        options: EngineOptions,
        known_codes: dict[str, str] | None = None,
        engine_factory: Callable[..., InferenceEngine] = default_engine_factory,
        poll_interval_s: float = 10.0,
        on_swap: Callable[[InferenceEngine, InferenceEngine | None], None] | None = None,
        on_batch: Callable[[int, float], None] | None = None,
        keep_cached_versions: int = 3,
        max_retry_delay_s: float = 300.0,
        monotonic: Callable[[], float] = time.monotonic,
    ):
        self.registry = registry
        self.alias = alias
        self.cache_dir = Path(cache_dir)
        self.options = options
        self.known_codes = known_codes
        self.engine_factory = engine_factory
        self.poll_interval_s = poll_interval_s
        self.on_swap = on_swap
        self.on_batch = on_batch
        self.keep_cached_versions = keep_cached_versions
        self.max_retry_delay_s = max_retry_delay_s
        self._monotonic = monotonic
        self._engine: InferenceEngine | None = None
        # The version that last failed to load, how many times in a row, and when to try it again.
        self._failed_version: str | None = None
        self._failures = 0
        self._retry_at = 0.0
        self._loading: tuple[str, float] | None = None  # (version, since): for /readyz while it loads
        self._swap_lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self.ready = threading.Event()
        self.first_attempt_done = threading.Event()  # the watcher's first load ended, either way
        self.last_error: str | None = None
        self.swaps = 0

    # ---------------------------------------------------------------- state
    @property
    def engine(self) -> InferenceEngine | None:
        return self._engine

    def current(self) -> InferenceEngine:
        engine = self._engine
        if engine is None:
            raise NoModelError(self.not_ready_reason())
        return engine

    def not_ready_reason(self) -> str:
        """Why no model serves yet, in words for /readyz."""
        loading = self._loading
        if loading is not None:
            return f"loading {self.registry.name} {loading[0]} ({self._monotonic() - loading[1]:.0f}s so far)"
        return self.last_error or "the model is still loading"

    def queue_depth(self) -> int:
        engine = self._engine
        return engine.queue_depth if engine is not None else 0

    # ---------------------------------------------------------------- inference
    def submit(self, texts: Sequence[str]) -> asyncio.Future:
        """From the event loop: queue the texts on the current engine; the future resolves to their
        predictions. A swap that closed the engine between reading and queueing is retried on the
        engine that replaced it (swaps set the new engine before closing the old one, and a closing
        engine still finishes everything queued before it closed)."""
        for _ in range(5):
            engine = self.current()
            try:
                return engine.submit_async(texts)
            except EngineClosedError:
                continue
        raise NoModelError("the model was replaced repeatedly while this request waited; retry")

    # ---------------------------------------------------------------- lifecycle
    def check_once(self) -> bool:
        """Load the version the alias names if it is not the one served. True when it swapped."""
        with self._swap_lock:
            try:
                version = self.registry.get_alias(self.alias)
            except Exception as error:  # noqa: BLE001 - the store may be briefly unreachable
                self.last_error = f"cannot read alias '{self.alias}': {type(error).__name__}: {error}"
                log.warning(self.last_error)
                return False
            if version is None:
                self.last_error = f"registry alias '{self.alias}' of {self.registry.name} is not set"
                if self._engine is None:
                    return False
                # The alias was removed (its version withdrawn, e.g. by a city's erasure): serving
                # nothing (503) is right; serving a withdrawn model is not.
                retired, self._engine = self._engine, None
                self.ready.clear()
                log.warning("alias %s removed: no longer serving %s %s", self.alias, self.registry.name,
                            retired.version)
                threading.Thread(target=retired.close, name=f"drain-{retired.version}", daemon=True).start()
                shutil.rmtree(self.cache_dir / self.registry.name / retired.version, ignore_errors=True)
                return True
            current = self._engine.version if self._engine is not None else None
            if version == current:
                return False
            if version == self._failed_version and self._monotonic() < self._retry_at:
                return False
            started = time.perf_counter()
            self._loading = (version, self._monotonic())
            try:
                folder = self.registry.fetch(version, self.cache_dir)
                new = self.engine_factory(
                    folder, version, self.options, known_codes=self.known_codes, on_batch=self.on_batch
                )
                new.start()
            except Exception as error:  # noqa: BLE001 - keep serving the old version
                self._failures = self._failures + 1 if version == self._failed_version else 1
                self._failed_version = version
                delay = min(self.poll_interval_s * 2 ** (self._failures - 1), self.max_retry_delay_s)
                self._retry_at = self._monotonic() + delay
                self.last_error = f"{self.registry.name} {version} failed to load: {type(error).__name__}: {error}"
                log.error("%s (attempt %d; next try in %.0fs)", self.last_error, self._failures, delay)
                return False
            finally:
                self._loading = None
            old, self._engine = self._engine, new
            self._failed_version, self._failures = None, 0
            self.last_error = None
            self.swaps += 1
            self.ready.set()
            log.info(
                "serving %s %s on %s (%s), loaded in %.2fs%s",
                self.registry.name, version, new.provider, new.model_file,
                time.perf_counter() - started, f", replacing {old.version}" if old else "",
            )
        if self.on_swap is not None:
            self.on_swap(new, old)
        if old is not None:
            threading.Thread(target=old.close, name=f"drain-{old.version}", daemon=True).start()
        self._prune_cache(keep={version, current})
        return True

    def _prune_cache(self, keep: set) -> None:
        folder = self.cache_dir / self.registry.name
        if not folder.is_dir():
            return
        versions = sorted((p for p in folder.iterdir() if p.is_dir()), key=lambda p: p.name)
        extra = [p for p in versions if p.name not in keep][: max(0, len(versions) - self.keep_cached_versions)]
        try:  # withdrawn versions (their data was erased) leave this machine too
            withdrawn = set(self.registry.withdrawn())
        except Exception:  # noqa: BLE001 - pruning must never break a swap
            withdrawn = set()
        extra += [p for p in versions if p.name in withdrawn and p not in extra]
        for path in extra:
            shutil.rmtree(path, ignore_errors=True)

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                self.check_once()
            except Exception:  # noqa: BLE001 - the watcher never dies
                log.exception("model watcher iteration failed")
            finally:
                self.first_attempt_done.set()
            self._stop.wait(self.poll_interval_s)

    def start(self) -> None:
        if self._watcher is None:
            self._stop.clear()
            self._watcher = threading.Thread(target=self._watch, name="model-watcher", daemon=True)
            self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=60)
            self._watcher = None
        engine, self._engine = self._engine, None
        self.ready.clear()
        if engine is not None:
            engine.close()

    def wait_ready(self, timeout: float | None = None) -> bool:
        return self.ready.wait(timeout)
