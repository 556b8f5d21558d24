"""The birth-date recognizer's learned second opinion (quality_gate/pii/recognizers/birth_date_context.py):
its features, its file, how it joins the rules (union), and the shipped model on rosters of our own."""

from __future__ import annotations

import numpy as np
import pytest

from quality_gate.pii.recognizers.birth_date import KoreanBirthDateRecognizer
from quality_gate.pii.recognizers.date_values import years_back
from quality_gate.pii.recognizers.birth_date_context import (BUCKETS, FILE, BirthDateContextModel, context_features,
                                                             feature_indices, model_beside)

ROSTER = ("마을 안길 포장 동의서\n순번 성명 생년월일 주소 날인\n"
          "1 구말순 1941.08.22 원삼면 사암리 112-3 (인)\n2 표상철 1957.12.05 원삼면 사암리 98 (인)")
EVENTS = "처리 내역\n번호 담당 처리일 비고 사항\n1 안미숙 2024.02.19 서류 보완 요청\n2 기성훈 2024.02.21 현장 확인"


def _features_of(text: str, value: str) -> list[str]:
    start = text.index(value)
    return context_features(text, start, start + len(value), "ymd", years_back(value))


def test_features_read_the_header_line_the_name_before_and_the_line():
    features = _features_of(ROSTER, "1941.08.22")
    assert "header_birth=True" in features and "header_event=False" in features
    assert "hangul_word_before=3" in features and "numbered_line" in features
    assert {"line_word=구말순", "line_word=원삼면"} <= set(features)
    assert "left_end=구말순 " in features  # the characters right before the date, digits folded
    events = _features_of(EVENTS, "2024.02.19")
    assert "header_event=True" in events and "header_birth=False" in events
    assert "decades_back=0" in events and "decades_back=6" in features  # 60 years back or more: one bucket


def _header_model() -> BirthDateContextModel:
    """A hand-set model: a birth date exactly when the header line above names one."""
    weights = np.zeros(BUCKETS, dtype=np.float32)
    weights[feature_indices(["header_birth=True"])] = 6.0
    return BirthDateContextModel(weights, bias=-3.0, threshold=0.7)


def test_the_model_only_adds_to_the_rules():
    rules = KoreanBirthDateRecognizer()
    with_model = KoreanBirthDateRecognizer(context_model=_header_model())
    assert rules.analyze(ROSTER, ["BIRTH_DATE"]) == []  # no rule reads this roster
    found = [ROSTER[r.start:r.end] for r in with_model.analyze(ROSTER, ["BIRTH_DATE"])]
    assert found == ["1941.08.22", "1957.12.05"]
    assert with_model.analyze(EVENTS, ["BIRTH_DATE"]) == []
    labelled = "생년월일: 1962.03.04"  # the rules find it; the model adds no second span over it
    assert [(r.start, r.end) for r in with_model.analyze(labelled, ["BIRTH_DATE"])] == \
        [(r.start, r.end) for r in rules.analyze(labelled, ["BIRTH_DATE"])] == [(6, 16)]


def test_candidates_are_full_dates_only():
    recognizer = KoreanBirthDateRecognizer()
    text = "80년대 이야기, 3/5 공지, 1990년 8월 소식, 2001.04.09 기록, 19871203"
    assert [text[s:e] for s, e, _ in recognizer.date_candidates(text)] == ["2001.04.09", "19871203"]
    assert recognizer.date_candidates("숫자 없는 글") == []


def test_the_file_round_trips_and_names_its_fix(tmp_path):
    model = _header_model()
    model.save(tmp_path / FILE)
    loaded = model_beside(tmp_path)
    assert loaded is not None and loaded.threshold == 0.7 and loaded.bias == -3.0
    assert np.array_equal(loaded.weights, model.weights)
    assert model_beside(tmp_path / "elsewhere") is None and model_beside(None) is None
    np.savez_compressed(tmp_path / "old.npz", weights=np.zeros(8, np.float32), bias=0.0, threshold=0.7, buckets=8)
    with pytest.raises(ValueError, match="rebuild it with `minwon pii train-model`"):
        BirthDateContextModel.load(tmp_path / "old.npz")


def test_fit_learns_from_both_kinds_and_refuses_one():
    from training.pii_ner.birth_dates import fit

    births = [{"buckets": feature_indices(_features_of(ROSTER, v)), "birth": ("r", i)}
              for i, v in enumerate(["1941.08.22", "1957.12.05"])]
    others = [{"buckets": feature_indices(_features_of(EVENTS, v)), "birth": None} for v in ["2024.02.19", "2024.02.21"]]
    model = fit(births * 5 + others * 5)
    assert model.probability(_features_of(ROSTER, "1941.08.22")) > 0.7 > model.probability(_features_of(EVENTS, "2024.02.19"))
    with pytest.raises(ValueError, match="both kinds"):
        fit(others)


@pytest.fixture(scope="module")
def masker():
    from configuration import load_config
    from quality_gate.pii import build_masker

    return build_masker(load_config().quality_gate.pii)


def test_the_shipped_model_reads_rosters_the_rules_miss(masker):
    """Texts of our own (not from any evaluation set): the gate's model masks roster and bracket birth
    dates that no rule reads, and leaves a log's dates alone."""
    rules = KoreanBirthDateRecognizer()
    texts = {ROSTER: ["1941.08.22", "1957.12.05"],
             "봉사자 명부 (연번/성명/생년월일/거주동)\n1 도경민 88.2.19 상현동\n2 Marie Dubois 1990.7.3 동천동":
                 ["88.2.19", "1990.7.3"],
             "피해자: 염지유 (여, 초3, 2015.06.21), 경상": ["2015.06.21"],
             EVENTS: [],
             "회의 일정 안내: 2024.03.14 10시 시청 대회의실, 다음 회의 2024.04.11": []}
    for text, births in texts.items():
        assert rules.analyze(text, ["BIRTH_DATE"]) == []
        assert [text[d.start:d.end] for d in masker.detect(text) if d.entity == "BIRTH_DATE"] == births, text
