"""Hostile objects written with a city's OWN S3 credentials (bypassing presign): refused, never lost."""

from __future__ import annotations

import unicodedata

import pytest

from tests.ingest.conftest import make_rgw_platform
from tests.ingest.helpers import csv_bytes, plain_zip, zip_bomb

pytestmark = pytest.mark.rgw

OK = csv_bytes(2, "ok")
# (key under uploads/suwon/, body, expected state, reason)
S3_HOSTILE = [
    ("ok.csv", OK, "registered", None),
    ("../seongnam/x.csv", OK, "refused", "invalid_key"),
    ("./x.csv", OK, "refused", "invalid_key"),
    ("a//b.csv", OK, "refused", "invalid_key"),
    ("name with space.csv", OK, "refused", "invalid_key"),
    ("ctrl\x01char.csv", OK, "refused", "invalid_key"),
    ("esc\x1b[2J.csv", OK, "refused", "invalid_key"),
    (unicodedata.normalize("NFD", "한글.csv"), OK, "refused", "invalid_key"),
    ("a/b/c/d/deep.csv", OK, "refused", "key_too_deep"),
    (".hidden.csv", OK, "refused", "hidden_name"),
    ("tool.exe", b"MZ\x90\x00", "refused", "unsupported_type"),
    ("noext", OK, "refused", "unsupported_type"),
    ("batch.zip", plain_zip({"a.csv": OK}), "refused", "archive_not_allowed"),
    ("data.csv.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 20, "refused", "archive_not_allowed"),
    ("empty.csv", b"", "refused", "empty_file"),
    ("huge.csv", b"a,b\n" + b"x" * (1024 * 1024 + 1), "refused", "too_large"),
    ("bomb.xlsx", zip_bomb(mb=64), "refused", "zip_bomb"),
    ("fake.xlsx", OK, "refused", "content_mismatch"),
    ("zipped.csv", plain_zip({"a.csv": OK}), "refused", "archive_disguised"),
    ("nul.jsonl", b'{"a": 1}\x00\n', "refused", "binary_content"),
    ("sftp/0000000000000000/forged.csv", OK, "refused", "checksum_mismatch"),
]


def test_hostile_objects_are_refused_with_a_reason_and_left_in_place(rgw_platform):
    p = rgw_platform
    suwon = p.s3("suwon")
    for name, body, _, _ in S3_HOSTILE:
        suwon.put_object(Bucket=p.bucket, Key=f"uploads/suwon/{name}", Body=body)
    before = sorted(p.keys())
    outcomes = {o.key[len("uploads/suwon/"):]: (o.state, o.reason) for o in p.ingestor.sweep_tenant("suwon")}
    assert outcomes == {name: (state, reason) for name, _, state, reason in S3_HOSTILE}
    assert sorted(p.keys()) == before  # nothing deleted, nothing written elsewhere
    assert p.keys("uploads/seongnam/") == []
    assert [u.object_key for u in p.uploads()] == ["uploads/suwon/ok.csv"]
    refused = p.audit_rows(outcome="refused")
    assert len(refused) == len(S3_HOSTILE) - 1 and all(r.reason and r.detail for r in refused)
    assert p.ingestor.sweep_tenant("suwon") == []  # decided once


def test_archives_when_enabled_are_registered_as_is_after_inspection(rgw, tmp_path):
    p = make_rgw_platform(rgw, tmp_path, uploads={"allow_archives": True})
    suwon = p.s3("suwon")
    good = plain_zip({"a.csv": OK, "b.jsonl": b'{"receipt_id": "1", "body": "archive member"}\n'})
    cases = {
        "good.zip": (good, "registered", None),
        "bomb.zip": (zip_bomb(member="a.csv", mb=64, workbook=False), "refused", "zip_bomb"),
        "nested.zip": (plain_zip({"inner.zip": plain_zip({"a.csv": OK})}), "refused", "nested_archive"),
        "slip.zip": (plain_zip({"../../../etc/cron.d/x.csv": OK}), "refused", "archive_unsafe_member"),
        "exe.zip": (plain_zip({"run.exe": b"MZ"}), "refused", "unsupported_member"),
        "data.tar": (b"x" * 600, "refused", "archive_not_allowed"),
    }
    for name, (body, _, _) in cases.items():
        suwon.put_object(Bucket=p.bucket, Key=f"uploads/suwon/{name}", Body=body)
    outcomes = {o.key.rsplit("/", 1)[-1]: (o.state, o.reason) for o in p.ingestor.sweep_tenant("suwon")}
    assert outcomes == {name: (state, reason) for name, (_, state, reason) in cases.items()}
    # Registered as one upload, byte for byte; nothing was expanded into the store.
    assert p.store.get_bytes("uploads/suwon/good.zip") == good
    assert sorted(p.keys()) == sorted(f"uploads/suwon/{name}" for name in cases)
