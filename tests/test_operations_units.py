"""Units of the operations layer on a local store and SQLite: the stage ledger, pseudonym secrets,
registry withdrawal, and which training artifacts an erasure finds."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def sessions(tmp_path):
    from database import create_platform_engine, session_factory

    return session_factory(create_platform_engine(f"sqlite:///{tmp_path / 'platform.db'}"))


@pytest.fixture
def store(tmp_path):
    from storage import LocalObjectStore

    return LocalObjectStore(tmp_path / "objects")


# ---------------------------------------------------------------- stage ledger
def test_the_ledger_reuses_finished_stages_and_reruns_failed_ones(sessions):
    from flows.stages import StageLedger, UnknownRunError

    ledger = StageLedger(sessions)
    calls = []

    def stage(name, value, fail=False):
        def run():
            calls.append(name)
            if fail:
                raise OSError(f"{name} refused")
            return value
        return ledger.run_stage("r1", name, run, to_json=lambda v: {"v": v}, from_json=lambda d: d["v"])

    assert ledger.open_run("r1", {"training_config": "tiny"}, resume=False) == ({"training_config": "tiny"}, False)
    assert stage("ingest", [1, 2]) == [1, 2]
    with pytest.raises(OSError):
        stage("publish", "v1", fail=True)
    records = {r.stage: r for r in ledger.stages("r1")}
    assert records["ingest"].state == "finished" and records["publish"].state == "failed"
    assert records["publish"].error == "OSError: publish refused"
    # The second attempt: parameters kept, ingest not run again, publish run again.
    assert ledger.open_run("r1", {"training_config": "other"}, resume=True) == ({"training_config": "tiny"}, True)
    assert stage("ingest", [9]) == [1, 2]
    assert stage("publish", "v1") == "v1"
    assert calls == ["ingest", "publish", "publish"]
    assert {r.stage: (r.state, r.attempt) for r in ledger.stages("r1")} == {
        "ingest": ("finished", 1), "publish": ("finished", 2)}
    with pytest.raises(UnknownRunError):
        ledger.open_run("nope", {}, resume=True)


def test_a_finished_stage_whose_output_is_gone_runs_again(sessions):
    from flows.stages import StageLedger

    ledger = StageLedger(sessions)
    ledger.open_run("r2", {}, resume=False)
    ledger.run_stage("r2", "train", lambda: "/gone", to_json=lambda v: {"dir": v}, from_json=lambda d: None)
    assert ledger.run_stage("r2", "train", lambda: "/new", to_json=lambda v: {"dir": v}, from_json=lambda d: None) == "/new"


# ---------------------------------------------------------------- pseudonym secrets
def test_pseudonym_secrets_are_per_city_stable_and_erasable(sessions, monkeypatch):
    from tenancy.pseudonym_keys import PseudonymKeys, key_from_master, secret_store_variable

    keys = PseudonymKeys(sessions)
    suwon = keys.key_for("suwon")
    assert len(suwon) == 32 and keys.key_for("suwon") == suwon and keys.key_for("yongin") != suwon
    assert PseudonymKeys(sessions).key_for("suwon") == suwon  # another process reads the same secret
    assert keys.erase("suwon") and not keys.stored("suwon") and not keys.erase("suwon")
    assert keys.key_for("suwon") != suwon  # a new secret: old pseudonyms cannot be linked again
    monkeypatch.setenv(secret_store_variable("seongnam"), "from-the-secret-store")
    assert keys.key_for("seongnam") == key_from_master(b"from-the-secret-store", "seongnam")
    assert not keys.stored("seongnam")


# ---------------------------------------------------------------- registry withdrawal
def _publish(registry, tmp_path, version, tenants):
    folder = tmp_path / f"pkg-{version}"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"weights " + version.encode())
    (folder / "lineage.json").write_text(json.dumps({"tenants": tenants, "run_id": f"run-{version}"}))
    registry.publish(version, folder)


def test_withdrawal_leaves_a_tombstone_and_never_reuses_the_number(store, tmp_path):
    from registry import ModelRegistry, ModelVersionNotFound

    registry = ModelRegistry(store, "m")
    _publish(registry, tmp_path, "v0001", ["suwon"])
    _publish(registry, tmp_path, "v0002", ["suwon", "yongin"])
    assert registry.withdraw("v0002", "erased yongin") == 2
    assert registry.versions() == ["v0001"] and registry.withdrawn() == ["v0002"]
    assert not registry.has_files("v0002")
    with pytest.raises(ModelVersionNotFound):
        registry.manifest("v0002")
    tombstone = registry.tombstone("v0002")
    assert tombstone["reason"] == "erased yongin" and tombstone["lineage"]["tenants"] == ["suwon", "yongin"]
    assert registry.next_version() == "v0003"
    assert registry.withdraw("v0002", "again") == 0 and registry.tombstone("v0002")["reason"] == "erased yongin"


# ---------------------------------------------------------------- training artifacts of a city
def test_erasure_finds_runs_by_their_manifests_and_unknown_ones_too(store, tmp_path):
    from training import checkpoints
    from training.erasure import base_models_built_from, erase_training_artifacts, runs_trained_on

    for run, tenants in (("a", ["suwon"]), ("b", ["suwon", "yongin"])):
        store.put_bytes(f"checkpoints/{run}/step-00000010/checkpoint.pt", b"x")
        store.put_bytes(f"checkpoints/{run}/step-00000010/manifest.json", json.dumps({"tenants": tenants}).encode())
    store.put_bytes("checkpoints/old/step-00000010/manifest.json", json.dumps({"step": 10}).encode())  # no tenants
    store.put_bytes("base-models/tiny/config.json", b"{}")
    store.put_bytes("base-models/tiny/lineage.json", json.dumps({"tenants": ["suwon", "yongin"]}).encode())
    store.put_bytes("base-models/klue/config.json", b"{}")  # a mirror nobody described
    assert checkpoints.run_tenants(store, "b") == {"suwon", "yongin"} and checkpoints.run_tenants(store, "old") is None
    assert runs_trained_on(store, "yongin") == ["b", "old"]
    assert base_models_built_from(store, "yongin") == (["base-models/tiny"], ["base-models/klue"])
    local = tmp_path / "work"
    (local / "runs" / "b").mkdir(parents=True)
    dry = erase_training_artifacts(store, "yongin", dry_run=True, local_dirs=[local])
    assert dry["training runs"] == ["b", "old"] and dry["local copies"] == [str(local / "runs" / "b")]
    assert checkpoints.run_ids(store) == ["a", "b", "old"]
    erase_training_artifacts(store, "yongin", dry_run=False, local_dirs=[local])
    assert checkpoints.run_ids(store) == ["a"] and not (local / "runs" / "b").exists()
    assert [i.key for i in store.list("base-models/")] == ["base-models/klue/config.json"]


# ---------------------------------------------------------------- pretrained encoders of a city (issue 12)
def _publish_encoder(registry, tmp_path, version, curated_keys, cache_files, tenants_field=True):
    folder = tmp_path / f"enc-{version}"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights " + version.encode())
    sources = {"petitions": {"records": 10}, "klue-ner": {"records": 5}}
    if curated_keys:
        sources["curated"] = {"records": 3, "files": {key: "sha" for key in curated_keys}}
        if tenants_field:
            sources["curated"]["tenants"] = sorted({key.split("/")[1] for key in curated_keys})
    (folder / "pretraining.json").write_text(json.dumps({"sources": sources, "cache_files": cache_files}))
    registry.publish(version, folder)
    registry.set_alias("latest", version, "test")


def test_erasure_withdraws_encoders_pretrained_on_the_city_and_their_caches(store, tmp_path):
    from types import SimpleNamespace

    from flows.erase import _tainted_versions
    from registry import ModelRegistry
    from training.erasure import encoders_pretrained_on, erase_pretrained_encoders, pretraining_tenants

    encoders = ModelRegistry(store, "tiny-ko-encoder")
    _publish_encoder(encoders, tmp_path, "v0001", [], ["blocks-shared-128.arrow", "tokenized-shared-128.arrow"])
    _publish_encoder(encoders, tmp_path, "v0002", ["curated/suwon/1.parquet", "curated/yongin/2.parquet"],
                     ["blocks-cities-128.arrow", "tokenized-cities-128.arrow"])
    _publish_encoder(encoders, tmp_path, "v0003", ["curated/suwon/1.parquet"], ["blocks-suwon-128.arrow"],
                     tenants_field=False)  # an older report: the cities come from the curated keys
    encoders.set_alias("latest", "v0002", "test")
    assert pretraining_tenants({"sources": {"curated": {"files": {}}}}) is None  # curated but whose: unknown
    assert set(encoders_pretrained_on(store, "yongin")) == {"registry://tiny-ko-encoder/v0002"}
    assert set(encoders_pretrained_on(store, "suwon")) == {"registry://tiny-ko-encoder/v0002",
                                                           "registry://tiny-ko-encoder/v0003"}
    # Fine-tuned versions whose pinned base is a tainted encoder are tainted too (other cities' data or not).
    classifier = ModelRegistry(store, "classifier")
    for version, base in (("v0001", "registry://tiny-ko-encoder/v0001"), ("v0002", "registry://tiny-ko-encoder/v0002")):
        folder = tmp_path / f"cls-{version}"
        folder.mkdir()
        (folder / "lineage.json").write_text(json.dumps({"tenants": ["seongnam"], "base_model_version": base}))
        classifier.publish(version, folder)
    tainted = _tainted_versions(SimpleNamespace(registry=classifier), "yongin",
                                set(encoders_pretrained_on(store, "yongin")))
    assert list(tainted) == ["v0002"]

    cache, work = tmp_path / "cache", tmp_path / "work"
    blocks = cache / "datasets" / "blocks"
    blocks.mkdir(parents=True)
    for name in ("blocks-shared-128.arrow", "tokenized-shared-128.arrow", "blocks-cities-128.arrow",
                 "tokenized-cities-128.arrow", "blocks-suwon-128.arrow", "blocks-unpublished-128.arrow"):
        (blocks / name).write_bytes(b"token ids")
    for root, version in ((cache / "base-models", "v0002"), (work / "runs" / "base-models", "v0001")):
        (root / "registry" / "tiny-ko-encoder" / version).mkdir(parents=True)
    (work / "pretrain" / "tiny-ko-encoder" / "model").mkdir(parents=True)
    roots = [work, work / "runs", cache]

    dry, notes = erase_pretrained_encoders(store, "yongin", dry_run=True, local_dirs=roots)
    assert dry["pretrained encoder versions"] == ["registry://tiny-ko-encoder/v0002"]
    assert notes == ["registry://tiny-ko-encoder latest: v0002 -> v0003"]
    assert encoders.versions() == ["v0001", "v0002", "v0003"] and (blocks / "blocks-cities-128.arrow").exists()

    items, _ = erase_pretrained_encoders(store, "yongin", dry_run=False, local_dirs=roots)
    assert encoders.versions() == ["v0001", "v0003"] and encoders.withdrawn() == ["v0002"]
    assert not encoders.has_files("v0002") and encoders.get_alias("latest") == "v0003"
    assert encoders.tombstone("v0002")["lineage"]["tenants"] == ["suwon", "yongin"]
    # The caches of the city's corpus and the unpublished one go; those a kept version names stay.
    assert sorted(p.name for p in blocks.iterdir()) == ["blocks-shared-128.arrow", "blocks-suwon-128.arrow",
                                                        "tokenized-shared-128.arrow"]
    assert not (cache / "base-models" / "registry" / "tiny-ko-encoder" / "v0002").exists()
    assert (work / "runs" / "base-models" / "registry" / "tiny-ko-encoder" / "v0001").exists()
    assert not (work / "pretrain" / "tiny-ko-encoder").exists()
    assert len(items["local encoder copies and caches"]) == 5
    # Run again (an interrupted erasure): the tombstoned version is still found; nothing else changes.
    assert set(encoders_pretrained_on(store, "yongin")) == {"registry://tiny-ko-encoder/v0002"}
    erase_pretrained_encoders(store, "yongin", dry_run=False, local_dirs=roots)
    assert encoders.versions() == ["v0001", "v0003"] and encoders.get_alias("latest") == "v0003"

    # Erasing suwon too: no version pretrained without it is newer than v0001 -> latest rolls back to it.
    _, notes = erase_pretrained_encoders(store, "suwon", dry_run=False, local_dirs=roots)
    assert notes == ["registry://tiny-ko-encoder latest: v0003 -> v0001"] and encoders.versions() == ["v0001"]
    assert sorted(p.name for p in blocks.iterdir()) == ["blocks-shared-128.arrow", "tokenized-shared-128.arrow"]


def test_local_candidate_folders_of_the_city_go_even_when_never_published(tmp_path):
    from training.erasure import erase_local_runs

    work = tmp_path / "work"
    for run, lineage in (("tfidf-lost", {"tenants": ["suwon", "yongin"]}), ("other", {"tenants": ["suwon"]}),
                         ("old", {"run_id": "old"})):  # a lineage without cities counts as any city's
        (work / "runs" / run / "package").mkdir(parents=True)
        (work / "runs" / run / "package" / "lineage.json").write_text(json.dumps(lineage))
    dry = erase_local_runs("yongin", dry_run=True, local_dirs=[work])
    assert dry == {"local candidate folders": [str(work / "runs" / "old"), str(work / "runs" / "tfidf-lost")]}
    erase_local_runs("yongin", dry_run=False, local_dirs=[work])
    assert sorted(p.name for p in (work / "runs").iterdir()) == ["other"]
