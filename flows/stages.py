"""The stage ledger of a pipeline run: what each stage produced, so a failed run resumes after it.

A retrain run has an id (its first Prefect flow run's id, or the one passed to `--resume`). Each
stage (ingest -> gate -> train -> publish) is recorded in the platform database as running, then
finished with its result (upload ids, report counts, the candidate, the registry version: never
record content) or failed with the error's type and message. Running the run again (`minwon
retrain --resume RUN`, or Retry in the Prefect UI, which reruns the same flow run id) reuses every
finished stage's result and starts at the first stage that did not finish.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from database import PipelineRun, PipelineStage

log = logging.getLogger("minwon.flows.stages")
T = TypeVar("T")


class UnknownRunError(LookupError):
    pass


@dataclass(frozen=True)
class StageRecord:
    stage: str
    state: str
    result: Any
    error: str | None
    attempt: int
    started_at: datetime
    finished_at: datetime | None


class StageLedger:
    def __init__(self, sessions: sessionmaker[Session], pipeline: str = "retrain"):
        self.sessions = sessions
        self.pipeline = pipeline

    def open_run(self, run_id: str, parameters: dict, *, resume: bool) -> tuple[dict, bool]:
        """(the run's parameters, whether it existed). A resumed run keeps the parameters it was
        started with; resuming an id that was never started is an error."""
        with self.sessions() as session:
            run = session.get(PipelineRun, run_id)
            if run is None:
                if resume:
                    raise UnknownRunError(f"no {self.pipeline} run {run_id!r} to resume; see `minwon retrain --list`")
                session.add(PipelineRun(run_id=run_id, pipeline=self.pipeline,
                                        parameters=json.dumps(parameters, sort_keys=True)))
                session.commit()
                return parameters, False
            run.attempts += 1
            session.commit()
            return json.loads(run.parameters), True

    def stages(self, run_id: str) -> list[StageRecord]:
        with self.sessions() as session:
            rows = session.scalars(select(PipelineStage).where(PipelineStage.run_id == run_id)
                                   .order_by(PipelineStage.started_at))
            return [StageRecord(r.stage, r.state, json.loads(r.result) if r.result else None, r.error, r.attempt,
                                r.started_at, r.finished_at) for r in rows]

    def runs(self, limit: int = 20) -> list[tuple[PipelineRun, list[StageRecord]]]:
        with self.sessions() as session:
            runs = list(session.scalars(select(PipelineRun).where(PipelineRun.pipeline == self.pipeline)
                                        .order_by(PipelineRun.created_at.desc()).limit(limit)))
            session.expunge_all()
        return [(run, self.stages(run.run_id)) for run in runs]

    def finished_result(self, run_id: str, stage: str) -> Any | None:
        with self.sessions() as session:
            row = session.get(PipelineStage, (run_id, stage))
            return json.loads(row.result) if row is not None and row.state == "finished" else None

    def _mark(self, run_id: str, stage: str, state: str, result: Any = None, error: str | None = None) -> None:
        now = datetime.now(timezone.utc)
        with self.sessions() as session:
            row = session.get(PipelineStage, (run_id, stage))
            if row is None:
                row = PipelineStage(run_id=run_id, stage=stage, state=state, attempt=1, started_at=now)
                session.add(row)
            elif state == "running":
                row.attempt += 1
                row.started_at, row.finished_at, row.error = now, None, None
            row.state = state
            if state == "finished":
                row.result, row.finished_at = json.dumps(result, ensure_ascii=False), now
            if state == "failed":
                row.error, row.finished_at = (error or "")[:500], now
            session.commit()

    def run_stage(self, run_id: str, stage: str, run: Callable[[], T], *,
                  to_json: Callable[[T], Any], from_json: Callable[[Any], T | None]) -> T:
        """The stage's recorded result if it finished in an earlier attempt (and `from_json` can
        still use it), else run it and record the outcome."""
        recorded = self.finished_result(run_id, stage)
        if recorded is not None:
            value = from_json(recorded)
            if value is not None:
                log.info("%s: stage %s finished in an earlier attempt; reusing its result", run_id, stage)
                return value
            log.info("%s: stage %s finished earlier but its output is gone here; running it again", run_id, stage)
        self._mark(run_id, stage, "running")
        try:
            value = run()
        except BaseException as error:
            # The type and message only: messages of this platform carry counts and ids, not records.
            self._mark(run_id, stage, "failed", error=f"{type(error).__name__}: {error}")
            raise
        self._mark(run_id, stage, "finished", result=to_json(value))
        return value
