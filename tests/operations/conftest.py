"""One platform on real Ceph RGW, PostgreSQL and Prefect, taken through a city's whole life:

1. suwon and seongnam upload and retrain: v0001, in production;
2. yongin joins with planted marker records; its retrain fails at publish (the object store refuses
   writes under models/), and `minwon retrain --resume RUN` finishes it: v0002, made production;
3. yongin is erased: a dry run first, then an erasure SIGKILLed half-way, then run again;
4. suwon uploads once more and the remaining cities retrain.

What each step showed is kept in `Story` for the tests to check.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.ingest.conftest import make_rgw_platform

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "data" / "samples"
CITY = "yongin"  # the city that is erased
MARKERS = ["ZQX표식7731", "QJW비밀표지5096", "표식문자열KPV28"]
HEADER = "receipt_id,received_at,title,body,department"


COMPLAINTS = [  # (title, body, department): distinct texts, or the gate rejects them as near-duplicates
    ("산책로 가로등 고장", "산책로 가로등이 며칠째 꺼져 있어 밤에 너무 어둡습니다. 점검과 수리를 부탁드립니다.", "공원관리과"),
    ("버스 배차 간격", "아침 출근 시간에 마을버스가 삼십 분 넘게 오지 않아 지각을 자주 합니다. 증차를 검토해 주세요.", "대중교통과"),
    ("불법 주정차 단속", "초등학교 앞 도로에 화물차가 매일 밤 주차되어 아이들이 위험합니다. 단속을 요청합니다.", "교통정책과"),
    ("쓰레기 무단 투기", "골목 입구 전봇대 아래에 생활 쓰레기와 가구가 계속 버려집니다. 수거와 감시 카메라 설치를 바랍니다.", "청소자원과"),
    ("공사장 소음", "주말 아침 일곱 시부터 공사장 굴착기 소리가 너무 커서 잠을 잘 수 없습니다. 작업 시간을 지켜 주세요.", "환경과"),
    ("도로 파손 보수", "사거리 횡단보도 앞 아스팔트가 깨져 빗물이 고이고 차량이 급정거합니다. 빠른 보수를 부탁합니다.", "도로정비과"),
    ("장애인 주차구역", "복지관 장애인 전용 주차구역에 일반 차량이 계속 주차합니다. 안내판과 단속이 필요합니다.", "장애인복지과"),
    ("재산세 고지 문의", "올해 재산세 고지서 금액이 작년보다 크게 늘었는데 산정 근거를 알고 싶습니다. 설명 부탁드립니다.", "세정과"),
    ("놀이터 안전", "아파트 단지 옆 공공 놀이터 미끄럼틀 손잡이가 부러져 아이가 다칠 뻔했습니다. 교체해 주세요.", "재난안전과"),
    ("보건소 예약", "보건소 예방접종 전화 예약이 계속 통화 중이라 연결이 안 됩니다. 온라인 예약을 열어 주세요.", "보건정책과"),
    ("도서관 운영 시간", "시립 도서관 열람실이 평일 저녁 여섯 시에 문을 닫아 직장인은 이용할 수 없습니다. 연장을 바랍니다.", "문화예술과"),
    ("주민센터 민원 대기", "주민센터 민원 창구 대기 시간이 한 시간이 넘습니다. 점심시간에도 창구를 운영해 주세요.", "자치행정과"),
]


def marker_csv() -> bytes:
    rows = [HEADER]
    for i, (title, body, department) in enumerate(COMPLAINTS):
        marker = MARKERS[i % len(MARKERS)]
        rows.append(f"MK-{i:04d},2026-09-0{1 + i % 9},{title} {marker},{marker} {body},{department}")
    # Quarantined (no such department): the marker must leave quarantine too.
    rows.append(f"MK-9999,2026-09-09,없는 부서 민원 {MARKERS[0]},{MARKERS[0]} 이 민원은 담당 부서 이름이 잘못 적혀 있습니다,없는부서과")
    return ("\n".join(rows) + "\n").encode("utf-8")


@dataclass
class Story:
    platform: object                     # tests.ingest.conftest.RgwPlatform
    seen: dict = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)   # every CLI output of the story

    @property
    def store(self):
        return self.platform.store


def _cli(story: Story, *args: str, expect: int = 0) -> str:
    from typer.testing import CliRunner

    from cli.main import app

    result = CliRunner().invoke(app, list(args))
    output = result.output
    story.outputs.append(output)
    assert result.exit_code == expect, f"minwon {' '.join(args)} -> {result.exit_code}\n{output}\n{result.exception!r}"
    return output


def _upload(p, tenant: str, name: str, data: bytes) -> None:
    p.s3(tenant).put_object(Bucket=p.bucket, Key=f"uploads/{tenant}/{name}", Body=data)


def _sample_files(tenant: str) -> list[Path]:
    return sorted(path for path in (SAMPLES / tenant).iterdir() if path.suffix in {".csv", ".jsonl", ".xlsx"})


def snapshot(p, prefix: str = "") -> dict[str, tuple[str, str]]:
    """key -> (ETag, LastModified) of every object under `prefix`, as RGW reports them."""
    found = {}
    for page in p.s3().get_paginator("list_objects_v2").paginate(Bucket=p.bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            found[item["Key"]] = (item["ETag"], item["LastModified"].isoformat())
    return found


def _flow_run_counts() -> dict[str, int]:
    import asyncio

    from prefect.client.orchestration import get_client

    async def read() -> dict[str, int]:
        async with get_client() as client:
            runs = await client.read_flow_runs(limit=200)
            flows = {f.id: f.name for f in await client.read_flows(limit=200)}
        counts: dict[str, int] = {}
        for run in runs:
            counts[flows.get(run.flow_id, "?")] = counts.get(flows.get(run.flow_id, "?"), 0) + 1
        return counts

    return asyncio.run(read())


def _deny_model_writes(p, deny: bool) -> None:
    """Make RGW refuse the platform's writes under models/ (an explicit Deny binds the bucket owner too)."""
    s3 = p.s3()
    policy = json.loads(s3.get_bucket_policy(Bucket=p.bucket)["Policy"])
    policy["Statement"] = [s for s in policy["Statement"] if s.get("Sid") != "test-deny-models"]
    if deny:
        policy["Statement"].append({
            "Sid": "test-deny-models", "Effect": "Deny",
            "Principal": {"AWS": [f"arn:aws:iam:::user/{p.config.platform.uploads.rgw.service_uid}"]},
            "Action": ["s3:PutObject"], "Resource": [f"arn:aws:s3:::{p.bucket}/models/*"],
        })
    s3.put_bucket_policy(Bucket=p.bucket, Policy=json.dumps(policy))


def _erase_and_kill(p, tmp: Path) -> str:
    from prefect.settings import PREFECT_API_URL

    marker = tmp / "erase-reached"
    env = {**os.environ, **p.env(), "PREFECT_API_URL": PREFECT_API_URL.value()}
    child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("erase_child.py")), CITY, str(marker)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():
            if child.poll() is not None:
                raise AssertionError(f"the erasing child exited early: {child.stdout.read().decode()[-3000:]}")
            assert time.monotonic() < deadline, "the erasing child never reached the crash point"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return child.stdout.read().decode("utf-8", "replace")


@contextmanager
def _dump_on_exit(story: Story, path: str | None):
    try:
        yield
    finally:
        if path:
            Path(path).write_text(json.dumps({"seen": story.seen, "outputs": story.outputs}, default=str,
                                             ensure_ascii=False, indent=1), encoding="utf-8")


def _fast_training(config_dir: Path) -> None:
    from tests.platform_configs import short_fine_tuning, short_pretraining

    short_fine_tuning(config_dir, epochs=4, checkpoint_every_steps=20, log_every_steps=20)
    short_pretraining(config_dir)  # the encoder's MLM pretraining in seconds, on the curated text only


@pytest.fixture(scope="module")
def story(rgw, postgres_url, prefect_harness, tmp_path_factory):
    import yaml

    from configuration import load_config
    from configuration.loader import cached_config
    from runtime import current_platform, reset_platform
    from tests.services.postgres import new_database

    tmp = tmp_path_factory.mktemp("operations")
    p = make_rgw_platform(rgw, tmp)
    platform_yaml = p.config_dir / "platform.yaml"
    settings = yaml.safe_load(platform_yaml.read_text(encoding="utf-8"))
    settings["database"]["url"] = new_database(postgres_url)
    platform_yaml.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    _fast_training(p.config_dir)
    p.config = load_config(p.config_dir)
    story = Story(p)
    seen = story.seen
    debug = os.environ.get("MINWON_TEST_STORY_DUMP")  # a file to write what the story saw, for debugging
    with pytest.MonkeyPatch.context() as patch:
        p.apply_env(patch)
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}), _dump_on_exit(story, debug):
            # 1. two cities, one model in production
            for tenant in ("suwon", "seongnam"):
                first = _sample_files(tenant)[0]
                _upload(p, tenant, first.name, first.read_bytes())
            seen["retrain1"] = _cli(story, "retrain")
            registry = current_platform().registry
            seen["v1"] = registry.versions()[-1]
            if registry.get_alias("production") != seen["v1"]:
                # The story needs a production model; a short test training need not beat TF-IDF.
                registry.set_alias("production", seen["v1"], "test: operator promotion")

            # 2. yongin joins; publish is refused once, then the run is resumed
            for path in _sample_files(CITY)[:1]:
                _upload(p, CITY, path.name, path.read_bytes())
            _upload(p, CITY, "marked.csv", marker_csv())
            _deny_model_writes(p, True)
            try:
                seen["retrain2_failed"] = _cli(story, "retrain", expect=1)
            finally:
                _deny_model_writes(p, False)
            from flows.stages import StageLedger

            ledger = StageLedger(current_platform().sessions)
            run, stages = ledger.runs(limit=1)[0]
            seen["run2"] = run.run_id
            seen["stages_failed"] = {r.stage: (r.state, r.attempt) for r in stages}
            seen["flow_runs_before_resume"] = _flow_run_counts()
            seen["curated_before_resume"] = snapshot(p, "curated/")
            seen["resumed"] = _cli(story, "retrain", "--resume", run.run_id)
            seen["stages_resumed"] = {r.stage: (r.state, r.attempt) for r in ledger.stages(run.run_id)}
            seen["flow_runs_after_resume"] = _flow_run_counts()
            seen["curated_after_resume"] = snapshot(p, "curated/")
            versions = registry.versions()
            seen["v2"] = versions[-1]
            if registry.get_alias("production") != seen["v2"]:
                # Not better than v0001 on the paired test: promote it by hand, as an operator may.
                registry.set_alias("production", seen["v2"], "test: operator promotion")
            seen["show_v2"] = _cli(story, "models", "show", seen["v2"])
            from tenancy import issue_key

            with current_platform().sessions() as session:
                seen["yongin_key"] = issue_key(session, CITY)
                seen["suwon_key"] = issue_key(session, "suwon")

            # A batch classification whose job failed leaves its input (raw text) in the batch area.
            p.store.put_bytes(f"batch/{CITY}/inputs/failed-job.csv", marker_csv())
            # 3. erase yongin: dry run, killed attempt, rerun
            seen["others_before"] = {k: v for k, v in snapshot(p).items() if k.split("/")[1:2] in (["suwon"], ["seongnam"])}
            seen["v1_files_before"] = snapshot(p, f"models/{registry.name}/{seen['v1']}/")
            objects_before = set(snapshot(p))
            seen["dry_run"] = _cli(story, "tenants", "erase", CITY, "--dry-run")
            seen["dry_run_changed"] = objects_before ^ set(snapshot(p))
            seen["killed_output"] = _erase_and_kill(p, tmp)
            story.outputs.append(seen["killed_output"])
            seen["after_kill"] = {"curated": [i.key for i in p.store.list(f"curated/{CITY}/")],
                                  "withdrawn": registry.withdrawn(), "versions": registry.versions(),
                                  "production": registry.get_alias("production")}
            seen["erased"] = _cli(story, "tenants", "erase", CITY, "--yes")
            seen["erased_again"] = _cli(story, "tenants", "erase", CITY, "--yes")

            # 4. the remaining cities retrain
            second = _sample_files("suwon")[1]
            _upload(p, "suwon", second.name, second.read_bytes())
            seen["retrain3"] = _cli(story, "retrain")
            seen["production_after"] = registry.get_alias("production")
            assert seen["production_after"], "no production model after the remaining cities retrained:\n" + seen["retrain3"]
            seen["show_production"] = _cli(story, "models", "show", seen["production_after"])
        yield story
    cached_config.cache_clear()
    reset_platform()
