"""Names, sizes and content of uploads: every refusal has a code (no services needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from configuration.models import UploadSettings
from ingest.policy import Refusal, check_size, inspect_content, printable, safe_filename
from tests.ingest.helpers import REPO, csv_bytes, plain_zip, zip_bomb

SETTINGS = UploadSettings(max_file_mb=1)
ARCHIVES_ON = UploadSettings(max_file_mb=1, allow_archives=True)


@pytest.mark.parametrize("name, expected", [
    ("complaints_2026.csv", "complaints_2026.csv"),
    ("민원 접수 2026.xlsx", "민원_접수_2026.xlsx"),          # spaces become '_', Hangul kept
    ("data#1&2.JSONL", "data_1_2.JSONL"),                  # other characters become '_'
    ("\u1100\u1161.csv", "\uac00.csv"),                    # NFC: decomposed jamo -> one syllable
])
def test_accepted_names_are_cleaned(name, expected):
    assert safe_filename(name, SETTINGS) == expected


@pytest.mark.parametrize("name, code", [
    ("", "empty_name"),
    ("   ", "empty_name"),
    ("../../etc/passwd.csv", "path_in_name"),
    ("/etc/passwd.csv", "path_in_name"),
    ("..\\..\\boot.csv", "path_in_name"),
    ("uploads/seongnam/x.csv", "path_in_name"),
    ("..", "path_in_name"),
    ("a\x00b.csv", "control_characters"),
    ("line\nbreak.csv", "control_characters"),
    ("\x1b[31mred.csv", "control_characters"),
    ("evil\u202egnp.csv", "control_characters"),           # right-to-left override
    ("zero\u200bwidth.csv", "control_characters"),
    ("bad\udcff.csv", "control_characters"),               # an undecodable byte (surrogateescape)
    (".hidden.csv", "hidden_name"),
    ("x" * 250 + ".csv", "name_too_long"),
    ("report.exe", "unsupported_type"),
    ("report.csv.exe", "unsupported_type"),
    ("README", "unsupported_type"),
    ("data.zip", "archive_not_allowed"),
    ("data.csv.gz", "archive_not_allowed"),
    ("data.tar", "archive_not_allowed"),
    ("data.7z", "archive_not_allowed"),
])
def test_refused_names(name, code):
    with pytest.raises(Refusal) as error:
        safe_filename(name, SETTINGS)
    assert error.value.code == code


def test_archives_only_when_enabled_and_listed():
    assert safe_filename("batch.zip", ARCHIVES_ON) == "batch.zip"
    with pytest.raises(Refusal, match="archive_not_allowed"):
        safe_filename("batch.tar.gz", ARCHIVES_ON)


def test_sizes():
    check_size(1, SETTINGS)
    check_size(SETTINGS.max_file_bytes, SETTINGS)
    for size, code in ((0, "empty_file"), (SETTINGS.max_file_bytes + 1, "too_large")):
        with pytest.raises(Refusal) as error:
            check_size(size, SETTINGS)
        assert error.value.code == code


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_content_checks(tmp_path):
    inspect_content(_file(tmp_path, "a.csv", csv_bytes()), "a.csv", SETTINGS)
    inspect_content(_file(tmp_path, "a.csv", "접수번호,민원내용\n1,안녕하세요\n".encode("cp949")), "a.csv", SETTINGS)
    xlsx = REPO / "data" / "samples" / "yongin" / "complaints_2026.xlsx"
    inspect_content(xlsx, "complaints_2026.xlsx", SETTINGS)
    cases = [
        ("fake.xlsx", b"receipt_id,body\n1,x\n", "content_mismatch"),
        ("zip.xlsx", plain_zip({"a.txt": b"x"}), "content_mismatch"),
        ("bomb.xlsx", zip_bomb(mb=64), "zip_bomb"),
        ("zipped.csv", plain_zip({"a.csv": csv_bytes()}), "archive_disguised"),
        ("gz.jsonl", b"\x1f\x8b\x08\x00" + os.urandom(64), "archive_disguised"),
        ("bin.csv", b"receipt_id,body\n1,\x00\x00\x00\n", "binary_content"),
        ("empty.csv", b"", "empty_file"),
    ]
    for name, data, code in cases:
        with pytest.raises(Refusal) as error:
            inspect_content(_file(tmp_path, name, data), name, SETTINGS)
        assert error.value.code == code, name


def test_zip_archives_when_enabled_are_inspected_never_expanded(tmp_path):
    inspect_content(_file(tmp_path, "ok.zip", plain_zip({"a.csv": csv_bytes(), "b.jsonl": b"{}\n"})), "ok.zip", ARCHIVES_ON)
    cases = [
        ("bomb.zip", zip_bomb(member="a.csv", mb=64, workbook=False), "zip_bomb"),
        ("nested.zip", plain_zip({"inner.zip": plain_zip({"a.csv": b"x"})}), "nested_archive"),
        ("slip.zip", plain_zip({"../../etc/cron.d/x.csv": b"x"}), "archive_unsafe_member"),
        ("abs.zip", plain_zip({"/etc/x.csv": b"x"}), "archive_unsafe_member"),
        ("exe.zip", plain_zip({"run.exe": b"MZ"}), "unsupported_member"),
        ("broken.zip", b"PK\x03\x04" + b"\x00" * 40, "corrupt_archive"),
    ]
    for name, data, code in cases:
        with pytest.raises(Refusal) as error:
            inspect_content(_file(tmp_path, name, data), name, ARCHIVES_ON)
        assert error.value.code == code, name


def test_printable_escapes_control_characters():
    assert printable("a\nb\x1b.csv") == "a\\nb\\x1b.csv"
    assert printable("정상.csv") == "정상.csv"
