"""Onboarding a city by configuration only: `minwon tenants inspect FILE` proposes the city's block,
`minwon tenants add ID --from proposal.yaml` writes it; the new city's export then reads as mapped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from configuration import ConfigError, load_config
from ingest.onboarding import guess_code, inspect_export, propose_tenant, render_profile
from ingest.readers import column_spec, read_upload
from tests.county_export import county_xlsx, petitions_available

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config()
needs_petitions = pytest.mark.skipif(not petitions_available(), reason="../shared/data/petitions is absent")

CITY_CSV = ("민원번호,등록일,민원제목,처리부서,민원내용\r\n"
            + "".join(f"M-{i},2026-02-{i % 27 + 1:02d},가로등 고장 {i},{dept},밤마다 가로등이 꺼져 있어 위험합니다 {i}\r\n"
                      for i, dept in enumerate(["도로과", "교통과", "청소과"] * 10))).encode("cp949")


@pytest.fixture
def config_dir(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "configs"
    shutil.copytree(REPO / "configs", target)
    monkeypatch.setenv("MINWON_CONFIG_DIR", str(target))
    return target


def test_inspect_a_cp949_csv_with_its_own_headers():
    profile = inspect_export("city.csv", CITY_CSV, CONFIG)
    assert profile.encoding == "cp949" and profile.rows == 30
    assert profile.roles == {"receipt_id": ["민원번호"], "received_at": ["등록일"], "title": ["민원제목"],
                             "body": ["민원내용"], "department": ["처리부서"]}
    kinds = {c.name: c.kind for c in profile.columns}
    assert kinds["등록일"] == "date" and kinds["민원제목"] == "text"
    proposal = propose_tenant(profile, CONFIG, "시험시")
    assert proposal["departments"] == {"도로과": "ROADS", "교통과": "TRAFFIC", "청소과": "ENVIRONMENT"}
    assert proposal["export"]["label_kind"] == "department"


def test_keywords_reproduce_the_three_cities_mappings():
    """The taxonomy's keywords propose every existing department mapping (49 names) as configured."""
    wrong = {(t.id, name): (code, guess_code(name, CONFIG.taxonomy))
             for t in CONFIG.tenants.tenants.values() for name, code in t.departments.items()
             if guess_code(name, CONFIG.taxonomy) != code}
    assert wrong == {}


def test_keywords_guess_codes_earliest_word_first():
    assert guess_code("안전·환경", CONFIG.taxonomy) == "SAFETY"
    assert guess_code("환경위생", CONFIG.taxonomy) == "ENVIRONMENT"
    assert guess_code("체육진흥과", CONFIG.taxonomy) == "CULTURE"
    assert guess_code("우주개발", CONFIG.taxonomy) is None


@needs_petitions
def test_inspect_the_county_export_proposes_a_label_path_and_no_receipt_number():
    profile = inspect_export("county.xlsx", county_xlsx(), CONFIG)
    assert profile.roles["department"] == ["대분류", "소분류"]
    assert profile.roles["receipt_id"] == [] and profile.roles["title"] == ["제목"] and profile.roles["body"] == ["민원요지"]
    sequential = {c.name for c in profile.columns if c.sequential}
    assert sequential == {"순번"}  # a row number is not taken for a receipt number
    summary = next(c for c in profile.columns if c.name == "민원요지")
    assert 5 <= summary.length["min"] and summary.length["max"] <= 40
    text = render_profile(profile)
    assert "values of 대분류" in text and "no receipt-number column" in text
    # Only header names, counts and label values are shown: never a complaint's text.
    from tests.county_export import county_rows

    titles = [row[2] for row in county_rows()]
    assert not any(title in text for title in titles if len(title) >= 8)
    proposal = propose_tenant(profile, CONFIG, "가평군")
    assert proposal["departments"]["안전·환경 > 환경위생"] == "ENVIRONMENT"
    assert set(proposal["departments"]) >= {value.split(" > ")[0] for value in profile.label_values}


def minwon(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "minwon"), *args], capture_output=True, text=True,
                          env=os.environ | env, timeout=120)


@needs_petitions
def test_inspect_then_add_through_the_cli(config_dir, tmp_path):
    export = tmp_path / "county.xlsx"
    export.write_bytes(county_xlsx())
    proposal = tmp_path / "proposal.yaml"
    env = {"MINWON_CONFIG_DIR": str(config_dir), "MINWON_DATA_DIR": str(tmp_path / "data")}
    result = minwon("tenants", "inspect", str(export), "--id", "gapyeong", "--name", "가평군", "--out", str(proposal),
                    env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "proposed columns" in result.stdout and proposal.is_file()
    result = minwon("tenants", "add", "gapyeong", "--from", str(proposal), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    tenant = load_config(config_dir).tenants.get("gapyeong")
    assert tenant.display_name == "가평군" and tenant.export.columns["receipt_id"] == []
    # Its GPU scheduling entry went into gpu.yaml (checked against tenants.yaml, as training does).
    from configuration.loader import load_gpu_config

    assert load_gpu_config(config_dir).tenants["gapyeong"].dedicated_vgpus == 1
    # The comments of tenants.yaml are kept; the three cities are unchanged.
    text = (config_dir / "tenants.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Tenants (cities) of the platform")
    assert load_config(config_dir).tenants.get("suwon") == CONFIG.tenants.get("suwon")
    # The city's export now reads with its own columns: labels are category paths.
    parsed = read_upload("county.xlsx", export.read_bytes(), column_spec(CONFIG.quality_gate.columns, tenant))
    labels = {r.fields["department"] for r in parsed.records}
    assert all(" > " in label for label in labels)
    assert all(tenant.department_code(label) in CONFIG.taxonomy.codes for label in labels)
    # Adding it twice is refused.
    again = minwon("tenants", "add", "gapyeong", "--from", str(proposal), env=env)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_add_refuses_an_invalid_block_and_keeps_the_file(config_dir):
    from configuration.tenants_file import add_tenant

    before = (config_dir / "tenants.yaml").read_bytes()
    body = {"display_name": "시험군", "quotas": {"api_calls_per_day": 10, "gpu_hours_per_month": 1,
                                                "upload_gb_per_month": 1},
            "departments": {"도로과": "ROAD"}}
    with pytest.raises(ConfigError) as caught:
        add_tenant("siheom", body, config_dir)
    assert "tenants.yaml" in str(caught.value) and "'ROAD' is not a department code" in str(caught.value)
    assert (config_dir / "tenants.yaml").read_bytes() == before
    gpu_before = (config_dir / "gpu.yaml").read_bytes()
    with pytest.raises(ConfigError, match="dedicated"):  # 3 slices for one city: refused, both files kept
        add_tenant("siheom", {**body, "departments": {"도로과": "ROADS"}, "gpu": {"dedicated_vgpus": 3}}, config_dir)
    assert (config_dir / "tenants.yaml").read_bytes() == before and (config_dir / "gpu.yaml").read_bytes() == gpu_before
    with pytest.raises(ConfigError, match="columns.title"):
        add_tenant("siheom", {**body, "departments": {"도로과": "ROADS"}, "export": {"columns": {"title": []}}},
                   config_dir)
    path = add_tenant("siheom", {**body, "departments": {"도로과": "ROADS"}}, config_dir)
    loaded = load_config(config_dir)
    assert loaded.tenants.get("siheom").quotas.api_calls_per_day == 10 and path == config_dir / "tenants.yaml"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["tenants"]["siheom"]["display_name"] == "시험군"
    from configuration.loader import load_gpu_config

    gpu = load_gpu_config(config_dir)
    assert gpu.tenants["siheom"].fair_share == 1 and gpu.tenants["suwon"].dedicated_vgpus == 2  # others kept
    assert (config_dir / "gpu.yaml").read_text(encoding="utf-8").startswith(gpu_before.decode("utf-8").split("\n")[0])
