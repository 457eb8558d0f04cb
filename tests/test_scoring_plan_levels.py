"""The corpus's scorer (bench/unseen_bench.py) counts a level a five-year plan aims at for its last year as the fact its
truth row states under that year (到2020年地区生产总值达到260亿元: gdp, 2020, year, target), though the product files it under
the plan's span (2016-2020) so it is drawn as a star and never conflicts with the year's own annual target. Averages and
totals over the span, outcomes, other years and other values are still told apart."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from unseen_bench import _hit  # noqa: E402

TRUTH = (("gdp", 2020, "year", "target"), 260.0)


def row(indicator="gdp", year=2020, period="2016-2020", kind="target", value=260.0) -> dict:
    return {"indicator": indicator, "year": year, "period": period, "kind": kind, "value": value}


def test_a_plans_level_for_its_last_year_is_that_years_target():
    assert _hit(row(), *TRUTH)
    assert _hit(row(period="year"), *TRUTH)


@pytest.mark.parametrize("got", [
    row(kind="actual"),                                           # an outcome
    row(year=2019, period="2015-2019"),                           # another year
    row(period="2011-2015"),                                      # a span that does not end in the row's year
    row(value=250.0),                                             # another value
    row(indicator="gdp_growth_avg_5yr", value=260.0),             # an average over the span
])
def test_what_is_not_the_same_fact_is_told_apart(got):
    assert not _hit(got, *TRUTH)


def test_a_span_truth_row_still_wants_the_span():
    assert not _hit(row(period="year"), ("gdp", 2020, "2016-2020", "target"), 260.0)
