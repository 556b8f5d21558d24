"""Shared fixtures: a local object store with synthetic curated data, a tiny base model built from
it, and one in-process training run reused by the evaluation/export/package/promotion tests.

(No __init__.py here on purpose: a package named `training` under tests/ would shadow the real one.)
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

from configuration import load_config  # noqa: E402
from storage import LocalObjectStore  # noqa: E402
from tests.training.helpers import BASE_URI, TEST_ARCH, training_config  # noqa: E402
from tests.training.synthetic import make_records, write_curated  # noqa: E402


@pytest.fixture(scope="session")
def label_codes() -> list[str]:
    return load_config().taxonomy.codes


@pytest.fixture(scope="session")
def platform(tmp_path_factory, label_codes):
    """data dir (what MINWON_DATA_DIR points subprocesses at), its store, and the curated data."""
    from training.base_model import build_tiny_base_model, upload_base_model

    data_dir = tmp_path_factory.mktemp("platform")
    store = LocalObjectStore(data_dir / "storage")  # = platform.yaml's local_root under the data dir
    records = make_records(600, seed=1, unlabelled=15)
    keys = write_curated(store, records)
    labelled = records[records["department_code"].notna()]
    base_dir = build_tiny_base_model((labelled["title"] + "\n" + labelled["body"]).tolist(), TEST_ARCH,
                                     data_dir / "base-build")
    assert upload_base_model(store, base_dir) == BASE_URI
    return {"data_dir": data_dir, "store": store, "records": records, "keys": keys, "base_dir": base_dir}


@pytest.fixture(scope="session")
def splits(platform, label_codes):
    from training.datasets import load_splits

    cfg = training_config()
    return load_splits(platform["store"], label_codes, cfg.split, cfg.seed)


@pytest.fixture(scope="session")
def trained(platform, splits, label_codes, tmp_path_factory):
    """One real (tiny) training run, in process."""
    import torch

    from training.train import run_training

    torch.set_num_threads(2)
    cfg = training_config()
    result = run_training(cfg, splits, platform["store"], "session-run", label_codes,
                          tmp_path_factory.mktemp("work"))
    return {"cfg": cfg, "result": result}


@pytest.fixture(scope="session")
def evaluation(trained, splits, label_codes, tmp_path_factory):
    from training.evaluate import evaluate_model

    return evaluate_model(trained["result"].model_dir, splits, label_codes, trained["cfg"].max_length,
                          tmp_path_factory.mktemp("eval"), history=trained["result"].history)


@pytest.fixture(scope="session")
def exported(trained, evaluation, splits, label_codes, tmp_path_factory):
    from training.export import export_and_verify

    return export_and_verify(trained["result"].model_dir, splits.test["text"].tolist(),
                             splits.test["label"].to_numpy(), label_codes, trained["cfg"].max_length,
                             tmp_path_factory.mktemp("export"), torch_logits=evaluation.test_logits)




@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """One Prefect server for the tests that run flows in processes of their own: its API URL."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()
