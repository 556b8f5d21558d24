"""Leave-one-set-out for the learned birth-date model (training/pii_ner/birth_dates.py).

Each development set is scored by a model trained on the other sets only, so every number below is
on documents the model never saw. Per set: labelled birth dates, and the birth dates and wrong dates
that the rules alone find (KoreanBirthDateRecognizer without its model) and the rules together with
the model (union). Every fold also trains on the real-text dates (real_text_examples), as the
shipped model does. The baseline is the rules in the same run; the ratio printed is union / rules
recall. A labelled birth date counts as found when a masked span overlaps it (not the evaluation's
80%-of-characters coverage, so the figures differ a little from `minwon pii evaluate`). The grid over C and
the threshold is how THRESHOLD and C in birth_dates.py were chosen.

    python benchmarks/pii_birth_dates.py --out benchmarks/results/pii-birth-dates-loso.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quality_gate.pii.eval_sets import BIRTH_DATE_TRAINING_SETS  # noqa: E402
from quality_gate.pii.recognizers.birth_date import KoreanBirthDateRecognizer  # noqa: E402
from training.pii_ner.birth_dates import C, THRESHOLD, SetExamples, fit, real_text_examples, set_examples  # noqa: E402
from training.pii_ner.build import default_settings  # noqa: E402


def counts(model, found: SetExamples, threshold: float) -> dict:
    """Birth dates and wrong dates masked by the rules alone, and by the rules with the model's additions."""
    added = [e for e in found.examples if not e["rules"] and model.probability_of(e["buckets"]) > threshold]
    births = found.rules_found | {e["birth"] for e in added if e["birth"] is not None}
    wrong = found.rules_wrong + sum(e["birth"] is None for e in added)
    return {"rules": [len(found.rules_found), found.rules_wrong], "union": [len(births), wrong]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--c", type=float, nargs="*", default=[0.3, C, 3.0])
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.6, THRESHOLD, 0.8])
    args = parser.parse_args()
    began = time.monotonic()
    recognizer = KoreanBirthDateRecognizer()
    examples = {name: set_examples(path, recognizer) for name, path in BIRTH_DATE_TRAINING_SETS.items()}
    labelled = {name: found.labelled for name, found in examples.items()}
    real = real_text_examples(default_settings())  # in every fold's training, as in the shipped model
    grid = []
    for c in args.c:
        models = {held: fit([e for name in examples if name != held for e in examples[name].examples] + real, c=c) for held in examples}
        for threshold in args.threshold:
            per_set = {}
            for held, model in models.items():
                found = counts(model, examples[held], threshold)
                per_set[held] = {"labelled": labelled[held],
                                 "rules": {"birth_dates": found["rules"][0], "wrong_dates": found["rules"][1],
                                           "recall": round(found["rules"][0] / labelled[held], 4)},
                                 "rules_and_model": {"birth_dates": found["union"][0], "wrong_dates": found["union"][1],
                                                     "recall": round(found["union"][0] / labelled[held], 4)}}
            rules = sum(s["rules"]["birth_dates"] for s in per_set.values())
            union = sum(s["rules_and_model"]["birth_dates"] for s in per_set.values())
            wrong = (sum(s["rules"]["wrong_dates"] for s in per_set.values()),
                     sum(s["rules_and_model"]["wrong_dates"] for s in per_set.values()))
            row = {"c": c, "threshold": threshold, "sets": per_set, "labelled": sum(labelled.values()),
                   "rules_birth_dates": rules, "union_birth_dates": union, "recall_ratio_union_over_rules":
                   round(union / rules, 4), "rules_wrong_dates": wrong[0], "union_wrong_dates": wrong[1],
                   "chosen": c == C and threshold == THRESHOLD}
            grid.append(row)
            print(f"C={c:<4} threshold={threshold:<4} birth dates: rules {rules}, rules+model {union} "
                  f"(ratio {union / rules:.3f}) of {row['labelled']}; wrong dates {wrong[0]} -> {wrong[1]}")
            if row["chosen"]:
                for held, s in per_set.items():
                    print(f"    {held:7s} rules {s['rules']['recall']:.3f} ({s['rules']['wrong_dates']} wrong)  "
                          f"rules+model {s['rules_and_model']['recall']:.3f} ({s['rules_and_model']['wrong_dates']} wrong)")
    result = {"what": "leave-one-set-out over the birth-date model's development sets: each set scored by a model "
                      "trained on the others; a labelled birth date counts once when a masked span overlaps it; wrong dates are masked spans that overlap none",
              "candidates": {name: len(found.examples) for name, found in examples.items()}, "real_text_dates": len(real), "grid": grid,
              "seconds": round(time.monotonic() - began, 1)}
    print(json.dumps({k: v for k, v in result.items() if k != "grid"}))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
