"""Registration on the local-folder store (no services): exactly once, refusals recorded, quota, audit."""

from __future__ import annotations

from sqlalchemy import select

from database import IngestedObject, Upload, UploadAudit
from ingest import register_new_uploads, upload_prefix
from ingest.objects import list_versions
from tests.ingest.helpers import REPO, csv_bytes, zip_bomb


def _uploads(ingestor, tenant=None):
    with ingestor.sessions() as session:
        statement = select(Upload).order_by(Upload.id)
        if tenant:
            statement = statement.where(Upload.tenant == tenant)
        return list(session.scalars(statement))


def test_sweep_registers_once_and_records_refusals(local_platform):
    ingestor = local_platform
    store = ingestor.store
    prefix = upload_prefix("suwon")
    store.put_bytes(prefix + "a.csv", csv_bytes(3, "a"))
    store.put_bytes(prefix + "same-content.csv", csv_bytes(3, "a"))
    store.put_bytes(prefix + "nested/b.jsonl", b'{"receipt_id": "1", "body": "hello there friend"}\n')
    store.put_bytes(prefix + "empty.csv", b"")
    store.put_bytes(prefix + "tool.exe", b"MZ\x90\x00")
    store.put_bytes(prefix + "bomb.xlsx", zip_bomb(mb=32))
    store.put_bytes(prefix + "big.csv", b"a,b\n" + b"x" * (ingestor.settings.max_file_bytes + 1))
    store.put_bytes(prefix + "a/b/c/d/deep.csv", csv_bytes(1))

    outcomes = {o.key.rsplit("/", 1)[-1]: o for o in ingestor.sweep_tenant("suwon")}
    assert {n: o.state for n, o in outcomes.items()} == {
        "a.csv": "registered", "same-content.csv": "registered", "b.jsonl": "registered",
        "empty.csv": "refused", "tool.exe": "refused", "bomb.xlsx": "refused", "big.csv": "refused",
        "deep.csv": "refused",
    }
    assert {n: o.reason for n, o in outcomes.items() if o.state == "refused"} == {
        "empty.csv": "empty_file", "tool.exe": "unsupported_type", "bomb.xlsx": "zip_bomb",
        "big.csv": "too_large", "deep.csv": "key_too_deep",
    }
    # Re-runs do nothing: no new registration, no new decision, no new audit row.
    with ingestor.sessions() as session:
        audit_count = len(session.scalars(select(UploadAudit)).all())
    assert ingestor.sweep_tenant("suwon") == []
    assert register_new_uploads(store, ingestor.sessions, "suwon", ingestor.config) == []
    with ingestor.sessions() as session:
        assert len(session.scalars(select(UploadAudit)).all()) == audit_count
        assert len(session.scalars(select(IngestedObject)).all()) == 8
    assert len(_uploads(ingestor)) == 3
    # Refused objects are left where they are: nothing deleted.
    assert len(list(store.list(prefix))) == 8
    # Rewriting an object with the same bytes is a duplicate; with new bytes a new upload.
    store.put_bytes(prefix + "a.csv", csv_bytes(3, "a"))
    assert [o.state for o in ingestor.sweep_tenant("suwon")] == ["duplicate"]
    store.put_bytes(prefix + "a.csv", csv_bytes(4, "a2"))
    assert [o.state for o in ingestor.sweep_tenant("suwon")] == ["registered"]
    assert len(_uploads(ingestor)) == 4


def test_register_new_uploads_keeps_its_contract(local_platform):
    ingestor = local_platform
    for path in sorted((REPO / "data" / "samples" / "suwon").iterdir()):
        ingestor.store.put_file(upload_prefix("suwon") + path.name, path)
    uploads = register_new_uploads(ingestor.store, ingestor.sessions, "suwon", ingestor.config)
    assert sorted(u.object_key.rsplit("/", 1)[-1] for u in uploads) == ["complaints_2026_q1.csv", "complaints_2026_q2.jsonl"]
    assert all(len(u.sha256) == 64 and u.size_bytes > 0 for u in uploads)
    assert register_new_uploads(ingestor.store, ingestor.sessions, "suwon", ingestor.config) == []


def test_quota_counted_at_registration_with_warning_then_refusal(local_platform):
    ingestor = local_platform
    limit = ingestor.config.tenants.get("yongin").quotas.upload_bytes_per_month  # ~0.5 MiB
    prefix = upload_prefix("yongin")
    chunk = b"receipt_id,body\n" + b"1,abcdefghij\n" * ((limit * 3 // 10) // 13)
    for index in range(4):  # ~30% each: the 3rd crosses 80%, the 4th does not fit
        ingestor.store.put_bytes(f"{prefix}part{index}.csv", chunk + str(index).encode() + b",zz\n")
    outcomes = ingestor.sweep_tenant("yongin")
    assert [o.state for o in outcomes] == ["registered", "registered", "registered", "refused"]
    assert outcomes[2].quota.warning and not outcomes[1].quota.warning
    assert outcomes[3].reason == "quota_exceeded"
    with ingestor.sessions() as session:
        warnings = session.scalars(select(UploadAudit).where(UploadAudit.reason == "quota_warning")).all()
        refused = session.scalars(select(UploadAudit).where(UploadAudit.reason == "quota_exceeded")).all()
    assert len(warnings) == 1 and len(refused) == 1
    assert ingestor.store.exists(f"{prefix}part3.csv")  # refused, not deleted
    # Other tenants are not affected by yongin's quota.
    ingestor.store.put_bytes(upload_prefix("suwon") + "x.csv", chunk)
    assert [o.state for o in ingestor.sweep_tenant("suwon")] == ["registered"]


def test_audit_rows_have_no_content(local_platform):
    ingestor = local_platform
    secret = "주민번호 900101-1234567 연락처 010-1234-5678"
    ingestor.store.put_bytes(upload_prefix("suwon") + "pii.csv", f"receipt_id,body\n1,{secret}\n".encode())
    ingestor.sweep_tenant("suwon")
    with ingestor.sessions() as session:
        rows = session.scalars(select(UploadAudit)).all()
    assert rows and all(secret not in str(vars(row)) and "900101" not in str(vars(row)) for row in rows)
    row = rows[-1]
    assert (row.tenant, row.outcome, row.channel) == ("suwon", "ok", "sweep")
    assert row.size_bytes > 0 and len(row.sha256) == 64 and row.object_key.endswith("pii.csv") and row.at is not None


def test_versions_fingerprint_changes_on_rewrite(local_platform):
    store = local_platform.store
    key = upload_prefix("suwon") + "v.csv"
    store.put_bytes(key, b"a")
    first = list(list_versions(store, upload_prefix("suwon")))
    store.put_bytes(key, b"b")
    second = list(list_versions(store, upload_prefix("suwon")))
    assert first[0].fingerprint != second[0].fingerprint


def test_tenant_keys_from_the_environment_first(monkeypatch):
    from tenancy.provisioning import ChainCredentials, EnvCredentials, ProvisioningError

    monkeypatch.setenv("MINWON_RGW_KEYS_SUWON", "AKSUWON:secret:with:colons")
    chain = ChainCredentials(EnvCredentials(), lambda tenant: ("AKADMIN", "s") if tenant == "yongin" else None)
    assert chain("suwon") == ("AKSUWON", "secret:with:colons")
    assert chain("yongin") == ("AKADMIN", "s")
    try:
        chain("seongnam")
    except ProvisioningError as error:
        assert "seongnam" in str(error)
    else:
        raise AssertionError("no keys must be an error")
