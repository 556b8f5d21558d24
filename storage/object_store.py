"""The object-store interface and its local-folder backend."""

from __future__ import annotations

import abc
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from storage.keys import InvalidKeyError, validate_key, validate_prefix


class ObjectNotFoundError(KeyError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key

    def __str__(self) -> str:
        return f"object not found: {self.key}"


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int


class ObjectStore(abc.ABC):
    """Keys are validated `/`-separated paths (see storage.keys); values are bytes or files."""

    uri_scheme: str

    @abc.abstractmethod
    def put_bytes(self, key: str, data: bytes) -> None: ...

    @abc.abstractmethod
    def put_file(self, key: str, path: Path) -> None: ...

    @abc.abstractmethod
    def get_bytes(self, key: str) -> bytes: ...

    @abc.abstractmethod
    def get_file(self, key: str, path: Path) -> None: ...

    @abc.abstractmethod
    def exists(self, key: str) -> bool: ...

    @abc.abstractmethod
    def size(self, key: str) -> int: ...

    @abc.abstractmethod
    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        """All objects whose key starts with `prefix` (a folder-like prefix ending in '/' or a key), sorted."""

    @abc.abstractmethod
    def delete(self, key: str) -> None: ...

    @abc.abstractmethod
    def uri(self, key: str) -> str:
        """A URI naming this object, e.g. file:///... or s3://bucket/key."""

    # Derived helpers: one implementation for every backend.
    def sha256(self, key: str) -> str:
        return hashlib.sha256(self.get_bytes(key)).hexdigest()

    def put_dir(self, prefix: str, directory: Path) -> list[str]:
        """Upload every file under `directory` to `prefix/<relative path>` ("" = the store's root)."""
        directory = Path(directory)
        base = prefix.rstrip("/")
        plan = []
        # Check every name before uploading anything, so a bad file name leaves no partial upload.
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            rel = path.relative_to(directory).as_posix()
            plan.append((validate_key(f"{base}/{rel}" if base else rel), path))
        for key, path in plan:
            self.put_file(key, path)
        return [key for key, _ in plan]

    def get_dir(self, prefix: str, directory: Path) -> Path:
        """Mirror every object under `prefix/` into `directory` (used to load models locally)."""
        base = validate_prefix(prefix).rstrip("/")
        prefix = base + "/" if base else ""
        directory = Path(directory)
        infos = list(self.list(prefix))
        if not infos:
            raise ObjectNotFoundError(prefix)
        # Keys listed from the backend may have been written by another client: each relative part
        # must itself be a safe, canonical key before it becomes a local path (no `..`, no `//`).
        plan = []
        for info in infos:
            rel = info.key[len(prefix):]
            try:
                safe = validate_key(rel)
            except InvalidKeyError as error:
                raise InvalidKeyError(f"refusing to mirror unsafe object key {info.key!r}: {error}") from None
            if safe != rel:
                raise InvalidKeyError(f"refusing to mirror non-canonical object key {info.key!r}")
            plan.append((info.key, directory / rel))
        for key, target in plan:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.get_file(key, target)
        return directory

    def delete_prefix(self, prefix: str) -> int:
        count = 0
        for info in list(self.list(prefix)):
            self.delete(info.key)
            count += 1
        return count


class LocalObjectStore(ObjectStore):
    """A folder on the local disk. Writes are atomic (temp file + rename), like an object PUT."""

    uri_scheme = "file"
    # Temporary files of in-progress writes: '#' is outside the key alphabet, so no key can clash.
    _TMP_PREFIX = ".tmp#"

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        path = (self.root / validate_key(key)).resolve()
        if self.root not in path.parents:
            raise ValueError("object key resolves outside the store")  # defence in depth
        return path

    def _atomic_write(self, path: Path, writer) -> None:
        for attempt in range(3):
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=self._TMP_PREFIX)
                break
            except FileNotFoundError:  # a concurrent delete() removed the emptied folder
                if attempt == 2:
                    raise
        try:
            with os.fdopen(fd, "wb") as out:
                writer(out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_bytes(self, key: str, data: bytes) -> None:
        self._atomic_write(self._path(key), lambda out: out.write(data))

    def put_file(self, key: str, path: Path) -> None:
        def copy(out: BinaryIO) -> None:
            with open(path, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)

        self._atomic_write(self._path(key), copy)

    def get_bytes(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            raise ObjectNotFoundError(key) from None

    def get_file(self, key: str, path: Path) -> None:
        src = self._path(key)
        if not src.is_file():
            raise ObjectNotFoundError(key)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, path)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def size(self, key: str) -> int:
        path = self._path(key)
        if not path.is_file():
            raise ObjectNotFoundError(key)
        return path.stat().st_size

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        prefix = validate_prefix(prefix)
        base = self.root
        # Walk only the deepest folder the prefix names, then filter by the full prefix.
        folder = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        if folder:
            base = self._path(folder)
        if not base.is_dir():
            return
        found = []
        for path in base.rglob("*"):
            if path.name.startswith(self._TMP_PREFIX) or not path.is_file():
                continue
            key = path.relative_to(self.root).as_posix()
            if key.startswith(prefix):
                found.append((key, path))
        # Sort by the whole key string, as S3 does (not folder by folder: "a-c" < "a/b").
        for key, path in sorted(found):
            try:
                size = path.stat().st_size
            except FileNotFoundError:  # deleted meanwhile
                continue
            yield ObjectInfo(key=key, size=size)

    def delete(self, key: str) -> None:
        path = self._path(key)
        path.unlink(missing_ok=True)
        # Remove folders left empty, so the key space behaves like S3's (a folder is not an object,
        # and "x" can be written once nothing is under "x/" any more).
        parent = path.parent
        while parent != self.root and self.root in parent.parents:
            try:
                parent.rmdir()
            except OSError:  # not empty (or already gone)
                break
            parent = parent.parent

    def uri(self, key: str) -> str:
        return self._path(key).as_uri()
