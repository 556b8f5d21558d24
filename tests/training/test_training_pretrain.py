"""MLM pretraining of the tiny Korean encoder: corpus through `datasets`, held-out data kept out,
versioned in the registry with data hashes and licences, and the start of fine-tuning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configuration.models import PretrainRecipe
from registry import ModelRegistry, resolve_model_uri
from training import corpora
from training.datasets import split_of
from training.pretrain import LATEST, mask_tokens, pretrain, publish_base
from tests.training.helpers import TEST_ARCH, training_config

needs_petitions = pytest.mark.skipif(not corpora.petition_files(), reason="../shared/data/petitions is absent")
SOURCES = ["klue-ner", "curated"] if corpora.klue_ner_file() else ["curated"]


def recipe_config(**recipe):
    fields = {"sources": SOURCES, "steps": 6, "batch_size": 8, "block_size": 64, "log_every_steps": 3, **recipe}
    return training_config(name="pretrain-test", base_model="registry://tiny-ko-encoder", build_base=TEST_ARCH,
                           pretrain=PretrainRecipe(**fields))


@pytest.fixture(scope="module")
def encoder(platform, tmp_path_factory):
    work = tmp_path_factory.mktemp("pretrain")
    cfg = recipe_config()
    result = pretrain(cfg, platform["store"], work / "model", work / "datasets", device="cpu")
    registry = ModelRegistry(platform["store"], "tiny-ko-encoder")
    version = publish_base(registry, result.model_dir, "test")
    return {"cfg": cfg, "result": result, "registry": registry, "version": version, "work": work}


def test_published_with_data_hashes_and_licences(encoder, platform, tmp_path):
    registry, version = encoder["registry"], encoder["version"]
    assert registry.get_alias(LATEST) == version
    report = registry.read_json(version, "pretraining.json")
    curated = report["sources"]["curated"]
    assert set(curated["files"]) == set(platform["keys"])  # every curated file, by its sha256
    # What an erasure of a city looks for: whose curated text, and which Arrow caches hold it as token ids.
    assert curated["tenants"] == sorted({key.split("/")[1] for key in platform["keys"]})
    blocks = encoder["work"] / "datasets" / "blocks"
    assert report["cache_files"] and set(report["cache_files"]) <= {p.name for p in blocks.iterdir()}
    assert any(f.startswith("tokenized-") for f in report["cache_files"])
    assert report["steps"] == 6 and report["tokens_seen"] == 6 * 8 * 64 and report["tokens_per_second"] > 0
    assert report["held_out_mlm"]["loss"] > 0 and report["tokenizer"]["vocab_size"] <= TEST_ARCH.vocab_size + 10
    folder = resolve_model_uri("registry://tiny-ko-encoder", platform["store"], tmp_path / "cache")
    assert folder == resolve_model_uri(f"registry://tiny-ko-encoder/{version}", platform["store"], tmp_path / "cache")
    notice = (encoder["result"].model_dir / "NOTICE.md").read_text(encoding="utf-8")
    if "klue-ner" in report["sources"]:
        assert "CC BY-SA 4.0" in report["sources"]["klue-ner"]["licence"] and "CC BY-SA 4.0" in notice
        digest = corpora.sha256_files([corpora.klue_ner_file()])
        assert report["sources"]["klue-ner"]["files"] == digest


def test_curated_text_of_validation_and_test_records_is_never_pretrained_on(platform, encoder):
    cfg = encoder["cfg"]
    source = corpora.curated_source(platform["store"], lambda rid: split_of(rid, cfg.seed, cfg.split) == "train")
    records = platform["records"]
    train = records[[split_of(r, cfg.seed, cfg.split) == "train" for r in records["record_id"]]]
    assert len(source.dataset) == len(train) < len(records)
    held = records[[split_of(r, cfg.seed, cfg.split) != "train" for r in records["record_id"]]]
    texts = set(source.dataset["text"])
    assert not any(f"{t}\n{b}" in texts for t, b in zip(held["title"], held["body"]))


def test_fine_tuning_starts_from_the_pretrained_encoder(encoder, platform, tmp_path):
    import torch
    from transformers import BertForMaskedLM, BertForSequenceClassification

    folder = resolve_model_uri("registry://tiny-ko-encoder", platform["store"], tmp_path / "cache")
    pretrained = BertForMaskedLM.from_pretrained(folder)
    classifier = BertForSequenceClassification.from_pretrained(folder, num_labels=10)
    assert torch.equal(pretrained.bert.embeddings.word_embeddings.weight,
                       classifier.bert.embeddings.word_embeddings.weight)
    assert torch.equal(pretrained.bert.encoder.layer[-1].output.dense.weight,
                       classifier.bert.encoder.layer[-1].output.dense.weight)
    assert json.loads((Path(folder) / "config.json").read_text())["attn_implementation"] == "eager"


def test_the_tokenised_corpus_is_a_cached_arrow_map(encoder, platform):
    from transformers import AutoTokenizer

    from training.pretrain import build_corpus, pack_blocks

    cache = encoder["work"] / "datasets" / "blocks"
    before = sorted(p.name for p in cache.glob("*.arrow"))
    assert before, "the tokenised and packed corpus lives in Arrow cache files"
    corpus, _ = build_corpus(encoder["cfg"], platform["store"], encoder["work"] / "datasets")
    tokenizer = AutoTokenizer.from_pretrained(encoder["result"].model_dir)
    blocks = pack_blocks(corpus, tokenizer, 64, cache)
    assert sorted(p.name for p in cache.glob("*.arrow")) == before  # the second build reused them
    assert len(blocks) == encoder["result"].report["blocks"]["train"] + encoder["result"].report["blocks"]["held_out"]
    assert blocks.cache_files and all(f["filename"].endswith(".arrow") for f in blocks.cache_files)


def test_one_text_rows_start_with_cls_and_batch_by_length(encoder, platform):
    """`sequences: one_text`: each text its own row ([CLS] text [SEP] then padding), and the training
    batches group rows of similar length, so that trimming a batch to its longest row leaves little
    padding; every row is in exactly one batch."""
    import numpy as np
    from transformers import AutoTokenizer

    from training.pretrain import build_corpus, length_buckets, pack_blocks

    corpus, _ = build_corpus(encoder["cfg"], platform["store"], encoder["work"] / "datasets")
    tokenizer = AutoTokenizer.from_pretrained(encoder["result"].model_dir)
    rows = pack_blocks(corpus, tokenizer, 64, encoder["work"] / "datasets" / "blocks", "one_text")["input_ids"][:]
    assert len(rows) == len(corpus)  # no text is empty after tokenising here
    assert (rows[:, 0] == tokenizer.cls_token_id).all()
    lengths = (rows != tokenizer.pad_token_id).sum(1)
    assert (rows[np.arange(len(rows)), lengths - 1] == tokenizer.sep_token_id).all()
    assert ((rows == tokenizer.cls_token_id).sum(1) == 1).all()  # one text per row
    index = np.arange(len(rows))
    batches = length_buckets(rows, index, 8, tokenizer.pad_token_id, seed=0)
    assert sorted(np.concatenate(batches).tolist()) == index.tolist()
    spread = [int(np.ptp(lengths[b])) for b in batches]
    shuffled = [int(np.ptp(lengths[index[i:i + 8]])) for i in range(0, len(index), 8)]
    assert sum(spread) < sum(shuffled) / 2


def test_one_text_pretraining_runs_and_counts_real_tokens(platform, tmp_path):
    cfg = recipe_config(sequences="one_text", steps=3)
    result = pretrain(cfg, platform["store"], tmp_path / "model", tmp_path / "datasets", device="cpu")
    assert result.report["recipe"]["sequences"] == "one_text"
    assert 0 < result.report["tokens_seen"] < 3 * 8 * 64  # padding is not counted
    assert any(name.startswith("texts-") for name in result.report["cache_files"])
    assert any(name.startswith("tokenized-") for name in result.report["cache_files"])


def test_masking_follows_bert(encoder):
    import torch
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(encoder["result"].model_dir)
    ids = torch.randint(10, len(tokenizer), (64, 128))
    ids[:, 0], ids[:, -1] = tokenizer.cls_token_id, tokenizer.sep_token_id
    inputs, labels, chosen = mask_tokens(ids, tokenizer, 0.15, torch.Generator().manual_seed(0))
    assert 0.13 < chosen.float().mean() < 0.17
    assert not chosen[:, 0].any() and not chosen[:, -1].any()  # never a special token
    masked = (inputs == tokenizer.mask_token_id) & chosen
    assert 0.75 < masked.sum() / chosen.sum() < 0.85
    assert torch.equal(inputs[~chosen], ids[~chosen]) and torch.equal(labels, ids)


@needs_petitions
def test_held_out_petitions_are_never_in_the_pretraining_corpus(tmp_path):
    source = corpora.petitions_source(tmp_path / "datasets")
    evaluation = corpora.petition_eval_splits(tmp_path / "datasets")
    corpus = set(source.dataset["text"])
    for part in (evaluation.train, evaluation.validation, evaluation.test):
        assert not corpus & set(part["text"])
    assert len(evaluation.train) == 5000 and len(evaluation.test) == 3000 and len(evaluation.categories) == 17
    assert not set(evaluation.train["id"]) & set(evaluation.test["id"])
    again = corpora.petition_eval_splits(tmp_path / "datasets")
    assert again.test["id"].tolist() == evaluation.test["id"].tolist()  # frozen


def test_zero_steps_is_the_tokenizer_and_a_random_start_of_the_configured_width(platform, tmp_path):
    """The shipped tiny recipe: no MLM step, weights drawn with the architecture's initializer_range."""
    import torch
    from transformers import BertForMaskedLM

    arch = TEST_ARCH.model_copy(update={"initializer_range": 0.1})
    cfg = recipe_config(steps=0).model_copy(update={"build_base": arch})
    result = pretrain(cfg, platform["store"], tmp_path / "model", tmp_path / "datasets", device="cpu")
    assert result.report["steps"] == 0 and result.report["tokens_seen"] == 0
    assert result.report["kind"].startswith("random initialisation")
    model = BertForMaskedLM.from_pretrained(result.model_dir)
    weight = model.bert.encoder.layer[0].attention.self.query.weight
    assert 0.08 < float(weight.detach().std()) < 0.12  # drawn at 0.1, not BERT's 0.02
    assert model.config.initializer_range == 0.1
    assert (result.model_dir / "tokenizer.json").is_file() and (result.model_dir / "NOTICE.md").is_file()


def test_pretraining_runs_with_the_recipes_dropout_and_saves_berts_for_fine_tuning(platform, tmp_path, monkeypatch):
    import transformers

    seen = []

    class Recording(transformers.BertForMaskedLM):
        def __init__(self, config):
            seen.append((config.hidden_dropout_prob, config.attention_probs_dropout_prob))
            super().__init__(config)

    monkeypatch.setattr(transformers, "BertForMaskedLM", Recording)
    cfg = recipe_config(steps=2, dropout=0.0)
    result = pretrain(cfg, platform["store"], tmp_path / "model", tmp_path / "datasets", device="cpu")
    assert seen == [(0.0, 0.0)]
    saved = json.loads((result.model_dir / "config.json").read_text())
    assert saved["hidden_dropout_prob"] == saved["attention_probs_dropout_prob"] == 0.1
    assert result.report["recipe"]["dropout"] == 0.0
