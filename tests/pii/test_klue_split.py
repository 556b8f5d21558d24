"""The KLUE-NER train / held-out split is frozen: same source file, same held-out sentences.

Skips when ../shared/data/klue-ner is absent (MINWON_KLUE_NER_DIR points elsewhere).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quality_gate.pii.klue import FILENAME, default_klue_dir, file_sha256, read_klue, split_of, split_summary

RECORD = json.loads((Path(__file__).resolve().parent / "klue_split.json").read_text(encoding="utf-8"))
SOURCE = default_klue_dir() / FILENAME


def test_split_rule_is_deterministic_and_about_one_in_five():
    ids = [f"klue-ner-v1_dev_{i:05d}-wikitree" for i in range(2000)]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    share = sum(split_of(i) == "heldout" for i in ids) / len(ids)
    assert 0.17 < share < 0.23


@pytest.mark.skipif(not SOURCE.is_file(), reason=f"KLUE-NER not found at {SOURCE}")
def test_recorded_split_matches_the_data():
    assert file_sha256(SOURCE) == RECORD["source_sha256"], "the KLUE-NER source file changed"
    sentences = read_klue(SOURCE)
    summary = split_summary(sentences)
    assert summary["heldout_ids_sha256"] == RECORD["heldout_ids_sha256"]
    assert summary["train"] == RECORD["train"] and summary["heldout"] == RECORD["heldout"]
    # Rebuilt text is the header sentence without its <value:TAG> marks.
    assert sentences[0].text.startswith("경찰은 또 성매매 알선 자금을 관리한 박씨의 딸(32)과")
    assert ("PS" in {tag for _, _, tag in sentences[0].spans}) and sentences[0].text[21:22] == "박"
