"""Characters -> model inputs, and per-character tag probabilities -> spans (numpy only).

Shared by training (training/pii_ner/) and the gate's ONNX inference, so both encode and decode
text identically.

Inputs, one row of 6 ids per character (shape [batch, length, 6], int64):
  0  the character's id in the model's vocabulary (characters seen in training), or a bucket for
     unseen ones by class (unseen Hangul syllable, unseen hanja, Latin, ...);
  1-3 for a Hangul syllable, its initial / medial / final jamo (+1; 0 for anything else): a rare
     syllable of a given name still shares its parts with common ones;
  4  a coarse class: space, Hangul, hanja, upper-case Latin, lower-case Latin, digit, masking mark
     (`*`, `○`, `O` after Hangul, ...), punctuation, other;
  5  the pair of this character and the one before it (their vocabulary ids), hashed into
     BIGRAM_BUCKETS (+1; 0 pads): words of two syllables (`서울`, `씨가`, `주무관`'s `주무`) get a vector of
     their own, which a character model otherwise has to build from its neighbours.

Tags: O, then B-/I- for each label in LABELS. `decode` turns probabilities into spans with two
thresholds per label (hysteresis): a span is a run of characters whose most likely label is L with
P(B-L) + P(I-L) >= extend[L], and it is kept when at least one of its characters reaches
thresholds[L]. So `이(0.18) 한(0.36) 구(0.33)` is one name, not the fragment `한구`. A span also
ends where the next character is more likely a B than an I (two values side by side).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LABELS = ("PERSON", "LOCATION", "ADDRESS")
TAGS = ("O",) + tuple(f"{prefix}-{label}" for label in LABELS for prefix in ("B", "I"))
TAG_INDEX = {tag: i for i, tag in enumerate(TAGS)}

PAD, UNKNOWN = 0, 1
# Buckets for characters not in the vocabulary, by class (ids 2..2+len(CLASSES)-1).
CLASSES = ("pad", "space", "hangul", "hanja", "upper", "lower", "digit", "mask", "punct", "other")
CLASS_INDEX = {name: i for i, name in enumerate(CLASSES)}
FIRST_CHAR_ID = 2 + len(CLASSES)
N_FEATURES = 6
# Hash buckets of character pairs (feature 5). Measured on the validation part and the development sets,
# 2026-12-06: 8,192 buckets lifted the gate's KLUE-validation persons 0.755 -> 0.788 and locations
# 0.750 -> 0.831 and names on every development set; 16,384 did no better and doubles the file.
BIGRAM_BUCKETS = 8192
N_CHO, N_JUNG, N_JONG = 19, 21, 28
MASK_MARKS = "*○●◯×＊"  # what people type in place of hidden characters (`김○수`, `이*영`)
_TABLE_SIZE = 0x10000  # the Basic Multilingual Plane; anything above is "other"


def _char_class(ch: str) -> str:
    code = ord(ch)
    if ch.isspace():
        return "space"
    if ch in MASK_MARKS:
        return "mask"
    if 0xAC00 <= code <= 0xD7A3 or 0x3131 <= code <= 0x318E:
        return "hangul"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "hanja"
    if "A" <= ch <= "Z":
        return "upper"
    if "a" <= ch <= "z" or ch.isalpha():
        return "lower"
    if ch.isdigit():
        return "digit"
    if not ch.isalnum():
        return "punct"
    return "other"


@dataclass
class CharCodec:
    """The vocabulary of one model version (its `vocab.json`) and vectorised lookup tables."""

    chars: tuple[str, ...]

    def __post_init__(self) -> None:
        # One table row per code point below _TABLE_SIZE: [char id, cho, jung, jong, class].
        table = np.zeros((_TABLE_SIZE, N_FEATURES), dtype=np.int64)
        for code in range(_TABLE_SIZE):
            ch = chr(code)
            cls = CLASS_INDEX[_char_class(ch)] if code else CLASS_INDEX["pad"]
            table[code, 0] = 2 + cls if code else PAD
            table[code, 4] = cls
            if 0xAC00 <= code <= 0xD7A3:
                offset = code - 0xAC00
                table[code, 1] = offset // (N_JUNG * N_JONG) + 1
                table[code, 2] = (offset // N_JONG) % N_JUNG + 1
                table[code, 3] = offset % N_JONG + 1
        for i, ch in enumerate(self.chars):
            if ord(ch) < _TABLE_SIZE:
                table[ord(ch), 0] = FIRST_CHAR_ID + i
        self._table = table
        self._other = table[ord("?")].copy()
        self._other[0] = 2 + CLASS_INDEX["other"]
        self._other[4] = CLASS_INDEX["other"]

    @property
    def vocab_size(self) -> int:
        return FIRST_CHAR_ID + len(self.chars)

    @classmethod
    def build(cls, texts, max_chars: int = 4000, min_count: int = 2) -> "CharCodec":
        counts: dict[str, int] = {}
        for text in texts:
            for ch in text:
                counts[ch] = counts.get(ch, 0) + 1
        kept = [ch for ch, n in counts.items() if n >= min_count and ord(ch) < _TABLE_SIZE and not ch.isspace()]
        kept.sort(key=lambda ch: (-counts[ch], ch))
        return cls(tuple(sorted(kept[:max_chars])))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"chars": "".join(self.chars)}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "CharCodec":
        return cls(tuple(json.loads(path.read_text(encoding="utf-8"))["chars"]))

    def encode(self, text: str) -> np.ndarray:
        """[len(text), N_FEATURES] int64 features of one text."""
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        out = self._table[np.minimum(codes, _TABLE_SIZE - 1)]  # a copy (fancy indexing)
        if codes.size and codes.max() >= _TABLE_SIZE:
            out[codes >= _TABLE_SIZE] = self._other
        ids = out[:, 0]
        previous = np.concatenate([[0], ids[:-1]]) if ids.size else ids
        out[:, 5] = (previous * 1000003 + ids * 7919) % BIGRAM_BUCKETS + 1
        return out

    def encode_each(self, texts: list[str]) -> list[np.ndarray]:
        """[encode(t) for t in texts] in one pass of array work over all their characters (per text,
        numpy's call overhead cost more than the lookup)."""
        lengths = [len(t) for t in texts]
        joined = self.encode("".join(texts))
        starts = np.cumsum([0] + lengths[:-1]) if texts else np.zeros(0, dtype=np.int64)
        firsts = starts[np.asarray(lengths) > 0] if texts else starts
        # each text's first character has no character before it (encode's `previous` is 0 there)
        joined[firsts, 5] = (joined[firsts, 0] * 7919) % BIGRAM_BUCKETS + 1
        return [joined[start:start + n] for start, n in zip(starts.tolist(), lengths)]

    def encode_batch(self, texts: list[str], length: int | None = None) -> np.ndarray:
        """[len(texts), length, N_FEATURES], padded with PAD rows (length: the longest text by default)."""
        return pad_rows(self.encode_each([text[:length] if length else text for text in texts]), length)


def pad_rows(rows: list[np.ndarray], length: int | None = None) -> np.ndarray:
    """Encoded texts ([n, N_FEATURES] each) as one [len(rows), length, N_FEATURES] batch padded with PAD
    rows (length: the longest, at least 1, by default)."""
    length = length or max((len(row) for row in rows), default=1) or 1
    batch = np.zeros((len(rows), length, N_FEATURES), dtype=np.int64)
    for i, row in enumerate(rows):
        batch[i, : len(row)] = row[:length]
    return batch


@dataclass(frozen=True, slots=True)
class Span:
    label: str
    start: int
    end: int
    score: float


def entity_probabilities(probs: np.ndarray) -> np.ndarray:
    """[T, n_tags] tag probabilities -> [T, len(LABELS)]: P(B-L) + P(I-L)."""
    return probs[:, 1::2] + probs[:, 2::2]


def decode(probs: np.ndarray, text: str, thresholds: dict[str, float],
           extend: dict[str, float] | None = None) -> list[Span]:
    """Spans of one text from its [len(text), n_tags] probabilities; whitespace never starts or ends one."""
    return decode_batch([probs], [text], thresholds, extend)[0]


def decode_batch(probs: list[np.ndarray], texts: list[str], thresholds: dict[str, float],
                 extend: dict[str, float] | None = None) -> list[list[Span]]:
    """decode() of many texts: the array work runs once over all their characters (per text, numpy's
    call overhead cost more than the walk), then each text's characters are walked as Python lists.

    A value starts at a character above its label's `extend` threshold (the lower one) and goes on over
    the following characters of the same best label until one reads as a new value's beginning (B above
    I); it is kept when its best character reaches the label's main threshold."""
    lengths = [len(text) for text in texts]
    total = sum(lengths)
    if total == 0:
        return [[] for _ in texts]
    stacked = np.concatenate([p[:n] for p, n in zip(probs, lengths)])
    per_label = entity_probabilities(stacked)
    high = [thresholds.get(label, 0.5) for label in LABELS]
    low = np.array([min((extend or {}).get(label, high[i]), high[i]) for i, label in enumerate(LABELS)])
    rows = np.arange(total)
    best = per_label.argmax(axis=1)
    best_p = per_label[rows, best]
    on = best_p >= low[best]
    begins = stacked[rows, 1 + 2 * best] > stacked[rows, 2 + 2 * best]
    ons = np.flatnonzero(on).tolist()
    if not ons:
        return [[] for _ in texts]
    on_list, best_list, begins_list, best_p_list = on.tolist(), best.tolist(), begins.tolist(), best_p.tolist()
    out: list[list[Span]] = []
    k, base = 0, 0
    for text, n in zip(texts, lengths):
        spans: list[Span] = []
        stop, j = base + n, base
        while k < len(ons) and ons[k] < stop:
            i = ons[k]
            k += 1
            if i < j or text[i - base].isspace():
                continue
            label = best_list[i]
            j = i + 1
            while j < stop and on_list[j] and best_list[j] == label:
                if begins_list[j] and not text[j - 1 - base].isspace():
                    break  # the next character starts a new value of the same label
                j += 1
            end = j
            while end > i and text[end - 1 - base].isspace():
                end -= 1
            peak = max(best_p_list[i:end])
            if peak >= high[label]:
                spans.append(Span(LABELS[label], i - base, end - base, peak))
        out.append(spans)
        base = stop
    return out


def bio_tags(length: int, spans) -> np.ndarray:
    """Tag ids for a text of `length` characters with (start, end, label) spans."""
    tags = np.zeros(length, dtype=np.int64)
    for start, end, label in spans:
        if label not in LABELS or start >= end:
            continue
        tags[start] = TAG_INDEX["B-" + label]
        tags[start + 1 : end] = TAG_INDEX["I-" + label]
    return tags
