"""End to end on embedded defaults: the three cities' sample uploads -> retrain flow (real Prefect,
temporary server) -> registry -> API. Asserts the platform's promises, not just that it ran."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from cli.environment import prepare_environment
from tests.platform_configs import copy_configs, short_fine_tuning

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
MANIFEST = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def platform_run(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("e2e-data")
    # Six epochs: this test follows every record through the stages; the demo trains the full recipe.
    config_dir = short_fine_tuning(copy_configs(data_dir / "configs"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MINWON_DATA_DIR", str(data_dir))
        patch.setenv("MINWON_CONFIG_DIR", str(config_dir))
        patch.setenv("PREFECT_HOME", str(data_dir / "prefect"))
        prepare_environment()
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
        from prefect.testing.utilities import prefect_test_harness

        from cli.demo import place_sample_uploads
        from flows.retrain import RetrainParameters, retrain_flow
        from runtime import current_platform, reset_platform

        reset_platform()
        with prefect_test_harness(server_startup_timeout=120), temporary_settings(
            {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
        ):
            placed = place_sample_uploads(SAMPLES)
            result = retrain_flow(RetrainParameters(training_config="tiny"))
            rerun = retrain_flow(RetrainParameters(training_config="tiny"))
            yield {"placed": placed, "result": result, "rerun": rerun, "platform": current_platform(), "data_dir": data_dir}
        reset_platform()


def test_every_sample_record_is_accounted_for(platform_run):
    reports = {r["object_key"].split("/", 2)[2]: r for r in platform_run["result"].reports}
    assert platform_run["placed"] == len(MANIFEST["files"]) == len(reports)
    for name, entry in MANIFEST["files"].items():
        report = reports[Path(name).name]
        assert report["records_in"] == entry["rows"], name
        assert report["curated"] + report["quarantined"] == entry["rows"], name
        assert report["quarantine_reasons"].get("empty_text", 0) == entry["bad"]["empty_text"], name
        assert report["quarantine_reasons"].get("unknown_department", 0) == entry["bad"]["unknown_department"], name
    # The files behind the reports agree with them.
    store = platform_run["platform"].store
    for report in platform_run["result"].reports:
        tenant, upload = report["tenant"], report["upload_id"]
        curated = store.list(f"curated/{tenant}/{upload}.parquet")
        quarantined = store.list(f"quarantine/{tenant}/{upload}.parquet")
        rows = sum(len(pd.read_parquet(__import__("io").BytesIO(store.get_bytes(i.key)))) for i in [*curated, *quarantined])
        assert rows == report["records_in"]


def test_rerun_registers_and_publishes_nothing_new(platform_run):
    rerun = platform_run["rerun"]
    assert rerun.new_uploads == [] and rerun.reports == []
    assert rerun.publication.version == platform_run["result"].publication.version


def test_no_identifier_leaves_the_upload_area(platform_run):
    """Resident numbers, phone numbers and emails of the samples appear nowhere but in the uploads:
    not in curated data, quarantine, checkpoints, the registry, reports, the database or logs."""
    values = [v for kind in ("rrn", "phone", "email") for v in MANIFEST["pii"][kind]]
    assert len(values) > 300
    needles = [v.encode("utf-8") for v in values]
    data_dir: Path = platform_run["data_dir"]
    store_root = data_dir / "storage"
    checked = 0
    for path in data_dir.rglob("*"):
        if not path.is_file() or store_root / "uploads" in path.parents:
            continue
        if path.suffix in {".parquet"}:
            frame = pd.read_parquet(path)
            text_columns = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, str)).any()]
            content = frame[text_columns].to_json(force_ascii=False).encode("utf-8")
        else:
            content = path.read_bytes()
        leaked = [n for n in needles if n in content]
        assert not leaked, f"{len(leaked)} identifier(s) found in {path.relative_to(data_dir)}"
        checked += 1
    prefixes = {p.relative_to(store_root).parts[0] for p in store_root.rglob("*") if p.is_file()}
    assert {"curated", "quarantine", "reports", "checkpoints", "models"} <= prefixes
    assert checked > 20


def test_published_model_and_api(platform_run):
    from fastapi.testclient import TestClient

    from serving.app import create_app
    from tenancy import issue_key

    platform = platform_run["platform"]
    result = platform_run["result"]
    assert result.publication.promoted and result.publication.production_version == result.publication.version
    version = result.publication.version
    files = {i.key.rsplit("/", 1)[-1] for i in platform.store.list(f"models/{platform.registry.name}/{version}/")}
    assert {"model.onnx", "labels.json", "metrics.json", "lineage.json", "manifest.json", "calibration.json",
            "confusion_matrix.png"} <= files
    lineage = platform.registry.read_json(version, "lineage.json")
    assert sorted(lineage["tenants"]) == ["seongnam", "suwon", "yongin"]
    # Both candidates were scored on the same test records; the better one is the new version.
    decision = result.publication.decision
    assert set(decision["candidates"]) == {"transformer", "tfidf"}
    assert decision["winner"] == max(decision["candidates"], key=lambda n: decision["candidates"][n]["macro_f1"])
    assert lineage.get("candidate", "transformer") == decision["winner"]
    assert ("training_curve.png" in files) == (decision["winner"] == "transformer")
    # The transformer started from the pretrained encoder, pinned to its registry version, which
    # carries its data hashes and licence notes.
    transformer = json.loads((Path(decision["candidates"]["transformer"]["package"]) / "lineage.json").read_text())
    assert transformer["base_model_version"] == "registry://tiny-ko-encoder/v0001"
    from registry import ModelRegistry

    encoder = ModelRegistry(platform.store, "tiny-ko-encoder")
    report = encoder.read_json("v0001", "pretraining.json")
    assert report["sources"]["curated"]["records"] > 0 and report["tokens_seen"] > 0
    assert all(len(digest) == 64 for digest in report["sources"]["curated"]["files"].values())
    assert result.metrics["macro_f1"] == decision["candidate"]["macro_f1"]
    # Realistic samples: good, but not perfect (6% noisy labels, shared vocabulary).
    assert 0.5 < result.metrics["accuracy"] < 1.0  # ten classes: chance is 0.1

    codes = set(platform.config.taxonomy.codes)
    holdout = [json.loads(line) for line in (SAMPLES / "holdout.jsonl").read_text(encoding="utf-8").splitlines()]
    with platform.sessions() as session:
        key = issue_key(session, "yongin")
    app = create_app(platform.config, store=platform.store)
    with TestClient(app) as client:
        app.state.models.check_once()
        assert client.post("/api/v1/classify", json={"text": holdout[0]["text"]}).status_code == 401
        hits = 0
        for item in holdout:
            response = client.post("/api/v1/classify", json={"text": item["text"]}, headers={"X-API-Key": key})
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["department"]["code"] in codes and 0 < body["confidence"] <= 1
            assert body["model_version"] == version
            hits += body["department"]["code"] == item["expected_code"]
        assert hits >= len(holdout) // 2
