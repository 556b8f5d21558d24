"""Shared base for the Korean pattern recognizers.

`KoreanPatternRecognizer` is a Presidio `PatternRecognizer` whose patterns are compiled once with
the standard `re` module (no per-call flag checks or timers; `fast_regex` lets the scan skip ahead),
and whose scoring goes through
`score_match()`: by default Presidio's `validate_result` / `invalidate_result` semantics
(True -> 1.0, False -> dropped, None -> the pattern's score); subclasses refine it. A value
preceded closely by a NEGATIVE_CONTEXT word (e.g. 접수번호 before a number) is dropped, which
Presidio's context enhancer cannot express. Positive context (CONTEXT) is left to Presidio's
LemmaContextAwareEnhancer, which the analyzer applies after `analyze()`.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from quality_gate.pii.recognizers import fast_regex

MIN_SCORE = EntityRecognizer.MIN_SCORE
MAX_SCORE = EntityRecognizer.MAX_SCORE


class KoreanPatternRecognizer(PatternRecognizer):
    ENTITY: str = ""
    PATTERNS: tuple[Pattern, ...] = ()
    CONTEXT: tuple[str, ...] = ()
    NEGATIVE_CONTEXT: tuple[str, ...] = ()
    NEGATIVE_WINDOW: int = 10
    FLAGS: int = 0
    # A cheap regex that must be found in the text before any pattern runs.
    QUICK: Optional[str] = None

    def __init__(self, supported_language: str = "ko"):
        patterns = [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=patterns,
            context=list(self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        self._compiled = [(pattern, fast_regex.compile(pattern.regex, self.FLAGS)) for pattern in patterns]
        self._negative = (
            re.compile("|".join(map(re.escape, self.NEGATIVE_CONTEXT)), re.IGNORECASE)
            if self.NEGATIVE_CONTEXT
            else None
        )
        self._quick = fast_regex.compile_any(self.QUICK) if self.QUICK else None

    def load(self) -> None:  # patterns are compiled in __init__
        return None

    # ------------------------------------------------------------------ scoring hooks
    def score_match(self, match: re.Match, pattern: Pattern, text: str) -> Optional[float]:
        value = match.group()
        if self.invalidate_result(value):
            return None
        validation = self.validate_result(value)
        if validation is True:
            return MAX_SCORE
        if validation is False:
            return None
        return pattern.score

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """The value's span; a pattern may capture the value as the named group `v`."""
        if "v" in match.re.groupindex and match.group("v") is not None:
            return match.span("v")
        return match.span()

    def negative_before(self, text: str, start: int) -> bool:
        if self._negative is None:
            return False
        return self._negative.search(text, max(0, start - self.NEGATIVE_WINDOW), start) is not None

    # ------------------------------------------------------------------ Presidio interface
    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if self._quick is not None and self._quick.search(text) is None:
            return []
        results = []
        for pattern, regex in self._compiled:
            for match in regex.finditer(text):
                start, end = self.span_of(match)
                if start >= end:
                    continue
                score = self.score_match(match, pattern, text)
                if not score or score <= MIN_SCORE:
                    continue
                if self.negative_before(text, start):
                    continue
                results.append(self.make_result(start, end, score, pattern.name, pattern.regex))
        return EntityRecognizer.remove_duplicates(results) if len(results) > 1 else results

    def make_result(self, start: int, end: int, score: float, pattern_name: str, regex: str = "") -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=pattern_name,
            pattern=regex,
            validation_result=None,
        )
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=min(score, MAX_SCORE),
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


# Regex building blocks shared by the numeric recognizers (text is NFKC-normalised first).
NUM_START = r"(?<![0-9])(?<![0-9][-.])"
NUM_END = r"(?![0-9])(?![-.][0-9])"
SEP = r"(?:\s?[-.]\s?|\s)"  # one separator: dash or dot (optionally spaced), or one space


def has_separator(value: str) -> bool:
    return any(not c.isalnum() for c in value)
