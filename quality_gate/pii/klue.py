"""KLUE-NER (v1.1 dev, CC BY-SA 4.0): reader and the frozen train / held-out split.

The file has one block per sentence: a `## <sentence id>\t<marked sentence>` header, then one
`CHAR\tBIO-TAG` line per character. `read_klue` rebuilds each sentence and its PS (person) and
LC (location) spans as character offsets.

The split is decided by the sentence id alone, before any model or rule was tuned on the data:
a sentence is held out when sha256("minwon-klue-split-v1:" + id) read as an integer is 0 mod 5
(about 20%). The held-out ids, their hash and the source file's hash are recorded in
tests/pii/klue_split.json; tests/pii/test_klue_split.py fails if either changes. Nothing may be
tuned on the held-out part: training reads only `split == "train"`.

Source: github.com/KLUE-benchmark/KLUE, klue_benchmark/klue-ner-v1.1/klue-ner-v1.1_dev.tsv
(Park et al. 2021, "KLUE: Korean Language Understanding Evaluation", arXiv:2105.09680),
licence CC BY-SA 4.0. Models trained on it carry that attribution (see training/pii_ner/).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from storage.manifest import sha256_file as file_sha256  # re-exported: the split record hashes its source with it

SPLIT_SALT = "minwon-klue-split-v1:"
HELDOUT_MODULUS = 5
FILENAME = "klue-ner-v1.1_dev.tsv"
ATTRIBUTION = (
    "KLUE-NER v1.1 (dev split), KLUE benchmark, Park et al. 2021, arXiv:2105.09680; "
    "licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
)
# KLUE tag -> the gate's entity name for the two types the gate cares about.
ENTITIES = {"PS": "PERSON", "LC": "LOCATION"}


@dataclass(frozen=True)
class KlueSentence:
    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, KLUE tag) for every tag, PS/LC/OG/DT/TI/QT

    @property
    def split(self) -> str:
        return split_of(self.id)


def default_klue_dir() -> Path:
    """MINWON_KLUE_NER_DIR, else ../shared/data/klue-ner next to the repository."""
    configured = os.environ.get("MINWON_KLUE_NER_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "klue-ner"


def split_of(sentence_id: str) -> str:
    digest = hashlib.sha256((SPLIT_SALT + sentence_id).encode("utf-8")).hexdigest()
    return "heldout" if int(digest, 16) % HELDOUT_MODULUS == 0 else "train"


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, i, kind))
            start = kind = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def read_klue(path: Path) -> list[KlueSentence]:
    """Every sentence of a KLUE-NER tsv file, in file order."""
    sentences = []
    sentence_id, chars, tags = None, [], []

    def flush() -> None:
        if sentence_id is not None:
            sentences.append(KlueSentence(sentence_id, "".join(chars), tuple(_spans(tags))))

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("## "):
                head = line[3:].split("\t", 1)
                if len(head) == 2 and head[0].startswith("klue-ner"):
                    flush()
                    sentence_id, chars, tags = head[0], [], []
                continue
            if not line or sentence_id is None:
                continue
            char, _, tag = line.rpartition("\t")
            if not char:
                raise ValueError(f"{path}: malformed line in {sentence_id}: expected CHAR<TAB>TAG")
            chars.append(char)
            tags.append(tag)
    flush()
    return sentences


def split_summary(sentences: list[KlueSentence]) -> dict:
    """Counts per part and the hash of the sorted held-out ids (what tests/pii/klue_split.json records)."""
    summary = {}
    for part in ("train", "heldout"):
        chosen = [s for s in sentences if s.split == part]
        summary[part] = {
            "sentences": len(chosen),
            "PS": sum(1 for s in chosen for span in s.spans if span[2] == "PS"),
            "LC": sum(1 for s in chosen for span in s.spans if span[2] == "LC"),
        }
    heldout_ids = sorted(s.id for s in sentences if s.split == "heldout")
    summary["heldout_ids_sha256"] = hashlib.sha256("\n".join(heldout_ids).encode("utf-8")).hexdigest()
    return summary
