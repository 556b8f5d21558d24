"""Resume from a failed stage, lineage a person can read, and erasing a city — on real Ceph RGW,
PostgreSQL and Prefect (the story is told once, in conftest.py; each test checks one promise)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from sqlalchemy import inspect, text

from tests.operations.conftest import CITY, MARKERS, snapshot

pytestmark = pytest.mark.rgw


# ---------------------------------------------------------------- resume from the failed stage
def test_a_refused_publish_fails_the_run_at_publish_and_says_how_to_resume(story):
    seen = story.seen
    output = seen["retrain2_failed"]
    assert f"retrain run {seen['run2']} failed at stage publish" in output
    assert f"minwon retrain --resume {seen['run2']}" in output
    assert "AccessDenied" in output
    assert seen["stages_failed"] == {"ingest": ("finished", 1), "gate": ("finished", 1),
                                     "train": ("finished", 1), "publish": ("failed", 1)}


def test_the_resumed_run_publishes_without_regating_or_retraining(story):
    seen = story.seen
    assert seen["stages_resumed"] == {"ingest": ("finished", 1), "gate": ("finished", 1),
                                      "train": ("finished", 1), "publish": ("finished", 2)}
    before, after = seen["flow_runs_before_resume"], seen["flow_runs_after_resume"]
    assert after.get("publish", 0) == before.get("publish", 0) + 1
    for stage_flow in ("ingest", "quality-gate", "train"):
        assert after.get(stage_flow, 0) == before.get(stage_flow, 0), stage_flow
    assert seen["curated_after_resume"] == seen["curated_before_resume"]  # not one curated file rewritten
    assert f"retrain run {seen['run2']}" in seen["resumed"]
    assert seen["v2"] != seen["v1"]


def test_resuming_an_unknown_run_is_a_clear_error(story):
    from tests.operations.conftest import _cli

    output = _cli(story, "retrain", "--resume", "no-such-run", expect=2)
    assert "no retrain run 'no-such-run' to resume" in output


# ---------------------------------------------------------------- lineage a person can read
def test_models_show_lists_uploads_counts_dataset_base_code_metrics_and_decision(story):
    shown = story.seen["show_v2"]
    assert f"trained on: seongnam, suwon, {CITY}" in shown
    for tenant in ("seongnam", "suwon", CITY):
        assert f"    {tenant}: " in shown and " records from " in shown
    # The served candidate: the transformer (fine-tuned from the pinned pretrained encoder) or TF-IDF (no base).
    assert "  dataset: " in shown and ("base model: registry://tiny-ko-encoder/v" in shown
                                       or "candidate: tfidf; base model: none" in shown)
    assert "code: git commit " in shown
    assert "test metrics: accuracy " in shown and "macro-F1" in shown
    assert "promotion decision: " in shown


# ---------------------------------------------------------------- erasing a city
def test_the_dry_run_lists_what_would_go_and_changes_nothing(story):
    dry = story.seen["dry_run"]
    assert story.seen["dry_run_changed"] == set()
    assert "dry run: nothing changed" in dry
    assert "would remove     1 model versions withdrawn" in dry and story.seen["v2"] in dry
    assert f"curated/{CITY}/" in dry and f"uploads/{CITY}/marked.csv" in dry and f"batch/{CITY}/inputs/" in dry
    assert "api keys" in dry and "pseudonym secrets" in dry


def test_a_killed_erasure_left_work_undone_and_running_it_again_finished_it(story):
    after_kill = story.seen["after_kill"]
    # Killed after the models, before the city's records: really half-way.
    assert story.seen["v2"] in after_kill["withdrawn"] and story.seen["v2"] not in after_kill["versions"]
    assert after_kill["curated"], "the kill came too late to test anything"
    assert after_kill["production"] == story.seen["v1"]
    assert "removed " in story.seen["erased"]
    assert not list(story.store.list(f"curated/{CITY}/"))
    # A third run finds nothing left to remove from the data.
    again = story.seen["erased_again"]
    for kind in ("curated records", "upload files", "api keys", "pseudonym secrets", "upload records"):
        assert f"removed     0 {kind}" in again, kind


def test_the_erasure_audit_keeps_counts_and_the_interrupted_attempt(story):
    from database import TenantErasure

    with story.platform.sessions() as session:
        rows = session.query(TenantErasure).filter_by(tenant=CITY).order_by(TenantErasure.id).all()
        states = [r.state for r in rows]
        killed, finished, again = (json.loads(r.counts) for r in rows)
    assert states == ["interrupted", "finished", "finished"]
    # The killed attempt recorded what it had removed before it died; the next one did the rest.
    assert killed["model versions withdrawn"] == 1 and killed["training runs"] >= 1 and "curated records" not in killed
    assert finished["model versions withdrawn"] == 0 and finished["api keys"] == 1
    assert finished["curated records"] >= 1 and finished["upload files"] >= 2
    assert sum(again.values()) == 0


def _object_text(story, key: str) -> str:
    data = story.store.get_bytes(key)
    if key.endswith(".parquet"):
        frame = pd.read_parquet(io.BytesIO(data))
        text_columns = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, str)).any()]
        assert text_columns, key
        return frame[text_columns].to_json(force_ascii=False)
    return data.decode("utf-8", "replace")


def test_no_object_row_log_line_or_manifest_holds_a_marker(story):
    platform = story.platform
    keys = list(snapshot(platform))
    assert len(keys) > 20
    for key in keys:
        content = _object_text(story, key)
        found = [m for m in MARKERS if m in content]
        assert not found, f"{found} in {key}"
        assert not key.startswith((f"uploads/{CITY}/", f"curated/{CITY}/", f"quarantine/{CITY}/", f"reports/{CITY}/"))
    # Every row of every table of the platform database.
    from database import create_platform_engine

    engine = create_platform_engine(platform.config)
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        assert {"uploads", "api_keys", "tenant_erasures", "pipeline_stages"} <= set(tables)
        for table in tables:
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).fetchall()
            dump = json.dumps([list(map(str, row)) for row in rows], ensure_ascii=False)
            assert not [m for m in MARKERS if m in dump], table
        for table in ("uploads", "api_keys", "ingest_objects", "upload_quota_usage", "pseudonym_keys", "quota_usage"):
            count = connection.execute(text(f'SELECT count(*) FROM "{table}" WHERE tenant = :t'), {"t": CITY}).scalar()
            assert count == 0, table
        redacted = connection.execute(text(
            "SELECT count(*) FROM upload_audit WHERE tenant = :t AND (object_key IS NOT NULL OR filename IS NOT NULL)"),
            {"t": CITY}).scalar()
        assert redacted == 0
    engine.dispose()
    # Every line the CLI printed, and every log line Prefect kept.
    for output in story.outputs:
        assert not [m for m in MARKERS if m in output]
    import asyncio

    from prefect.client.orchestration import get_client

    async def logs():
        found = []
        async with get_client() as client:
            while batch := await client.read_logs(limit=200, offset=len(found)):
                found += [log.message for log in batch]
        return found

    messages = asyncio.run(logs())
    assert messages and not [m for m in MARKERS if any(m in line for line in messages)]
    # The local data folder of the platform (caches, work folders, scratch).
    for path in platform.data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".parquet":
            assert not [m.encode() for m in MARKERS if m.encode() in path.read_bytes()], path


def test_other_cities_data_and_models_are_untouched(story):
    platform, seen = story.platform, story.seen
    now = snapshot(platform)
    assert seen["others_before"] and all(now.get(k) == v for k, v in seen["others_before"].items())
    registry_name = platform.config.platform.serving.model_name
    assert snapshot(platform, f"models/{registry_name}/{seen['v1']}/") == seen["v1_files_before"]


def test_production_rolled_back_and_the_next_model_excludes_the_city(story):
    seen = story.seen
    # Said by the dry run (the killed attempt moved the alias, as the check after the kill shows).
    assert f"production model: {seen['v2']} -> {seen['v1']}" in seen["dry_run"]
    assert f"production rolls back to {seen['v1']} (trained on seongnam, suwon)" in seen["dry_run"]
    assert f"production model: {seen['v1']} -> {seen['v1']}" in seen["erased"]
    assert "Retrain on the remaining cities with `minwon retrain`" in seen["erased"]
    shown = seen["show_production"]
    assert "trained on: seongnam, suwon\n" in shown and CITY not in shown.split("promotion decision")[0]
    withdrawn = story.seen["after_kill"]["withdrawn"]
    from tests.operations.conftest import _cli

    tombstone = _cli(story, "models", "show", withdrawn[0])
    assert "WITHDRAWN" in tombstone and f"trained on data of {CITY}, which was erased" in tombstone
