"""Synthetic curated data for the training tests: Korean complaints with topical words per department.

Each record mixes two or three words of its own department with generic complaint phrasing and,
sometimes, one word of another department, so the task is learnable but not a lookup table.
"""

from __future__ import annotations

import io
import random

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

TOPICS = {
    "TRAFFIC": ["버스", "정류장", "신호등", "불법주차", "교통체증", "택시", "횡단보도", "주차장", "배차간격"],
    "ENVIRONMENT": ["쓰레기", "악취", "분리수거", "무단투기", "소음", "미세먼지", "매연", "재활용", "음식물"],
    "BUILDING": ["아파트", "건축허가", "누수", "불법건축물", "공사장", "균열", "리모델링", "층간소음", "주택"],
    "ROADS": ["도로", "포장", "가로등", "보도블록", "맨홀", "싱크홀", "공원", "가로수", "파손"],
    "WELFARE": ["기초연금", "노인", "장애인", "아동수당", "복지관", "생계급여", "돌봄", "어린이집", "바우처"],
    "TAX": ["지방세", "재산세", "자동차세", "체납", "고지서", "납부", "세금", "감면", "과태료"],
    "SAFETY": ["화재", "침수", "재난문자", "대피소", "소화기", "폭우", "안전점검", "제설", "붕괴위험"],
    "HEALTH": ["보건소", "예방접종", "감염병", "병원", "건강검진", "방역", "진료", "코로나", "치매"],
    "CULTURE": ["도서관", "체육관", "축제", "공연", "수영장", "문화센터", "운동장", "전시회", "강좌"],
    "ADMIN": ["민원서류", "여권", "주민등록", "등본", "인감", "전입신고", "행정복지센터", "증명서", "발급"],
}
PLACES = ["영통구", "장안구", "분당구", "수정구", "기흥구", "처인구", "중원구", "팔달구", "권선구", "수지구"]
OPENINGS = ["안녕하세요.", "문의드립니다.", "불편 사항 신고합니다.", "시청 담당자님께.", "건의합니다."]
PHRASES = ["문제가 계속되고 있습니다", "빠른 조치 부탁드립니다", "확인 부탁드립니다", "개선이 필요합니다",
           "매일 불편을 겪고 있습니다", "답변 부탁드립니다", "관련 문의입니다", "해결해 주세요"]
TENANTS = ["suwon", "seongnam", "yongin"]


def make_records(count: int, seed: int = 0, codes: list[str] | None = None, unlabelled: int = 0,
                 tenant: str | None = None, upload_id: str = "u0001", prefix: str = "r") -> pd.DataFrame:
    """`count` labelled records, classes balanced round-robin, plus `unlabelled` records with no code."""
    rng = random.Random(seed)
    codes = codes or list(TOPICS)
    rows = []
    for i in range(count + unlabelled):
        code = codes[i % len(codes)]
        words = rng.sample(TOPICS[code], k=rng.choice([2, 3]))
        if rng.random() < 0.3:
            other = rng.choice([c for c in TOPICS if c != code])
            words.append(rng.choice(TOPICS[other]))
        rng.shuffle(words)
        place = rng.choice(PLACES)
        title = f"{place} {words[0]} 관련 민원"
        body = f"{rng.choice(OPENINGS)} {place} {' '.join(words)} {rng.choice(PHRASES)}. {rng.choice(PHRASES)}."
        this_tenant = tenant or TENANTS[i % len(TENANTS)]
        rows.append({
            "record_id": f"{this_tenant}-{prefix}{seed}-{i:05d}",
            "tenant": this_tenant,
            "upload_id": upload_id,
            "receipt_id": f"R{i:06d}",
            "received_at": f"2026-0{1 + i % 9}-1{i % 10}",
            "title": title,
            "body": body,
            "department_code": code if i < count else None,
        })
    return pd.DataFrame(rows)


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), buffer)
    return buffer.getvalue()


def write_curated(store, frame: pd.DataFrame, files_per_tenant: int = 2) -> list[str]:
    """Write `frame` as curated/<tenant>/<upload_id>.parquet files (split into several uploads)."""
    keys = []
    for tenant, part in frame.groupby("tenant"):
        part = part.reset_index(drop=True)
        for n in range(files_per_tenant):
            chunk = part.iloc[n::files_per_tenant].copy()
            upload_id = f"u{n:04d}"
            chunk["upload_id"] = upload_id
            key = f"curated/{tenant}/{upload_id}.parquet"
            store.put_bytes(key, parquet_bytes(chunk))
            keys.append(key)
    return sorted(keys)
