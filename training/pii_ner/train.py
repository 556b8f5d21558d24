"""Train the PII tagger on CPU in a few minutes, export it to ONNX, keep int8 where recall holds.

    python -m training.pii_ner.train --out build/pii-ner/manual      # or: minwon pii train-model

The loop, top to bottom: data (data.py) -> AdamW with warm-up and cosine decay over a fixed number
of epochs -> span recall on the validation part (a slice of KLUE-train and synthetic sentences;
never the KLUE held-out part) -> per label, the
pair of decision thresholds (keep a span when one character reaches the first, extend it over
characters above the second; codec.decode) with the best F3 (recall weighs three times; scoring.BETA) on validation
-> ONNX (fp32) -> int8 static quantisation (scales calibrated on training sentences), kept when its validation recall is within
export.INT8_MAX_RECALL_DROP of fp32 for every label. Progress (epoch, loss, characters/s,
validation recall) goes to the log; never text.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from quality_gate.pii.ner.codec import BIGRAM_BUCKETS, LABELS, N_FEATURES, TAGS
from training.pii_ner.data import DataSettings, batches, build_datasets, materialise
from training.pii_ner.export import calibration_sample, export_and_check
from training.pii_ner.model import CharNer, NerConfig
from training.pii_ner.scoring import choose_thresholds, predict_probabilities, span_report

log = logging.getLogger("training.pii_ner")



def _progress(message: str) -> None:
    log.info(message)
    if not logging.getLogger().handlers and not log.handlers:
        print(message, flush=True)


def train_model(settings: DataSettings, out_dir: Path, *, dim: int = 64, epochs: int = 12, batch_size: int = 64,
                lr: float = 3e-3, threads: int | None = None, seed: int = 13) -> dict:
    """Train, export and describe one model in `out_dir`; returns the model card."""
    started = time.monotonic()
    torch.manual_seed(seed)
    torch.set_num_threads(threads or min(os.cpu_count() or 1, 4))
    out_dir.mkdir(parents=True, exist_ok=True)
    codec, data = build_datasets(settings, out_dir / "data-cache")
    train_features, train_tags = materialise(data["train"])
    valid_features, _ = materialise(data["valid"])
    valid_texts = data["valid"]["text"]
    valid_golds = [json.loads(s) for s in data["valid"]["spans"]]
    valid_sources = data["valid"]["source"]
    characters = int(sum(len(t) for t in train_tags))
    _progress(f"pii-ner data: {len(train_tags)} training sentences ({characters} characters), "
              f"{len(valid_texts)} validation; vocabulary {codec.vocab_size}; {time.monotonic() - started:.0f}s")

    config = NerConfig(vocab_size=codec.vocab_size, dim=dim)
    model = CharNer(config)
    embeddings = {id(m.weight) for m in model.modules() if isinstance(m, torch.nn.Embedding)}
    decay = [p for p in model.parameters() if p.dim() >= 2 and id(p) not in embeddings]
    rest = [p for p in model.parameters() if p.dim() < 2 or id(p) in embeddings]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": rest, "weight_decay": 0.0}], lr=lr)
    steps_per_epoch = math.ceil(len(train_tags) / batch_size)
    total_steps, warmup = steps_per_epoch * epochs, steps_per_epoch // 2
    rng = np.random.default_rng(seed)
    step = 0
    for epoch in range(1, epochs + 1):
        model.train()
        epoch_start, seen, losses = time.monotonic(), 0, []
        for _, features, tags in batches(train_features, train_tags, batch_size, rng):
            scale = min(1.0, (step + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(step / total_steps, 1.0)))
            for group in optimizer.param_groups:
                group["lr"] = lr * scale
            logits = model(torch.from_numpy(features))
            loss = F.cross_entropy(logits.reshape(-1, len(TAGS)), torch.from_numpy(tags).reshape(-1), ignore_index=-100)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            losses.append(loss.item())
            seen += int((tags != -100).sum())
            step += 1
        _progress(f"pii-ner epoch {epoch}/{epochs}: loss {np.mean(losses):.4f}, "
                  f"{seen / (time.monotonic() - epoch_start):.0f} characters/s (t+{time.monotonic() - started:.0f}s)")
    probabilities = predict_probabilities(model, valid_features)
    thresholds, extend = choose_thresholds(valid_texts, valid_golds, probabilities)
    torch_report = span_report(valid_texts, valid_golds, probabilities, thresholds, extend)
    klue = [i for i, source in enumerate(valid_sources) if source == "klue"]
    klue_report = span_report([valid_texts[i] for i in klue], [valid_golds[i] for i in klue],
                              [probabilities[i] for i in klue], thresholds, extend)
    _progress(f"pii-ner thresholds {thresholds}, extend {extend}; validation recall "
              f"{ {label: round(torch_report.recall(label), 3) for label in LABELS} }, span precision "
              f"{torch_report.precision():.3f} (KLUE part: PERSON {klue_report.recall('PERSON'):.3f}, "
              f"LOCATION {klue_report.recall('LOCATION'):.3f}) (t+{time.monotonic() - started:.0f}s)")

    card = {
        "name": "pii-ner",
        "labels": list(LABELS),
        "tags": list(TAGS),
        "n_tags": len(TAGS),
        "thresholds": thresholds,
        "extend": extend,
        "architecture": config.to_dict() | {"kind": "dilated character CNN (MatMul taps), residual, ReLU"},
        "inputs": {"features": N_FEATURES, "bigram_buckets": BIGRAM_BUCKETS},
        "parameters": sum(p.numel() for p in model.parameters()),
        "training": {"epochs": epochs, "batch_size": batch_size, "lr": lr, "seed": seed,
                     "sentences": len(train_tags), "characters": characters,
                     "sources": dict(zip(*np.unique(data["train"]["source"], return_counts=True)))},
        "validation": torch_report.as_dict(),
        "validation_klue_part": klue_report.as_dict(),
        "data_settings": asdict(settings) | {"klue_dir": None, "petitions_dir": None},
    }
    card["training"]["sources"] = {str(k): int(v) for k, v in card["training"]["sources"].items()}
    codec.save(out_dir / "vocab.json")
    card |= export_and_check(model, out_dir, card, valid_texts, valid_golds, torch_report,
                             calibration_sample(train_features))
    card["build_seconds"] = round(time.monotonic() - started, 1)
    (out_dir / "model_card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False), encoding="utf-8")
    return card


def main() -> None:
    from quality_gate.pii.klue import default_klue_dir
    from training.pii_ner.data import default_petitions_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--synthetic", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    settings = DataSettings(str(default_klue_dir()), str(default_petitions_dir()), synthetic=args.synthetic)
    card = train_model(settings, args.out, dim=args.dim, epochs=args.epochs, batch_size=args.batch_size)
    print(json.dumps({k: card[k] for k in ("thresholds", "validation", "build_seconds", "onnx")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
