"""Layout on the object store:

    models/<name>/<version>/...            files of one version (model.onnx, tokenizer/, labels.json, ...)
    models/<name>/<version>/manifest.json  written LAST: file list + sha256; a version without it is partial
    models/<name>/aliases/<alias>.json     {"version", "updated_at", "history": [...]}
    models/<name>/decisions/<version>.json promotion decision with the numbers behind it
    models/<name>/withdrawn/<version>.json tombstone of a withdrawn version: when, why, its lineage

Versions are `v0001`, `v0002`, ...; they are never rewritten once their manifest exists. A version
is withdrawn (its files deleted, a tombstone left) when data it was trained on is erased; its
number is never given out again.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from storage import (
    ManifestMismatchError,
    ObjectNotFoundError,
    ObjectStore,
    fetch_folder,
    join_key,
    put_folder,
    read_manifest,
    validate_segment,
)

VERSION = re.compile(r"^v(\d{4,})$")
ALIAS = re.compile(r"^[a-z][a-z0-9-]{0,31}$")


class RegistryError(RuntimeError):
    pass


class ModelVersionNotFound(RegistryError):
    pass


class ModelRegistry:
    def __init__(self, store: ObjectStore, name: str):
        self.store = store
        self.name = validate_segment(name)
        self.prefix = join_key("models", self.name)

    # ---------------------------------------------------------------- versions
    def versions(self) -> list[str]:
        """Complete versions (manifest present), oldest first."""
        found = set()
        for info in self.store.list(self.prefix + "/"):
            parts = info.key[len(self.prefix) + 1:].split("/")
            if len(parts) == 2 and parts[1] == "manifest.json" and VERSION.match(parts[0]):
                found.add(parts[0])
        return sorted(found, key=lambda v: int(VERSION.match(v).group(1)))

    def next_version(self) -> str:
        numbers = [int(VERSION.match(v).group(1)) for v in [*self.versions(), *self.withdrawn()]]
        # Partial versions (no manifest) also reserve their number: never reuse a prefix.
        for info in self.store.list(self.prefix + "/"):
            head = info.key[len(self.prefix) + 1:].split("/")[0]
            if VERSION.match(head):
                numbers.append(int(VERSION.match(head).group(1)))
        return f"v{max(numbers, default=0) + 1:04d}"

    def _version_key(self, version: str, *parts: str) -> str:
        if not VERSION.match(version):
            raise RegistryError(f"not a version name: {version!r}")
        return join_key(self.prefix, version, *parts)

    def publish(self, version: str, source_dir: Path) -> dict:
        """Upload every file of `source_dir` as `version`, then the manifest (the commit point)."""
        prefix = self._version_key(version)
        if read_manifest(self.store, prefix) is not None:
            raise RegistryError(f"{self.name} {version} is already published")
        metadata = {"model": self.name, "version": version, "published_at": datetime.now(timezone.utc).isoformat()}
        return put_folder(self.store, prefix, source_dir, metadata)

    def manifest(self, version: str) -> dict:
        manifest = read_manifest(self.store, self._version_key(version))
        if manifest is None:
            raise ModelVersionNotFound(f"{self.name} {version} does not exist or is incomplete")
        return manifest

    def read_json(self, version: str, relative: str) -> dict:
        self.manifest(version)
        return json.loads(self.store.get_bytes(self._version_key(version, relative)))

    def fetch(self, version: str, cache_dir: Path) -> Path:
        """Mirror a version into `cache_dir/<name>/<version>` and verify every file's checksum."""
        try:
            return fetch_folder(self.store, self._version_key(version), Path(cache_dir) / self.name / version,
                                self.manifest(version))
        except ManifestMismatchError as error:
            raise RegistryError(f"{self.name} {version}: {error}") from None

    # ---------------------------------------------------------------- aliases
    def _alias_key(self, alias: str) -> str:
        if not ALIAS.match(alias):
            raise RegistryError(f"not an alias name: {alias!r}")
        return join_key(self.prefix, "aliases", f"{alias}.json")

    def get_alias(self, alias: str) -> str | None:
        try:
            return json.loads(self.store.get_bytes(self._alias_key(alias)))["version"]
        except ObjectNotFoundError:
            return None

    def set_alias(self, alias: str, version: str, reason: str) -> None:
        self.manifest(version)  # only complete versions can be aliased
        key = self._alias_key(alias)
        try:
            current = json.loads(self.store.get_bytes(key))
        except ObjectNotFoundError:
            current = {"history": []}
        now = datetime.now(timezone.utc).isoformat()
        history = current.get("history", []) + [{"version": version, "at": now, "reason": reason}]
        body = {"version": version, "updated_at": now, "history": history[-50:]}
        self.store.put_bytes(key, json.dumps(body, indent=2, ensure_ascii=False).encode())

    def record_decision(self, version: str, decision: dict) -> None:
        key = join_key(self.prefix, "decisions", f"{version}.json")
        self.store.put_bytes(key, json.dumps(decision, indent=2, ensure_ascii=False).encode())

    def decision(self, version: str) -> dict | None:
        try:
            return json.loads(self.store.get_bytes(join_key(self.prefix, "decisions", f"{version}.json")))
        except ObjectNotFoundError:
            return None

    def alias_history(self, alias: str) -> list[dict]:
        try:
            return json.loads(self.store.get_bytes(self._alias_key(alias))).get("history", [])
        except ObjectNotFoundError:
            return []

    def remove_alias(self, alias: str) -> None:
        """No version under this alias any more (e.g. the only candidate was withdrawn)."""
        self.store.delete(self._alias_key(alias))

    # ---------------------------------------------------------------- withdrawal
    def _tombstone_key(self, version: str) -> str:
        self._version_key(version)  # validates the name
        return join_key(self.prefix, "withdrawn", f"{version}.json")

    def withdrawn(self) -> list[str]:
        """Versions withdrawn so far, oldest first."""
        found = []
        for info in self.store.list(join_key(self.prefix, "withdrawn") + "/"):
            name = info.key.rsplit("/", 1)[-1].removesuffix(".json")
            if VERSION.match(name):
                found.append(name)
        return sorted(found, key=lambda v: int(VERSION.match(v).group(1)))

    def tombstone(self, version: str) -> dict | None:
        try:
            return json.loads(self.store.get_bytes(self._tombstone_key(version)))
        except ObjectNotFoundError:
            return None

    def has_files(self, version: str) -> bool:
        """Whether anything is stored under the version's folder (complete or not)."""
        return any(True for _ in self.store.list(self._version_key(version) + "/"))

    def withdraw(self, version: str, reason: str, lineage: dict | None = None) -> int:
        """Delete every file of `version` and leave its tombstone; returns the number of files deleted.

        Order for a crash at any point: tombstone first, then the manifest (the version stops
        being complete, so nothing fetches it), then the other files. Calling it again finishes."""
        key = self._tombstone_key(version)
        if self.tombstone(version) is None:
            if lineage is None:
                try:
                    lineage = self.read_json(version, "lineage.json")
                except (ModelVersionNotFound, ObjectNotFoundError):
                    lineage = {}
            body = {"version": version, "withdrawn_at": datetime.now(timezone.utc).isoformat(), "reason": reason,
                    "lineage": lineage}
            self.store.put_bytes(key, json.dumps(body, indent=2, ensure_ascii=False).encode())
        prefix = self._version_key(version)
        self.store.delete(f"{prefix}/manifest.json")
        return self.store.delete_prefix(prefix + "/")
