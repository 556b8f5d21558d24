"""Curated records -> labelled train/validation/test splits.

The split of a record depends only on (seed, record_id) and the configured fractions: a hash of the
record id is mapped to [0, 1) and compared with the fractions. So the split is
- deterministic and independent of file order, file count or which process computes it (every DDP
  rank builds the same splits without communicating);
- stable as data grows: a record never moves between splits, so a record that a past model was
  tested on never leaks into a later model's training set, and the "shared held-out test split" of
  the champion/challenger comparison contains nothing any model trained on with the same seed;
- stratified in expectation: within each class the fractions hold up to sampling noise
  (about sqrt(n f (1-f)) records); small classes are not forced to exact counts, which is the
  price of the stability above.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass, field

import pandas as pd
import pyarrow.parquet as pq

from configuration.models import SplitFractions
from storage import ObjectStore

log = logging.getLogger(__name__)

CURATED_PREFIX = "curated/"
CURATED_COLUMNS = ["record_id", "tenant", "upload_id", "receipt_id", "received_at", "title", "body",
                   "department_code"]
SPLIT_COLUMNS = ["record_id", "tenant", "upload_id", "text", "label"]


@dataclass(frozen=True)
class Splits:
    """Each split is a DataFrame with columns record_id, tenant, upload_id, text, label (int index
    into `label_codes`), sorted by record_id."""

    train: pd.DataFrame
    validation: pd.DataFrame
    test: pd.DataFrame
    dataset_version: str
    tenants: list[str]
    label_codes: list[str]
    curated_keys: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> count, for lineage/reporting

    def by_tenant(self) -> dict[str, dict]:
        """Per city: the uploads its records came from and its records per split (for lineage; no text)."""
        result: dict[str, dict] = {}
        for name, frame in (("train", self.train), ("validation", self.validation), ("test", self.test)):
            for tenant, part in frame.groupby("tenant"):
                entry = result.setdefault(tenant, {"uploads": set(), "train": 0, "validation": 0, "test": 0})
                entry[name] = len(part)
                entry["uploads"].update(part["upload_id"])
        return {tenant: {**entry, "uploads": sorted(entry["uploads"])} for tenant, entry in sorted(result.items())}

    def counts(self) -> dict[str, dict[str, int]]:
        """Per split, records per label code (for logs and lineage; no text)."""
        return {
            name: {self.label_codes[i]: int(n) for i, n in frame["label"].value_counts().sort_index().items()}
            for name, frame in (("train", self.train), ("validation", self.validation), ("test", self.test))
        }


def model_text(title: str | None, body: str | None) -> str:
    """The classifier's input: title, newline, body (the serving side must build it the same way)."""
    return f"{title or ''}\n{body or ''}"


def read_curated(store: ObjectStore, prefix: str = CURATED_PREFIX) -> tuple[pd.DataFrame, list[str]]:
    """Every curated Parquet file under `prefix`, concatenated; returns (records, file keys)."""
    keys = sorted(info.key for info in store.list(prefix) if info.key.endswith(".parquet"))
    frames = []
    for key in keys:
        table = pq.read_table(io.BytesIO(store.get_bytes(key)))
        missing = [c for c in CURATED_COLUMNS if c not in table.column_names]
        if missing:
            raise ValueError(f"{key}: curated file lacks columns {missing}")
        frames.append(table.select(CURATED_COLUMNS).to_pandas())
    if not frames:
        return pd.DataFrame(columns=CURATED_COLUMNS), keys
    return pd.concat(frames, ignore_index=True), keys


def labelled_counts(store: ObjectStore, prefix: str = CURATED_PREFIX) -> dict[str, int]:
    """Labelled curated records per tenant (reads two columns only)."""
    counts: dict[str, int] = {}
    for key in sorted(info.key for info in store.list(prefix) if info.key.endswith(".parquet")):
        table = pq.read_table(io.BytesIO(store.get_bytes(key)), columns=["tenant", "department_code"])
        frame = table.to_pandas()
        for tenant, n in frame[frame["department_code"].notna()]["tenant"].value_counts().items():
            counts[tenant] = counts.get(tenant, 0) + int(n)
    return counts


def split_of(record_id: str, seed: int, fractions: SplitFractions) -> str:
    """'test', 'validation' or 'train', from a hash of (seed, record_id) alone."""
    digest = hashlib.sha256(f"{seed}:{record_id}".encode()).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    if position < fractions.test:
        return "test"
    if position < fractions.test + fractions.validation:
        return "validation"
    return "train"


def dataset_version(records: pd.DataFrame) -> str:
    """sha256 over sorted (record_id, label, sha256(text)): changes iff a record, label or text does."""
    digest = hashlib.sha256()
    for record_id, label, text in sorted(zip(records["record_id"], records["label"], records["text"])):
        text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        digest.update(f"{record_id}\t{label}\t{text_hash}\n".encode("utf-8"))
    return digest.hexdigest()


def build_splits(
    records: pd.DataFrame,
    label_codes: list[str],
    fractions: SplitFractions,
    seed: int,
    curated_keys: list[str] | None = None,
) -> Splits:
    """Label, deduplicate and split curated records (see the module docstring for the split rule)."""
    dropped: dict[str, int] = {}
    records = records.copy()
    labelled = records["department_code"].notna()
    dropped["unlabelled"] = int((~labelled).sum())
    records = records[labelled]
    index_of = {code: i for i, code in enumerate(label_codes)}
    known = records["department_code"].isin(index_of)
    # A code outside the taxonomy should have been stopped by the quality gate; never guess a label.
    dropped["unknown_code"] = int((~known).sum())
    records = records[known]
    # The same record_id in two files (a re-upload): keep one, deterministically (the last by
    # upload_id, then by content), so the result does not depend on file order.
    records = records.assign(text=[model_text(t, b) for t, b in zip(records["title"], records["body"])])
    records = records.sort_values(["record_id", "upload_id", "department_code", "text"], kind="stable")
    before = len(records)
    records = records.drop_duplicates("record_id", keep="last")
    dropped["duplicate_record_id"] = before - len(records)

    records = records.assign(label=records["department_code"].map(index_of).astype("int64"))
    records = records[SPLIT_COLUMNS].reset_index(drop=True)
    assignment = records["record_id"].map(lambda rid: split_of(rid, seed, fractions))
    parts = {
        name: records[assignment == name].sort_values("record_id").reset_index(drop=True)
        for name in ("train", "validation", "test")
    }
    splits = Splits(
        train=parts["train"],
        validation=parts["validation"],
        test=parts["test"],
        dataset_version=dataset_version(records),
        tenants=sorted(records["tenant"].unique().tolist()),
        label_codes=list(label_codes),
        curated_keys=list(curated_keys or []),
        dropped=dropped,
    )
    log.info("splits: train %d, validation %d, test %d; dropped %s; dataset %s",
             len(splits.train), len(splits.validation), len(splits.test), dropped,
             splits.dataset_version[:12])
    return splits


def load_splits(
    store: ObjectStore,
    label_codes: list[str],
    fractions: SplitFractions,
    seed: int,
    prefix: str = CURATED_PREFIX,
) -> Splits:
    """Read every curated file in the store and split it. Raises if nothing labelled is found."""
    records, keys = read_curated(store, prefix)
    splits = build_splits(records, label_codes, fractions, seed, curated_keys=keys)
    if len(splits.train) == 0:
        raise ValueError(f"no labelled curated records under '{prefix}' ({len(keys)} files)")
    return splits
