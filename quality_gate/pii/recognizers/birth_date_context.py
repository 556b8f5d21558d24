"""The birth-date recognizer's second opinion: a linear model that reads a date's surroundings.

Why: the rules in birth_date.py read the labels, headers and record shapes they were written for.
On text written after them they keep missing birth dates in layouts no rule reads: a roster under a
header line (`1 길재순 1949.10.03 백암면 …`), children listed one after another, a date beside a name
in a table without a header cell. Each new set of documents showed new layouts (birth dates rose from
0.88 to 0.97 on the sets the rules were written from, and only 0.79 -> 0.80 on the next one).

What: every match of birth_date.py's digit patterns is a candidate; the model scores it from what
surrounds it (context_features): character 1-3-grams of the 30 characters before it and the 14 after
(digits folded to 0, so `접수일 2024.` and `접수일 1999.` read alike), the last and first 1-6
characters next to it, the words of its line, whether a header line above it (a line of words
without digits) names a birth date or an event, whether a label for either appears earlier in the
text, how many dates its line holds, whether a Hangul word of 2-4 letters (a name's shape) or a
numbered line start comes before it, the decade it lies back and the pattern that matched.
Features are hashed (crc32) into BUCKETS weights of a logistic regression.

How it is combined: by union. A date the rules mask stays masked; the model only adds dates whose
probability exceeds its threshold (0.7, chosen by leave-one-set-out over the development sets:
benchmarks/pii_birth_dates.py). Trained by the PII model build (training/pii_ner/birth_dates.py) on
the labelled birth dates and other dates of the development document sets; it travels in the model
folder as birth_dates.npz (model_beside) and is absent from folders built before it (the rules then run alone).
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from quality_gate.pii.recognizers import fast_regex

BUCKETS = 1 << 18
FILE = "birth_dates.npz"
_FOLD_DIGITS = str.maketrans("0123456789", "0000000000")
_BIRTH = fast_regex.compile(r"생년월일|생일|출생|생년|dob|birth|born|生", re.IGNORECASE)
_EVENT = fast_regex.compile(r"접수|입사|방문|사망|신청|계약|등록|발급|처리|작성|일시|기간|기한")
_WORD = fast_regex.compile(r"[가-힣A-Za-z]{2,}")
_LINE_DATE = fast_regex.compile(r"[0-9]{2,4}\s?[./년-]\s?[0-9]{1,2}")
_NAME_BEFORE = fast_regex.compile(r"([가-힣]{2,4})[\s,:/()]{1,3}$")
_NUMBERED_LINE = fast_regex.compile(r"\s*(?:[0-9]{1,3}[.)]?\s+|[0-9]{1,3}\t)")
_HEADER_WORDS = fast_regex.compile(r"[가-힣A-Za-z]+")


def context_features(text: str, start: int, end: int, pattern: str, years_back: int) -> list[str]:
    """The names of the features that hold for the date text[start:end] (see the module docstring)."""
    features = [f"pattern={pattern}", f"decades_back={min(years_back // 10, 6) if years_back >= 0 else 'none'}"]
    left = text[max(0, start - 30):start].translate(_FOLD_DIGITS)
    right = text[end:end + 14].translate(_FOLD_DIGITS)
    for n in (1, 2, 3):
        features += [f"L{n}={left[i:i + n]}" for i in range(len(left) - n + 1)]
        features += [f"R{n}={right[i:i + n]}" for i in range(len(right) - n + 1)]
    for k in range(1, 7):
        features += [f"left_end={left[-k:]}", f"right_start={right[:k]}"]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    features += [f"line_word={word.lower()}" for word in _WORD.findall(line)]
    above = text[max(0, line_start - 300):line_start].split("\n")[-8:]
    if any(_BIRTH.search(row) for row in above):
        features.append("birth_label_above")
    if any(_EVENT.search(row) for row in above):
        features.append("event_label_above")
    if _BIRTH.search(text, 0, start):
        features.append("birth_label_earlier")
    for row in reversed(above):  # the nearest header line: words only, three or more
        if row.strip() and not any(c.isdigit() for c in row) and len(_HEADER_WORDS.findall(row)) >= 3:
            features += [f"header_birth={bool(_BIRTH.search(row))}", f"header_event={bool(_EVENT.search(row))}"]
            break
    name = _NAME_BEFORE.search(text, max(0, start - 10), start)
    if name:
        features.append(f"hangul_word_before={len(name.group(1))}")
    if _NUMBERED_LINE.match(line):
        features.append("numbered_line")
    features.append(f"dates_on_line={min(len(_LINE_DATE.findall(line)), 4)}")
    return features


def feature_indices(features: list[str]) -> np.ndarray:
    """Each feature's bucket, once (features are present or absent)."""
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) % BUCKETS for f in features), dtype=np.int64))


@dataclass(frozen=True)
class BirthDateContextModel:
    weights: np.ndarray  # float32 [BUCKETS]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        return self.probability_of(feature_indices(features))

    def probability_of(self, buckets: np.ndarray) -> float:
        z = self.bias + float(self.weights[buckets].sum())
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: Path) -> None:
        with open(path, "wb") as handle:
            np.savez_compressed(handle, weights=self.weights.astype(np.float32), bias=np.float64(self.bias),
                                threshold=np.float64(self.threshold), buckets=np.int64(BUCKETS))

    @classmethod
    def load(cls, path: Path) -> "BirthDateContextModel":
        with np.load(path) as stored:
            if int(stored["buckets"]) != BUCKETS:
                raise ValueError(f"{path}: {int(stored['buckets'])} feature buckets, this code hashes into {BUCKETS}: "
                                 "rebuild it with `minwon pii train-model`")
            return cls(stored["weights"].astype(np.float32), float(stored["bias"]), float(stored["threshold"]))


def model_beside(folder: Path | None) -> BirthDateContextModel | None:
    """The model built with the learned tagger, in its folder; None where the folder has none (built
    before it, or without the development sets): the rules then run alone."""
    path = Path(folder) / FILE if folder is not None else None
    return BirthDateContextModel.load(path) if path is not None and path.is_file() else None
