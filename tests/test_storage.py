"""The object-store interface: the same behaviour on the local folder and on a real Ceph RGW (S3)."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from unittest import mock

import pytest
from botocore.exceptions import ClientError

import storage
from storage import InvalidKeyError, LocalObjectStore, ObjectInfo, ObjectNotFoundError, S3ObjectStore


def _bucket_name(tag: str = "t") -> str:
    return f"minwon-{tag}-{uuid.uuid4().hex[:12]}"


def _s3_store(rgw, bucket: str | None = None, access_key=None, secret_key=None, **kwargs) -> S3ObjectStore:
    return S3ObjectStore(
        bucket=bucket or _bucket_name(),
        endpoint_url=rgw.endpoint,
        access_key=access_key or rgw.admin_access_key,
        secret_key=secret_key or rgw.admin_secret_key,
        **kwargs,
    )


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.rgw)])
def store(request, tmp_path) -> storage.ObjectStore:
    """A fresh, empty store: a local folder, or a new bucket on the session's RGW."""
    if request.param == "local":
        return LocalObjectStore(tmp_path / "objects")
    rgw = request.getfixturevalue("rgw")
    s3 = _s3_store(rgw)
    s3.ensure_bucket()
    return s3


def _error_code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


# ------------------------------------------------------------------------------------ basics
def test_put_get_bytes_and_overwrite(store):
    store.put_bytes("tenants/a/docs/hello.txt", b"hello")
    assert store.get_bytes("tenants/a/docs/hello.txt") == b"hello"
    store.put_bytes("tenants/a/docs/hello.txt", b"second version")
    assert store.get_bytes("tenants/a/docs/hello.txt") == b"second version"
    store.put_bytes("empty", b"")
    assert store.get_bytes("empty") == b""
    assert store.size("empty") == 0


def test_korean_keys_round_trip(store):
    key = "tenants/서울시/민원/접수-2024.json"
    store.put_bytes(key, "도로 파손 신고".encode())
    assert store.get_bytes(key).decode() == "도로 파손 신고"
    assert [info.key for info in store.list("tenants/서울시/")] == [key]


def test_put_file_get_file(store, tmp_path):
    source = tmp_path / "in" / "model.bin"
    source.parent.mkdir()
    payload = os.urandom(300_000)
    source.write_bytes(payload)
    store.put_file("models/m1/model.bin", source)
    target = tmp_path / "out" / "nested" / "model.bin"  # parent folders are created
    store.get_file("models/m1/model.bin", target)
    assert target.read_bytes() == payload
    assert store.sha256("models/m1/model.bin") == hashlib.sha256(payload).hexdigest()


def test_exists_and_size(store):
    assert not store.exists("a/b.txt")
    store.put_bytes("a/b.txt", b"12345")
    assert store.exists("a/b.txt")
    assert store.size("a/b.txt") == 5
    # A "folder" is not an object.
    assert not store.exists("a")


def test_list_prefix_and_ordering(store):
    keys = ["b", "a/c/d", "a-c", "a/b", "a.txt", "a/b2", "ab/x", "a/가"]
    for i, key in enumerate(keys):
        store.put_bytes(key, b"x" * i)
    everything = list(store.list())
    # Sorted by the full key string (S3 order: UTF-8 bytes = code points), not path by path.
    assert [info.key for info in everything] == sorted(keys)
    assert all(isinstance(info, ObjectInfo) for info in everything)
    assert {info.key: info.size for info in everything} == {key: i for i, key in enumerate(keys)}
    assert [i.key for i in store.list("a/")] == ["a/b", "a/b2", "a/c/d", "a/가"]
    assert [i.key for i in store.list("a/b")] == ["a/b", "a/b2"]
    assert [i.key for i in store.list("a")] == ["a-c", "a.txt", "a/b", "a/b2", "a/c/d", "a/가", "ab/x"]
    assert [i.key for i in store.list("a/c/")] == ["a/c/d"]
    assert list(store.list("nothing/")) == []
    assert list(store.list("a/b/")) == []


def test_put_dir_get_dir_round_trip(store, tmp_path):
    source = tmp_path / "src"
    files = {
        "config.json": b'{"labels": 12}',
        "model.onnx": os.urandom(50_000),
        "tokenizer/vocab.txt": "가\n나\n다\n".encode(),
        "tokenizer/sub/merges.txt": b"a b\n",
    }
    for rel, data in files.items():
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_bytes(data)
    keys = store.put_dir("models/m1/", source)
    assert sorted(keys) == sorted(f"models/m1/{rel}" for rel in files)
    store.put_bytes("models/m10/other.bin", b"not part of m1")

    target = store.get_dir("models/m1", tmp_path / "dst")
    got = {p.relative_to(target).as_posix(): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    assert got == files

    with pytest.raises(ObjectNotFoundError):
        store.get_dir("models/missing", tmp_path / "nothing")


def test_put_dir_with_empty_prefix(store, tmp_path):
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "f.txt").write_bytes(b"f")
    assert store.put_dir("", tmp_path / "src") == ["sub/f.txt"]
    assert store.get_bytes("sub/f.txt") == b"f"


def test_put_dir_validates_every_name_before_uploading(store, tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_bytes(b"a")
    (tmp_path / "src" / "bad name.txt").write_bytes(b"space is not allowed in keys")
    with pytest.raises(InvalidKeyError):
        store.put_dir("models/m2", tmp_path / "src")
    assert list(store.list("models/")) == []


def test_delete_and_delete_prefix(store):
    for key in ["t/a/1", "t/a/2", "t/a/sub/3", "t/ab/4", "t/b/5"]:
        store.put_bytes(key, b"x")
    store.delete("t/a/1")
    assert not store.exists("t/a/1")
    store.delete("t/a/1")  # deleting a missing object is not an error (as in S3)
    assert store.delete_prefix("t/a/") == 2
    assert [i.key for i in store.list("t/")] == ["t/ab/4", "t/b/5"]
    assert store.delete_prefix("t/nothing/") == 0


def test_key_can_be_reused_after_its_folder_is_emptied(store):
    store.put_bytes("x/y", b"1")
    store.delete_prefix("x/")
    store.put_bytes("x", b"2")  # on a local folder, an empty folder "x" must not be left behind
    assert store.get_bytes("x") == b"2"


def test_missing_objects_raise_object_not_found(store, tmp_path):
    for call in (
        lambda: store.get_bytes("no/such/key"),
        lambda: store.get_file("no/such/key", tmp_path / "out.bin"),
        lambda: store.size("no/such/key"),
    ):
        with pytest.raises(ObjectNotFoundError) as caught:
            call()
        assert caught.value.key == "no/such/key"
        assert isinstance(caught.value, KeyError)
    assert not (tmp_path / "out.bin").exists()


# ------------------------------------------------------------------------------- unsafe keys
UNSAFE_KEYS = [
    "../x",
    "/abs",
    "/etc/passwd",
    "a//b",
    "a/../b",
    "a/./b",
    "..",
    "",
    "a/",
    "a\\b",
    "..\\x",
    "a/b\x00c",
    "a/b\nc",
    "a/\x1bc",
    "a/\u202eb",  # right-to-left override (invisible, format character)
    "a b",
    "a/" + "가" * 100,  # 300 bytes in UTF-8: longer than a file name may be
    "ab/" * 350 + "b",  # over 1024 characters
]


def _operations(store, tmp_path: Path):
    source = tmp_path / "source.bin"
    source.write_bytes(b"data")
    target = tmp_path / "target" / "out.bin"
    return {
        "put_bytes": lambda key: store.put_bytes(key, b"data"),
        "put_file": lambda key: store.put_file(key, source),
        "get_bytes": store.get_bytes,
        "get_file": lambda key: store.get_file(key, target),
        "exists": store.exists,
        "size": store.size,
        "delete": store.delete,
        "uri": store.uri,
        "sha256": store.sha256,
    }


def _short_id(value: str) -> str:
    text = ascii(value)
    return text if len(text) <= 24 else f"{text[:16]}...({len(value)} chars)"


@pytest.mark.parametrize("key", UNSAFE_KEYS, ids=_short_id)
def test_unsafe_keys_are_refused(store, tmp_path, key):
    for name, operation in _operations(store, tmp_path).items():
        with pytest.raises(InvalidKeyError):
            operation(key)
    assert list(store.list()) == []
    assert not (tmp_path / "target").exists()


@pytest.mark.parametrize("prefix", ["../", "../x", "/abs/", "a//", "a/../", "a\\b/", "a/\x00"], ids=_short_id)
def test_unsafe_list_prefixes_are_refused(store, prefix):
    with pytest.raises(InvalidKeyError):
        list(store.list(prefix))
    with pytest.raises(InvalidKeyError):
        store.delete_prefix(prefix)


def test_unsafe_keys_are_refused_before_any_s3_request(tmp_path):
    client = mock.MagicMock(name="boto3 client")
    s3 = S3ObjectStore(bucket="bucket", client=client)
    for key in UNSAFE_KEYS:
        for name, operation in _operations(s3, tmp_path).items():
            with pytest.raises(InvalidKeyError):
                operation(key)
    for prefix in ["../", "/abs/", "a//"]:
        with pytest.raises(InvalidKeyError):
            list(s3.list(prefix))
    assert client.mock_calls == []


def test_unsafe_keys_are_refused_before_local_io(tmp_path):
    root = tmp_path / "objects"
    local = LocalObjectStore(root)
    outside = tmp_path / "x"
    for key in UNSAFE_KEYS:
        for name, operation in _operations(local, tmp_path).items():
            with pytest.raises(InvalidKeyError):
                operation(key)
    assert list(root.iterdir()) == []
    assert not outside.exists()


def test_long_but_valid_korean_key(store):
    key = "tenants/" + "가" * 80 + "/doc.txt"  # 240 bytes in one segment: allowed
    store.put_bytes(key, b"ok")
    assert store.get_bytes(key) == b"ok"


# ------------------------------------------------------------------------- S3 / RGW specifics
@pytest.mark.rgw
def test_s3_store_prefix_scopes_every_key(rgw):
    bucket = _bucket_name("pfx")
    scoped = _s3_store(rgw, bucket=bucket, prefix="tenants/a")
    scoped.ensure_bucket()
    scoped.ensure_bucket()  # idempotent
    scoped.put_bytes("docs/1.txt", b"1")
    raw = rgw.s3_client()
    assert [o["Key"] for o in raw.list_objects_v2(Bucket=bucket)["Contents"]] == ["tenants/a/docs/1.txt"]
    assert [i.key for i in scoped.list()] == ["docs/1.txt"]
    assert scoped.uri("docs/1.txt") == f"s3://{bucket}/tenants/a/docs/1.txt"
    with pytest.raises(InvalidKeyError):
        _s3_store(rgw, bucket=bucket, prefix="../b")


@pytest.mark.rgw
def test_get_dir_refuses_unsafe_keys_written_by_other_clients(rgw, tmp_path):
    """Keys that another S3 client wrote are not trusted: get_dir must not write outside its folder."""
    s3 = _s3_store(rgw)
    s3.ensure_bucket()
    s3.put_bytes("models/m1/ok.txt", b"ok")
    raw = rgw.s3_client()
    raw.put_object(Bucket=s3.bucket, Key="models/m1/a//../../escape.txt", Body=b"evil")
    # RGW keeps such a key verbatim: a naive mirror would write to <target>/../escape.txt.
    assert "models/m1/a//../../escape.txt" in [o["Key"] for o in raw.list_objects_v2(Bucket=s3.bucket)["Contents"]]
    target = tmp_path / "deep" / "dst"
    with pytest.raises(InvalidKeyError):
        s3.get_dir("models/m1", target)
    assert not (tmp_path / "deep" / "escape.txt").exists()
    assert not (tmp_path / "escape.txt").exists()
    assert not target.exists()  # nothing written: every key is checked first


@pytest.mark.rgw
def test_multipart_upload_through_put_file(rgw, tmp_path):
    s3 = _s3_store(rgw)
    s3.ensure_bucket()
    big = tmp_path / "big.bin"
    payload = os.urandom(12 * 1024 * 1024 + 12345)
    big.write_bytes(payload)
    s3.put_file("models/big/model.onnx", big)
    head = rgw.s3_client().head_object(Bucket=s3.bucket, Key="models/big/model.onnx")
    assert head["ContentLength"] == len(payload)
    assert "-" in head["ETag"], f"expected a multipart ETag, got {head['ETag']}"  # e.g. "...-2"
    assert s3.size("models/big/model.onnx") == len(payload)
    out = tmp_path / "out.bin"
    s3.get_file("models/big/model.onnx", out)
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(payload).digest()


@pytest.mark.rgw
def test_bucket_policy_isolates_tenant_prefixes(rgw):
    bucket = _bucket_name("iso")
    service = _s3_store(rgw, bucket=bucket)
    service.ensure_bucket()
    service.put_bytes("tenants/b/secret.txt", b"tenant b only")

    a_uid, b_uid = f"tenant-a-{uuid.uuid4().hex[:6]}", f"tenant-b-{uuid.uuid4().hex[:6]}"
    a_keys = rgw.create_user(a_uid)
    b_keys = rgw.create_user(b_uid)
    assert rgw.create_user(a_uid) == a_keys  # idempotent
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "TenantAObjects",
                "Effect": "Allow",
                "Principal": {"AWS": [f"arn:aws:iam:::user/{a_uid}"]},
                "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
                "Resource": [f"arn:aws:s3:::{bucket}/tenants/a/*"],
            },
            {
                "Sid": "TenantAList",
                "Effect": "Allow",
                "Principal": {"AWS": [f"arn:aws:iam:::user/{a_uid}"]},
                "Action": ["s3:ListBucket"],
                "Resource": [f"arn:aws:s3:::{bucket}"],
                "Condition": {"StringLike": {"s3:prefix": ["tenants/a/*"]}},
            },
        ],
    }
    rgw.s3_client().put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

    a = _s3_store(rgw, bucket=bucket, access_key=a_keys[0], secret_key=a_keys[1])
    a.put_bytes("tenants/a/doc.txt", b"tenant a")
    assert a.get_bytes("tenants/a/doc.txt") == b"tenant a"
    assert a.exists("tenants/a/doc.txt")
    assert [i.key for i in a.list("tenants/a/")] == ["tenants/a/doc.txt"]

    def denied(call):
        with pytest.raises(ClientError) as caught:
            call()
        assert _error_code(caught.value) in {"AccessDenied", "403"}, caught.value.response

    denied(lambda: a.get_bytes("tenants/b/secret.txt"))
    denied(lambda: a.put_bytes("tenants/b/injected.txt", b"x"))
    denied(lambda: list(a.list("tenants/b/")))
    denied(lambda: list(a.list("")))
    denied(lambda: a.delete("tenants/b/secret.txt"))
    denied(lambda: a.ensure_bucket())  # no HEAD on the bucket, and it must not try to create it

    b = _s3_store(rgw, bucket=bucket, access_key=b_keys[0], secret_key=b_keys[1])
    denied(lambda: b.get_bytes("tenants/a/doc.txt"))
    denied(lambda: list(b.list("tenants/a/")))
    denied(lambda: b.put_bytes("tenants/a/x.txt", b"x"))

    # Nothing of tenant b's changed; the service still sees everything.
    assert service.get_bytes("tenants/b/secret.txt") == b"tenant b only"
    assert [i.key for i in service.list()] == ["tenants/a/doc.txt", "tenants/b/secret.txt"]
