"""Parsing uploads: encodings, formats, and nothing silently dropped."""

import io
import json

import openpyxl
import pytest

from configuration import load_config
from ingest.readers import UnsupportedFileError, read_upload

ALIASES = load_config().quality_gate.columns


def csv_bytes(lines: list[str], encoding: str) -> bytes:
    return "".join(line + "\r\n" for line in lines).encode(encoding)


HEADER_KO = "접수번호,접수일자,제목,민원내용,담당부서"
ROWS = ['A-1,2026-01-02,버스 배차,"버스가, 너무 늦게 옵니다",대중교통과', "A-2,2026.01.03,쓰레기,무단투기 신고합니다,자원순환과"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_csv_encodings_are_detected(encoding):
    parsed = read_upload("f.csv", csv_bytes([HEADER_KO, *ROWS], encoding), ALIASES)
    assert parsed.encoding == encoding
    assert [r.fields["receipt_id"] for r in parsed.records] == ["A-1", "A-2"]
    assert parsed.records[0].fields["body"] == "버스가, 너무 늦게 옵니다"
    assert parsed.records[1].fields["department"] == "자원순환과"


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_undecodable_line_is_a_record_with_a_problem_not_a_loss(encoding):
    data = csv_bytes([HEADER_KO, ROWS[0]], encoding) + b"A-9,2026-01-04,\xff\xfe\x80,bad,x\r\n" + csv_bytes([ROWS[1]], encoding)
    parsed = read_upload("f.csv", data, ALIASES)
    assert parsed.encoding == encoding
    assert len(parsed.records) == 3
    assert [r.problem for r in parsed.records] == [None, "undecodable_line", None]


def test_multiline_quoted_field_stays_one_record():
    data = csv_bytes([HEADER_KO, 'A-1,2026-01-02,제목,"첫 줄\n둘째 줄",건축과', ROWS[1]], "utf-8")
    parsed = read_upload("f.csv", data, ALIASES)
    assert len(parsed.records) == 2
    assert parsed.records[0].fields["body"] == "첫 줄\n둘째 줄"


def test_wrong_field_count_is_malformed_row():
    parsed = read_upload("f.csv", csv_bytes([HEADER_KO, "A-1,2026-01-02,제목만"], "utf-8"), ALIASES)
    assert [r.problem for r in parsed.records] == ["malformed_row"]


def test_xlsx_rows_and_dates():
    from datetime import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["접수번호", "접수일", "제목", "내용", "처리부서"])
    sheet.append(["Y-1", datetime(2026, 3, 5, 14, 22), "제목", "도로가 파손되었습니다", "도로정비과"])
    buffer = io.BytesIO()
    book.save(buffer)
    parsed = read_upload("f.xlsx", buffer.getvalue(), ALIASES)
    assert parsed.records[0].fields["received_at"] == "2026-03-05 14:22:00"
    assert parsed.records[0].fields["department"] == "도로정비과"


def test_jsonl_bad_lines_are_kept_as_problems():
    good = json.dumps({"receipt_id": "S-1", "title": "t", "body": "본문입니다", "department": "세정과"}, ensure_ascii=False)
    data = (good + "\n{not json\n" + good.replace("S-1", "S-2") + "\n").encode()
    parsed = read_upload("f.jsonl", data, ALIASES)
    assert [r.problem for r in parsed.records] == [None, "malformed_json", None]


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("f.pdf", b"%PDF", "unsupported_type"),
        ("f.csv", b"", "empty_file"),
        ("f.csv", "번호,접수일자\n1,2026-01-02\n".encode(), "missing_column"),
        ("f.xlsx", b"not a zip", "unreadable_xlsx"),
    ],
)
def test_unreadable_files_raise_with_reason(name, data, reason):
    with pytest.raises(UnsupportedFileError) as caught:
        read_upload(name, data, ALIASES)
    assert caught.value.reason == reason


def test_a_missing_text_column_names_the_headers_found():
    with pytest.raises(UnsupportedFileError) as caught:
        read_upload("f.csv", "번호,접수일자,분류\n1,2026-01-02,교통\n".encode(), ALIASES)
    message = str(caught.value)
    assert "missing required column" in message and "headers found: 번호, 접수일자, 분류" in message
    assert "민원내용" in message  # the accepted names, so the operator can map the city's header


def test_receipt_number_is_optional_and_absence_is_recorded():
    parsed = read_upload("f.csv", "제목,민원요지\n버스 배차,배차 간격 개선\n".encode(), ALIASES)
    assert parsed.columns == {"title": ["제목"], "body": ["민원요지"]}
    assert not parsed.has_receipt_ids
    assert parsed.records[0].fields["receipt_id"] == ""


def county_spec(**own):
    from ingest.readers import ColumnSpec

    return ColumnSpec(aliases=ALIASES, own={"body": ["요약"], "department": ["대분류", "소분류"], "receipt_id": [], **own})


def test_a_citys_own_columns_are_joined_in_order():
    data = "순번,제목,대분류,소분류,요약,비고\n1,쓰레기 민원,환경,청소,수거 요청,x\n2,도로 파손,도로,,보수 요청,y\n".encode()
    parsed = read_upload("county.csv", data, county_spec(title=["제목", "비고"]))
    first, second = (r.fields for r in parsed.records)
    assert first["department"] == "환경 > 청소" and second["department"] == "도로"  # empty part skipped
    assert first["title"] == "쓰레기 민원 x" and first["body"] == "수거 요청"
    assert first["receipt_id"] == ""  # receipt_id: [] -> no column, not even the global alias
    assert parsed.columns["department"] == ["대분류", "소분류"] and not parsed.has_receipt_ids


def test_a_configured_label_column_that_is_missing_is_a_file_error():
    with pytest.raises(UnsupportedFileError) as caught:
        read_upload("county.csv", "제목,요약,분류\n가,나,다\n".encode(), county_spec())
    assert "label column(s)" in str(caught.value) and "대분류, 소분류" in str(caught.value)


def test_jsonl_without_any_text_key_is_a_file_error():
    data = (json.dumps({"번호": 1, "분류": "교통"}, ensure_ascii=False) + "\n").encode()
    with pytest.raises(UnsupportedFileError) as caught:
        read_upload("f.jsonl", data, ALIASES)
    assert "headers found: 번호, 분류" in str(caught.value)
