"""Does the int8 PII tagger decide the same on an x86 CPU without VNNI?

ONNX Runtime's int8 kernels on x86 CPUs with AVX2 or AVX-512F but no VNNI add pairs of uint8 x int8
products in 16-bit registers that saturate (onnxruntime issue #14642); with VNNI the sums are exact.
Since 2026-12-07 the tagger's int8 weights stay within +-64 so that no pair can saturate
(`training/pii_ner/export.py`), and the gate warns when an older tagger runs on such a CPU
(`quality_gate/pii/ner/model.py: int8_saturation_risk`).

This script checks that on a real instruction set rather than by arithmetic: it runs each tagger
natively and again under QEMU's user-mode emulator as a CPU without VNNI (`-cpu Haswell`: AVX2 and
FMA, no AVX-512, no VNNI; QEMU emulates each instruction, saturation included), on the evaluation
sets' texts, and compares the probabilities and the spans the tagger keeps. Emulation is slow (about
4 minutes for the 1.29 million characters of all the sets, per tagger, on one core): time is not
measured, only what comes out. Needs `qemu-x86_64` (Debian: qemu-user) on an x86-64 machine.

    python benchmarks/int8_without_vnni.py --model build/pii-ner/<key> [--model ...] [--texts 300]
        [--json benchmarks/results/pii-tagger-int8-without-vnni.json]
"""

from __future__ import annotations

import argparse
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
from quality_gate.pii.ner.model import NerModel, cpu_description  # noqa: E402

EMULATED_CPU = "Haswell"  # QEMU 7.2's TCG has AVX2 but not AVX-512 or VNNI


def evaluation_texts(limit: int) -> list[str]:
    """The texts of the mixed set and the document sets, in a fixed order; the first `limit` (0: all)."""
    texts = [doc.text for path in (MIXED_SET, *DOCUMENT_SETS.values()) for doc in labelled_documents(path)]
    return texts[:limit] if limit else texts


def tagger_probabilities(model_dir: Path, texts: list[str]) -> list[np.ndarray]:
    return NerModel(model_dir, threads=1).probabilities(texts)


def emulated_probabilities(models: list[Path], texts_limit: int, cpu: str, work: Path) -> dict[str, list[np.ndarray]]:
    """Each model's probabilities computed by this script under `qemu-x86_64 -cpu <cpu>`."""
    command = ["qemu-x86_64", "-cpu", cpu, sys.executable, str(Path(__file__).resolve()), "--worker",
               "--work", str(work), "--texts", str(texts_limit)]
    for model in models:
        command += ["--model", str(model)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    # QEMU names every host CPUID feature its emulator lacks: noise, not errors.
    stderr = "\n".join(line for line in result.stderr.splitlines() if "TCG doesn't support" not in line)
    if result.returncode != 0:
        raise SystemExit(f"the emulated run failed ({result.returncode}):\n{stderr[-3000:]}")
    print(result.stdout, end="", flush=True)
    out = {}
    for model in models:
        with np.load(work / f"{model.name}.npz") as saved:
            out[model.name] = [saved[f"arr_{i}"] for i in range(len(saved.files))]
    return out


def compare(model_dir: Path, texts: list[str], native: list[np.ndarray], emulated: list[np.ndarray]) -> dict:
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
    parser.add_argument("--model", action="append", type=Path, required=True, help="a tagger folder (repeatable)")
    parser.add_argument("--texts", type=int, default=0, help="the first N evaluation texts (0: all)")
    parser.add_argument("--cpu", default=EMULATED_CPU, help="QEMU CPU model to emulate")
    parser.add_argument("--json", type=Path, help="also write the result here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    texts = evaluation_texts(args.texts)

    if args.worker:  # under QEMU: write each model's probabilities for the parent to compare
        for model in args.model:
            started = time.perf_counter()
            np.savez(args.work / f"{model.name}.npz", *tagger_probabilities(model, texts))
            print(f"  emulated {args.cpu}: {model.name} done in {time.perf_counter() - started:.0f} s", flush=True)
        return {}

    if platform.machine() not in ("x86_64", "AMD64") or not shutil.which("qemu-x86_64"):
        raise SystemExit("needs qemu-x86_64 (Debian: apt-get install qemu-user) on an x86-64 machine")
    host = cpu_description()
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters; this CPU: {host['model']} "
          f"({', '.join(host['isa']) or 'no listed ISA flags'}); emulated: {args.cpu} (AVX2, no VNNI)", flush=True)
    with tempfile.TemporaryDirectory(prefix="minwon-novnni-") as work:
        emulated = emulated_probabilities(args.model, args.texts, args.cpu, Path(work))
    results = []
    for model in args.model:
        result = compare(model, texts, tagger_probabilities(model, texts), emulated[model.name])
        results.append(result)
        print(f"{model.name}: int8 weights up to {result['int8_weight_max']}; max |dp| "
              f"{result['max_abs_probability_diff']:.2e}; decision flips {result['decision_flips']} "
              f"({result['decision_flip_share']:.4%}); texts with other spans {result['texts_with_other_spans']}; "
              f"spans only native {result['spans_only_native']}, only emulated {result['spans_only_emulated']} "
              f"of {result['spans_native']}", flush=True)
    report = {"host_cpu": host, "emulated_cpu": args.cpu, "emulator": "qemu-x86_64 (user mode, TCG)",
              "results": results}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False))
    return report


if __name__ == "__main__":
    main()
