from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError


class ConfigError(ValueError):
    """A configuration file that is missing, unreadable or invalid; the message names file and field."""

    @classmethod
    def from_validation(cls, path: Path | str, error: ValidationError) -> "ConfigError":
        lines = []
        for item in error.errors():
            field = ".".join(str(part) for part in item["loc"]) or "(top level)"
            lines.append(f"{path}: field '{field}': {item['msg']}")
        return cls("\n".join(lines))
