"""fetch_folder: mirrors that several processes can share (the API's workers start together on one
model cache), downloads that never show a partial file under its final name, and manifests whose
file names are checked before they become local paths."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from storage import InvalidKeyError, LocalObjectStore, ManifestMismatchError, fetch_folder, put_folder, sha256_file


@pytest.fixture()
def published(tmp_path) -> tuple[LocalObjectStore, dict]:
    source = tmp_path / "source"
    (source / "tokenizer").mkdir(parents=True)
    (source / "model.onnx").write_bytes(bytes(range(256)) * 4096)
    (source / "tokenizer" / "vocab.txt").write_text("[PAD]\n[UNK]\n민원\n", encoding="utf-8")
    store = LocalObjectStore(tmp_path / "store")
    return store, put_folder(store, "models/m/v0001", source, {"version": "v0001"})


class GatedStore(LocalObjectStore):
    """Writes the first half of each download, then waits for `release` before writing the rest."""

    def __init__(self, root: Path):
        super().__init__(root)
        self.release = threading.Event()
        self.half_written = threading.Event()
        self.downloads: list[str] = []

    def get_file(self, key: str, path: Path) -> None:
        self.downloads.append(key)
        data = self.get_bytes(key)
        with open(path, "wb") as handle:
            handle.write(data[: len(data) // 2])
            handle.flush()
            self.half_written.set()
            assert self.release.wait(30)
            handle.write(data[len(data) // 2:])


def test_fetch_mirrors_and_verifies_every_file(published, tmp_path):
    store, manifest = published
    target = fetch_folder(store, "models/m/v0001", tmp_path / "cache" / "v0001", manifest)
    for name, meta in manifest["files"].items():
        assert sha256_file(target / name) == meta["sha256"]
    assert sorted(p.name for p in target.rglob("*") if p.is_file()) == ["model.onnx", "vocab.txt"]


def test_a_file_being_downloaded_is_never_visible_under_its_final_name(published, tmp_path):
    _, manifest = published
    store = GatedStore(tmp_path / "store")
    target = tmp_path / "cache" / "v0001"
    errors: list[BaseException] = []

    def fetch():
        try:
            fetch_folder(store, "models/m/v0001", target, manifest)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    thread = threading.Thread(target=fetch)
    thread.start()
    try:
        assert store.half_written.wait(30)
        assert not (target / "model.onnx").exists() and not (target / "tokenizer" / "vocab.txt").exists()
    finally:
        store.release.set()
        thread.join(30)
    assert errors == []
    assert sha256_file(target / "model.onnx") == manifest["files"]["model.onnx"]["sha256"]
    assert not [p for p in target.rglob("*.partial")]


def test_concurrent_fetches_take_turns_and_download_once(published, tmp_path):
    _, manifest = published
    store = GatedStore(tmp_path / "store")
    target = tmp_path / "cache" / "v0001"
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(fetch_folder(store, "models/m/v0001", target, manifest)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    assert store.half_written.wait(30)
    store.release.set()
    for thread in threads:
        thread.join(30)
    assert results == [target, target]
    # The second fetch waited for the first and found complete files: each file downloaded once.
    assert sorted(store.downloads) == ["models/m/v0001/model.onnx", "models/m/v0001/tokenizer/vocab.txt"]


def test_a_corrupt_download_leaves_no_file_behind(published, tmp_path):
    store, manifest = published
    store.put_bytes("models/m/v0001/model.onnx", b"not the model")
    target = tmp_path / "cache" / "v0001"
    with pytest.raises(ManifestMismatchError, match="model.onnx"):
        fetch_folder(store, "models/m/v0001", target, manifest)
    assert not (target / "model.onnx").exists()
    assert not [p for p in target.rglob("*.partial")]


def test_a_damaged_local_copy_is_replaced(published, tmp_path):
    store, manifest = published
    target = fetch_folder(store, "models/m/v0001", tmp_path / "cache" / "v0001", manifest)
    (target / "model.onnx").write_bytes(b"truncated")
    fetch_folder(store, "models/m/v0001", target, manifest)
    assert sha256_file(target / "model.onnx") == manifest["files"]["model.onnx"]["sha256"]


@pytest.mark.parametrize("name", ["../escape.txt", "/etc/passwd", "a/../../b"])
def test_manifest_names_cannot_leave_the_target_folder(published, tmp_path, name):
    store, manifest = published
    evil = {**manifest, "files": {name: {"sha256": "0" * 64, "size": 1}}}
    with pytest.raises(InvalidKeyError):
        fetch_folder(store, "models/m/v0001", tmp_path / "cache" / "v0001", evil)
    assert not (tmp_path / "cache" / "escape.txt").exists() and not (tmp_path / "b").exists()


def _fetch_in_process(store_root: str, target: str, manifest: dict, start: multiprocessing.Barrier) -> None:
    start.wait(30)
    fetch_folder(LocalObjectStore(Path(store_root)), "models/m/v0001", Path(target), manifest)
    for name, meta in manifest["files"].items():
        if sha256_file(Path(target) / name) != meta["sha256"]:
            raise SystemExit(3)


def test_processes_fetching_together_all_get_complete_files(published, tmp_path):
    store, manifest = published
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(4)
    target = tmp_path / "cache" / "v0001"
    processes = [
        context.Process(target=_fetch_in_process, args=(str(store.root), str(target), manifest, start))
        for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    assert [p.exitcode for p in processes] == [0, 0, 0, 0]
