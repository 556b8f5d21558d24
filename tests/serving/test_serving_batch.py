"""`minwon classify-batch`: a city's file classified by the production model as an inference job,
on this machine (local backend) and on a real Slurm cluster (the city's dedicated vGPU); results in
the city's batch area, never the text; a bad file refused before any job runs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.serving.conftest import ALL_SAMPLES


@pytest.fixture
def batch_file(tmp_path):
    path = tmp_path / "민원 batch.jsonl"
    path.write_text("".join(json.dumps({"id": f"c{i}", "text": text}, ensure_ascii=False) + "\n"
                            for i, text in enumerate(ALL_SAMPLES[:12])), encoding="utf-8")
    return path


@pytest.fixture
def platform_here(data_dir, registry):
    from runtime import reset_platform

    reset_platform()
    yield
    reset_platform()


def results(store, key: str) -> list[dict]:
    return [json.loads(line) for line in store.get_bytes(key).decode("utf-8").splitlines()]


def test_local_backend_classifies_into_the_citys_area(platform_here, batch_file, store):
    from serving.batch import run_batch

    lines = []
    result = run_batch(batch_file, "suwon", backend_name="local", log=lines.append)
    assert result.outcome.ok and result.output_key.startswith("batch/suwon/results/")
    rows = results(store, result.output_key)
    assert [r["id"] for r in rows] == [f"c{i}" for i in range(12)]
    assert all(r["model_version"] == "v0001" and 0 < r["confidence"] <= 1 for r in rows)
    stored = store.get_bytes(result.output_key).decode("utf-8")
    assert not any(text in stored for text in ALL_SAMPLES[:12])  # predictions only, never the text
    assert not list(store.list("batch/suwon/inputs/"))  # the input is removed once classified
    assert result.summary["records"] == 12 and sum(result.summary["departments"].values()) == 12


def test_classify_batch_on_slurm_runs_on_the_citys_dedicated_vgpu(platform_here, batch_file, store, slurm,
                                                                 monkeypatch):
    import getpass

    from scheduling import Slurm
    from scheduling.provision import provision
    from serving.batch import run_batch

    cluster, policy = slurm
    provision(policy, Slurm(env=cluster.env), users=[getpass.getuser()])
    monkeypatch.setenv("SLURM_CONF", cluster.env["SLURM_CONF"])
    monkeypatch.setenv("MINWON_SCHEDULER__POLL_INTERVAL_S", "0.5")
    lines = []
    result = run_batch(batch_file, "yongin", backend_name="slurm", log=lines.append)
    assert result.outcome.ok, "\n".join(lines)
    assert result.outcome.partition == "vgpu-yongin"
    assert result.outcome.nodes in {n.name for n in policy.nodes if n.owner == "yongin"}
    assert any("classified 12 records with v0001" in line for line in lines)  # the job's own log, streamed
    assert [r["id"] for r in results(store, result.output_key)] == [f"c{i}" for i in range(12)]
    assert result.output_key.startswith("batch/yongin/results/")


def test_a_bad_file_is_refused_before_any_job(platform_here, tmp_path, store, monkeypatch):
    from cli.main import app

    bad = tmp_path / "complaints.csv"
    bad.write_text("접수번호,부서\n1,건축과\n", encoding="utf-8")
    runner = CliRunner()
    outcome = runner.invoke(app, ["classify-batch", str(bad), "--tenant", "suwon", "--backend", "local"])
    assert outcome.exit_code == 1 and "no text column" in outcome.output
    assert not list(store.list("batch/"))
    unknown = runner.invoke(app, ["classify-batch", str(bad), "--tenant", "busan", "--backend", "local"])
    assert unknown.exit_code == 1 and "unknown tenant 'busan'" in unknown.output
