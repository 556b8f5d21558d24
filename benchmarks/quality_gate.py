"""Quality-gate PII throughput and quality benchmark.

Measures, on ONE core (re-executes itself under `taskset -c 0` when available):
  1. records/s of the gate's masker as configured (the learned PII tagger on, one ONNX Runtime
     thread, batches of 64 texts as the gate sends them) on ~200-character synthetic complaint
     texts with planted PII;
  2. in the same run, records/s of the same masker with the learned tagger off (rules only), and of
     plain Presidio on the same texts: AnalyzerEngine with the same model-free NLP engine and
     Presidio's default (English) recognizer registry, plus the same span replacement;
  3. records/s of the masker over real petition titles (`--petitions DIR`, CSVs with a `title`
     column; skipped when absent), with what fraction had something masked;
  4. precision / recall on the first evaluation set (tests/pii/eval_set.jsonl + eval_holdout.jsonl),
     and issue 13's evaluation: per-entity recall, span precision and the share of masked spans
     that are not personal on the KLUE-NER held-out part and the independent mixed set
     (tests/pii/eval_mixed/), separately and together, and on the second set (tests/pii/eval_second/,
     birth dates first) and the third (tests/pii/eval_third/), development sets since their first
     scores, the fourth to sixth (tests/pii/eval_fourth/ ... eval_sixth/), development sets since their
     first scores too, the seventh and eighth (tests/pii/eval_seventh/, eval_eighth/), development sets
     since their first scores, the ninth and tenth (tests/pii/eval_ninth/, eval_tenth/), development sets
     since their first scores too, the eleventh to thirteenth (eval_eleventh/ ... eval_thirteenth/),
     development sets since their first scores too, the fourteenth and fifteenth (eval_fourteenth/,
     eval_fifteenth/) and the sixteenth (eval_sixteenth/), development sets since their first scores,
     and the seventeenth independent set (tests/pii/eval_seventeenth/), each on its own.
The last line printed is one JSON object with the headline numbers. The machine may be shared:
numbers move from run to run; compare the ratios measured within one run.

    python benchmarks/quality_gate.py            # full run
    python benchmarks/quality_gate.py --quick    # under a minute
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Presidio's default e-mail/URL recognizers use tldextract, which would fetch the public suffix
# list: use the snapshot bundled with the package instead.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("TLDEXTRACT_CACHE", str(Path(os.environ.get("TMPDIR", "/tmp")) / "minwon-tldextract"))

DEFAULT_PETITIONS = ROOT.parent / "shared" / "data" / "petitions"
_PINNED = "MINWON_BENCH_PINNED"


# ---------------------------------------------------------------------------- synthetic texts
OPENINGS = [
    "안녕하세요.", "수고 많으십니다.", "급하게 글 올립니다.", "민원 드립니다.", "몇 번이나 전화했는데 해결이 안 돼서 씁니다.",
    "", "", "답답한 마음에 글을 남깁니다.", "여러 번 신고했지만 달라진 게 없습니다.",
]
BODIES = [
    "밤마다 공사 소음 때문에 잠을 잘 수가 없습니다.", "아파트 앞 도로에 불법 주차 차량이 너무 많아 아이들 통학이 위험합니다.",
    "가로등이 일주일째 꺼져 있어서 밤길이 무섭습니다.", "음식물 쓰레기가 수거되지 않아 악취가 심합니다.",
    "공원 화장실이 고장 난 채로 방치되어 있습니다.", "버스 배차 간격이 너무 길어 출근 시간에 불편이 큽니다.",
    "인도 보도블록이 깨져서 어르신들이 자주 넘어지십니다.", "옆 건물 신축 공사장에서 분진이 날아옵니다.",
    "지난달 신청한 지원금이 아직 입금되지 않았습니다.", "과태료 고지서를 받았는데 제 차량이 아닌 것 같습니다.",
    "하수구 냄새 때문에 창문을 열 수가 없습니다.", "어린이보호구역에서 과속하는 차량 단속을 요청합니다.",
    "민원 처리 결과를 안내받지 못했습니다.", "반려견 목줄을 하지 않고 산책시키는 분들이 많습니다.",
    "불법 현수막이 교차로 시야를 가리고 있습니다.", "주민센터 민원실 대기 시간이 너무 깁니다.",
    "담당 부서가 어디인지 몰라 여기 남깁니다.", "층간소음 문제로 이웃과 갈등이 계속되고 있습니다.",
]
CLOSINGS = [
    "빠른 조치 부탁드립니다.", "확인 후 연락 주시기 바랍니다.", "검토 부탁드립니다.", "감사합니다.",
    "조속히 해결해 주세요.", "현장 확인 부탁드립니다.", "답변 기다리겠습니다.",
]
NEGATIVE_FACTS = [
    "2024-03-15에 처음 접수했습니다.", "접수번호 2024-0012345 건입니다.", "과태료는 50,000원이었습니다.",
    "오후 3시 30분쯤이었습니다.", "1588-1234에 문의했더니 구청으로 안내받았습니다.", "도로교통법 제32조 위반 같습니다.",
    "우편번호 34126 지역입니다.", "약 300m 구간입니다.", "20240315 공문을 참고했습니다.",
]
SURNAMES = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"
GIVEN = "민서준지우현수영진호희은혜연성재윤아하도경태동상정원석철훈주빈린율예채다유소미나"
ROADS = ["중앙로", "대학로", "세종대로", "테헤란로", "월드컵북로", "문화로", "시청로", "동일로", "구갈로", "한누리대로"]
DISTRICTS = ["서울 강남구", "대전 유성구", "부산 해운대구", "인천 남동구", "경기도 수원시 영통구", "광주 서구", "대구 수성구"]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협", "카카오뱅크", "기업은행"]
TITLES = ["주무관", "팀장님", "과장님", "님", "씨"]
CUES = ["민원인", "신청인", "담당자", "보호자", "예금주"]


def _rrn(rng: random.Random) -> str:
    digits = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('12')}{rng.randint(0, 99999):05d}"
    total = sum(int(d) * w for d, w in zip(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    digits += str((11 - total % 11) % 10)
    return f"{digits[:6]}-{digits[6:]}"


def _card(rng: random.Random) -> str:
    body = [rng.choice([4, 5, 9])] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
    return "-".join(digits[i:i + 4] for i in range(0, 16, 4))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def pii_fragment(rng: random.Random) -> str:
    kind = rng.randrange(12)
    phone = f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if kind == 0:
        return f"{rng.choice(CUES)} {_name(rng)}입니다."
    if kind == 1:
        return f"담당 {_name(rng)} {rng.choice(TITLES)}께 전달 부탁드립니다."
    if kind == 2:
        return f"연락처는 {phone}입니다."
    if kind == 3:
        return f"저희 집은 {rng.choice(DISTRICTS)} {rng.choice(ROADS)} {rng.randint(1, 400)}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호입니다."
    if kind == 4:
        return f"회신은 {rng.choice(['minsu', 'jh.park', 'lee77', 'sujin_k'])}{rng.randint(1, 99)}@{rng.choice(['naver.com', 'daum.net', 'gmail.com'])}으로 주세요."
    if kind == 5:
        return f"환불은 {rng.choice(BANKS)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}로 부탁드립니다."
    if kind == 6:
        return f"차량번호 {rng.randint(10, 399)}{rng.choice('가나다라마거너더러머')}{rng.randint(1000, 9999)} 차량입니다."
    if kind == 7:
        return f"주민등록번호 {_rrn(rng)}로 조회해 주세요."
    if kind == 8:
        return f"카드 {_card(rng)}로 결제했습니다."
    if kind == 9:
        return f"{_name(rng)}님 휴대폰 {phone}로 문자 주세요."
    # Names with no cue at all (these reach the kiwipiepy tagger when it is installed).
    name = _name(rng)
    final = (ord(name[-1]) - 0xAC00) % 28 != 0  # ends in a consonant: 이/과, else 가/와
    if kind == 10:
        return f"어제 {name}{'이' if final else '가'} 또 쓰레기를 몰래 버리고 갔습니다."
    return f"지난주에 {name}{'과' if final else '와'} 통화했는데 아직 해결이 안 됐습니다."


def synthetic_texts(n: int, seed: int = 7, target: int = 215) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [rng.choice(OPENINGS), rng.choice(BODIES)]
        while sum(len(p) + 1 for p in parts) < target - 40:
            roll = rng.random()
            parts.append(pii_fragment(rng) if roll < 0.45 else rng.choice(NEGATIVE_FACTS if roll < 0.6 else BODIES))
        parts.append(rng.choice(CLOSINGS))
        texts.append(" ".join(p for p in parts if p)[: target + 20])
    return texts


# ---------------------------------------------------------------------------- measurement
def rate(fn, texts: list[str], min_seconds: float, batch: int = 0) -> float:
    """Records/s of fn(text), or of fn(list of `batch` texts) when batch > 0."""
    chunks = [texts[i:i + batch] for i in range(0, len(texts), batch)] if batch else texts
    for chunk in chunks[:3]:
        fn(chunk)  # warm-up
    done, start = 0, time.perf_counter()
    while True:
        for chunk in chunks:
            fn(chunk)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def presidio_default_analyzer():
    from presidio_analyzer import AnalyzerEngine

    from quality_gate.pii.nlp_engine import KoreanTokenNlpEngine

    return AnalyzerEngine(nlp_engine=KoreanTokenNlpEngine(["en"]), supported_languages=["en"])


def presidio_mask(analyzer, text: str) -> str:
    results = sorted(analyzer.analyze(text, language="en"), key=lambda r: r.start)
    out, position = [], 0
    for r in results:
        if r.start >= position:
            out.append(text[position:r.start])
            out.append(f"<{r.entity_type}>")
            position = r.end
    out.append(text[position:])
    return "".join(out)


def petition_titles(directory: Path) -> list[str]:
    titles = []
    for path in sorted(glob.glob(str(directory / "*.csv"))):
        with open(path, encoding="utf-8", newline="") as fh:
            titles.extend(row["title"] for row in csv.DictReader(fh) if row.get("title"))
    return titles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small samples, under a minute")
    parser.add_argument("--petitions", type=Path, default=DEFAULT_PETITIONS, help="folder of petition CSVs")
    parser.add_argument("--texts", type=int, default=None, help="number of synthetic texts")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON result here")
    args = parser.parse_args()

    if os.environ.get(_PINNED) != "1" and shutil.which("taskset"):
        env = dict(os.environ, **{_PINNED: "1"})
        completed = subprocess.run(["taskset", "-c", "0", sys.executable, *sys.argv], env=env)
        sys.exit(completed.returncode)

    from configuration import load_config
    from quality_gate.pii import build_masker
    from quality_gate.pii.evaluation import evaluate, load_jsonl

    n_texts = args.texts or (600 if args.quick else 3000)
    min_seconds = 3.0 if args.quick else 10.0
    pinned = os.environ.get(_PINNED) == "1"
    print(f"one core: {'taskset -c 0' if pinned else 'not pinned (taskset unavailable)'}; python {sys.version.split()[0]}")

    started = time.perf_counter()
    pii_config = load_config().quality_gate.pii
    masker = build_masker(pii_config)
    learned = masker.ner_model is not None
    print(f"masker built in {time.perf_counter() - started:.2f}s, entities: {', '.join(masker.entities)}")
    if learned:
        card = masker.ner_model.card
        print(f"  learned PII tagger: {masker.ner_model.directory} ({card['onnx']['precision']}, "
              f"{card['parameters']:,} parameters, ONNX Runtime threads: 1)")
    rules_only = build_masker(pii_config.model_copy(update={"learned": None})) if learned else None

    texts = synthetic_texts(n_texts)
    print(f"synthetic complaints: {len(texts)} texts, mean {sum(map(len, texts)) / len(texts):.0f} characters")
    ours = rate(lambda chunk: masker.mask_batch(chunk, "bench"), texts, min_seconds, batch=64)
    print(f"  gate masker{' + learned tagger' if learned else ''} {ours:8.0f} records/s (batches of 64)")
    result = {"records_per_s_per_core": round(ours, 1), "learned_tagger": learned}
    if rules_only is not None:
        rules = rate(lambda t: rules_only.mask(t, "bench"), texts, min_seconds)
        print(f"  rules only (no tagger)    {rules:8.0f} records/s   (tagger costs {1e3 / ours - 1e3 / rules:.2f} ms/record)")
        result["rules_only_records_per_s_per_core"] = round(rules, 1)
    analyzer = presidio_default_analyzer()
    theirs = rate(lambda t: presidio_mask(analyzer, t), texts, min_seconds)
    print(f"  Presidio default (en)     {theirs:8.0f} records/s   (speed-up {ours / theirs:.2f}x)")
    sample = texts[0]
    print(f"  example in : {sample[:110]}")
    print(f"  ours       : {masker.mask(sample, 'bench').text[:110]}")
    print(f"  presidio   : {presidio_mask(analyzer, sample)[:110]}")
    result |= {"presidio_default_records_per_s_per_core": round(theirs, 1), "speedup": round(ours / theirs, 2)}

    if args.petitions.is_dir() and glob.glob(str(args.petitions / "*.csv")):
        titles = petition_titles(args.petitions)
        if args.quick:
            titles = random.Random(1).sample(titles, min(4000, len(titles)))
        counts: Counter = Counter()
        masked_titles = residual = 0
        start = time.perf_counter()
        for begin in range(0, len(titles), 64):
            for masked in masker.mask_batch(titles[begin:begin + 64], "bench"):
                counts.update(masked.entity_counts)
                masked_titles += bool(masked.entity_counts)
        elapsed = time.perf_counter() - start
        for title in titles[:2000]:
            residual += bool(masker.residual_entities(masker.mask(title, "bench").text))
        print(f"petition titles: {len(titles)} (mean {sum(map(len, titles)) / len(titles):.0f} characters)")
        print(f"  PiiMasker.mask            {len(titles) / elapsed:8.0f} records/s; {masked_titles / len(titles):.1%} "
              f"had something masked: {dict(counts.most_common())}")
        print(f"  residual_pii after masking: {residual} of {min(2000, len(titles))}")
        result["petition_records_per_s_per_core"] = round(len(titles) / elapsed, 1)
    else:
        print(f"petition titles: {args.petitions} not found, skipped")

    dev = evaluate(masker, load_jsonl(ROOT / "tests" / "pii" / "eval_set.jsonl"))
    holdout = evaluate(masker, load_jsonl(ROOT / "tests" / "pii" / "eval_holdout.jsonl"))
    both = dev.merge(holdout)
    print(both.table("evaluation set (eval_set + eval_holdout)"))
    result.update({
        "recall_structured": round(both.structured.recall, 4),
        "recall_names": round(both.names.recall, 4),
        "recall_addresses": round(both.addresses.recall, 4),
        "precision": round(both.overall.precision, 4),
    })
    from quality_gate.pii.eval_sets import DOCUMENT_SETS, MIXED_SET, evaluation_report, with_locations
    from quality_gate.pii.klue import default_klue_dir

    klue_masker = (build_masker(with_locations(pii_config), model_dir=masker.ner_model.directory)
                   if learned else None)
    reports = evaluation_report(masker, default_klue_dir(), MIXED_SET, klue_masker=klue_masker,
                                document_sets=DOCUMENT_SETS)
    for name, report in reports.items():
        print(report.table(f"issue 13 evaluation [{name}] {report.records} documents"))
    result["issue13_eval"] = {name: report.as_dict() for name, report in reports.items()}
    result["measured"] = {"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "pinned_one_core": pinned,
                          "quick": args.quick, "note": "shared 2-core machine: numbers are noisy, compare ratios"}
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
