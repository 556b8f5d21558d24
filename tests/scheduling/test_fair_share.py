"""SC-07: concurrent GPU jobs from three cities with unequal past usage get fair-share allocation on
a real Slurm cluster. The workload (tests/scheduling/fairshare.py) starts with the test session and
these tests, which only read its result, run last."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.services.slurm import gpu_seconds_by_account

RUN_TIMEOUT = 1200  # seconds to wait for the background run if the rest of the session was shorter


@pytest.fixture(scope="module")
def sc07(_fair_share_run):
    if _fair_share_run is None:
        from tests.conftest import _require_slurm

        _require_slurm()
        pytest.fail("the fair-share run did not start")
    result = _fair_share_run.wait(RUN_TIMEOUT)
    print("\n".join(_fair_share_run.log))
    return result


def test_jobs_submitted_at_once_start_in_fair_share_order(sc07):
    targets, before = sc07["targets"], sc07["usage_before"]
    # Less past usage per share first; yongin has none.
    expected = sorted(targets, key=lambda city: before.get(city, 0.0) / targets[city])
    assert expected == ["yongin", "seongnam", "suwon"], before
    first_start = {}
    for row in sc07["rows"]:
        if row["start"] not in ("", "Unknown", "None"):
            started = datetime.fromisoformat(row["start"])
            first_start[row["account"]] = min(first_start.get(row["account"], started), started)
    order = sorted(first_start, key=first_start.get)
    print(f"past usage {before}; fair-share factors {sc07['fair_share_factors']}; first starts {first_start}")
    assert order == expected
    factors = sc07["fair_share_factors"]
    assert factors["yongin"] > factors["seongnam"] > factors["suwon"]


def test_each_citys_share_of_gpu_time_is_within_10_points_of_its_target(sc07):
    used = gpu_seconds_by_account(sc07["rows"], sc07["submitted_at"], sc07["window_end"])
    total_used = sum(used.values())
    total_share = sum(sc07["targets"].values())
    window = (sc07["window_end"] - sc07["submitted_at"]).total_seconds()
    assert total_used > 0.8 * 4 * window, f"the passthrough pool was not kept busy: {used} in {window:.0f} s"
    shares = {city: 100 * used.get(city, 0.0) / total_used for city in sc07["targets"]}
    targets = {city: 100 * share / total_share for city, share in sc07["targets"].items()}
    print(f"GPU time in a {window:.0f} s window: " + ", ".join(
        f"{city} {shares[city]:.1f}% (target {targets[city]:.0f}%)" for city in targets))
    for city in targets:
        assert abs(shares[city] - targets[city]) <= 10, (city, shares, targets)
