#!/usr/bin/env python3
"""Deterministic generator of synthetic Korean civil complaints (민원) for the sample tenants.

Writes, per tenant, the file formats the cities really send (UTF-8 CSV, JSONL, CP949 CSV,
UTF-8-with-BOM CSV, XLSX), with planted bad rows and planted PII, plus ``holdout.jsonl``
(unseen complaints for the demo) and ``manifest.json`` (what was written and planted).

Usage::

    python data/samples/generate.py --out DIR [--per-tenant 300] [--seed 20261126] [--holdout 20]

or ``generate(out_dir, per_tenant=300, seed=20261126, holdout=20) -> manifest``.

Only the standard library, pyyaml and openpyxl are used; no network. Output is byte-for-byte
deterministic for a given seed (the XLSX zip is rewritten with fixed entry timestamps and fixed
document properties). Everything here is synthetic: names, numbers and addresses are random
combinations, any resemblance to a real person is accidental.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
TENANTS_YAML = REPO_ROOT / "configs" / "tenants.yaml"

DEFAULT_PER_TENANT = 300
DEFAULT_SEED = 20261126
DEFAULT_HOLDOUT = 20
MIN_PER_TENANT = 40  # below this the planted bad rows would dominate the files

# Bodies run from one-line summaries (5-40 characters, as some cities export them) to long letters.
BODY_MIN, BODY_MAX = 5, 1500
LETTER_MIN = 60  # a written complaint (not a summary) is at least this long
SUMMARY_MAX = 40
NOISY_LABEL_SHARE = 0.06  # records filed under a neighbouring department, as real routing errs
BAD_BYTES = b"\xff\xfe\x80"  # invalid in both UTF-8 and CP949
_BAD_MARKER = "#BADBYTES#"  # ASCII placeholder replaced by BAD_BYTES after encoding
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_DOC_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

ENGLISH_HEADERS = ["receipt_id", "received_at", "title", "body", "department"]
KOREAN_HEADERS_SN = ["접수번호", "접수일자", "제목", "민원내용", "담당부서"]
KOREAN_HEADERS_YI = ["접수번호", "접수일", "제목", "내용", "처리부서"]

BAD_KINDS = ("empty_text", "unknown_department", "duplicate", "undecodable")
PII_KINDS = ("rrn", "phone", "email", "name", "address", "plate", "account", "card")

# --------------------------------------------------------------------------------------------
# Per-tenant profiles: receipt prefix, date format, file layout and the city's geography.
# --------------------------------------------------------------------------------------------

TENANT_PROFILES: dict[str, dict] = {
    "suwon": {
        "prefix": "SW",
        "city": "수원시",
        "date_format": "%Y-%m-%d",
        "files": [
            # (relative path, format, encoding, headers, line terminator, date range, share)
            {"path": "suwon/complaints_2026_q1.csv", "format": "csv", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "newline": "\n", "dates": ((1, 1), (3, 31)),
             "undecodable": True},
            {"path": "suwon/complaints_2026_q2.jsonl", "format": "jsonl", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "dates": ((4, 1), (6, 30))},
        ],
        "gu": {
            "장안구": {"dong": ["정자동", "파장동", "조원동", "연무동", "율천동", "영화동"],
                    "road": ["정조로", "수성로", "경수대로", "만석로", "장안로"]},
            "권선구": {"dong": ["세류동", "권선동", "곡선동", "금곡동", "호매실동", "입북동"],
                    "road": ["권광로", "호매실로", "세권로", "금곡로", "수인로"]},
            "팔달구": {"dong": ["인계동", "매교동", "우만동", "화서동", "행궁동", "매산동"],
                    "road": ["효원로", "중부대로", "인계로", "매산로", "팔달로"]},
            "영통구": {"dong": ["영통동", "매탄동", "원천동", "광교동", "망포동", "태장동"],
                    "road": ["광교중앙로", "봉영로", "영통로", "덕영대로", "매영로"]},
        },
    },
    "seongnam": {
        "prefix": "SN",
        "city": "성남시",
        "date_format": "%Y.%m.%d",
        "files": [
            {"path": "seongnam/complaints_2026.csv", "format": "csv", "encoding": "cp949",
             "headers": KOREAN_HEADERS_SN, "newline": "\r\n", "dates": ((1, 1), (6, 30)),
             "undecodable": True},
            {"path": "seongnam/complaints_2026_bom.csv", "format": "csv", "encoding": "utf-8-sig",
             "headers": KOREAN_HEADERS_SN, "newline": "\r\n", "dates": ((7, 1), (10, 31))},
        ],
        "gu": {
            "수정구": {"dong": ["신흥동", "태평동", "수진동", "단대동", "위례동", "복정동"],
                    "road": ["수정로", "산성대로", "위례광장로", "복정로", "공원로"]},
            "중원구": {"dong": ["성남동", "금광동", "상대원동", "하대원동", "도촌동", "중앙동"],
                    "road": ["둔촌대로", "제일로", "광명로", "성남대로", "금광로"]},
            "분당구": {"dong": ["정자동", "서현동", "수내동", "야탑동", "이매동", "판교동", "삼평동", "구미동"],
                    "road": ["정자일로", "황새울로", "분당로", "판교역로", "서현로", "내정로"]},
        },
    },
    "yongin": {
        "prefix": "YI",
        "city": "용인시",
        "date_format": "%Y/%m/%d %H:%M",
        "files": [
            {"path": "yongin/complaints_2026.xlsx", "format": "xlsx", "encoding": None,
             "headers": KOREAN_HEADERS_YI, "dates": ((1, 1), (7, 31)), "sheet": "민원접수현황"},
            {"path": "yongin/complaints_2026_extra.csv", "format": "csv", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "newline": "\n", "dates": ((8, 1), (10, 31))},
        ],
        "gu": {
            "처인구": {"dong": ["김량장동", "역북동", "삼가동", "유림동", "포곡읍", "모현읍", "남사읍"],
                    "road": ["금학로", "중부대로", "용구대로", "백옥대로", "포곡로"]},
            "기흥구": {"dong": ["구갈동", "신갈동", "보정동", "동백동", "영덕동", "상하동", "마북동"],
                    "road": ["기흥로", "구갈로", "신갈로", "흥덕중앙로", "동백죽전대로"]},
            "수지구": {"dong": ["풍덕천동", "죽전동", "상현동", "성복동", "신봉동", "동천동"],
                    "road": ["수지로", "풍덕천로", "포은대로", "죽전로", "문정로"]},
        },
    },
}

# Department names that are NOT in a tenant's mapping: invented units and typos of real ones.
UNKNOWN_DEPARTMENTS = [
    "미래전략과", "스마트도시과", "건측과", "도로관리가", "복지정착과", "세무가", "환경정첵과",
    "보건행정가", "문화예슬과", "자치행정관", "교통행정팀", "민원봉사실",
]

# Share of complaints per taxonomy code (realistic skew: traffic and waste dominate).
CODE_WEIGHTS = {
    "TRAFFIC": 16, "ENVIRONMENT": 14, "ROADS": 12, "BUILDING": 10, "SAFETY": 9,
    "WELFARE": 9, "ADMIN": 9, "TAX": 7, "HEALTH": 7, "CULTURE": 7,
}

# Sentences that borrow another department's words: real complaints mention the neighbouring
# problem too (the parked cars that also block the garbage truck), so no single word decides.
CROSSOVER = {
    "TRAFFIC": ["도로 포장도 울퉁불퉁해서 더 위험합니다.", "정류장 주변에 쓰레기가 쌓여 냄새도 납니다.",
                "밤에는 가로등이 어두워 보행자가 잘 보이지 않습니다.", "주변 공사장 차량도 도로를 막고 있습니다."],
    "ENVIRONMENT": ["불법주차 차량 때문에 수거차가 골목에 들어오지 못합니다.", "도로 옆 배수로도 쓰레기로 막혀 있습니다.",
                    "공원 화장실 주변도 악취가 심합니다.", "아이들 건강이 걱정될 정도입니다."],
    "BUILDING": ["공사 차량이 인도에 불법주차를 해서 통행이 어렵습니다.", "공사장 소음과 먼지도 심합니다.",
                 "건물 앞 도로도 파손되어 있습니다.", "화재가 나면 대피할 길이 없어 보입니다."],
    "ROADS": ["파손된 도로 때문에 버스가 크게 흔들립니다.", "공원 쓰레기통이 넘쳐 악취가 납니다.",
              "인도 위 불법주차 차량도 통행을 막습니다.", "넘어져 다치는 사고가 날까 걱정입니다."],
    "WELFARE": ["주민센터까지 가는 버스가 없어 신청하러 가기 어렵습니다.", "병원 진료비 부담도 큽니다.",
                "집 앞 도로가 어두워 밤 외출이 무섭습니다.", "관련 서류 발급도 함께 문의드립니다."],
    "TAX": ["주차 과태료 고지서도 함께 받았습니다.", "복지 급여 통장으로 환급받을 수 있는지 궁금합니다.",
            "건축물 대장 면적이 실제와 다릅니다.", "주민센터에서는 담당이 아니라고 합니다."],
    "SAFETY": ["불법주차 차량 때문에 소방차가 진입하지 못할 것 같습니다.", "도로가 파손되어 넘어질 위험도 있습니다.",
               "주변 공사장 소음도 심합니다.", "쓰레기 더미에 불이 붙을까 걱정됩니다."],
    "HEALTH": ["쓰레기 더미에서 벌레가 생겨 위생이 걱정됩니다.", "복지관 어르신들도 같은 증상을 호소합니다.",
               "하천 악취 때문에 두통이 생겼습니다.", "안전 점검도 함께 부탁드립니다."],
    "CULTURE": ["행사 때마다 주변 도로 불법주차가 심합니다.", "행사 뒤 쓰레기가 그대로 남아 있습니다.",
                "체육관 앞 도로 보수도 필요합니다.", "안전요원이 부족해 사고가 날 뻔했습니다."],
    "ADMIN": ["주민센터 주차장이 좁아 불법주차를 하게 됩니다.", "세금 관련 서류도 함께 발급받아야 합니다.",
              "복지 신청 서류도 같이 문의드립니다.", "도로명 주소 안내판도 잘못되어 있습니다."],
}
# Where a misrouted complaint lands: the neighbouring departments of each code.
CONFUSABLE = {
    "TRAFFIC": ["ROADS", "SAFETY"], "ENVIRONMENT": ["HEALTH", "ROADS"], "BUILDING": ["ROADS", "SAFETY"],
    "ROADS": ["TRAFFIC", "SAFETY"], "WELFARE": ["HEALTH", "ADMIN"], "TAX": ["ADMIN"],
    "SAFETY": ["ROADS", "TRAFFIC"], "HEALTH": ["WELFARE", "ENVIRONMENT"], "CULTURE": ["ADMIN"],
    "ADMIN": ["WELFARE", "TAX"],
}

# Topic templates (department code -> subtopics with hints, titles, facts, asks): data, kept in
# topics.yaml beside this file.
TOPICS: dict[str, list[dict]] = yaml.safe_load((HERE / "topics.yaml").read_text(encoding="utf-8"))

FESTIVALS = {
    "suwon": ["수원화성문화제", "시민의 날 축제", "벚꽃 축제"],
    "seongnam": ["성남 시민 축제", "탄천 가을 축제", "벚꽃 축제"],
    "yongin": ["용인 시민 축제", "가을 문화 축제", "벚꽃 축제"],
}

DAYS = ["일주일째", "사흘째", "열흘 넘게", "한 달 가까이", "며칠째", "2주째", "몇 주째", "벌써 보름째"]
DURS = ["한 달", "두 달", "석 달", "반년", "일주일", "보름", "열흘", "한 달 반"]
TIMES = ["아침 출근 시간", "저녁 퇴근 시간", "밤 10시 이후", "새벽 시간대", "주말 오후", "점심시간"]

GREETINGS = ["안녕하세요.", "안녕하십니까.", "수고 많으십니다.", "담당자님 안녕하세요.",
             "바쁘신 와중에 민원 올립니다.", "{city} 시민입니다.", "{dong}에 사는 주민입니다.",
             "안녕하세요, 불편 사항이 있어 글을 올립니다."]
NAME_GREETINGS = ["안녕하세요, {dong}에 사는 {name}입니다.", "저는 {dong} 주민 {name}입니다.",
                  "안녕하세요. 민원인 {name}입니다."]
IMPACTS = ["{days} 이런 상황이라 주민들의 불편이 큽니다.",
           "아이들과 어르신들이 많이 다니는 곳이라 더 걱정됩니다.",
           "예전에도 같은 내용으로 민원을 넣었는데 달라진 것이 없습니다.",
           "이웃 주민들도 같은 불만을 이야기하고 있습니다.",
           "전화로도 여러 번 말씀드렸지만 처리가 되지 않아 글을 남깁니다.",
           "사진을 첨부하려 했는데 업로드가 되지 않아 글로만 남깁니다.",
           "지난주에 현장에 나와 보신다고 했는데 아직 소식이 없습니다.",
           "저 혼자만의 문제가 아니라고 생각합니다.",
           "정말 답답한 마음에 민원을 올립니다.",
           "담당 부서에 문의했더니 \"확인해 보겠다\"는 답만 들었습니다.",
           "안내문에는 \"곧 조치 예정\"이라고 되어 있지만 {dur}째 그대로입니다.",
           "처음에는 참으려고 했지만 도저히 안 되겠습니다.",
           "비슷한 민원이 여러 번 올라온 것으로 알고 있습니다.",
           "가능하면 현장에 직접 나와서 확인해 주셨으면 합니다."]
CONNECTORS = ["그리고 ", "또한 ", "아울러 ", "게다가 ", ""]
CLOSINGS = ["조속한 조치 부탁드립니다.", "빠른 처리 부탁드립니다.", "확인 후 답변 주시기 바랍니다.",
            "검토 부탁드립니다.", "감사합니다.", "처리 결과를 꼭 알려 주시기 바랍니다.",
            "적극적인 행정을 부탁드립니다.", "좋은 답변 기다리겠습니다.", "수고하세요."]

# --------------------------------------------------------------------------------------------
# PII building blocks (synthetic).
# --------------------------------------------------------------------------------------------

SURNAMES = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"),
            ("서", "seo"), ("신", "shin"), ("권", "kwon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"),
            ("류", "ryu"), ("전", "jeon"), ("홍", "hong"), ("고", "ko"), ("문", "moon"), ("양", "yang"),
            ("손", "son"), ("배", "bae"), ("백", "baek"), ("허", "heo"), ("유", "yoo"), ("남", "nam"),
            ("심", "shim"), ("노", "noh")]
GIVEN_NAMES = [("민수", "minsu"), ("영희", "younghee"), ("준호", "junho"), ("서연", "seoyeon"),
               ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"), ("지민", "jimin"),
               ("예은", "yeeun"), ("도윤", "doyoon"), ("하은", "haeun"), ("성민", "sungmin"),
               ("미경", "mikyung"), ("정숙", "jungsook"), ("영수", "youngsoo"), ("상철", "sangchul"),
               ("은정", "eunjung"), ("혜진", "hyejin"), ("동현", "donghyun"), ("태윤", "taeyoon"),
               ("길동", "gildong"), ("민지", "minji"), ("재원", "jaewon"), ("유진", "yujin"),
               ("경희", "kyunghee"), ("순자", "soonja"), ("광수", "kwangsoo"), ("지영", "jiyoung"),
               ("승현", "seunghyun"), ("다은", "daeun"), ("우진", "woojin"), ("소영", "soyoung")]
EMAIL_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "korea.kr"]
PLATE_HANGUL = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGIONS = ["서울", "경기", "인천"]
BANKS = [("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("하나은행", (3, 6, 5)),
         ("농협", (3, 4, 4, 2)), ("기업은행", (3, 6, 2, 3)), ("카카오뱅크", (4, 2, 7))]

RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_check_digit(first12: str) -> int:
    """Check digit of a resident registration number: (11 - sum(d_i * w_i) % 11) % 10."""
    total = sum(int(d) * w for d, w in zip(first12, RRN_WEIGHTS))
    return (11 - total % 11) % 10


def rrn_is_valid(rrn: str) -> bool:
    digits = rrn.replace("-", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    return rrn_check_digit(digits[:12]) == int(digits[12])


def luhn_is_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _particle_ro(text: str) -> str:
    """으로/로 after text (Hangul syllable or digit; ㄹ final takes 로)."""
    last = text[-1]
    if last.isdigit():
        return "으로" if last in "036" else "로"
    code = ord(last) - 0xAC00
    if 0 <= code < 11172:
        final = code % 28
        return "으로" if final not in (0, 8) else "로"
    return "로"


# --------------------------------------------------------------------------------------------
# Generator.
# --------------------------------------------------------------------------------------------


class _PiiLog:
    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {k: [] for k in PII_KINDS}
        self._seen: dict[str, dict[str, None]] = {k: {} for k in PII_KINDS}

    def add(self, kind: str, value: str) -> str:
        if value not in self._seen[kind]:
            self._seen[kind][value] = None
            self.values[kind].append(value)
        return value


class _City:
    def __init__(self, tenant: str, profile: dict, departments: dict[str, str]) -> None:
        self.tenant = tenant
        self.profile = profile
        self.city = profile["city"]
        self.gus = list(profile["gu"].keys())
        self.departments = departments  # own name -> code
        self.by_code: dict[str, list[str]] = {}
        for name, code in departments.items():
            self.by_code.setdefault(code, []).append(name)

    def place(self, rng: random.Random) -> tuple[str, str, str]:
        gu = rng.choice(self.gus)
        info = self.profile["gu"][gu]
        return gu, rng.choice(info["dong"]), rng.choice(info["road"])


class _Writer:
    """Builds one complaint's title and body for a city (all randomness from the given rng)."""

    def __init__(self, city: _City, rng: random.Random) -> None:
        self.c = city
        self.rng = rng
        self.planted: list[tuple[str, str]] = []  # PII of the complaint being written

    def _plant(self, kind: str, value: str) -> str:
        self.planted.append((kind, value))
        return value

    # ---- small slot fillers
    def _bus(self) -> str:
        r = self.rng
        form = r.random()
        if form < 0.45:
            return f"{r.randint(1, 99)}-{r.randint(1, 9)}번"
        if form < 0.8:
            return f"{r.randint(10, 999)}번"
        return f"{r.choice(['M', 'G'])}{r.randint(4100, 5600)}번"

    def _loc(self, gu: str, dong: str, road: str) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"{self.c.city} {gu} {dong}"
        if r < 0.65:
            return f"{gu} {dong}"
        if r < 0.80:
            return dong
        if r < 0.90:
            return f"{self.c.city} {dong}"
        return f"{dong} {road}"

    def _fill(self, template: str, slots: dict) -> str:
        out = template
        for key, value in slots.items():
            token = "{" + key + "}"
            while token in out:
                v = value() if callable(value) else value
                out = out.replace(token, v, 1)
        return out

    # ---- PII values
    def _name(self) -> tuple[str, str, str]:
        sur, sur_r = self.rng.choice(SURNAMES)
        given, given_r = self.rng.choice(GIVEN_NAMES)
        return sur + given, sur_r, given_r

    def _mobile(self) -> str:
        r = self.rng
        mid = f"{r.randint(2, 9)}{r.randint(0, 999):03d}"
        last = f"{r.randint(0, 9999):04d}"
        fmt = r.random()
        if fmt < 0.6:
            return f"010-{mid}-{last}"
        if fmt < 0.85:
            return f"010{mid}{last}"
        return f"010 {mid} {last}"

    def _landline(self) -> str:
        r = self.rng
        if r.random() < 0.8:
            area = "031"
        else:
            area = "02"
        if r.random() < 0.5:
            mid = f"{r.randint(200, 999)}"
        else:
            mid = f"{r.randint(2, 9)}{r.randint(0, 999):03d}"
        return f"{area}-{mid}-{r.randint(0, 9999):04d}"

    def _rrn(self) -> str:
        r = self.rng
        year = r.randint(1942, 2006)
        month = r.randint(1, 12)
        mdays = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        day = r.randint(1, mdays)
        male = r.random() < 0.5
        g = (1 if male else 2) if year < 2000 else (3 if male else 4)
        first12 = f"{year % 100:02d}{month:02d}{day:02d}{g}{r.randint(0, 99999):05d}"
        value = f"{first12[:6]}-{first12[6:]}{rrn_check_digit(first12)}"
        assert rrn_is_valid(value)
        return value

    def _email(self, sur_r: str, given_r: str) -> str:
        r = self.rng
        form = r.randint(0, 4)
        if form == 0:
            local = f"{given_r}.{sur_r}"
        elif form == 1:
            local = f"{sur_r}{given_r}{r.randint(70, 99)}"
        elif form == 2:
            local = f"{given_r[0]}{given_r[-1]}_{sur_r}{r.randint(1, 999)}"
        elif form == 3:
            local = f"{sur_r}.{given_r}"
        else:
            local = f"{given_r}{r.randint(1980, 2005)}"
        return f"{local}@{r.choice(EMAIL_DOMAINS)}"

    def _address(self, near_gu: str | None = None) -> str:
        r = self.rng
        gu, dong, road = self.c.place(r)
        if near_gu and r.random() < 0.7:  # usually in the same district as the complaint
            info = self.c.profile["gu"][near_gu]
            gu, dong, road = near_gu, r.choice(info["dong"]), r.choice(info["road"])
        prefix = "경기도 " if r.random() < 0.6 else ""
        if r.random() < 0.6:  # road-name address
            base = f"{prefix}{self.c.city} {gu} {road} {r.randint(1, 399)}"
            if r.random() < 0.25:
                base = f"{prefix}{self.c.city} {gu} {road}{r.randint(10, 120)}번길 {r.randint(1, 60)}"
            detail = r.random()
            if detail < 0.5:
                return f"{base}, {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
            if detail < 0.7:
                return f"{base} {r.randint(2, 9)}층"
            if detail < 0.85:
                return f"{base} ({dong})"
            return base
        base = f"{prefix}{self.c.city} {gu} {dong} {r.randint(1, 999)}"
        if r.random() < 0.6:
            base += f"-{r.randint(1, 40)}"
        if r.random() < 0.35:
            base += f" {r.randint(1, 5)}0{r.randint(1, 4)}호"
        return base

    def _plate(self) -> str:
        r = self.rng
        h = r.choice(PLATE_HANGUL)
        form = r.random()
        if form < 0.45:
            return f"{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"
        if form < 0.75:
            return f"{r.randint(100, 399)}{h} {r.randint(1000, 9999)}"
        if form < 0.9:
            return f"{r.choice(PLATE_REGIONS)}{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"
        return f"{r.randint(100, 399)}{h}{r.randint(1000, 9999)}"

    def _account(self) -> tuple[str, str]:
        r = self.rng
        bank, groups = r.choice(BANKS)
        parts = ["".join(str(r.randint(0, 9)) for _ in range(n)) for n in groups]
        if bank == "신한은행":
            parts[0] = r.choice(["110", "100", "140"])
        if bank == "카카오뱅크":
            parts[0] = "3333"
        return bank, "-".join(parts)

    def _card(self) -> str:
        r = self.rng
        prefix = r.choice(["4", "4", "51", "52", "53", "54", "55", "9410"])
        digits = prefix + "".join(str(r.randint(0, 9)) for _ in range(15 - len(prefix)))
        for check in range(10):
            if luhn_is_valid(digits + str(check)):
                digits += str(check)
                break
        sep = "-" if r.random() < 0.7 else " "
        value = sep.join(digits[i:i + 4] for i in range(0, 16, 4))
        assert luhn_is_valid(value)
        return value

    # ---- PII sentences
    def _pii_plan(self, code: str) -> list[str]:
        r = self.rng
        probs = {"name": 0.5, "phone": 0.5, "address": 0.3, "email": 0.2, "rrn": 0.1,
                 "plate": 0.06, "account": 0.04, "card": 0.035}
        if code in ("WELFARE", "TAX", "ADMIN"):
            probs["rrn"] = 0.35
        if code in ("WELFARE", "TAX"):
            probs["account"] = 0.3
        if code == "TRAFFIC":
            probs["plate"] = 0.45
        if code == "TAX":
            probs["plate"] = 0.25
        if code in ("TAX", "CULTURE"):
            probs["card"] = 0.09
        kinds = [k for k in ("name", "phone", "address", "email", "rrn", "plate", "account", "card")
                 if r.random() < probs[k]]
        if not kinds:
            kinds = [r.choice(["name", "phone", "phone", "address", "email"])]
        return kinds

    def _pii_sentences(self, kinds: list[str], code: str, dong: str, gu: str) -> tuple[str | None, list[str], str | None]:
        """Returns (greeting override, middle sentences, signature)."""
        r = self.rng
        name, sur_r, given_r = self._name()
        greeting = signature = None
        middle: list[str] = []
        if "name" in kinds:
            style = r.random()
            if style < 0.8:
                self._plant("name", name)
            if style < 0.35:
                greeting = r.choice(NAME_GREETINGS).format(dong=dong, name=name)
            elif style < 0.6:
                signature = r.choice(["민원인 {name} 올림", "{name} 드림", "- 민원인 {name}", "민원인: {name}"]).format(name=name)
            elif style < 0.8:
                middle.append(r.choice([
                    "어머니 {name}님 명의로 신청한 건입니다.",
                    "이웃 {name} 씨도 같은 피해를 입었습니다.",
                    "신청인은 {name}님입니다.",
                ]).format(name=name))
            else:
                official, _, _ = self._name()
                self._plant("name", official)
                middle.append(r.choice([
                    "지난번 담당 {o} 주무관님과 통화했는데 이후 연락이 없습니다.",
                    "담당 {o} 주무관께 전달 부탁드립니다.",
                    "{o} 주무관님이 안내해 주신 대로 서류를 준비했습니다.",
                ]).format(o=official))
                if r.random() < 0.5:
                    signature = f"민원인 {name}"
                    self._plant("name", name)
        if "address" in kinds:
            addr = self._plant("address", self._address(gu))
            middle.append(r.choice([
                "주소는 {a}입니다.", "현장 위치: {a}", "저희 집 주소는 {a}입니다.",
                "해당 장소 주소는 {a}입니다.", "(주소: {a})",
            ]).format(a=addr))
        if "plate" in kinds:
            plate = self._plant("plate", self._plate())
            if code == "TRAFFIC":
                t = r.choice(["차량번호 {p} 차량이 매일 같은 자리에 서 있습니다.",
                              "문제 차량은 {p}(흰색 SUV)입니다.", "{p} 차량 운전자가 오히려 화를 냈습니다."])
            elif code == "TAX":
                t = r.choice(["해당 차량번호는 {p}입니다.", "차량번호 {p} 자동차세 건입니다."])
            else:
                t = r.choice(["제 차량번호는 {p}입니다.", "방문 차량은 {p}입니다."])
            middle.append(t.format(p=plate))
        if "rrn" in kinds:
            rrn = self._plant("rrn", self._rrn())
            middle.append(r.choice([
                "주민등록번호는 {v}입니다.", "신청인 주민번호 {v}", "(주민등록번호 {v})",
                "본인 확인용 주민번호 {v} 적어 드립니다.",
            ]).format(v=rrn))
        if "account" in kinds:
            bank, acct = self._account()
            self._plant("account", acct)
            t = r.choice([
                "환급금은 {b} {a}{ro} 보내 주세요.", "계좌번호 {a} ({b})입니다.",
                "입금 계좌는 {b} {a}, 예금주 본인입니다.", "{b} 계좌 {a}{ro} 지급 부탁드립니다.",
            ])
            middle.append(t.format(b=bank, a=acct, ro=_particle_ro(acct)))
        if "card" in kinds:
            card = self._plant("card", self._card())
            middle.append(r.choice([
                "카드번호 {c}{ro} 결제했는데 취소가 되지 않았습니다.",
                "결제한 카드는 {c}입니다.",
                "({c} 카드로 납부)",
            ]).format(c=card, ro=_particle_ro(card)))
        contact: list[str] = []
        if "phone" in kinds:
            if r.random() < 0.75:
                p = self._plant("phone", self._mobile())
                contact.append(r.choice([
                    "연락처는 {p}입니다.", "회신은 {p}{ro} 부탁드립니다.", "휴대폰 {p}",
                    "(연락처: {p})", "문자는 {p}{ro} 주세요.",
                ]).format(p=p, ro=_particle_ro(p)))
            if r.random() < 0.35 or not contact:
                p = self._plant("phone", self._landline())
                contact.append(r.choice([
                    "낮에는 사무실 전화 {p}{ro} 연락 주세요.", "집 전화는 {p}입니다.", "전화 {p}",
                ]).format(p=p, ro=_particle_ro(p)))
        if "email" in kinds:
            e = self._plant("email", self._email(sur_r, given_r))
            ro = "로" if e.endswith(".kr") else "으로"
            contact.append(r.choice([
                "답변은 {e}{ro} 보내 주세요.", "이메일 {e}{ro} 회신 부탁드립니다.",
                "자료는 {e}에서 확인하겠습니다.", "메일 주소: {e}",
            ]).format(e=e, ro=ro))
        return greeting, middle + contact, signature

    # ---- main
    def complaint(self, code: str, with_pii: bool) -> tuple[str, str, str, list[tuple[str, str]]]:
        """Returns (title, body, department, planted PII) for one complaint of the given code."""
        r = self.rng
        self.planted = []
        sub = r.choice(TOPICS[code])
        gu, dong, road = self.c.place(r)
        slots = {
            "loc": lambda: self._loc(gu, dong, road), "dong": dong, "gu": gu, "city": self.c.city,
            "days": lambda: r.choice(DAYS), "dur": lambda: r.choice(DURS),
            "time": lambda: r.choice(TIMES), "bus": self._bus(), "n": str(r.randint(2, 5)),
            "fest": r.choice(FESTIVALS.get(self.c.tenant, ["시민 축제"])),
        }
        title = self._title(self._fill(r.choice(sub["titles"]), slots), dong, gu, code)
        target = self._target_len()
        if target <= SUMMARY_MAX:  # a one-line summary, as some cities export instead of the letter
            return title, self._summary(sub, slots, target), self._department(code, sub["hints"]), []

        facts = list(sub["facts"])
        r.shuffle(facts)
        loc_first = [f for f in facts if "{loc}" in f]
        first = loc_first[0] if loc_first else facts[0]
        facts.remove(first)
        extra_facts = []
        if target > 700:  # a long letter: every grievance the writer has about this department
            extra_facts = [f for other in TOPICS[code] if other is not sub for f in other["facts"]]
            r.shuffle(extra_facts)
        elif target > 420 or r.random() < 0.12:  # people often add a second, related grievance
            other = r.choice([s for s in TOPICS[code] if s is not sub])
            extra_facts = r.sample(other["facts"], 3 if target > 520 else 2 if target > 420 else 1)
        # A neighbouring department's problem, mentioned in passing (right after the main fact).
        crossover = r.choice(CROSSOVER[code]) if r.random() < 0.35 else None

        short = target < 110
        greeting = self._fill(r.choice(GREETINGS), slots) if r.random() < (0.3 if short else 0.7) else None
        pii_greeting, pii_mid, signature = (None, [], None)
        if with_pii:
            pii_greeting, pii_mid, signature = self._pii_sentences(self._pii_plan(code), code, dong, gu)
        if pii_greeting:
            greeting = pii_greeting
        ask = self._fill(r.choice(sub["asks"]), slots)
        closing = r.choice(CLOSINGS) if r.random() < (0.4 if short else 0.75) else None

        head = [self._fill(first, slots)]
        optional = [self._fill(f, slots) for f in facts + extra_facts]
        if crossover:
            optional.insert(0, crossover)
        impacts = [self._fill(s, slots) for s in r.sample(IMPACTS, 9 if target > 520 else 6 if target > 350 else 3)]

        def assemble(middle: list[str]) -> list[str]:
            parts = ([greeting] if greeting else []) + head + middle + pii_mid + [ask]
            if closing:
                parts.append(closing)
            if signature:
                parts.append(signature)
            return parts

        middle: list[str] = []
        pool = optional[:]
        # interleave an impact sentence early for medium/long texts
        pool.insert(min(1, len(pool)), impacts[0])
        pool.extend(impacts[1:])
        for sentence in pool:
            if len(" ".join(assemble(middle))) >= target:
                break
            candidate = middle + [r.choice(CONNECTORS) + sentence if middle and r.random() < 0.3 else sentence]
            if len(" ".join(assemble(candidate))) > BODY_MAX:
                break
            middle = candidate
        parts = assemble(middle)
        while len(" ".join(parts)) < LETTER_MIN:
            parts.insert(len(parts) - 1, impacts.pop() if impacts else "확인 부탁드립니다.")
        body = self._join(parts)
        while len(body) > BODY_MAX and middle:
            middle.pop()
            body = self._join(assemble(middle))
        assert LETTER_MIN <= len(body) <= BODY_MAX, (len(body), body)
        for _kind, value in self.planted:
            assert value in body, value
        return title, body, self._department(code, sub["hints"]), list(self.planted)

    def _target_len(self) -> int:
        r = self.rng
        x = r.random()
        if x < 0.12:
            return r.randint(BODY_MIN + 3, SUMMARY_MAX)
        if x < 0.32:
            return r.randint(60, 130)
        if x < 0.72:
            return r.randint(130, 300)
        if x < 0.92:
            return r.randint(300, 500)
        if x < 0.97:
            return r.randint(500, 700)
        return r.randint(700, BODY_MAX)

    def _summary(self, sub: dict, slots: dict, target: int) -> str:
        """A one-line summary of BODY_MIN..SUMMARY_MAX characters (a clerk's note, not the letter)."""
        r = self.rng
        phrase = self._fill(r.choice(sub["titles"] + sub["asks"]), slots).rstrip(".")
        words = phrase.split()
        out = ""
        for word in words:
            if len(out) + len(word) + 1 > target and len(out) >= BODY_MIN:
                break
            out = (out + " " + word).strip()
        if len(out) < BODY_MIN:
            out = (out + " 민원").strip()
        return out[:SUMMARY_MAX].strip()

    def _join(self, parts: list[str]) -> str:
        r = self.rng
        if len(parts) >= 3 and r.random() < 0.07:  # multi-line complaint text
            sep = "\n\n" if r.random() < 0.3 else "\n"
            return parts[0] + sep + " ".join(parts[1:-1]) + sep + parts[-1]
        return " ".join(parts)

    def _title(self, t: str, dong: str, gu: str, code: str) -> str:
        r = self.rng
        x = r.random()
        if x < 0.55:
            return t
        if x < 0.67:
            return f"[{dong}] {t}"
        if x < 0.75 and dong not in t:
            return f"{dong} {t}"
        if x < 0.82:
            return f"{t} (재민원)"
        if x < 0.87:
            return f"[{gu}] {t}"
        if x < 0.91:
            return f"{t}, 조속히 처리 바랍니다"
        if x < 0.95 and code in ("SAFETY", "ROADS", "TRAFFIC"):
            return f"[긴급] {t}"
        return f"{t} 건"

    def _department(self, code: str, hints: list[str]) -> str:
        names = self.c.by_code[code]
        if self.rng.random() < 0.9:
            for hint in hints:
                matching = [n for n in names if hint in n]
                if matching:
                    return self.rng.choice(matching)
        return self.rng.choice(names)


def _load_tenants(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data["tenants"]


def _date_in(rng: random.Random, start: tuple[int, int], end: tuple[int, int]) -> dt.datetime:
    a = dt.date(2026, *start)
    b = dt.date(2026, *end)
    day = a + dt.timedelta(days=rng.randint(0, (b - a).days))
    if rng.random() < 0.8:
        hour = rng.randint(9, 17)
    else:
        hour = rng.choice([0, 6, 7, 8, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))


def _weighted_code(rng: random.Random) -> str:
    codes = list(CODE_WEIGHTS)
    return rng.choices(codes, weights=[CODE_WEIGHTS[c] for c in codes])[0]


def _split_counts(total: int, share: float = 0.6) -> tuple[int, int]:
    a = round(total * share)
    return a, total - a


def _tenant_records(tenant: str, city: _City, per_tenant: int, seed: int):
    """Builds the rows of each of the tenant's files; returns {path: (rows, bad_ids, unknown names)}.
    Each row dict carries the PII planted in it under "pii" (emptied when the body is blanked)."""
    rng = random.Random(f"{seed}:{tenant}")
    writer = _Writer(city, rng)
    profile = city.profile
    files = profile["files"]

    n_bad = {k: rng.randint(2, 4) for k in ("empty_text", "unknown_department", "duplicate")}
    rows_per_file = _split_counts(per_tenant)
    dup_per_file = _split_counts(n_bad["duplicate"])
    empty_per_file = _split_counts(n_bad["empty_text"])
    unknown_per_file = _split_counts(n_bad["unknown_department"])
    unknown_names = [n for n in UNKNOWN_DEPARTMENTS if n not in city.departments]

    # Draw all distinct records first (sorted by date so receipt ids follow the date order).
    drafts = []
    used_bodies: dict[str, None] = {}
    for fi, spec in enumerate(files):
        n_distinct = rows_per_file[fi] - dup_per_file[fi]
        for _ in range(n_distinct):
            when = _date_in(rng, *spec["dates"])
            code = _weighted_code(rng)
            with_pii = rng.random() < 0.5
            for _attempt in range(50):
                title, body, dept, planted = writer.complaint(code, with_pii)
                if body not in used_bodies:
                    break
            used_bodies[body] = None
            drafts.append({"file": fi, "when": when, "code": code, "title": title, "body": body,
                           "department": dept, "pii": planted})
    drafts.sort(key=lambda d: (d["file"], d["when"]))
    seq = rng.randint(100, 400)
    for d in drafts:
        seq += rng.choice([1, 1, 1, 2, 3])
        d["receipt_id"] = f"2026-{profile['prefix']}-{seq:06d}"

    out = {}
    for fi, spec in enumerate(files):
        recs = [d for d in drafts if d["file"] == fi]
        bad_ids = {k: [] for k in BAD_KINDS}
        unknown_used: list[str] = []
        # pick victims for bad rows among distinct records (deterministic, no overlap)
        idx = list(range(len(recs)))
        rng.shuffle(idx)
        cursor = 0

        def take(n: int) -> list[int]:
            nonlocal cursor
            chosen = idx[cursor:cursor + n]
            cursor += n
            return sorted(chosen)

        for i in take(empty_per_file[fi]):
            # An export line with only its number and date: no title, no text.
            recs[i]["title"] = recs[i]["body"] = ""
            recs[i]["pii"] = []
            recs[i]["bad"] = "empty_text"
            bad_ids["empty_text"].append(recs[i]["receipt_id"])
        for i in take(unknown_per_file[fi]):
            name = rng.choice(unknown_names)
            recs[i]["department"] = name
            recs[i]["bad"] = "unknown_department"
            bad_ids["unknown_department"].append(recs[i]["receipt_id"])
            if name not in unknown_used:
                unknown_used.append(name)
        if spec.get("undecodable"):
            # the garbage line carries no PII (a line-level reader quarantines it unread)
            pos = next(k for k in range(cursor, len(idx)) if not recs[idx[k]]["pii"])
            idx[cursor], idx[pos] = idx[pos], idx[cursor]
            (i,) = take(1)
            rec = recs[i]
            rec["bad"] = "undecodable"
            # keep the garbage line one physical line: no newline in its body
            rec["body"] = rec["body"].replace("\n\n", " ").replace("\n", " ")
            rec["title"] = rec["title"] + " " + _BAD_MARKER
            bad_ids["undecodable"].append(rec["receipt_id"])
        dup_sources = take(dup_per_file[fi])
        # Noisy labels: some well-formed records filed under a neighbouring department.
        noisy = []
        for i in take(round(NOISY_LABEL_SHARE * len(recs))):
            rec = recs[i]
            other = rng.choice([c for c in CONFUSABLE[rec["code"]] if c in city.by_code])
            rec["department"] = rng.choice(city.by_code[other])
            rec["noisy_label"] = other
            noisy.append(rec["receipt_id"])
        bad_ids["noisy_label"] = sorted(noisy)
        rows = [dict(r) for r in recs]
        # insert exact duplicates a few rows after their original (as re-exported rows appear)
        for i in sorted(dup_sources, reverse=True):
            src = recs[i]
            pos = rows.index(src) + 1 + rng.randint(0, 12)
            copy = dict(src)
            copy["bad"] = "duplicate"
            rows.insert(min(pos, len(rows)), copy)
            bad_ids["duplicate"].append(src["receipt_id"])
        bad_ids["duplicate"].sort()
        assert len(rows) == rows_per_file[fi]
        out[spec["path"]] = (rows, bad_ids, unknown_used)
    return out


def _format_date(when: dt.datetime, fmt: str) -> str:
    return when.strftime(fmt)


def _row_values(rec: dict, date_format: str) -> list[str]:
    return [rec["receipt_id"], _format_date(rec["when"], date_format), rec["title"], rec["body"],
            rec["department"]]


def _csv_bytes(headers: list[str], rows: list[list[str]], encoding: str, newline: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerow(headers)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)  # strict: every character must exist in the codec
    if _BAD_MARKER.encode("ascii") in data:
        assert data.count(_BAD_MARKER.encode("ascii")) == 1
        data = data.replace(_BAD_MARKER.encode("ascii"), BAD_BYTES)
    return data


def _jsonl_bytes(rows: list[list[str]]) -> bytes:
    lines = [json.dumps(dict(zip(ENGLISH_HEADERS, row)), ensure_ascii=False) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xlsx_bytes(headers: list[str], rows: list[list[str]], sheet: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append([v if v != "" else None for v in row])
    for col, width in zip("ABCDE", (16, 18, 40, 80, 14)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "용인시 민원 시스템"
    wb.properties.lastModifiedBy = "용인시 민원 시스템"
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    raw = io.BytesIO()
    wb.save(raw)
    return _normalize_zip(raw.getvalue())


def _normalize_zip(data: bytes) -> bytes:
    """Rewrites a zip with fixed entry timestamps/attributes (same entry order) and fixed
    dcterms created/modified, so the XLSX is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_DOC_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content, compresslevel=6)
    return out.getvalue()


def _holdout(cities: dict[str, _City], n: int, seed: int, seen_titles: dict, seen_bodies: dict,
             pii: _PiiLog) -> list[dict]:
    """Unseen complaints (title and body not in any tenant file), codes stratified."""
    rng = random.Random(f"{seed}:holdout")
    tenants = list(cities)
    codes = list(CODE_WEIGHTS)
    plan = []
    while len(plan) < n:
        batch = codes[:]
        rng.shuffle(batch)
        plan.extend(batch)
    plan = plan[:n]
    items = []
    for i, code in enumerate(plan):
        tenant = tenants[i % len(tenants)]
        writer = _Writer(cities[tenant], rng)
        for _attempt in range(200):
            title, body, _dept, planted = writer.complaint(code, rng.random() < 0.5)
            if title not in seen_titles and body not in seen_bodies:
                break
        else:  # pragma: no cover - template space is large
            raise RuntimeError("could not draw an unseen holdout complaint")
        seen_titles[title] = None
        seen_bodies[body] = None
        for kind, value in planted:
            pii.add(kind, value)
        items.append({"text": title + "\n" + body, "expected_code": code, "tenant": tenant})
    return items


def generate(out_dir: Path, per_tenant: int = DEFAULT_PER_TENANT, seed: int = DEFAULT_SEED,
             holdout: int = DEFAULT_HOLDOUT, tenants_yaml: Path = TENANTS_YAML) -> dict:
    """Writes the sample files under out_dir and returns the manifest (also written as
    out_dir/manifest.json)."""
    if per_tenant < MIN_PER_TENANT:
        raise ValueError(f"per_tenant must be at least {MIN_PER_TENANT}")
    if holdout < 0:
        raise ValueError("holdout must be >= 0")
    out_dir = Path(out_dir)
    tenants = _load_tenants(Path(tenants_yaml))
    cities: dict[str, _City] = {}
    skipped = []
    for tenant, conf in tenants.items():
        if tenant not in TENANT_PROFILES:
            skipped.append(tenant)
            continue
        cities[tenant] = _City(tenant, TENANT_PROFILES[tenant], dict(conf["departments"]))

    pii = _PiiLog()
    manifest: dict = {"seed": seed, "per_tenant": per_tenant, "generator": "data/samples/generate.py",
                      "body_chars": {"min": BODY_MIN, "max": BODY_MAX, "summary_max": SUMMARY_MAX},
                      "noisy_label_share": NOISY_LABEL_SHARE, "files": {}, "pii": pii.values}
    seen_titles: dict[str, None] = {}
    seen_bodies: dict[str, None] = {}
    for tenant, city in cities.items():
        built = _tenant_records(tenant, city, per_tenant, seed)
        for spec in city.profile["files"]:
            rows, bad_ids, unknown_used = built[spec["path"]]
            date_format = city.profile["date_format"]
            values = [_row_values(r, date_format) for r in rows]
            for r in rows:
                seen_titles[r["title"]] = None
                seen_bodies[r["body"]] = None
                for kind, value in r["pii"]:
                    pii.add(kind, value)
            if spec["format"] == "csv":
                data = _csv_bytes(spec["headers"], values, spec["encoding"], spec["newline"])
            elif spec["format"] == "jsonl":
                data = _jsonl_bytes(values)
            else:
                data = _xlsx_bytes(spec["headers"], values, spec["sheet"])
            path = out_dir / spec["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            entry = {
                "tenant": tenant,
                "format": spec["format"],
                "encoding": spec["encoding"],
                "columns": spec["headers"],
                "date_format": date_format,
                "rows": len(rows),
                "bad": {k: len(bad_ids[k]) for k in BAD_KINDS},
                "bad_receipt_ids": {k: bad_ids[k] for k in BAD_KINDS},
                # Well-formed rows whose department is a neighbouring one: the gate cannot see it,
                # the model's metrics do (the demo's numbers are below 1.0 for a reason).
                "noisy_labels": {"count": len(bad_ids["noisy_label"]), "receipt_ids": bad_ids["noisy_label"]},
                "unknown_departments": unknown_used,
            }
            if spec["format"] == "csv":
                entry["line_terminator"] = "CRLF" if spec["newline"] == "\r\n" else "LF"
            if spec["format"] == "xlsx":
                entry["sheet"] = spec["sheet"]
            manifest["files"][spec["path"]] = entry

    holdout_pii = _PiiLog()
    items = _holdout(cities, holdout, seed, seen_titles, seen_bodies, holdout_pii)
    (out_dir / "holdout.jsonl").write_bytes(
        "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items).encode("utf-8"))
    manifest["holdout"] = {"path": "holdout.jsonl", "rows": len(items), "pii": holdout_pii.values}
    if skipped:
        manifest["skipped_tenants"] = skipped
    (out_dir / "manifest.json").write_bytes(
        (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    ap.add_argument("--per-tenant", type=int, default=DEFAULT_PER_TENANT,
                    help="data rows per tenant across its two files, bad rows included")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--holdout", type=int, default=DEFAULT_HOLDOUT, help="unseen complaints in holdout.jsonl")
    ap.add_argument("--tenants-config", type=Path, default=TENANTS_YAML)
    args = ap.parse_args(argv)
    manifest = generate(args.out, per_tenant=args.per_tenant, seed=args.seed, holdout=args.holdout,
                        tenants_yaml=args.tenants_config)
    for path, entry in manifest["files"].items():
        bad = ", ".join(f"{k}={v}" for k, v in entry["bad"].items() if v)
        print(f"{path}: {entry['rows']} rows ({bad})")
    print(f"holdout.jsonl: {manifest['holdout']['rows']} rows")
    print("pii planted: " + ", ".join(f"{k}={len(v)}" for k, v in manifest["pii"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
