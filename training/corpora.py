"""Korean text available offline, as Hugging Face `datasets` (Arrow files, memory-mapped, cached).

- petitions: 85,856 public petition titles with 17 categories (../shared/data/petitions, MIT).
  A fixed share of them, chosen by a hash of the petition id, is HELD OUT: never pretrained on,
  used to evaluate the pretrained encoder (`petition_eval_splits`). The rule is frozen here so that
  no tuning can move a record between the pretraining corpus and the evaluation.
- klue-ner: 5,000 KLUE-NER v1.1 dev sentences (../shared/data/klue-ner, CC BY-SA 4.0), entity
  marks removed.
- curated: the platform's own masked, curated records (train split only: a record that some
  fine-tuned model is validated or tested on is never pretrained on).

The shared data folder is `$MINWON_SHARED_DATA`, else `<repo>/../shared/data`; a source that is
absent there is skipped and says so.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
PETITION_HOLDOUT = 0.15          # share of petition ids never pretrained on
PETITION_SALT = "petition-eval"  # changing it would unfreeze the held-out set: don't
LICENCES = {
    "petitions": "Blue House public petition titles 2019-2021, from github.com/choi-jiwoo/21-1-data-analytics-in-R "
                 "(commit 20c0483), MIT licence",
    "klue-ner": "KLUE-NER v1.1 dev set, KLUE benchmark (Park et al. 2021, arXiv:2105.09680), "
                "github.com/KLUE-benchmark/KLUE (commit 3efd987), CC BY-SA 4.0: models and data derived "
                "from it keep this attribution and are shared under the same licence",
    "curated": "the platform's curated uploads (PII-masked complaint text of the tenants); stays on the platform",
}
_KLUE_MARK = re.compile(r"<([^:<>]+):[A-Z]{2}>")


def text_features():
    """The one schema of every source (the csv loader gives large_string; concatenation needs one)."""
    import datasets

    return datasets.Features({"text": datasets.Value("large_string")})


def shared_data_dir() -> Path:
    return Path(os.environ.get("MINWON_SHARED_DATA", REPO.parent / "shared" / "data")).resolve()


def petition_files() -> list[Path]:
    return sorted((shared_data_dir() / "petitions").glob("petition_data.part*.csv"))


def klue_ner_file() -> Path | None:
    path = shared_data_dir() / "klue-ner" / "klue-ner-v1.1_dev.tsv"
    return path if path.is_file() else None


def position(key: str, salt: str) -> float:
    """A stable number in [0, 1) from a hash: the split rule of every held-out set here."""
    return int.from_bytes(hashlib.sha256(f"{salt}:{key}".encode()).digest()[:8], "big") / 2**64


def petition_held_out(petition_id) -> bool:
    return position(str(int(float(petition_id))), PETITION_SALT) < PETITION_HOLDOUT


def sha256_files(paths: list[Path]) -> dict[str, str]:
    digests = {}
    for path in paths:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digests[path.name] = digest.hexdigest()
    return digests


@dataclass
class Source:
    name: str
    dataset: object                  # datasets.Dataset with a "text" column
    files: dict[str, str] = field(default_factory=dict)   # file name -> sha256
    note: str = ""
    tenants: list[str] | None = None  # curated: the cities whose text it holds (what an erasure looks for)

    def describe(self) -> dict:
        described = {"records": len(self.dataset), "files": self.files, "licence": LICENCES[self.name], "note": self.note}
        return described if self.tenants is None else {**described, "tenants": self.tenants}


def _petitions_dataset(cache_dir: Path):
    import datasets

    files = petition_files()
    table = datasets.load_dataset("csv", data_files=[str(p) for p in files], split="train",
                                  cache_dir=str(cache_dir))
    return table.filter(lambda rows: [t is not None and i is not None for t, i in zip(rows["title"], rows["id"])],
                        batched=True, batch_size=10_000)


def petitions_source(cache_dir: Path) -> Source | None:
    """The petition titles NOT held out, deduplicated (2,155 titles repeat); a title that also appears
    under a held-out id is left out too, so no evaluation text is ever pretrained on."""
    files = petition_files()
    if not files:
        return None
    table = _petitions_dataset(cache_dir)
    # Whole columns as lists ([:]): iterating a datasets Column reads the Arrow table row by row.
    titles = table["title"][:]
    held = [petition_held_out(i) for i in table["id"][:]]
    seen = {title for title, out in zip(titles, held) if out}
    keep = []
    for index, (title, out) in enumerate(zip(titles, held)):
        if not out and title not in seen:
            seen.add(title)
            keep.append(index)
    table = table.select(keep).select_columns(["title"]).rename_column("title", "text")
    return Source("petitions", table, sha256_files(files),
                  f"{PETITION_HOLDOUT:.0%} of petition ids held out for evaluation (salt '{PETITION_SALT}')")


def klue_ner_sentences(path: Path) -> list[str]:
    sentences = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("## klue-ner"):
                sentences.append(_KLUE_MARK.sub(r"\1", line.split("\t", 1)[1].strip()))
    return sentences


def klue_ner_source(cache_dir: Path) -> Source | None:
    import datasets

    path = klue_ner_file()
    if path is None:
        return None
    table = datasets.Dataset.from_dict({"text": klue_ner_sentences(path)}, features=text_features())
    return Source("klue-ner", table, sha256_files([path]), "entity marks removed; sentences only")


def curated_source(store, keep_record) -> Source | None:
    """Curated texts whose record `keep_record(record_id)` accepts (the caller's train split)."""
    import datasets
    import pyarrow.parquet as pq

    from training.datasets import CURATED_PREFIX, model_text

    texts, digests, tenants = [], {}, set()
    for info in store.list(CURATED_PREFIX):
        if not info.key.endswith(".parquet"):
            continue
        tenants.add(info.key[len(CURATED_PREFIX):].split("/")[0])  # curated/<tenant>/<upload>.parquet
        data = store.get_bytes(info.key)
        digests[info.key] = hashlib.sha256(data).hexdigest()
        frame = pq.read_table(io.BytesIO(data), columns=["record_id", "title", "body"]).to_pandas()
        texts += [model_text(t, b) for rid, t, b in zip(frame["record_id"], frame["title"], frame["body"])
                  if keep_record(rid)]
    if not texts:
        return None
    return Source("curated", datasets.Dataset.from_dict({"text": texts}, features=text_features()), digests,
                  "train split of the fine-tuning config only (validation and test records excluded)",
                  tenants=sorted(tenants))


@dataclass(frozen=True)
class PetitionEval:
    """The held-out petitions as a small city would have them: train (<= train_max), validation, test."""

    train: object
    validation: object
    test: object
    categories: list[str]


def petition_eval_splits(cache_dir: Path, train_max: int = 5000, validation_max: int = 500,
                         test_max: int = 3000) -> PetitionEval:
    """Split the HELD-OUT petitions by id (a second hash), deduplicated by title, into pandas frames
    with columns id, text, category; frozen: the same every run."""
    table = _petitions_dataset(cache_dir).filter(lambda rows: [petition_held_out(i) for i in rows["id"]],
                                                 batched=True, batch_size=10_000)
    frame = table.to_pandas().drop_duplicates("title")
    frame = frame.assign(id=frame["id"].astype(float).astype(int), text=frame["title"].astype(str))
    where = frame["id"].map(lambda i: position(str(i), "petition-eval-split"))
    parts = {
        "train": frame[where < 0.6].sort_values("id").head(train_max),
        "validation": frame[(where >= 0.6) & (where < 0.7)].sort_values("id").head(validation_max),
        "test": frame[where >= 0.7].sort_values("id").head(test_max),
    }
    parts = {k: v[["id", "text", "category"]].reset_index(drop=True) for k, v in parts.items()}
    return PetitionEval(**parts, categories=sorted(frame["category"].unique().tolist()))
