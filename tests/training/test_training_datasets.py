"""Step 2: curated Parquet -> deterministic, stratified, stable splits."""

import pandas as pd
import pytest

from configuration.models import SplitFractions
from storage import LocalObjectStore
from tests.training.synthetic import make_records, write_curated
from training.datasets import build_splits, load_splits

FRACTIONS = SplitFractions(validation=0.1, test=0.15)


def test_load_splits_drops_unlabelled_and_covers_everything(platform, splits, label_codes):
    records = platform["records"]
    labelled = records["department_code"].notna().sum()
    assert splits.dropped["unlabelled"] == records["department_code"].isna().sum()
    assert len(splits.train) + len(splits.validation) + len(splits.test) == labelled
    ids = [set(s["record_id"]) for s in (splits.train, splits.validation, splits.test)]
    assert not (ids[0] & ids[1] or ids[0] & ids[2] or ids[1] & ids[2])
    assert splits.tenants == ["seongnam", "suwon", "yongin"]
    assert splits.label_codes == label_codes
    assert splits.curated_keys == platform["keys"]
    row = splits.train.iloc[0]
    original = records.set_index("record_id").loc[row["record_id"]]
    assert row["text"] == original["title"] + "\n" + original["body"]
    assert label_codes[row["label"]] == original["department_code"]


def test_split_is_independent_of_files_and_order(tmp_path, platform, splits, label_codes):
    # The same records, in other files, other order: identical splits and dataset version.
    store = LocalObjectStore(tmp_path / "other")
    shuffled = platform["records"].sample(frac=1.0, random_state=3)
    write_curated(store, shuffled, files_per_tenant=5)
    again = load_splits(store, label_codes, FRACTIONS, seed=1)
    assert again.dataset_version == splits.dataset_version
    for a, b in ((again.train, splits.train), (again.validation, splits.validation), (again.test, splits.test)):
        pd.testing.assert_frame_equal(a.drop(columns="upload_id"), b.drop(columns="upload_id"))


def test_split_is_stratified_and_stable_as_data_grows(label_codes):
    records = make_records(5000, seed=2)
    first = build_splits(records, label_codes, FRACTIONS, seed=5)
    total = len(records)
    for name, frame, fraction in (("test", first.test, 0.15), ("validation", first.validation, 0.10)):
        assert abs(len(frame) / total - fraction) < 0.02, name
        per_class = frame["label"].value_counts()
        class_sizes = records["department_code"].value_counts()
        for label, count in per_class.items():
            share = count / class_sizes[label_codes[label]]
            assert abs(share - fraction) < 0.05, (name, label_codes[label], share)
    # More data: nothing already split moves (no test record of an old model leaks into training).
    grown = pd.concat([records, make_records(1000, seed=9, prefix="new")], ignore_index=True)
    second = build_splits(grown, label_codes, FRACTIONS, seed=5)
    for name in ("train", "validation", "test"):
        old = set(getattr(first, name)["record_id"])
        assert old <= set(getattr(second, name)["record_id"]), name
    assert second.dataset_version != first.dataset_version
    # Another seed gives another split.
    assert set(build_splits(records, label_codes, FRACTIONS, seed=6).test["record_id"]) != set(first.test["record_id"])


def test_dataset_version_tracks_labels_and_text(label_codes):
    records = make_records(200, seed=3)
    base = build_splits(records, label_codes, FRACTIONS, seed=1).dataset_version
    relabelled = records.copy()
    relabelled.loc[0, "department_code"] = "TAX" if relabelled.loc[0, "department_code"] != "TAX" else "ADMIN"
    edited = records.copy()
    edited.loc[0, "body"] += " 추가"
    assert build_splits(relabelled, label_codes, FRACTIONS, seed=1).dataset_version != base
    assert build_splits(edited, label_codes, FRACTIONS, seed=1).dataset_version != base
    assert build_splits(records.iloc[::-1], label_codes, FRACTIONS, seed=1).dataset_version == base


def test_duplicates_and_unknown_codes(label_codes):
    records = make_records(100, seed=4)
    duplicate = records.iloc[[0]].assign(upload_id="u9999", body="다시 올린 민원 내용입니다")
    unknown = records.iloc[[1]].assign(record_id="x-unknown", department_code="NOT_A_CODE")
    splits = build_splits(pd.concat([records, duplicate, unknown]), label_codes, FRACTIONS, seed=1)
    assert splits.dropped == {"unlabelled": 0, "unknown_code": 1, "duplicate_record_id": 1}
    everything = pd.concat([splits.train, splits.validation, splits.test])
    kept = everything.set_index("record_id").loc[records.iloc[0]["record_id"]]
    assert kept["upload_id"] == "u9999"  # the later upload wins


def test_no_labelled_data_is_an_error(tmp_path, label_codes):
    with pytest.raises(ValueError, match="no labelled"):
        load_splits(LocalObjectStore(tmp_path / "empty"), label_codes, FRACTIONS, seed=1)
