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
