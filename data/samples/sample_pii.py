"""Synthetic personal data planted in the sample complaints: names, numbers with valid checksums,
and the log of every value planted (the manifest lists them, so tests can look for leaks).
Everything is a random combination; any resemblance to a real person is accidental."""

from __future__ import annotations

import random

PII_KINDS = ("rrn", "phone", "email", "name", "address", "plate", "account", "card")


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

# The check digits below are written apart from quality_gate/pii/checksums.py on purpose: the samples
# test the gate's checksums, so they must not be made valid by the code they test.
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


class _PiiLog:
    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {k: [] for k in PII_KINDS}
        self._seen: dict[str, dict[str, None]] = {k: {} for k in PII_KINDS}

    def add(self, kind: str, value: str) -> str:
        if value not in self._seen[kind]:
            self._seen[kind][value] = None
            self.values[kind].append(value)
        return value



class PiiValues:
    """The PII values of one complaint writer (a mixin: needs `self.rng` and `self.c`, the city)."""

    rng: random.Random

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
