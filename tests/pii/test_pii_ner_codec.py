"""The learned PII tagger's codec: characters to features (alone, many at once, padded batches) and
tag probabilities back to spans."""

from __future__ import annotations

import numpy as np

from quality_gate.pii.ner.codec import (BIGRAM_BUCKETS, FIRST_CHAR_ID, LABELS, N_FEATURES, TAG_INDEX, TAGS, CharCodec,
                                        bio_tags, decode)


def test_codec_features_and_save_load(tmp_path):
    codec = CharCodec.build(["김민수 주무관", "김민수님"], min_count=1)
    features = codec.encode("김밥 A1")
    assert features.shape == (5, N_FEATURES) == (5, 6)
    assert features[0, 0] >= FIRST_CHAR_ID  # 김: in the vocabulary
    assert features[1, 0] < FIRST_CHAR_ID  # 밥: unseen Hangul -> a class bucket
    assert list(features[1, 1:4]) == [8, 1, 18]  # ㅂ + ㅏ + ㅂ (+1 each): shared with seen syllables
    assert features[2, 4] != features[3, 4] != features[4, 4]  # space, upper, digit classes differ
    codec.save(tmp_path / "vocab.json")
    again = CharCodec.load(tmp_path / "vocab.json")
    assert np.array_equal(again.encode("김민수 😀"), codec.encode("김민수 😀"))  # above the BMP: "other"
    # Feature 5, the character pair: the same pair hashes alike wherever it stands, another pair differently.
    pairs = codec.encode("김민수 김민수님")[:, 5]
    assert pairs[1] == pairs[5] and pairs[2] == pairs[6] and pairs[1] != pairs[2] and pairs.min() >= 1
    assert pairs.max() <= BIGRAM_BUCKETS
    batch = codec.encode_batch(["김", "김민수"])
    assert batch.shape == (2, 3, 6) and not batch[0, 1:].any()  # padding rows are all zero


def test_encoding_many_texts_at_once_equals_encoding_each():
    codec = CharCodec.build(["김민수 주무관", "김민수님", "010-1234"], min_count=1)
    texts = ["김민수", "", "수님 010", "😀김", "김", "", "민수 주무관 A1 漢字"]
    each = codec.encode_each(texts)
    assert len(each) == len(texts)
    for text, features in zip(texts, each):
        # the first character of each text reads no character before it, as when it is encoded alone
        assert features.shape == (len(text), N_FEATURES) and np.array_equal(features, codec.encode(text))
    assert codec.encode_each([]) == []
    batch, cut = codec.encode_batch(texts), codec.encode_batch(texts, length=3)
    assert batch.shape == (len(texts), max(map(len, texts)), N_FEATURES) and cut.shape == (len(texts), 3, N_FEATURES)
    for row, text in enumerate(texts):
        assert np.array_equal(batch[row, : len(text)], codec.encode(text)) and not batch[row, len(text):].any()
        assert np.array_equal(cut[row, : len(text[:3])], codec.encode(text[:3]))


def test_bio_tags_and_decode_round_trip():
    text = "참석자: 김민수, 이서연"
    tags = bio_tags(len(text), [(5, 8, "PERSON"), (10, 13, "PERSON")])
    probs = np.full((len(text), len(TAGS)), 0.01)
    probs[np.arange(len(text)), tags] = 0.93
    spans = decode(probs, text, {label: 0.5 for label in LABELS})
    assert [(s.label, text[s.start:s.end]) for s in spans] == [("PERSON", "김민수"), ("PERSON", "이서연")]
    # Two adjacent values of one label are split where a B is likelier than an I.
    text2 = "김민수이서연"
    tags2 = bio_tags(6, [(0, 3, "PERSON"), (3, 6, "PERSON")])
    probs2 = np.full((6, len(TAGS)), 0.01)
    probs2[np.arange(6), tags2] = 0.93
    assert [(s.start, s.end) for s in decode(probs2, text2, {"PERSON": 0.5})] == [(0, 3), (3, 6)]
    # Below the threshold nothing is reported; whitespace never ends a span.
    assert decode(probs * 0.3, text, {label: 0.5 for label in LABELS}) == []
    assert TAG_INDEX["B-ADDRESS"] == TAGS.index("B-ADDRESS")
