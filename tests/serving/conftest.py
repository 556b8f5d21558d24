"""Fixtures for the serving tests, and a reusable builder of registry-contract model folders.

`build_tiny_model_dir(out, ...)` writes what the training team's exporter publishes (model.onnx,
optional model.int8.onnx, tokenizer/, labels.json, calibration.json, metrics.json, lineage.json)
from a random-init tiny BERT and a WordPiece tokenizer whose alphabet holds the 2,350 KS X 1001
Hangul syllables (and their ## forms), with no lowercasing or accent stripping. The lead may
replace it with the real exporter; the tests only rely on the registry contract.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.services import free_port, services_required  # noqa: F401 (the serving tests import them from here)

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "complaint-classifier"

# A few synthetic complaints per department: tokenizer training text, test inputs, benchmark load.
SAMPLE_TEXTS = {
    "TRAFFIC": [
        "버스 배차 간격이 너무 길어서 출근 시간에 매일 지각합니다.",
        "교차로 신호등이 고장 나서 차량이 뒤엉키고 있습니다.",
        "불법 주정차 차량 때문에 골목길 통행이 어렵습니다.",
    ],
    "ENVIRONMENT": [
        "아파트 앞 쓰레기 수거가 일주일째 되지 않고 있습니다.",
        "공장에서 밤마다 악취가 나서 창문을 열 수 없습니다.",
        "하천에 폐기물이 무단 투기되어 있어 처리 바랍니다.",
    ],
    "BUILDING": [
        "옆 건물 공사 소음과 분진이 심해서 생활이 어렵습니다.",
        "불법 증축 건축물이 있어 확인을 요청합니다.",
        "공동주택 관리비 부과 내역에 대해 문의드립니다.",
    ],
    "ROADS": [
        "도로에 포트홀이 생겨서 차량 통행이 위험합니다.",
        "인도 보도블록이 깨져서 보행자가 넘어질 뻔했습니다.",
        "공원 가로등이 꺼져 있어 밤길이 어둡습니다.",
    ],
    "WELFARE": [
        "기초연금 신청 자격과 필요한 서류를 알고 싶습니다.",
        "독거 어르신 돌봄 서비스를 신청하고 싶습니다.",
        "장애인 활동 지원 시간 변경을 요청합니다.",
    ],
    "TAX": [
        "자동차세 고지서 금액이 잘못된 것 같습니다.",
        "재산세 납부 기한 연장이 가능한지 문의합니다.",
        "지방세 체납 고지서를 받았는데 이미 납부했습니다.",
    ],
    "SAFETY": [
        "축대가 기울어져 붕괴 위험이 있어 점검 바랍니다.",
        "태풍으로 간판이 떨어질 것 같아 위험합니다.",
        "어린이 보호구역 안전 펜스가 파손되었습니다.",
    ],
    "HEALTH": [
        "식당 위생 상태가 불량하여 신고합니다.",
        "보건소 예방접종 예약 방법을 알려 주세요.",
        "모기가 많아 방역 소독을 요청합니다.",
    ],
    "CULTURE": [
        "체육관 수영장 이용 시간을 늘려 주시기 바랍니다.",
        "도서관 열람실 좌석이 부족합니다.",
        "시민 축제 일정과 참가 방법을 알고 싶습니다.",
    ],
    "ADMIN": [
        "여권 발급 소요 기간을 문의드립니다.",
        "주민등록등본 무인 발급기가 고장 났습니다.",
        "민원실 운영 시간을 연장해 주세요.",
    ],
}
ALL_SAMPLES = [text for texts in SAMPLE_TEXTS.values() for text in texts]
TAXONOMY = [
    ("TRAFFIC", "교통"), ("ENVIRONMENT", "환경·청소"), ("BUILDING", "건축·주택"), ("ROADS", "도로·시설"),
    ("WELFARE", "복지"), ("TAX", "세무"), ("SAFETY", "안전·재난"), ("HEALTH", "보건"),
    ("CULTURE", "문화·체육"), ("ADMIN", "행정·기타"),
]


def ks_x_1001_syllables() -> list[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8)."""
    out = []
    for high in range(0xB0, 0xC9):
        for low in range(0xA1, 0xFF):
            try:
                out.append(bytes([high, low]).decode("euc-kr"))
            except UnicodeDecodeError:
                pass
    return out


def build_tokenizer(corpus: list[str], vocab_size: int = 6000):
    """A WordPiece tokenizer for Korean: no lowercasing, no accent stripping (which would turn
    Hangul into jamo), every KS X 1001 syllable and its ## form in the vocabulary."""
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors, trainers
    from tokenizers.models import WordPiece

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    alphabet = ks_x_1001_syllables() + [chr(c) for c in range(33, 127)]
    tokenizer = Tokenizer(WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=False
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size, special_tokens=specials, initial_alphabet=alphabet, limit_alphabet=len(alphabet)
    )
    tokenizer.train_from_iterator(corpus, trainer)
    vocab = tokenizer.get_vocab()
    for char in alphabet:
        for token in (char, "##" + char):
            if token not in vocab:
                vocab[token] = len(vocab)
    tokenizer.model = WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100)
    cls_id, sep_id = vocab["[CLS]"], vocab["[SEP]"]
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    tokenizer.decoder = decoders.WordPiece(prefix="##")
    return tokenizer


def build_tiny_model_dir(
    out: Path,
    *,
    seed: int = 0,
    hidden_size: int = 64,
    num_layers: int = 2,
    num_heads: int = 2,
    intermediate_size: int = 128,
    max_length: int = 128,
    labels: list[tuple[str, str]] = TAXONOMY,
    temperature: float = 1.5,
    int8: bool = False,
    torch_dir: Path | None = None,
) -> Path:
    """Write a registry-contract model folder to `out`; optionally the HF torch model to `torch_dir`."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer(ALL_SAMPLES * 3)
    hf_tokenizer = BertTokenizerFast(
        tokenizer_object=tokenizer, do_lower_case=False, strip_accents=False, tokenize_chinese_chars=True,
        unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
        model_max_length=max_length,
    )
    hf_tokenizer.save_pretrained(out / "tokenizer")

    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=tokenizer.get_vocab_size(), hidden_size=hidden_size, num_hidden_layers=num_layers,
        num_attention_heads=num_heads, intermediate_size=intermediate_size,
        max_position_embeddings=max(512, max_length), num_labels=len(labels),
        id2label={i: code for i, (code, _) in enumerate(labels)},
        label2id={code: i for i, (code, _) in enumerate(labels)},
        attn_implementation="eager",
    )
    model = BertForSequenceClassification(config).eval()

    class Logits(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).logits

    sample = hf_tokenizer(ALL_SAMPLES[:2], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Logits(model), tuple(sample[n] for n in names), str(out / "model.onnx"),
            input_names=names, output_names=["logits"], opset_version=17, dynamo=False,
            dynamic_axes={**{n: {0: "batch", 1: "sequence"} for n in names}, "logits": {0: "batch"}},
        )
    if int8:  # as the export quantizes, with what it records of it (serving reads weight_max)
        from training.export import quantize_int8
        from training.pii_ner.export import int8_weight_max

        quantize_int8(out / "model.onnx", out / "model.int8.onnx")
        parity = {"int8": {"passed": True, "weight_max": int8_weight_max(out / "model.int8.onnx")}}
        (out / "parity.json").write_text(json.dumps(parity), encoding="utf-8")
    if torch_dir is not None:
        model.save_pretrained(torch_dir)
        hf_tokenizer.save_pretrained(torch_dir)

    (out / "labels.json").write_text(
        json.dumps([{"index": i, "code": c, "name": n} for i, (c, n) in enumerate(labels)], ensure_ascii=False),
        encoding="utf-8",
    )
    (out / "calibration.json").write_text(json.dumps({"temperature": temperature}))
    (out / "metrics.json").write_text(json.dumps({"macro_f1": 0.1, "accuracy": 0.1, "note": "random init"}))
    (out / "lineage.json").write_text(json.dumps({
        "base_model": "random-init tiny BERT (tests)",
        "training_config": {"name": "test-tiny", "max_length": max_length, "seed": seed},
    }))
    return out


def publish_tiny_model(store, source_dir: Path, version: str, name: str = MODEL_NAME, alias: str | None = "production"):
    """Publish a built folder into `store` as `version`, optionally pointing `alias` at it."""
    from registry import ModelRegistry

    registry = ModelRegistry(store, name)
    registry.publish(version, source_dir)
    if alias:
        registry.set_alias(alias, version, reason="test fixture")
    return registry


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def model_dirs(tmp_path_factory) -> dict[str, Path]:
    """Two built model folders: v1 (fp32 only) and v2 (another seed, with model.int8.onnx)."""
    root = tmp_path_factory.mktemp("models")
    return {
        "v1": build_tiny_model_dir(root / "v1", seed=1),
        "v2": build_tiny_model_dir(root / "v2", seed=2, int8=True),
    }


@pytest.fixture()
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "var"
    path.mkdir()
    monkeypatch.setenv("MINWON_DATA_DIR", str(path))
    return path


@pytest.fixture()
def store(data_dir):
    from storage import LocalObjectStore

    return LocalObjectStore(data_dir / "storage")


@pytest.fixture()
def registry(store, model_dirs):
    """v0001 (production) and v0002 published, in a store of this test's own."""
    reg = publish_tiny_model(store, model_dirs["v1"], "v0001")
    publish_tiny_model(store, model_dirs["v2"], "v0002", alias=None)
    return reg


def make_config(**serving_overrides):
    """The repository's configs with `serving:` fields replaced (tests: fast polling, small queues)."""
    from configuration import load_config

    config = load_config(REPO / "configs")
    serving = config.platform.serving.model_copy(update=serving_overrides)
    platform = config.platform.model_copy(update={"serving": serving})
    return dataclasses.replace(config, platform=platform)


def with_quota(config, tenant: str, calls_per_day: int):
    tenants = dict(config.tenants.tenants)
    old = tenants[tenant]
    tenants[tenant] = old.model_copy(update={"quotas": old.quotas.model_copy(update={"api_calls_per_day": calls_per_day})})
    return dataclasses.replace(config, tenants=config.tenants.model_copy(update={"tenants": tenants}))


@pytest.fixture()
def config():
    return make_config(poll_interval_s=0.2, auth_cache_ttl_s=0, max_queue_delay_us=500)


class FakeClock:
    """An injectable clock: aware UTC datetimes, moved by hand."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **delta):
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


@pytest.fixture()
def clock():
    from datetime import datetime, timezone

    # 2026-03-02 10:00 KST
    return FakeClock(datetime(2026, 3, 2, 1, 0, tzinfo=timezone.utc))


@pytest.fixture()
def db_engine(data_dir):
    from database import create_platform_engine

    engine = create_platform_engine(f"sqlite:///{data_dir / 'platform.db'}")
    yield engine
    engine.dispose()


@pytest.fixture()
def make_app(config, store, registry, db_engine, clock, data_dir):
    """create_app with this test's store/db/clock; returns (app, client) once the model is ready."""
    from fastapi.testclient import TestClient

    from serving.app import create_app

    clients = []

    def factory(config=config, **kwargs):
        kwargs.setdefault("store", store)
        kwargs.setdefault("db_engine", db_engine)
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("cache_dir", data_dir / "model-cache")
        app = create_app(config, **kwargs)
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        assert app.state.models.wait_ready(60), app.state.models.last_error
        return app, client

    yield factory
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture()
def keys(db_engine):
    """Issue a key per tenant: {'suwon': 'mw_suwon_...', ...}."""
    from database import session_factory
    from tenancy import issue_key

    sessions = session_factory(db_engine)
    with sessions() as session:
        return {tenant: issue_key(session, tenant) for tenant in ("suwon", "seongnam", "yongin")}


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


# ---------------------------------------------------------------- processes and services
def wait_http(url: str, timeout: float = 60.0, process: subprocess.Popen | None = None) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(url)
