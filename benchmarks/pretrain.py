"""Pretrained tiny Korean encoder vs random initialisation vs TF-IDF, on real text held out from pretraining.

    .venv/bin/python benchmarks/pretrain.py                 # the default recipe (configs/training/tiny.yaml)
    .venv/bin/python benchmarks/pretrain.py --steps 2000    # a longer pretraining
    .venv/bin/python benchmarks/pretrain.py --quick         # a smoke run (few steps, small splits)
    .venv/bin/python benchmarks/pretrain.py --encoder DIR --headline-only
                  # reuse an encoder pretrained before (its pretraining.json), fine-tune only the two
                  # starts the target compares (pretrained, BERT's random start) and TF-IDF

1. MLM-pretrain the encoder with the tiny config's recipe (petitions minus the held-out ids,
   KLUE-NER sentences; training/pretrain.py), reporting tokens/s.
2. The held-out petitions (training/corpora.py: 15% of ids, frozen) split by id into a city-sized
   train set (<= 5,000 titles), validation and test, 17 categories.
3. Fine-tune twice with the platform's own loop (training/train.py), identical settings and
   tokenizer: from the pretrained weights and from random weights, with tiny.yaml's classifier head
   (`pooling`); then the pretrained and BERT's random start again with the other head (not in
   --quick). Fit the TF-IDF candidate (training/tfidf.py, its ONNX graph) on the same split.
4. Test macro-F1, accuracy and per-class F1 of each; encoders fine-tune once per seed (--seeds,
   default 3) and are compared on their mean, because one run's macro-F1 on 17 classes moves by a
   few hundredths with the seed. The served model is the best of the candidates (the promotion
   rule). Target: pretrained >= random-init + 0.10 macro-F1.
Ends with one JSON line (also written to --out).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

TARGET_GAIN = 0.10
BERT_INITIALIZER_RANGE = 0.02


def splits_of(evaluation, categories):
    import pandas as pd

    from training.datasets import Splits

    index = {c: i for i, c in enumerate(categories)}

    def frame(part):
        return pd.DataFrame({"record_id": part["id"].astype(str), "tenant": "petitions", "upload_id": "held-out",
                             "text": part["text"], "label": part["category"].map(index).astype("int64")})

    return Splits(train=frame(evaluation.train), validation=frame(evaluation.validation), test=frame(evaluation.test),
                  dataset_version=f"petitions-held-out-{len(evaluation.train)}", tenants=["petitions"],
                  label_codes=list(categories))


def scores(logits, labels, categories) -> dict:
    from training.evaluate import classification_metrics

    metrics = classification_metrics(labels, logits, categories)
    return {"macro_f1": round(metrics["macro_f1"], 4), "accuracy": round(metrics["accuracy"], 4),
            "per_class_f1": {c: round(v["f1"], 3) for c, v in metrics["per_class"].items()},
            "per_class_support": {c: v["support"] for c, v in metrics["per_class"].items()}}


def fine_tune(name, base_dir, splits, cfg, store, work, threads, seeds, device):
    """Fine-tune from `base_dir` once per seed (the classifier head's draw and the batch order differ);
    the scores of the first seed in full, and the macro-F1 of every seed with their mean."""
    import numpy as np
    import torch

    from training.evaluate import predict_logits
    from training.train import run_training

    torch.set_num_threads(threads)
    runs = []
    for seed in seeds:
        began = time.monotonic()
        result = run_training(cfg.model_copy(update={"base_model": str(base_dir), "seed": seed}), splits, store,
                              f"bench-{name}-{seed}", list(splits.label_codes), work, device=device)
        seconds = time.monotonic() - began
        logits = predict_logits(result.model_dir, splits.test["text"].tolist(), cfg.max_length, device="cpu")
        runs.append({**scores(logits, splits.test["label"].to_numpy(), splits.label_codes),
                     "fine_tune_seconds": round(seconds, 1), "steps": result.steps, "epochs": result.epochs,
                     "epochs_run": len(result.history["validation"]), "best_epoch": result.best_epoch,
                     "stopped_early": result.stopped_early})
    per_seed = [run["macro_f1"] for run in runs]
    return {**runs[0], "seeds": list(seeds), "macro_f1_per_seed": per_seed,
            "macro_f1_mean": round(float(np.mean(per_seed)), 4), "macro_f1_sd": round(float(np.std(per_seed)), 4),
            "accuracy_mean": round(float(np.mean([run["accuracy"] for run in runs])), 4)}


def random_init_twin(pretrained_dir: Path, out: Path, initializer_range: float) -> Path:
    """The same architecture and tokenizer with random weights drawn with `initializer_range`."""
    import torch
    from transformers import AutoConfig, AutoTokenizer, BertModel

    config = AutoConfig.from_pretrained(pretrained_dir)
    config.initializer_range = initializer_range
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        BertModel(config).save_pretrained(out)
    AutoTokenizer.from_pretrained(pretrained_dir).save_pretrained(out)
    return out


def with_overrides(model, overrides: list[str], option: str, fixed: tuple[str, ...] = ()):
    """A config section of tiny.yaml with FIELD=VALUE overrides, validated like the config file (pydantic
    converts "4" and "0.002" to the field's type); `fixed` fields cannot be overridden."""
    fields = dict(model.model_dump())
    allowed = [name for name in fields if name not in fixed]
    for item in overrides:
        name, _, value = item.partition("=")
        if name not in allowed or not value:
            raise SystemExit(f"{option} {item!r}: expected FIELD=VALUE with FIELD one of {', '.join(allowed)}")
        fields[name] = value
    return type(model).model_validate(fields)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=None, help="MLM steps (default: the tiny recipe's)")
    parser.add_argument("--train-max", type=int, default=5000)
    parser.add_argument("--epochs", type=int, default=10, help="fine-tuning epochs for both encoders")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seeds", type=int, default=3, help="fine-tuning runs per start (seeds 1234, 1235, ...)")
    parser.add_argument("--first-seed", type=int, default=1234,
                        help="the first fine-tuning seed (more seeds in a second run: --first-seed 1239)")
    parser.add_argument("--device", default=None, help="cpu, cuda, cuda:N (default: a GPU when there is one)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 30 MLM steps, 600 train titles, 2 epochs")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--encoder", type=Path, default=None,
                        help="an encoder pretrained before (a folder with pretraining.json): no pretraining here")
    parser.add_argument("--keep-encoder", type=Path, default=None,
                        help="copy the encoder pretrained here to this folder (for --encoder later)")
    parser.add_argument("--shape", action="append", default=[], metavar="FIELD=VALUE",
                        help="override a field of tiny.yaml's build_base (e.g. num_hidden_layers=4); repeatable")
    parser.add_argument("--recipe", action="append", default=[], metavar="FIELD=VALUE",
                        help="override a field of tiny.yaml's pretrain recipe (e.g. sequences=one_text); repeatable")
    parser.add_argument("--headline-only", action="store_true",
                        help="only the pretrained and BERT's random start (with the config's head), and TF-IDF")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stdout)
    logging.getLogger("training.train").setLevel(logging.WARNING)

    import torch

    from configuration import load_config
    from storage import LocalObjectStore
    from training import corpora, tfidf
    from training.pretrain import pretrain

    if not corpora.petition_files():
        print(json.dumps({"error": f"no petitions under {corpora.shared_data_dir()}"}))
        return 2
    torch.set_num_threads(args.threads)
    steps = 30 if args.quick and args.steps is None else args.steps
    train_max, epochs = (600, 2) if args.quick else (args.train_max, args.epochs)
    seeds = [args.first_seed + k for k in range(1 if args.quick else args.seeds)]
    base_cfg = load_config().training("tiny")
    # Pretraining reads no curated data here: the corpus is the shared text only.
    base_cfg = base_cfg.model_copy(update={"pretrain": base_cfg.pretrain.model_copy(
        update={"sources": ["petitions", "klue-ner"]})})
    if args.recipe:
        base_cfg = base_cfg.model_copy(update={"pretrain": with_overrides(base_cfg.pretrain, args.recipe, "--recipe",
                                                                              fixed=("sources",))})
    if args.shape:
        base_cfg = base_cfg.model_copy(update={"build_base": with_overrides(base_cfg.build_base, args.shape, "--shape")})
    with tempfile.TemporaryDirectory(prefix="bench-pretrain-") as scratch:
        scratch = Path(scratch)
        store = LocalObjectStore(scratch / "store")
        began = time.monotonic()
        if args.encoder is not None:
            report = json.loads((args.encoder / "pretraining.json").read_text(encoding="utf-8"))
            pretrained = SimpleNamespace(model_dir=args.encoder, report=report)
        else:
            pretrained = pretrain(base_cfg, store, scratch / "encoder", scratch / "datasets", device=args.device,
                                  steps=steps)
            if args.keep_encoder is not None:
                shutil.copytree(pretrained.model_dir, args.keep_encoder, dirs_exist_ok=True)
        mlm = {k: pretrained.report[k] for k in ("steps", "tokens_seen", "tokens_per_second", "train_seconds",
                                                 "corpus_seconds", "corpus_texts", "held_out_mlm", "device")}
        mlm["wall_seconds"] = round(time.monotonic() - began, 1) if args.encoder is None else None
        mlm["reused_encoder"] = (f"{args.encoder.name}, pretrained {pretrained.report.get('finished_at')}"
                                 if args.encoder is not None else None)
        evaluation = corpora.petition_eval_splits(scratch / "datasets", train_max=train_max,
                                                  test_max=600 if args.quick else 3000)
        splits = splits_of(evaluation, evaluation.categories)
        # Titles are short: 64 word pieces hold them; the rest of the fine-tuning settings are tiny.yaml's.
        cfg = base_cfg.model_copy(update={"max_length": 64, "epochs": epochs, "checkpoint_every_steps": 10**6,
                                          "max_train_samples": None, "log_every_steps": 10**6})
        results = {
            "pretrained": fine_tune("pretrained", pretrained.model_dir, splits, cfg, store, scratch / "work", args.threads,
                                    seeds, args.device),
        }
        # Two random starts: BERT's initializer_range 0.02 (what fine-tuning started from before the
        # pretrained encoder) and the config's own (0.1: a stronger random start for this width).
        starts = {"random_init": BERT_INITIALIZER_RANGE}
        if base_cfg.build_base.initializer_range != BERT_INITIALIZER_RANGE and not args.headline_only:
            starts[f"random_init_{base_cfg.build_base.initializer_range:g}"] = base_cfg.build_base.initializer_range
        twins = {name: random_init_twin(pretrained.model_dir, scratch / name, init) for name, init in starts.items()}
        for name, twin in twins.items():
            results[name] = fine_tune(name, twin, splits, cfg, store, scratch / "work", args.threads, seeds, args.device)
        # The other classifier head (training/classifier.py) on the pretrained and BERT's random start,
        # so that the gain of pretraining is shown under both heads in the same run.
        other = "cls" if cfg.pooling == "mean" else "mean"
        if not args.quick and not args.headline_only:
            other_cfg = cfg.model_copy(update={"pooling": other})
            for name, base in (("pretrained", pretrained.model_dir), ("random_init", twins["random_init"])):
                results[f"{name}_{other}_head"] = fine_tune(f"{name}-{other}", base, splits, other_cfg, store,
                                                           scratch / "work", args.threads, seeds, args.device)
        began = time.monotonic()
        candidate = tfidf.train_and_export(splits, scratch / "tfidf")
        results["tfidf"] = {**scores(candidate.test_logits, splits.test["label"].to_numpy(), splits.label_codes),
                            "fit_seconds": round(candidate.fit_seconds, 1),
                            "onnx_parity_max_abs_diff": candidate.parity["fp32"]["max_abs_diff"],
                            "wall_seconds": round(time.monotonic() - began, 1)}
    # Encoders are compared on their mean over the fine-tuning seeds; TF-IDF has no seed.
    mean = {name: row.get("macro_f1_mean", row["macro_f1"]) for name, row in results.items()}
    served = max(("pretrained", "tfidf"), key=lambda name: mean[name])
    gain = mean["pretrained"] - mean["random_init"]
    best_random = max((n for n in results if n.startswith("random_init") and not n.endswith("_head")),
                      key=lambda n: mean[n])
    gain_best = mean["pretrained"] - mean[best_random]
    gain_other_head = (round(mean[f"pretrained_{other}_head"] - mean[f"random_init_{other}_head"], 4)
                       if f"pretrained_{other}_head" in mean else None)
    report = {
        "benchmark": "pretrain", "quick": args.quick, "cpu_threads": args.threads,
        "encoder_shape": pretrained.report["architecture"], "pretrain_recipe": pretrained.report["recipe"],
        "mlm": mlm, "gpu_mlm": ("not measured: no GPU on this machine" if not torch.cuda.is_available()
                                else "see mlm" if mlm["device"].startswith("cuda") else "not measured: --device cpu"),
        "split": {"source": "petition titles held out from pretraining (15% of ids), split by id",
                  "train": len(splits.train), "validation": len(splits.validation), "test": len(splits.test),
                  "categories": len(splits.label_codes)},
        "fine_tune": {"epochs": epochs, "max_length": cfg.max_length, "batch_size": cfg.batch_size,
                      "learning_rate": cfg.learning_rate, "seeds": seeds, "head": cfg.pooling,
                      "restore_best_epoch": cfg.restore_best_epoch,
                      "early_stopping_patience": cfg.early_stopping_patience},
        "compared_on": "test macro-F1, mean over the fine-tuning seeds (TF-IDF: one fit)",
        "results": results,
        "gain_macro_f1_pretrained_vs_random": round(gain, 4),
        "target_gain": TARGET_GAIN, "gain_met": bool(gain >= TARGET_GAIN),
        f"gain_macro_f1_pretrained_vs_random_{other}_head": gain_other_head,
        "best_random_start": best_random, "gain_macro_f1_pretrained_vs_best_random": round(gain_best, 4),
        "pretrained_vs_tfidf_macro_f1": round(mean["pretrained"] - mean["tfidf"], 4),
        "served": served, "served_macro_f1": mean[served],
        "served_ge_tfidf": bool(mean[served] >= mean["tfidf"]),
    }
    print(f"MLM: {mlm['steps']} steps, {mlm['tokens_per_second']} tokens/s on {mlm['device']}, held-out loss "
          f"{mlm['held_out_mlm']['loss']}")
    for name, row in results.items():
        spread = f" (sd {row['macro_f1_sd']:.4f} over {len(row['seeds'])} seeds)" if "seeds" in row else ""
        print(f"{name:<16} macro-F1 {mean[name]:.4f}{spread}  accuracy {row.get('accuracy_mean', row['accuracy']):.4f}")
    print(f"pretrained - random-init (0.02): {gain:+.4f} (target +{TARGET_GAIN}); pretrained - best random start "
          f"({best_random}): {gain_best:+.4f}; with the {other} head: "
          f"{'not run' if gain_other_head is None else f'{gain_other_head:+.4f}'}; served: {served}")
    line = json.dumps(report, ensure_ascii=False)
    if args.out:
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
