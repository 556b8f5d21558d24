"""A fourth city onboarded by configuration alone, end to end on a real Ceph RGW and real Prefect.

The county's export is the one of issue 12: an XLSX of 600 rows with 제목, 대분류 + 소분류 and a
one-line 민원요지 of 5-40 characters, and NO receipt number (tests/county_export.py; real petition
titles as the text). inspect -> add -> provision (RGW user, bucket policy) -> API key and quota ->
the county uploads with its own S3 keys -> retrain flow (gate, pretraining, both candidates,
promotion) -> the production model answers the county's API key. Then the same export with one
row edited is ingested and gated: unchanged rows keep their derived ids (duplicates of curated,
which do not count towards rejection), the edited row gets a new id.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

from tests.county_export import county_rows, county_xlsx, petitions_available
from tests.platform_configs import short_fine_tuning, short_pretraining

pytestmark = [pytest.mark.rgw,
              pytest.mark.skipif(not petitions_available(), reason="../shared/data/petitions is absent")]
COUNTY = "gapyeong"
ROWS = 600


def edited_export() -> bytes:
    """The same export, re-exported with the summary of its 10th row rewritten."""
    from openpyxl import Workbook

    from tests.county_export import HEADERS

    rows = county_rows(ROWS)
    rows[9][5] = rows[9][5] + " (보완 요청)"
    book = Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def county(rgw, tmp_path_factory):
    from configuration import load_config
    from configuration.tenants_file import add_tenant
    from ingest.onboarding import inspect_export, propose_tenant
    from tenancy.provisioning import RadosgwAdminCli, provision, tenant_uid, user_keys
    from tests.ingest.conftest import UPLOAD_SETTINGS
    from tests.ingest.helpers import write_configs

    import uuid

    tmp = tmp_path_factory.mktemp("county")
    bucket = f"mw-{uuid.uuid4().hex[:10]}"
    data_dir = tmp / "data"
    data_dir.mkdir()
    config_dir = write_configs(tmp / "configs", database=data_dir / "platform.db", endpoint=rgw.endpoint,
                               bucket=bucket, uploads=UPLOAD_SETTINGS)
    short_fine_tuning(short_pretraining(config_dir))  # the flow's mechanism, not the model's quality
    export = county_xlsx(ROWS)
    # 1. inspect the sample export and add the proposed block as reviewed (accepted unchanged).
    profile = inspect_export("county.xlsx", export, load_config(config_dir))
    add_tenant(COUNTY, propose_tenant(profile, load_config(config_dir), "가평군"), config_dir)
    config = load_config(config_dir)
    # 2. provision: the county's RGW user and its statements in the bucket policy.
    admin = RadosgwAdminCli(conf=str(rgw.conf))
    report = provision(config, admin)
    keys = {uid: user_keys(admin.user_info(uid)) for uid in (config.platform.uploads.rgw.service_uid,
                                                             tenant_uid(config, COUNTY))}
    return {"config_dir": config_dir, "data_dir": data_dir, "bucket": bucket, "config": config, "report": report,
            "rgw": rgw, "service": keys[config.platform.uploads.rgw.service_uid],
            "county_keys": keys[tenant_uid(config, COUNTY)], "export": export, "profile": profile}


@pytest.fixture(scope="module")
def retrained(county):
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    from cli.environment import prepare_environment
    from configuration.loader import cached_config
    from flows.ingest import IngestParameters, ingest_flow
    from flows.quality_gate import GateParameters, quality_gate_flow
    from flows.retrain import RetrainParameters, retrain_flow
    from runtime import current_platform, reset_platform

    county_s3 = county["rgw"].s3_client(*county["county_keys"])
    county_s3.put_object(Bucket=county["bucket"], Key=f"uploads/{COUNTY}/민원처리현황_2020.xlsx", Body=county["export"])
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"MINWON_CONFIG_DIR": str(county["config_dir"]), "MINWON_DATA_DIR": str(county["data_dir"]),
                            "PREFECT_HOME": str(county["data_dir"] / "prefect"),
                            "AWS_ACCESS_KEY_ID": county["service"][0],
                            "AWS_SECRET_ACCESS_KEY": county["service"][1]}.items():
            patch.setenv(name, value)
        prepare_environment()
        cached_config.cache_clear()
        reset_platform()
        with prefect_test_harness(server_startup_timeout=120), temporary_settings(
                {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            first = retrain_flow(RetrainParameters(training_config="tiny"))
            # The same export again with one row edited: ingest and gate it (no second training).
            county_s3.put_object(Bucket=county["bucket"], Key=f"uploads/{COUNTY}/민원처리현황_2020_보완.xlsx",
                                 Body=edited_export())
            ingest_flow(IngestParameters(tenants=[COUNTY]))
            second = quality_gate_flow(GateParameters())
            yield {"first": first, "second": second, "platform": current_platform()}
        reset_platform()
        cached_config.cache_clear()


def test_provisioned_like_the_other_cities(county):
    from botocore.exceptions import ClientError

    assert f"{county['config'].platform.uploads.rgw.tenant_uid_prefix}{COUNTY}" in county["report"].users_created
    assert COUNTY in county["report"].access_keys
    county_s3 = county["rgw"].s3_client(*county["county_keys"])
    with pytest.raises(ClientError) as denied:
        county_s3.put_object(Bucket=county["bucket"], Key="uploads/suwon/x.xlsx", Body=b"x")
    assert denied.value.response["Error"]["Code"] == "AccessDenied"
    tenant = county["config"].tenants.get(COUNTY)
    assert tenant.quotas.api_calls_per_day > 0 and tenant.export.columns["department"] == ["대분류", "소분류"]


def test_every_row_is_curated_or_quarantined_with_a_reason(retrained, county):
    first = retrained["first"]
    [report] = [r for r in first.reports if r["tenant"] == COUNTY]
    assert report["records_in"] == ROWS and report["curated"] + report["quarantined"] == ROWS
    assert report["verdict"] != "reject" and report["rejection"] is None
    assert report["record_ids"] == "derived" and report["columns"]["department"] == ["대분류", "소분류"]
    assert report["labeled"] == report["curated"] > 0.8 * ROWS
    store = retrained["platform"].store
    quarantined = pd.read_parquet(io.BytesIO(store.get_bytes(f"quarantine/{COUNTY}/{report['upload_id']}.parquet"))) \
        if report["quarantined"] else pd.DataFrame(columns=["reason"])
    assert len(quarantined) == report["quarantined"] and quarantined["reason"].astype(bool).all()
    assert sum(report["quarantine_reasons"].values()) == report["quarantined"]
    # Judged on title + summary: the short summaries alone are below the bound, yet curated.
    summaries = [row[5] for row in county_rows(ROWS)]
    assert sum(len(s) < 10 for s in summaries) > 50
    assert report["quarantine_reasons"].get("text_too_short", 0) < 10


def test_a_production_model_is_served_to_the_county(retrained, county):
    from fastapi.testclient import TestClient

    from serving.app import create_app
    from tenancy import issue_key

    first, platform = retrained["first"], retrained["platform"]
    publication = first.publication
    assert publication.promoted and publication.production_version == publication.version
    decision = publication.decision
    assert set(decision["candidates"]) == {"transformer", "tfidf"}
    assert decision["reasons"][0].startswith(f"candidate {decision['winner']} won")
    lineage = platform.registry.read_json(publication.version, "lineage.json")
    assert lineage["tenants"] == [COUNTY]
    with platform.sessions() as session:
        key = issue_key(session, COUNTY)
    codes = set(county["config"].tenants.get(COUNTY).departments.values())
    app = create_app(platform.config, store=platform.store)
    titles = [row[2] for row in county_rows(ROWS)][:5]
    with TestClient(app) as client:
        app.state.models.check_once()
        assert client.post("/api/v1/classify", json={"text": titles[0]}).status_code == 401
        for title in titles:
            response = client.post("/api/v1/classify", json={"text": title}, headers={"X-API-Key": key})
            assert response.status_code == 200, response.text
            assert response.json()["model_version"] == publication.version
            assert response.json()["department"]["code"] in codes
        limit = county["config"].tenants.get(COUNTY).quotas.api_calls_per_day
        assert response.headers["X-Quota-Limit"] == str(limit)


def test_re_export_keeps_ids_and_an_edited_row_gets_a_new_one(retrained):
    first, second = retrained["first"], retrained["second"]
    store = retrained["platform"].store

    def ids_by_row(report) -> dict[int, str]:
        rows = {}
        for area in ("curated", "quarantine"):
            key = f"{area}/{COUNTY}/{report['upload_id']}.parquet"
            if store.exists(key):
                frame = pd.read_parquet(io.BytesIO(store.get_bytes(key)), columns=["row_number", "record_id"])
                rows.update(zip(frame["row_number"], frame["record_id"]))
        return rows

    [before] = [r for r in first.reports if r["tenant"] == COUNTY]
    [after] = [r for r in second if r["tenant"] == COUNTY]
    old, new = ids_by_row(before), ids_by_row(after)
    assert len(old) == len(new) == ROWS
    edited = 11  # the 10th data row is row 11 of the sheet
    assert new[edited] != old[edited]
    assert all(new[row] == old[row] for row in old if row != edited)
    # Rows curated before are duplicates of curated data, not faults: the re-export is not rejected.
    assert after["quarantine_reasons"]["duplicate_of_curated"] >= before["curated"] - 1
    assert after["verdict"] != "reject"
