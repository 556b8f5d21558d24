"""The composition root, below every stage: `current_platform()` gives the process's Platform.

`runtime.cpu` (what the CPU means for int8 models) is imported by the serving engine on nodes that
carry no platform dependencies (the GPU inference stack has no pydantic or SQLAlchemy), so the
platform module loads on first use of its names, not with the package."""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Platform", "current_platform", "open_platform", "reset_platform"]

if TYPE_CHECKING:
    from runtime.platform import Platform, current_platform, open_platform, reset_platform


def __getattr__(name: str):
    if name in __all__:
        from runtime import platform

        return getattr(platform, name)
    raise AttributeError(f"module 'runtime' has no attribute {name!r}")
