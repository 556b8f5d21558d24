"""The gate's own logic (validation, duplicates, verdict, accounting) on the committed samples.

PII detection itself is tested in tests/pii; here a small stand-in masker keeps these tests about
the gate. The end-to-end test runs the real masker over the same samples.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from configuration import load_config
from ingest.readers import ParsedFile, RawRecord, read_upload
from quality_gate.gate import KnownContent, QualityGate

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
CONFIG = load_config()
MANIFEST = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))


@dataclass
class MaskResult:
    text: str
    entity_counts: dict


class PhoneOnlyMasker:
    """Stand-in: masks mobile numbers; its residual scan flags any leftover 'SECRET' token."""

    pattern = re.compile(r"01[016789][- ]?\d{3,4}[- ]?\d{4}")

    def mask(self, text, tenant):
        count = len(self.pattern.findall(text))
        return MaskResult(self.pattern.sub("<PHONE>", text), {"PHONE_NUMBER": count} if count else {})

    def residual_entities(self, text):
        return ["TEST_SECRET"] if "SECRET" in text else []


def gate(reject_fraction=None):
    config = CONFIG.quality_gate
    if reject_fraction is not None:
        validation = config.validation.model_copy(update={"reject_fraction": reject_fraction})
        config = config.model_copy(update={"validation": validation})
    return QualityGate(config, PhoneOnlyMasker())


@pytest.mark.parametrize("name", sorted(MANIFEST["files"]))
def test_every_sample_record_is_curated_or_quarantined(name):
    entry = MANIFEST["files"][name]
    tenant = CONFIG.tenants.get(entry["tenant"])
    parsed = read_upload(name, (SAMPLES / name).read_bytes(), CONFIG.quality_gate.columns)
    outcome = gate().run(parsed, tenant, "u000001-test", "0" * 64)
    report = outcome.report
    assert report["records_in"] == entry["rows"]
    assert report["curated"] + report["quarantined"] == entry["rows"]
    reasons = report["quarantine_reasons"]
    bad = entry["bad"]
    assert reasons.get("empty_text", 0) == bad["empty_text"]
    assert reasons.get("unknown_department", 0) == bad["unknown_department"]
    assert reasons.get("duplicate", 0) >= bad["duplicate"]
    assert reasons.get("undecodable_line", 0) == bad.get("undecodable", 0)
    assert report["verdict"] in {"pass", "pass_with_warnings"}
    assert all(r["department_code"] in CONFIG.taxonomy.codes for r in outcome.curated)
    assert not any(re.search(r"01[016789]-\d{4}-\d{4}", r["body"]) for r in outcome.curated)


def record(n, body, department="대중교통과", received="2026-01-02", title="버스 민원"):
    return RawRecord(row_number=n, fields={"receipt_id": f"R-{n}", "received_at": received, "title": title,
                                           "body": body, "department": department})


BODY = "버스 배차 간격이 너무 길어서 출근 시간에 매일 지각하고 있습니다. 증차를 검토해 주십시오."


def run(records, known=None, reject_fraction=None):
    return gate(reject_fraction).run(ParsedFile("csv", "utf-8", records), CONFIG.tenants.get("suwon"), "u1", "f" * 64, known)


def test_reasons_for_each_validation_check():
    outcome = run([
        record(1, BODY),
        record(2, "짧음"),
        record(3, "Only English words here, nothing Korean at all in this body."),
        record(4, BODY + " 추가", received="2026-13-45"),
        record(5, BODY + " 다른", department="우주개발과"),
        record(6, BODY.replace("버스", "지하철"), department=""),
        RawRecord(row_number=7, fields={"receipt_id": "", "received_at": "", "title": "t", "body": BODY, "department": ""}),
        RawRecord(row_number=8, problem="undecodable_line"),
    ] + [record(9, "x" * 6000 + "가")], reject_fraction=1.0)
    by_row = {r["row_number"]: r["reason"] for r in outcome.quarantined}
    assert by_row == {2: "text_too_short", 3: "low_hangul_ratio", 4: "invalid_date", 5: "unknown_department",
                      7: "missing_receipt_id", 8: "undecodable_line", 9: "text_too_long"}
    curated = {r["row_number"]: r for r in outcome.curated}
    assert curated[1]["department_code"] == "TRAFFIC"
    assert curated[6]["department_code"] is None  # unlabeled records are allowed (inference-only data)
    assert outcome.report["unlabeled"] == 1


def test_exact_and_near_duplicates_within_upload_and_against_curated():
    first = run([record(1, BODY + " 연락처 010-1234-5678"), record(2, BODY + " 연락처 010-9876-5432"),
                 record(3, BODY + "! 연락처 010-1111-2222")], reject_fraction=1.0)
    # 2 differs from 1 only by a masked phone number: an exact duplicate after masking.
    assert [r["reason"] for r in first.quarantined] == ["duplicate", "near_duplicate"]
    import numpy as np

    known = KnownContent({first.curated[0]["fingerprint"]},
                         [np.frombuffer(first.curated[0]["minhash"], dtype=np.uint64)])
    second = run([record(1, BODY + " 연락처 010-5555-6666"), record(2, BODY + " 연락처: 010-1234-5678")], known, reject_fraction=1.0)
    assert [r["reason"] for r in second.quarantined] == ["duplicate_of_curated", "near_duplicate_of_curated"]


def test_residual_pii_is_quarantined_without_its_text():
    outcome = run([record(1, BODY + " 비밀번호 SECRET")])
    assert outcome.report["quarantine_reasons"] == {"residual_pii": 1}
    assert outcome.quarantined[0]["body"] == "" and outcome.quarantined[0]["detail"] == "TEST_SECRET"


def test_upload_rejected_above_threshold_keeps_everything_in_quarantine():
    records = [record(i, f"{BODY} {i}번째 민원", department="없는부서") for i in range(1, 8)]
    records += [record(100 + i, f"{i}호 " + BODY.replace("버스", f"{i}번 버스")) for i in range(3)]
    outcome = run(records)
    assert outcome.report["verdict"] == "reject"
    assert outcome.curated == [] and len(outcome.quarantined) == 10
    assert outcome.report["quarantine_reasons"]["upload_rejected"] == 3
    # The rejection names the rule and the numbers (report, summary, flow log and CLI all show it).
    rejection = outcome.report["rejection"]
    assert rejection["rule"] == "reject_fraction"
    assert "7 of 10 records (70%)" in rejection["message"] and "unknown_department 7" in rejection["message"]
    from quality_gate import render_summary

    assert "rejected (reject_fraction): 7 of 10 records" in render_summary(outcome.report)


def test_report_holds_counts_not_values():
    outcome = run([record(1, BODY + " 연락처 010-1234-5678"), record(2, BODY, department="미지의부서")])
    text = json.dumps(outcome.report, ensure_ascii=False)
    assert "010-1234-5678" not in text and "미지의부서" not in text and "버스" not in text
    assert outcome.report["pii_entities"] == {"PHONE_NUMBER": 1}


def test_real_gate_logs_reports_and_errors_hold_no_pii_value(caplog, tmp_path):
    """The real masker over every sample file: no planted value in log records, reports or the
    quarantine, and none in the message of an error raised for a bad upload."""
    import logging

    from quality_gate.pii import build_masker

    values = [v for kind in MANIFEST["pii"].values() for v in kind if len(v) >= 4]
    real = QualityGate(CONFIG.quality_gate, build_masker(CONFIG.quality_gate.pii))
    texts = []
    with caplog.at_level(logging.DEBUG):
        for name, entry in sorted(MANIFEST["files"].items()):
            parsed = read_upload(name, (SAMPLES / name).read_bytes(), CONFIG.quality_gate.columns)
            outcome = real.run(parsed, CONFIG.tenants.get(entry["tenant"]), "u1", "a" * 64)
            texts.append(json.dumps(outcome.report, ensure_ascii=False))
            texts += [json.dumps(row, ensure_ascii=False) for row in outcome.quarantined]
        try:
            read_upload("bad.csv", "제목,내용\n010-1234-5678,900101-1234568\n".encode(), CONFIG.quality_gate.columns)
        except ValueError as error:
            texts.append(str(error))
    texts += [record.getMessage() for record in caplog.records]
    blob = "\n".join(texts)
    assert len(values) > 500
    leaked = [v for v in values if v in blob]
    assert not leaked, f"{len(leaked)} PII value(s) leaked into logs, reports, quarantine or errors"
    assert "010-1234-5678" not in blob and "900101-1234568" not in blob


# ---------------------------------------------------------------- exports without receipt numbers
def county(rows, tenant_id="suwon", min_text_chars=None):
    """Records as read from an export without a receipt-number column (title + short summary)."""
    tenant = CONFIG.tenants.get(tenant_id)
    if min_text_chars is not None:
        export = tenant.export.model_copy(update={"min_text_chars": min_text_chars})
        tenant = tenant.model_copy(update={"export": export})
    records = [RawRecord(row_number=n + 2, fields={"receipt_id": "", "received_at": "", "title": title,
                                                   "body": body, "department": department})
               for n, (title, body, department) in enumerate(rows)]
    parsed = ParsedFile("xlsx", None, records, columns={"title": ["제목"], "body": ["요약"], "department": ["부서"]})
    return gate(reject_fraction=1.0).run(parsed, tenant, "u1", "e" * 64)


ROWS = [("시내버스 배차 간격이 너무 깁니다", "배차 조정 요청", "대중교통과"),
        ("아파트 앞 도로 포트홀 보수 요청", "보수", "도로관리과"),
        ("공원 화장실 청소 상태 불량", "청소 요청", "공원녹지과")]


def test_a_short_summary_is_judged_with_its_title():
    outcome = county(ROWS + [("", "", "세정과"), ("짧은", "요청", "세정과")])
    assert sorted(r["row_number"] for r in outcome.curated) == [2, 3, 4]  # "보수" alone is 2 characters
    assert {r["row_number"]: r["reason"] for r in outcome.quarantined} == {5: "empty_text", 6: "text_too_short"}
    assert outcome.report["record_ids"] == "derived"
    assert county(ROWS, min_text_chars=21).report["quarantine_reasons"] == {"text_too_short": 2}  # per-city bound


def test_derived_record_ids_are_stable_and_follow_edits():
    first = county(ROWS)
    again = county(ROWS)
    edited = county([ROWS[0], (ROWS[1][0], "보수 부탁드립니다", ROWS[1][2]), ROWS[2]])
    ids = [r["record_id"] for r in first.curated]
    assert len(set(ids)) == 3 and [r["record_id"] for r in again.curated] == ids
    edited_ids = [r["record_id"] for r in edited.curated]
    assert edited_ids[0] == ids[0] and edited_ids[2] == ids[2] and edited_ids[1] != ids[1]
    # Row numbers stay in the records for the report; a reordered file keeps each row's id.
    assert [r["row_number"] for r in first.curated] == [2, 3, 4]
    assert {r["record_id"] for r in county(ROWS[::-1]).curated} == set(ids)


def test_duplicates_are_found_without_receipt_numbers():
    outcome = county([ROWS[0], ROWS[1], ROWS[0]])
    assert [(r["row_number"], r["reason"]) for r in outcome.quarantined] == [(4, "duplicate")]
    ids = [r["record_id"] for r in outcome.curated] + [r["record_id"] for r in outcome.quarantined]
    assert len(set(ids)) == 3  # the identical row gets its own id


def test_category_paths_map_to_codes_through_their_prefix():
    tenant = CONFIG.tenants.get("suwon").model_copy(update={"departments": {"도로": "ROADS", "도로 > 주차": "TRAFFIC"}})
    assert tenant.department_code("도로 > 주차") == "TRAFFIC"
    assert tenant.department_code("도로 > 포장") == "ROADS" and tenant.department_code("도로") == "ROADS"
    assert tenant.department_code("환경 > 청소") is None
