"""The composition root: the platform's shared services for one process.

Configuration, object store, database sessions and the model registry, built lazily and once per
process. It sits below every stage (ingest, quality gate, training, serving) and above the
services it assembles; it imports no stage, so any stage, the flows and the CLI can use it.
Stage-specific objects (the quality gate's PII masker, say) are built by the stage that owns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from configuration import Config, data_dir, load_config
from database import create_platform_engine, session_factory
from registry import ModelRegistry
from storage import ObjectStore, open_object_store


@dataclass(eq=False)  # identity: a service container, usable as a cache key
class Platform:
    config: Config

    @classmethod
    def assemble(cls, config: Config, *, store: ObjectStore | None = None,
                 sessions: sessionmaker[Session] | None = None) -> "Platform":
        """A Platform around services the caller already holds (e.g. the API's store and database)."""
        platform = cls(config)
        if store is not None:
            platform.__dict__["store"] = store  # fills the cached_property
        if sessions is not None:
            platform.__dict__["sessions"] = sessions
        return platform

    @cached_property
    def store(self) -> ObjectStore:
        return open_object_store(self.config)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return session_factory(create_platform_engine(self.config))

    @cached_property
    def registry(self) -> ModelRegistry:
        return ModelRegistry(self.store, self.config.platform.serving.model_name)

    @property
    def cache_dir(self) -> Path:
        path = data_dir() / "cache"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def work_dir(self) -> Path:
        path = data_dir() / "work"
        path.mkdir(parents=True, exist_ok=True)
        return path


def open_platform(config: Config | None = None) -> Platform:
    return Platform(config or load_config())


_current: Platform | None = None


def current_platform() -> Platform:
    """One Platform per process (engine pools, store clients and maskers are costly to rebuild)."""
    global _current
    if _current is None:
        _current = open_platform()
    return _current


def reset_platform() -> None:
    """Forget the process's Platform: the next call re-reads configuration and environment."""
    global _current
    _current = None
