"""Training data of the PII tagger: KLUE-NER (train part only) + synthetic sentences, as HF datasets.

- KLUE-NER: the `train` part of the frozen split (quality_gate/pii/klue.py); PS -> PERSON,
  LC -> LOCATION, every other tag -> no entity. A further 10% of it, chosen by sentence id, is the
  validation part (early stopping, the decision threshold, the int8 check). The held-out part is
  never read here.
- KLUE with its Korean-shaped person names swapped for generated ones (more surnames and given
  names than 4,000 news sentences hold; the context stays real), often with a petition title
  before or after it (so that opening a text is no evidence of a name).
- Synthetic sentences (synthetic.py) around real petition titles.

Everything goes through `datasets` (Arrow on disk, memory-mapped; `map` caches the encoding).
`data_fingerprint` hashes the inputs (the KLUE file, the petition files, the generator settings):
it names the cached build and goes into the model card.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import random
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from quality_gate.pii import lexicon
from quality_gate.pii import eval_sets
from quality_gate.pii.klue import ENTITIES, FILENAME, file_sha256, read_klue
from quality_gate.pii.ner.codec import N_FEATURES, CharCodec, bio_tags
from quality_gate.pii.recognizers.learned import stem
from training.pii_ner import synthetic

IGNORE = -100
VALID_SALT = "minwon-pii-valid-v1:"
_HANGUL_WORD = re.compile(r"[가-힣]+")


@dataclass(frozen=True)
class DataSettings:
    klue_dir: str
    petitions_dir: str
    synthetic: int = 3000
    synthetic_valid: int = 600
    klue_swapped_copies: int = 1
    carriers: int = 8000
    max_length: int = 256
    seed: int = 13
    # The development document sets (quality_gate/pii/eval_sets.py) whose PERSON and KR_ADDRESS values
    # train the tagger too, cut into pieces of whole lines; never the newest, independent set.
    document_sets: tuple[str, ...] = ("mixed", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                       "ninth", "tenth", "eleventh", "twelfth")


def default_petitions_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "petitions"


def petition_titles(directory: Path, limit: int, seed: int) -> list[str]:
    titles: list[str] = []
    for path in sorted(glob.glob(str(Path(directory) / "*.csv"))):
        with open(path, encoding="utf-8", newline="") as fh:
            titles.extend(row["title"] for row in csv.DictReader(fh) if row.get("title"))
    titles = sorted(set(titles))
    random.Random(seed).shuffle(titles)
    return titles[:limit]


def common_words(directory: Path, min_titles: int = 2) -> list[str]:
    """Hangul words (and their stems without a final particle) found in at least `min_titles`
    petition titles: ordinary vocabulary the gate uses to veto a tagger PERSON span that is only
    common words (`지하철`, `아파트 관리비`); see quality_gate/pii/recognizers/learned.py."""
    counts: dict[str, int] = {}
    for title in petition_titles(directory, 10**7, 0):
        words = set()
        for word in _HANGUL_WORD.findall(title):
            words.add(word)
            words.add(stem(word))
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return sorted(w for w, n in counts.items() if n >= min_titles and len(w) >= 2)


def data_fingerprint(settings: DataSettings) -> dict:
    klue = Path(settings.klue_dir) / FILENAME
    petitions = sorted(glob.glob(str(Path(settings.petitions_dir) / "*.csv")))
    parts = {
        "klue_sha256": file_sha256(klue) if klue.is_file() else None,
        "petitions_sha256": hashlib.sha256("".join(file_sha256(Path(p)) for p in petitions).encode()).hexdigest()
        if petitions else None,
        "settings": {k: v for k, v in asdict(settings).items() if not k.endswith("_dir")},
        # every development set: the tagger reads settings.document_sets of them, the birth-date model all
        "documents_sha256": eval_sets.sets_sha256(eval_sets.BIRTH_DATE_TRAINING_SETS),
    }
    parts["sha256"] = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return parts


def _is_valid_part(sentence_id: str) -> bool:
    return int(hashlib.sha256((VALID_SALT + sentence_id).encode()).hexdigest(), 16) % 10 == 0


def _swap_names(text: str, spans: list[list], rng: random.Random) -> tuple[str, list[list]]:
    """Replace Korean-shaped person names (surname + 1-2 syllables) with generated ones."""
    out, new_spans, position, shift = [], [], 0, 0
    for start, end, label in spans:
        value = text[start:end]
        replacement = value
        if label == "PERSON" and 2 <= len(value) <= 4 and all("가" <= c <= "힣" for c in value) and (
            value[0] in lexicon.SURNAMES_1 or value[:2] in lexicon.SURNAMES_2
        ):
            replacement = synthetic.korean_name(rng)
        out.append(text[position:start])
        out.append(replacement)
        new_spans.append([start + shift, start + shift + len(replacement), label])
        shift += len(replacement) - (end - start)
        position = end
    out.append(text[position:])
    return "".join(out), new_spans


def _embed(item: dict, carriers: list, rng: random.Random) -> dict:
    """The sentence with real carrier text before and/or after it: a name should not be read as a
    name because it opens the text (KLUE sentences often start with one; gate fields often do not)."""
    if not carriers:
        return item
    text, spans, ignore = item["text"], [list(s) for s in item["spans"]], [list(s) for s in item["ignore"]]
    if rng.random() < 0.6:
        carrier, proper = rng.choice(carriers)
        shift = len(carrier) + 1
        text = carrier + " " + text
        spans = [[s + shift, e + shift, label] for s, e, label in spans]
        ignore = [[s, e] for s, e in proper] + [[s + shift, e + shift] for s, e in ignore]
    if rng.random() < 0.3:
        carrier, proper = rng.choice(carriers)
        offset = len(text) + 1
        text = text + " " + carrier
        ignore += [[s + offset, e + offset] for s, e in proper]
    return item | {"text": text, "spans": spans, "ignore": ignore}


def raw_examples(settings: DataSettings) -> dict[str, list[dict]]:
    """{"train": [...], "valid": [...]} of {"text", "spans", "ignore", "source"}."""
    rng = random.Random(settings.seed)
    train, valid = [], []
    carriers = synthetic.tag_carriers(petition_titles(Path(settings.petitions_dir), settings.carriers, settings.seed))
    cut = len(carriers) // 10
    klue_path = Path(settings.klue_dir) / FILENAME
    if klue_path.is_file():
        for sentence in read_klue(klue_path):
            if sentence.split != "train":
                continue  # the held-out part is frozen for evaluation
            spans = [[s, e, ENTITIES[t]] for s, e, t in sentence.spans if t in ENTITIES]
            item = {"text": sentence.text, "spans": spans, "ignore": [], "source": "klue"}
            if _is_valid_part(sentence.id):
                valid.append(item)
                continue
            train.append(item)
            for _ in range(settings.klue_swapped_copies):
                text, swapped = _swap_names(sentence.text, spans, rng)
                if text != sentence.text:
                    copy = {"text": text, "spans": swapped, "ignore": [], "source": "klue-swapped"}
                    train.append(_embed(copy, carriers[cut:], rng))
    train.extend(document_pieces(settings))  # validation stays KLUE and synthetic: thresholds are chosen as before
    for item in synthetic.generate(settings.synthetic, carriers[cut:], settings.seed):
        train.append(item | {"source": "synthetic"})
    for item in synthetic.generate(settings.synthetic_valid, carriers[:cut], settings.seed + 1):
        valid.append(item | {"source": "synthetic"})
    return {"train": train, "valid": valid}


_DOCUMENT_LABELS = {"PERSON": "PERSON", "KR_ADDRESS": "ADDRESS"}


def document_pieces(settings: DataSettings) -> list[dict]:
    """The development sets' documents in pieces of whole lines up to max_length characters, with their
    PERSON and KR_ADDRESS values as tagger spans; a place name labelled as a look-alike is ignored (no
    loss: the tagger's LOCATION is right there, the sets do not label places)."""
    pieces = []
    for name in settings.document_sets:
        path = eval_sets.BIRTH_DATE_TRAINING_SETS.get(name)
        if path is None or not Path(path).is_file():
            continue
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            document = json.loads(line)
            text = document["text"]
            spans = [(v["start"], v["end"], _DOCUMENT_LABELS[v["entity"]]) for v in document["spans"]
                     if v["entity"] in _DOCUMENT_LABELS]
            places = [(n["start"], n["end"]) for n in document.get("negatives", []) if n["kind"] == "place_name"]
            start = 0
            while start < len(text):
                end = min(len(text), start + settings.max_length)
                if end < len(text):
                    cut = text.rfind("\n", start, end)
                    end = cut + 1 if cut > start else end
                inside = [[s - start, e - start, label] for s, e, label in spans if start <= s and e <= end]
                if not any(s < end and start < e and not (start <= s and e <= end) for s, e, _ in spans):
                    pieces.append({"text": text[start:end], "spans": inside, "source": f"document-{name}",
                                   "ignore": [[max(s, start) - start, min(e, end) - start] for s, e in places
                                              if s < end and start < e]})
                start = end
    return pieces


def encode_example(codec: CharCodec, item: dict, max_length: int) -> dict:
    text = item["text"][:max_length]
    tags = bio_tags(len(text), [s for s in item["spans"] if s[1] <= len(text)])
    for start, end in item["ignore"]:
        tags[start:end] = IGNORE
    return {"features": codec.encode(text).tolist(), "tags": tags.tolist(), "length": len(text)}


def build_datasets(settings: DataSettings, cache_dir: Path):
    """(codec, DatasetDict with train/valid: text, spans, features, tags, length)."""
    from datasets import Dataset, DatasetDict

    raw = raw_examples(settings)
    codec = CharCodec.build(item["text"] for item in raw["train"])
    cache_dir.mkdir(parents=True, exist_ok=True)
    parts = {}
    for name, items in raw.items():
        frame = Dataset.from_list([{"text": i["text"], "spans": json.dumps(i["spans"], ensure_ascii=False),
                                    "ignore": json.dumps(i["ignore"]), "source": i["source"]} for i in items])
        parts[name] = frame.map(
            lambda row: encode_example(codec, {"text": row["text"], "spans": json.loads(row["spans"]),
                                               "ignore": json.loads(row["ignore"])}, settings.max_length),
            cache_file_name=str(cache_dir / f"{name}-encoded.arrow"),
            desc=f"encode {name}",
        )
    return codec, DatasetDict(parts)


def materialise(dataset) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The encoded columns as numpy arrays, read once (the whole set is a few MB)."""
    features = [np.asarray(f, dtype=np.int64).reshape(-1, N_FEATURES) for f in dataset["features"]]
    tags = [np.asarray(t, dtype=np.int64) for t in dataset["tags"]]
    return features, tags


def batches(features: list[np.ndarray], tags: list[np.ndarray], batch_size: int, rng: np.random.Generator,
            shuffle: bool = True):
    """Padded (features [B, T, N_FEATURES], tags [B, T]) batches, grouped by length to limit padding."""
    lengths = np.array([len(t) for t in tags])
    order = np.argsort(lengths + (rng.random(len(lengths)) * 8 if shuffle else 0), kind="stable")
    chunks = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(chunks)
    for chunk in chunks:
        length = max(int(lengths[chunk].max()), 1)
        batch_features = np.zeros((len(chunk), length, N_FEATURES), dtype=np.int64)
        batch_tags = np.full((len(chunk), length), IGNORE, dtype=np.int64)
        for i, index in enumerate(chunk):
            batch_features[i, : lengths[index]] = features[index]
            batch_tags[i, : lengths[index]] = tags[index]
        yield chunk, batch_features, batch_tags
