"""Train the birth-date recognizer's second opinion (quality_gate/pii/recognizers/birth_date_context.py).

Data: the development document sets (eval_sets.BIRTH_DATE_TRAINING_SETS: written by other sessions,
each scored once as an independent set before it became a development set; never the newest set,
which stays independent). Every candidate the recognizer's digit patterns find in their texts is one
example: a birth date when it overlaps a labelled BIRTH_DATE value, otherwise not (the sets label the
other dates as look-alikes, and an unlabelled date is not a birth date either), plus the full dates
of real text the rules leave (real_text_examples: news and petition dates). A logistic
regression over the hashed context features; C and the threshold were chosen by leave-one-set-out
(benchmarks/pii_birth_dates.py), where each set is scored by a model trained on the others only.

    card = train_birth_date_model(folder)   # writes folder/birth_dates.npz, returns its card entry
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from quality_gate.pii.eval_sets import BIRTH_DATE_TRAINING_SETS, labelled_documents, sets_sha256
from quality_gate.pii.klue import FILENAME, read_klue
from quality_gate.pii.recognizers.birth_date import KoreanBirthDateRecognizer
from quality_gate.pii.recognizers.date_values import years_back
from quality_gate.pii.recognizers.birth_date_context import (BUCKETS, FILE, BirthDateContextModel, context_features,
                                                             feature_indices)
from training.pii_ner.data import DataSettings, petition_titles

C = 1.0  # leave-one-set-out: 0.3 and 3 did no better (benchmarks/pii_birth_dates.py)
THRESHOLD = 0.7  # 0.6 added a few more birth dates and about twice the wrong dates
SEED = 13


@dataclass
class SetExamples:
    """One example per candidate of every document of a set (its features' buckets, `birth`: the key of
    the labelled birth date it overlaps or None, `rules`: whether the rules alone mask it), plus what
    the rules alone find over the whole set (for the benchmark's comparison with the same run)."""
    examples: list[dict] = field(default_factory=list)
    labelled: int = 0
    rules_found: set = field(default_factory=set)  # keys of the labelled birth dates the rules mask
    rules_wrong: int = 0  # rule spans that overlap no labelled birth date


def set_examples(path: Path, recognizer: KoreanBirthDateRecognizer | None = None) -> SetExamples:
    recognizer = recognizer or KoreanBirthDateRecognizer()
    out = SetExamples()
    for number, document in enumerate(labelled_documents(path)):
        text = document.text
        births = {(number, start): (start, end) for entity, start, end in document.gold if entity == "BIRTH_DATE"}
        out.labelled += len(births)

        def birth_at(start: int, end: int):
            return next((key for key, (s, e) in births.items() if s < end and start < e), None)

        ruled = [(r.start, r.end) for r in recognizer.analyze(text, ["BIRTH_DATE"])]
        for start, end in ruled:
            key = birth_at(start, end)
            if key is None:
                out.rules_wrong += 1
            else:
                out.rules_found.add(key)
        for start, end, pattern in recognizer.date_candidates(text):
            out.examples.append({
                "buckets": feature_indices(context_features(text, start, end, pattern, years_back(text[start:end]))),
                "birth": birth_at(start, end),
                "rules": any(s < end and start < e for s, e in ruled),
                "pattern": pattern,
            })
    return out


def real_text_examples(settings: DataSettings) -> list[dict]:
    """Full dates in real text nobody here wrote, the KLUE-NER train part's sentences and the petition
    titles, that the rules do not mask: news and petition dates, taken as not birth dates. Without them
    the model marked 3 of 68 such dates (leave-one-set-out, half of them held out); with them 0, at the
    cost of 4 of 47 added birth dates on the development sets."""
    texts = petition_titles(Path(settings.petitions_dir), 10**7, 0)
    klue = Path(settings.klue_dir) / FILENAME
    if klue.is_file():
        texts += [sentence.text for sentence in read_klue(klue) if sentence.split == "train"]
    recognizer = KoreanBirthDateRecognizer()
    examples = []
    for text in texts:
        candidates = recognizer.date_candidates(text)
        if not candidates:
            continue
        ruled = [(r.start, r.end) for r in recognizer.analyze(text, ["BIRTH_DATE"])]
        examples += [{"buckets": feature_indices(context_features(text, start, end, pattern, years_back(text[start:end]))),
                      "birth": None, "rules": False, "pattern": pattern}
                     for start, end, pattern in candidates if not any(s < end and start < e for s, e in ruled)]
    return examples


def fit(examples: list[dict], c: float = C, threshold: float = THRESHOLD) -> BirthDateContextModel:
    from sklearn.linear_model import LogisticRegression

    if not any(e["birth"] is not None for e in examples) or all(e["birth"] is not None for e in examples):
        raise ValueError("birth-date training needs candidates of both kinds (birth dates and other dates)")
    columns = np.concatenate([e["buckets"] for e in examples])
    rows = np.repeat(np.arange(len(examples)), [len(e["buckets"]) for e in examples])
    matrix = csr_matrix((np.ones(len(columns), dtype=np.float32), (rows, columns)), shape=(len(examples), BUCKETS))
    labels = np.array([int(e["birth"] is not None) for e in examples])
    classifier = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(matrix, labels)
    return BirthDateContextModel(classifier.coef_[0].astype(np.float32), float(classifier.intercept_[0]), threshold)


def train_birth_date_model(folder: Path, settings: DataSettings, sets: dict[str, Path] | None = None) -> dict:
    """Train on the sets that exist (a checkout without tests/ trains none: the rules run alone)."""
    sets = {name: Path(path) for name, path in (sets or BIRTH_DATE_TRAINING_SETS).items() if Path(path).is_file()}
    if not sets:
        return {"trained": False, "why": "no development set found"}
    recognizer = KoreanBirthDateRecognizer()
    examples = [e for path in sets.values() for e in set_examples(path, recognizer).examples]
    real = real_text_examples(settings)
    model = fit(examples + real)
    model.save(Path(folder) / FILE)
    return {"trained": True, "file": FILE, "sets": sorted(sets), "sets_sha256": sets_sha256(sets),
            "candidates": len(examples), "real_text_dates": len(real), "birth_dates": sum(e["birth"] is not None for e in examples), "c": C,
            "threshold": THRESHOLD, "buckets": BUCKETS}
