"""The composition root, below every stage: `current_platform()` gives the process's Platform."""

from runtime.platform import Platform, current_platform, open_platform, reset_platform

__all__ = ["Platform", "current_platform", "open_platform", "reset_platform"]
