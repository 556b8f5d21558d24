"""A county's complaint export, shaped like the real one of issue 12 (importable as tests.county_export).

An XLSX of a few hundred rows: 순번 (a row number, not an id), 접수일자, 제목, 대분류, 소분류,
민원요지 (a one-line summary of 5-40 characters) and 처리상태; NO receipt number. The titles are
real Korean text nobody here wrote: petition titles from ../shared/data/petitions (MIT), read from
there at test time (never copied into the repository); their 17 categories are mapped to county
categories (대분류) and keyword-derived sub-categories (소분류). Tests skip when the data is absent.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADERS = ["순번", "접수일자", "제목", "대분류", "소분류", "민원요지", "처리상태"]

# petition category -> (대분류, [(소분류, keywords), ...], fallback 소분류)
CATEGORIES = {
    "교통/건축/국토": ("교통·건설", [("교통행정", "버스 택시 교통 주차 운전 차량 도로 고속 철도 지하철 자동차 신호"),
                                  ("건축·주택", "아파트 주택 건축 부동산 분양 임대 재건축 재개발 전세")], "국토·도시"),
    "안전/환경": ("안전·환경", [("환경위생", "환경 쓰레기 미세먼지 동물 소음 플라스틱 원전 기후 오염 폐기물")], "재난안전"),
    "보건복지": ("보건·복지", [("보건의료", "코로나 의료 병원 의사 백신 간호 보건 감염 건강 약 치료 환자")], "사회복지"),
    "육아/교육": ("보건·복지", [], "아동·교육"),
    "저출산/고령화대책": ("보건·복지", [], "노인·출산"),
    "문화/예술/체육/언론": ("문화·체육", [("체육", "체육 스포츠 선수 올림픽 축구 야구 경기")], "문화예술"),
    "행정": ("자치행정", [], "일반행정"),
    "반려동물": ("안전·환경", [], "동물보호"),
    "농산어촌": ("농업·산림", [], "농정"),
}
SUFFIXES = ["요청", "건의", "관련 민원", "문의", "개선 요청", "", "조치 바람"]


def shared_data_dir() -> Path:
    return Path(os.environ.get("MINWON_SHARED_DATA", REPO.parent / "shared" / "data"))


def petitions_available() -> bool:
    return any((shared_data_dir() / "petitions").glob("petition_data.part*.csv"))


def _sub_category(title: str, subs, fallback: str) -> str:
    for name, words in subs:
        if any(word in title for word in words.split()):
            return name
    return fallback


def _summary(title: str, rng: random.Random) -> str:
    """A one-line summary of 5-40 characters, as county clerks write them."""
    words = title.replace("\"", "").split()
    summary = " ".join(words[:rng.randint(1, 3)])
    suffix = rng.choice(SUFFIXES)
    summary = (summary + " " + suffix).strip() if suffix else summary
    if len(summary) < 5:
        summary = (summary + " 관련 민원").strip()
    return summary[:40].strip()


def county_rows(rows: int = 600, seed: int = 12) -> list[list]:
    """Rows of the export (without the header), picked deterministically from the petitions."""
    import pandas as pd

    frames = [pd.read_csv(p) for p in sorted((shared_data_dir() / "petitions").glob("petition_data.part*.csv"))]
    petitions = pd.concat(frames, ignore_index=True).dropna(subset=["title"])
    petitions = petitions[petitions["category"].isin(CATEGORIES)]
    order = petitions["id"].map(lambda i: hashlib.sha256(f"county:{seed}:{int(i)}".encode()).hexdigest())
    chosen = petitions.assign(order=order).sort_values("order").head(rows)
    rng = random.Random(seed)
    out = []
    for number, item in enumerate(chosen.itertuples(), start=1):
        major, subs, fallback = CATEGORIES[item.category]
        title = str(item.title).strip()
        received = datetime.fromisoformat(str(item.expiryDate)) - timedelta(days=30, hours=rng.randint(0, 23))
        out.append([number, received.replace(minute=0, second=0), title, major,
                    _sub_category(title, subs, fallback), _summary(title, rng),
                    rng.choice(["처리완료", "처리완료", "처리중", "이송"])])
    return out


def county_xlsx(rows: int = 600, seed: int = 12) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "민원처리현황"
    sheet.append(HEADERS)
    for row in county_rows(rows, seed):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
