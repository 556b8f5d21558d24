"""Does the int8 PII tagger decide the same on an x86 CPU without VNNI?

ONNX Runtime's int8 kernels on x86 CPUs with AVX2 or AVX-512F but no VNNI add pairs of uint8 x int8
products in 16-bit registers that saturate (onnxruntime issue #14642); with VNNI the sums are exact.
Since 2026-12-07 the tagger's int8 weights stay within +-64 so that no pair can saturate
(`training/pii_ner/export.py`), and the gate warns when an older tagger runs on such a CPU
(`quality_gate/pii/ner/model.py: int8_saturation_risk`).

The complaint classifier's int8 file (`training/export.py: quantize_int8`, dynamic int8) has the same
exposure; since 2026-12-07 its weights are within +-64 too, and serving falls back to the fp32 file
for older packages on such a CPU (`serving/onnx_session.py: int8_differs_on_this_cpu`).

This script checks both on a real instruction set rather than by arithmetic: it runs each model
natively and again under QEMU's user-mode emulator as a CPU without VNNI (`-cpu Haswell`: AVX2 and
FMA, no AVX-512, no VNNI; QEMU emulates each instruction, saturation included), on the evaluation
sets' texts, and compares what comes out: for a tagger the probabilities, per-character decisions
and kept spans; for a classifier file the logits and the department chosen. Emulation is slow (about
5 minutes for the 1.29 million characters of all the sets, per tagger, on one core): time is not
measured, only what comes out. A classifier's int8 file takes about 2 minutes for 1,000 petition
titles; its fp32 file more than 20 (QEMU's float vector code is slow), so leave fp32 files out.
Needs `qemu-x86_64` (Debian: qemu-user) on an x86-64 machine.

    python benchmarks/int8_without_vnni.py --model build/pii-ner/<key> [--model ...]
        [--classifier <package>/model.int8.onnx ...] [--texts 300 | --petitions 2000]
        [--json benchmarks/results/int8-without-vnni.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quality_gate.pii.eval_sets import DOCUMENT_SETS, MIXED_SET, labelled_documents  # noqa: E402
from quality_gate.pii.ner.codec import LABELS, decode_batch, entity_probabilities  # noqa: E402
from quality_gate.pii.ner.model import NerModel  # noqa: E402
from runtime.cpu import cpu_description  # noqa: E402

EMULATED_CPU = "Haswell"  # QEMU 7.2's TCG has AVX2 but not AVX-512 or VNNI


def evaluation_texts(limit: int) -> list[str]:
    """The texts of the mixed set and the document sets, in a fixed order; the first `limit` (0: all)."""
    texts = [doc.text for path in (MIXED_SET, *DOCUMENT_SETS.values()) for doc in labelled_documents(path)]
    return texts[:limit] if limit else texts


def petition_titles(limit: int, folder: Path = ROOT.parent / "shared" / "data" / "petitions") -> list[str]:
    """The first `limit` real petition titles (short texts, the classifier's kind of input)."""
    titles: list[str] = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                titles.append(row["title"])
                if len(titles) >= limit:
                    return titles
    if not titles:
        raise SystemExit(f"no petition titles in {folder}")
    return titles


def tagger_probabilities(model_dir: Path, texts: list[str]) -> list[np.ndarray]:
    return NerModel(model_dir, threads=1).probabilities(texts)


def classifier_logits(onnx_file: Path, texts: list[str], max_length: int = 128, batch_size: int = 32) -> np.ndarray:
    """[len(texts), n_labels] logits of a classifier package's ONNX file, with the package's tokenizer,
    padded per batch as serving does."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(onnx_file.parent / "tokenizer" / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    pad_id = tokenizer.token_to_id("[PAD]") or 0
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
    wanted = {i.name for i in session.get_inputs()}
    out = []
    for begin in range(0, len(texts), batch_size):
        rows = [e.ids for e in tokenizer.encode_batch(texts[begin : begin + batch_size])]
        ids = np.full((len(rows), max(map(len, rows))), pad_id, dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        out.append(session.run(None, {k: v for k, v in feeds.items() if k in wanted})[0])
    return np.concatenate(out)


def model_outputs(kind: str, path: Path, texts: list[str]) -> list[np.ndarray]:
    return tagger_probabilities(path, texts) if kind == "tagger" else [classifier_logits(path, texts)]


def emulated_outputs(models: list[tuple[str, Path]], texts_option: list[str], cpu: str,
                     work: Path) -> list[list[np.ndarray]]:
    """Each model's outputs computed by this script under `qemu-x86_64 -cpu <cpu>`."""
    command = ["qemu-x86_64", "-cpu", cpu, sys.executable, str(Path(__file__).resolve()), "--worker",
               "--work", str(work), *texts_option]
    for kind, path in models:
        command += ["--model" if kind == "tagger" else "--classifier", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    # QEMU names every host CPUID feature its emulator lacks: noise, not errors.
    stderr = "\n".join(line for line in result.stderr.splitlines() if "TCG doesn't support" not in line)
    if result.returncode != 0:
        raise SystemExit(f"the emulated run failed ({result.returncode}):\n{stderr[-3000:]}")
    print(result.stdout, end="", flush=True)
    out = []
    for index in range(len(models)):
        with np.load(work / f"{index}.npz") as saved:
            out.append([saved[f"arr_{i}"] for i in range(len(saved.files))])
    return out


def compare_classifier(onnx_file: Path, native: np.ndarray, emulated: np.ndarray) -> dict:
    """How far the emulated run's logits are from the native ones, and how many departments change."""
    from training.pii_ner.export import int8_weight_max

    diffs = np.abs(native - emulated)
    return {
        "classifier": str(onnx_file),
        "int8_weight_max": int8_weight_max(onnx_file),
        "texts": int(len(native)),
        "max_abs_logit_diff": float(diffs.max()),
        "mean_abs_logit_diff": float(diffs.mean()),
        "texts_with_other_logits": int((diffs.max(axis=1) > 0).sum()),
        "other_department": int((native.argmax(axis=1) != emulated.argmax(axis=1)).sum()),
    }


def compare_tagger(model_dir: Path, texts: list[str], native: list[np.ndarray], emulated: list[np.ndarray]) -> dict:
    """How far the emulated run's output is from the native one: probabilities, per-character
    decisions (a label's probability at or above its threshold) and the spans the tagger keeps."""
    card = json.loads((model_dir / "model_card.json").read_text(encoding="utf-8"))
    thresholds = card["thresholds"]
    extend = card.get("extend")
    high = np.array([thresholds.get(label, 0.5) for label in LABELS])
    diffs = np.concatenate([np.abs(a - b).ravel() for a, b in zip(native, emulated)])
    flips = sum(int(((entity_probabilities(a) >= high) != (entity_probabilities(b) >= high)).sum())
                for a, b in zip(native, emulated))
    native_spans = decode_batch(native, texts, thresholds, extend)
    emulated_spans = decode_batch(emulated, texts, thresholds, extend)
    as_set = lambda spans: {(s.label, s.start, s.end) for s in spans}  # noqa: E731
    only_native = sum(len(as_set(a) - as_set(b)) for a, b in zip(native_spans, emulated_spans))
    only_emulated = sum(len(as_set(b) - as_set(a)) for a, b in zip(native_spans, emulated_spans))
    return {
        "model": model_dir.name,
        "precision": card["onnx"].get("precision"),
        "int8_weight_max": card["onnx"].get("int8_weight_max", 127),  # cards without it: full-range weights
        "texts": len(texts),
        "characters": int(sum(len(t) for t in texts)),
        "max_abs_probability_diff": float(diffs.max()),
        "mean_abs_probability_diff": float(diffs.mean()),
        "decision_flips": flips,
        "decision_flip_share": flips / max(1, sum(len(t) for t in texts) * len(LABELS)),
        "texts_with_other_spans": sum(as_set(a) != as_set(b) for a, b in zip(native_spans, emulated_spans)),
        "spans_native": sum(len(s) for s in native_spans),
        "spans_only_native": only_native,
        "spans_only_emulated": only_emulated,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", action="append", type=Path, default=[], help="a PII tagger folder (repeatable)")
    parser.add_argument("--classifier", action="append", type=Path, default=[],
                        help="a classifier package's ONNX file, e.g. <package>/model.int8.onnx (repeatable)")
    parser.add_argument("--texts", type=int, default=0, help="the first N evaluation texts (0: all)")
    parser.add_argument("--petitions", type=int, default=0,
                        help="instead, the first N petition titles of ../shared/data/petitions/")
    parser.add_argument("--cpu", default=EMULATED_CPU, help="QEMU CPU model to emulate")
    parser.add_argument("--json", type=Path, help="also write the result here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    models = [("tagger", path) for path in args.model] + [("classifier", path) for path in args.classifier]
    if not models:
        parser.error("name at least one --model or --classifier")
    texts = petition_titles(args.petitions) if args.petitions else evaluation_texts(args.texts)

    if args.worker:  # under QEMU: write each model's outputs for the parent to compare
        for index, (kind, path) in enumerate(models):
            started = time.perf_counter()
            np.savez(args.work / f"{index}.npz", *model_outputs(kind, path, texts))
            print(f"  emulated {args.cpu}: {kind} {path} done in {time.perf_counter() - started:.0f} s", flush=True)
        return {}

    if platform.machine() not in ("x86_64", "AMD64") or not shutil.which("qemu-x86_64"):
        raise SystemExit("needs qemu-x86_64 (Debian: apt-get install qemu-user) on an x86-64 machine")
    host = cpu_description()
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters; this CPU: {host['model']} "
          f"({', '.join(host['isa']) or 'no listed ISA flags'}); emulated: {args.cpu} (AVX2, no VNNI)", flush=True)
    with tempfile.TemporaryDirectory(prefix="minwon-novnni-") as work:
        texts_option = ["--petitions", str(args.petitions)] if args.petitions else ["--texts", str(args.texts)]
        emulated = emulated_outputs(models, texts_option, args.cpu, Path(work))
    results = []
    for (kind, path), emulated_output in zip(models, emulated):
        if kind == "tagger":
            result = compare_tagger(path, texts, tagger_probabilities(path, texts), emulated_output)
            print(f"tagger {path.name}: int8 weights up to {result['int8_weight_max']}; max |dp| "
                  f"{result['max_abs_probability_diff']:.2e}; decision flips {result['decision_flips']} "
                  f"({result['decision_flip_share']:.4%}); texts with other spans {result['texts_with_other_spans']}; "
                  f"spans only native {result['spans_only_native']}, only emulated {result['spans_only_emulated']} "
                  f"of {result['spans_native']}", flush=True)
        else:
            result = compare_classifier(path, classifier_logits(path, texts), emulated_output[0])
            print(f"classifier {path}: int8 weights up to {result['int8_weight_max']}; max |dlogit| "
                  f"{result['max_abs_logit_diff']:.2e}, mean {result['mean_abs_logit_diff']:.2e}; texts with other "
                  f"logits {result['texts_with_other_logits']}, other department {result['other_department']} "
                  f"of {result['texts']}", flush=True)
        results.append(result)
    report = {"host_cpu": host, "emulated_cpu": args.cpu, "emulator": "qemu-x86_64 (user mode, TCG)",
              "texts": f"the first {len(texts)} petition titles" if args.petitions
              else f"the first {len(texts)} texts of the mixed and development sets",
              "results": results}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False))
    return report


if __name__ == "__main__":
    main()
