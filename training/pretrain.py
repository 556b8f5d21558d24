"""Masked-language-model pretraining of the tiny Korean encoder, versioned in the model registry.

    corpus      petitions (minus the held-out ids) + KLUE-NER sentences + curated train-split texts,
                as one `datasets` Dataset (Arrow, memory-mapped); tokenised and packed into blocks of
                `block_size` tokens, or one text per row (the recipe's `sequences`), with cached `map`s
                (a second build reuses the cache files)
    tokenizer   WordPiece trained on that corpus (training/base_model.py: cased, every KS X 1001
                syllable in the alphabet)
    model       BertForMaskedLM of the config's `build_base` shape; 15% of the tokens are chosen
                (80% [MASK], 10% random, 10% kept) and the prediction head runs on those alone
                (the full-vocabulary head on every position was 2/3 of the step time on CPU);
                the recipe's dropout while pretraining (0: see PretrainRecipe), BERT's 0.1 saved
                for fine-tuning
    output      a registry version under models/<name>/vNNNN: config.json, model.safetensors,
                tokenizer files, pretraining.json (data hashes, licences, tokenizer, steps, tokens/s,
                losses) and NOTICE.md (attributions; KLUE-NER is CC BY-SA 4.0); alias `latest`

With `steps: 0` the version holds the trained tokenizer and randomly initialised weights (drawn with
the architecture's initializer_range): the shipped tiny recipe, because on CPU budgets MLM did not yet
beat a good random start (benchmarks/results/pretrain-cpu.json); `minwon base-model pretrain --steps N`
publishes a pretrained version over it.

A fine-tuning config names it `registry://<name>` (the version behind `latest`) or
`registry://<name>/vNNNN`; `training.classifier.new_classifier` takes the encoder
weights and drops the MLM head. Built by `minwon base-model pretrain` or, when a config's base has no
version yet, by the train flow on first use.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from configuration.models import TrainingConfig

log = logging.getLogger("training.pretrain")

LATEST = "latest"
SPECIAL_IDS_EXCLUDED = ("[CLS]", "[SEP]", "[PAD]")
FINE_TUNING_DROPOUT = 0.1  # BertConfig's default


@dataclass
class PretrainResult:
    model_dir: Path
    report: dict      # what pretraining.json holds


def build_corpus(cfg: TrainingConfig, store, cache_dir: Path):
    """(datasets.Dataset with a "text" column, {source name: description}) for the recipe's sources."""
    import datasets

    from training import corpora
    from training.datasets import split_of

    datasets.disable_progress_bars()  # progress is logged per stage and per step instead
    recipe = cfg.pretrain
    parts, described, skipped = [], {}, []
    for name in recipe.sources:
        if name == "petitions":
            source = corpora.petitions_source(cache_dir)
        elif name == "klue-ner":
            source = corpora.klue_ner_source(cache_dir)
        else:
            source = corpora.curated_source(store, lambda rid: split_of(rid, cfg.seed, cfg.split) == "train")
        if source is None or len(source.dataset) == 0:
            skipped.append(name)
            continue
        parts.append(source.dataset.select_columns(["text"]))
        described[name] = source.describe()
    if not parts:
        raise ValueError(f"no pretraining text: sources {', '.join(recipe.sources)} are all absent or empty "
                         f"(shared data folder: {corpora.shared_data_dir()})")
    if skipped:
        log.warning("pretraining sources absent or empty, skipped: %s", ", ".join(skipped))
    corpus = datasets.concatenate_datasets(parts).filter(
        lambda rows: [bool(text and text.strip()) for text in rows["text"]], batched=True, batch_size=10_000)
    return corpus, described


def pack_blocks(corpus, tokenizer, block_size: int, cache_dir: Path, sequences: str = "packed"):
    """Tokenise (cached map) and build rows of block_size ids: packed, [CLS] text [SEP] [CLS] text [SEP]
    ...; or one_text, [CLS] text [SEP] [PAD] ... (the recipe's `sequences`)."""
    # Cache files named by content (corpus texts, vocabulary, block size): an in-memory Dataset's own
    # fingerprint is random, which would miss the cache on every build.
    digest = hashlib.sha256(json.dumps(tokenizer.get_vocab(), sort_keys=True).encode())
    for text in corpus["text"][:]:  # a list: iterating the Column reads row by row
        digest.update(text.encode("utf-8") + b"\x00")
    key = digest.hexdigest()[:20]
    cls_id, sep_id, pad_id = tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id

    def tokenize(batch):
        return {"ids": tokenizer(batch["text"], add_special_tokens=False, truncation=True,
                                 max_length=block_size - 2)["input_ids"]}

    def group(batch):
        stream = [token for ids in batch["ids"] for token in [cls_id, *ids, sep_id]]
        usable = len(stream) // block_size * block_size
        return {"input_ids": [stream[i:i + block_size] for i in range(0, usable, block_size)]}

    def one_per_row(batch):
        return {"input_ids": [[cls_id, *ids, sep_id] + [pad_id] * (block_size - 2 - len(ids))
                              for ids in batch["ids"] if ids]}

    cache_dir.mkdir(parents=True, exist_ok=True)
    tokenized = corpus.map(tokenize, batched=True, remove_columns=corpus.column_names,
                           cache_file_name=str(cache_dir / f"tokenized-{key}-{block_size}.arrow"))
    rows, name = (group, "blocks") if sequences == "packed" else (one_per_row, "texts")
    blocks = tokenized.map(rows, batched=True, batch_size=2000, remove_columns=["ids"],
                           cache_file_name=str(cache_dir / f"{name}-{key}-{block_size}.arrow"))
    return blocks.with_format("numpy")


def cache_file_names(blocks) -> list[str]:
    """The Arrow cache files behind the rows (tokenised, then packed or one text each): they hold the
    corpus's texts as token ids, so an erasure of a city removes those of every encoder pretrained on
    its uploads."""
    names = [Path(f["filename"]).name for f in blocks.cache_files]
    return sorted({*names, *("tokenized-" + n.split("-", 1)[1] for n in names if n.startswith(("blocks-", "texts-")))})


def mask_tokens(ids, tokenizer, probability: float, generator):
    """BERT's masking on a [batch, block] LongTensor: (inputs, labels, chosen mask)."""
    import torch

    special = torch.tensor([tokenizer.convert_tokens_to_ids(t) for t in SPECIAL_IDS_EXCLUDED])
    labels = ids.clone()
    chosen = (torch.rand(ids.shape, generator=generator) < probability) & ~torch.isin(ids, special)
    draw = torch.rand(ids.shape, generator=generator)
    inputs = ids.clone()
    inputs[chosen & (draw < 0.8)] = tokenizer.mask_token_id
    randomised = chosen & (draw >= 0.8) & (draw < 0.9)
    inputs[randomised] = torch.randint(len(special) + 2, len(tokenizer), (int(randomised.sum()),), generator=generator)
    return inputs, labels, chosen


def length_buckets(data, index, batch_size: int, pad_id: int, seed: int) -> list:
    """one_text rows grouped into batches of similar length (random order among equal lengths), so that
    a batch trimmed to its longest row carries little padding; each step draws one batch."""
    lengths = (data[index] != pad_id).sum(1)
    shuffled = np.random.default_rng(seed).permutation(len(index))
    ordered = index[shuffled[np.argsort(lengths[shuffled], kind="stable")]]
    return [ordered[i:i + batch_size] for i in range(0, len(ordered), batch_size)]


def pretrain(cfg: TrainingConfig, store, out_dir: Path, cache_dir: Path, device: str | None = None,
             steps: int | None = None) -> PretrainResult:
    """Build the corpus and tokenizer, pretrain, and write the model folder (not yet published)."""
    import torch
    import torch.nn.functional as F
    from transformers import BertConfig, BertForMaskedLM
    from transformers.utils import logging as hf_logging

    from training.base_model import train_wordpiece_tokenizer
    from training.distributed import Distributed, pick_device
    from training.loop import build_optimizer, linear_warmup_decay, precision_for

    hf_logging.set_verbosity_error()
    if cfg.pretrain is None or cfg.build_base is None:
        raise ValueError(f"training config '{cfg.name}' has no pretrain recipe and build_base shape")
    recipe, arch = cfg.pretrain, cfg.build_base
    steps = recipe.steps if steps is None else steps
    started_at = datetime.now(timezone.utc).isoformat()
    began = time.monotonic()
    corpus, sources = build_corpus(cfg, store, cache_dir)
    tokenizer = train_wordpiece_tokenizer(corpus["text"][:], arch.vocab_size)
    tokenizer.model_max_length = arch.max_position_embeddings
    blocks = pack_blocks(corpus, tokenizer, recipe.block_size, cache_dir / "blocks", recipe.sequences)
    corpus_seconds = time.monotonic() - began
    order = np.random.default_rng(recipe.seed).permutation(len(blocks))
    held = int(len(order) * recipe.eval_fraction)
    eval_index, train_index = np.sort(order[:held]), order[held:]
    if len(train_index) == 0:
        raise ValueError(f"the pretraining corpus ({len(corpus)} texts) fills no block of {recipe.block_size} tokens")
    log.info("pretraining corpus: %d texts (%s) -> %d rows of %d tokens (%s); vocab %d; built in %.0f s",
             len(corpus), ", ".join(f"{k} {v['records']}" for k, v in sources.items()), len(blocks),
             recipe.block_size, recipe.sequences, len(tokenizer), corpus_seconds)

    torch_device = pick_device(device, Distributed())
    precision = precision_for(torch_device)
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=arch.hidden_size,
                        num_hidden_layers=arch.num_hidden_layers, num_attention_heads=arch.num_attention_heads,
                        intermediate_size=arch.intermediate_size,
                        max_position_embeddings=arch.max_position_embeddings,
                        pad_token_id=tokenizer.pad_token_id, initializer_range=arch.initializer_range,
                        hidden_dropout_prob=recipe.dropout, attention_probs_dropout_prob=recipe.dropout,
                        attn_implementation="eager")
    config.attn_implementation = "eager"  # saved to config.json: fine-tuning reloads it eager (see base_model.py)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(recipe.seed)
        model = BertForMaskedLM(config).to(torch_device)
    optimizer = build_optimizer(model, recipe.learning_rate, recipe.weight_decay, torch_device.type)
    scheduler = linear_warmup_decay(optimizer, math.ceil(recipe.warmup_ratio * steps), steps)
    generator = torch.Generator().manual_seed(recipe.seed)
    data = blocks["input_ids"]

    def loss_of(ids):
        ids = torch.as_tensor(ids)
        attention = ids != tokenizer.pad_token_id
        width = int(attention.sum(1).max())  # one_text rows: trim the batch's common padding
        ids, attention = ids[:, :width], attention[:, :width]
        inputs, labels, chosen = mask_tokens(ids, tokenizer, recipe.mask_probability, generator)
        inputs, labels, chosen = inputs.to(torch_device), labels.to(torch_device), chosen.to(torch_device)
        with precision.autocast():
            hidden = model.bert(input_ids=inputs, attention_mask=attention.to(torch_device)).last_hidden_state[chosen]
            logits = model.cls(hidden)
        predicted = logits.argmax(-1)
        return F.cross_entropy(logits.float(), labels[chosen]), (predicted == labels[chosen]).float().mean()

    history, tokens_seen, train_seconds = [], 0, 0.0
    model.train()
    interval_start, interval_tokens = time.monotonic(), 0
    batches = length_buckets(data, train_index, recipe.batch_size, tokenizer.pad_token_id, recipe.seed) \
        if recipe.sequences == "one_text" else None
    for step in range(1, steps + 1):
        if batches is None:
            rows = train_index[torch.randint(0, len(train_index), (recipe.batch_size,), generator=generator).numpy()]
        else:
            rows = batches[int(torch.randint(0, len(batches), (1,), generator=generator))]
        batch = data[np.sort(rows)]
        loss, _ = loss_of(batch)
        precision.scaler.scale(loss).backward()
        precision.scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        precision.scaler.step(optimizer)
        precision.scaler.update()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        interval_tokens += int((batch != tokenizer.pad_token_id).sum())  # real tokens, not padding
        if step % recipe.log_every_steps == 0 or step == steps:
            value = loss.item()
            seconds = time.monotonic() - interval_start
            train_seconds += seconds
            tokens_seen += interval_tokens
            history.append([step, value])
            log.info("pretrain step %d/%d | MLM loss %.4f | %.0f tokens/s", step, steps, value,
                     interval_tokens / max(seconds, 1e-9))
            interval_start, interval_tokens = time.monotonic(), 0

    model.eval()
    eval_loss = eval_accuracy = None
    if held:
        generator.manual_seed(recipe.seed + 1)  # the same masks for every evaluation of this corpus
        with torch.no_grad():
            results = [loss_of(data[eval_index[i:i + 256]]) for i in range(0, held, 256)]
        eval_loss = float(np.mean([r[0].item() for r in results]))
        eval_accuracy = float(np.mean([r[1].item() for r in results]))
    out_dir = Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    # The saved config is what fine-tuning starts from: BERT's dropout there, whatever pretraining used.
    model.config.hidden_dropout_prob = model.config.attention_probs_dropout_prob = FINE_TUNING_DROPOUT
    model.cpu().save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    report = {
        "kind": "masked-language-model pretraining" if steps else "random initialisation (0 MLM steps)",
        "training_config": cfg.name,
        "architecture": arch.model_dump(), "recipe": recipe.model_dump(), "steps": steps,
        "sources": sources, "corpus_texts": len(corpus), "blocks": {"train": int(len(train_index)), "held_out": held},
        "tokenizer": {"vocab_size": len(tokenizer), "type": "WordPiece, cased, KS X 1001 syllables in the alphabet"},
        "tokens_seen": tokens_seen, "train_seconds": round(train_seconds, 1),
        "tokens_per_second": round(tokens_seen / max(train_seconds, 1e-9)),
        "device": str(torch_device), "corpus_seconds": round(corpus_seconds, 1),
        "held_out_mlm": {"loss": eval_loss, "masked_token_accuracy": eval_accuracy},
        "loss_history": history, "started_at": started_at, "finished_at": datetime.now(timezone.utc).isoformat(),
        "licences": {name: info["licence"] for name, info in sources.items()},
        "cache_files": cache_file_names(blocks),
    }
    (out_dir / "pretraining.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (out_dir / "NOTICE.md").write_text(notice(sources), encoding="utf-8")
    log.info("pretrained %d steps: %d tokens at %.0f tokens/s on %s; held-out MLM loss %s",
             steps, tokens_seen, report["tokens_per_second"], torch_device,
             f"{eval_loss:.3f} (masked-token accuracy {eval_accuracy:.3f})" if held else "-")
    return PretrainResult(out_dir, report)


def notice(sources: dict) -> str:
    lines = ["# Tiny Korean encoder: data and licences", "",
             "This model was pretrained (masked language modelling) on the text below. Keep this notice with",
             "the model and every model fine-tuned from it.", ""]
    for name, info in sources.items():
        lines.append(f"- **{name}** ({info['records']} texts): {info['licence']}.")
    if "klue-ner" in sources:
        lines += ["", "Contains material derived from KLUE-NER (c) the KLUE benchmark authors, licensed under",
                  "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); changes: entity marks removed,",
                  "sentences tokenised and used for pretraining."]
    return "\n".join(lines) + "\n"


def registry_name(base_model: str) -> tuple[str, str | None]:
    """`registry://NAME[/vNNNN]` -> (NAME, version or None)."""
    rest = base_model[len("registry://"):].strip("/")
    name, _, version = rest.partition("/")
    return name, version or None


def publish_base(registry, model_dir: Path, reason: str) -> str:
    """Publish the folder as the next version and point `latest` at it; returns the version."""
    version = registry.next_version()
    registry.publish(version, model_dir)
    registry.set_alias(LATEST, version, reason)
    return version


def pretrain_and_publish(cfg: TrainingConfig, platform, reason: str, steps: int | None = None,
                         device: str | None = None) -> str:
    """Pretrain with the config's recipe and publish to the registry its `registry://` base names."""
    from registry import ModelRegistry

    name, version = registry_name(cfg.base_model)
    if version is not None:
        raise ValueError(f"{cfg.base_model} names a fixed version; pretraining publishes a new one of "
                         f"registry://{name}")
    work = platform.work_dir / "pretrain" / name
    result = pretrain(cfg, platform.store, work / "model", platform.cache_dir / "datasets", device=device,
                      steps=steps)
    return publish_base(ModelRegistry(platform.store, name), result.model_dir, reason)
