"""Writes one synthetic complaint (title, body, planted PII) for a city: the topic templates of
topics.yaml, the phrases people use, and the length mix of real exports (one-line summaries to letters)."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from sample_pii import PiiValues

HERE = Path(__file__).resolve().parent
# Bodies run from one-line summaries (5-40 characters, as some cities export them) to long letters.
LETTER_MIN = 60  # a written complaint (not a summary) is at least this long
SUMMARY_MAX = 40
BODY_MIN, BODY_MAX = 5, 1500

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


class _Writer(PiiValues):
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
