"""Golden tests per seed report, plus the headline facts of each report written out by hand."""

import json

import pytest

from etl.combine.merge import same_number
from tests.golden_tool import GOLDEN, current

CURRENT = current()


@pytest.mark.parametrize("stem", sorted(p.stem for p in GOLDEN.glob("*.json")))
def test_seed_matches_golden(stem):
    expected = json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))
    assert CURRENT[stem] == expected


def _figures(kind=None):
    for docs in CURRENT.values():
        for doc_id, doc in docs.items():
            if doc["duplicate_of"]:
                continue
            for f in doc["figures"]:
                if kind is None or f["kind"] == kind:
                    yield doc_id, f


def _find(indicator, year, kind, period="year", basis="reported"):
    return [f for _, f in _figures(kind) if f["indicator"] == indicator and f["year"] == year
            and f["period"] == period and f["basis"] == basis]


# Written from reading the seed reports, independent of the golden files.
HEADLINE = [
    # indicator, year, kind, value, value_high, qualifier
    ("gdp", 2013, "actual", 1488, None, None),
    ("gdp_growth", 2013, "actual", 9.2, None, None),
    ("retail_sales_growth", 2013, "actual", 10.7, None, None),
    ("fiscal_revenue", 2013, "actual", 60, None, "突破"),
    ("trade", 2013, "actual", 366, None, None),
    ("land_intensity_change", 2013, "actual", -7.5, None, None),
    ("power_intensity_change", 2013, "actual", -9.6, None, None),
    ("gdp_growth", 2014, "target", 8, None, "左右"),
    ("power_intensity_change", 2014, "target", -3, None, "左右"),
    ("unemployment_rate", 2014, "target", 3, None, "以内"),
    ("gdp", 2012, "actual", 1300, None, None),
    ("gdp_growth", 2012, "target", 8.0, None, None),
    ("retail_sales_growth", 2012, "target", 12.0, None, None),
    ("fiscal_total_revenue", 2012, "actual", 71.9, None, None),
    ("disposable_income", 2012, "actual", 4, None, "突破"),
    ("fiscal_revenue_growth", 2013, "target", 5, None, "左右"),
    ("disposable_income_growth", 2013, "target", 9, None, "左右"),
    ("gdp", 2020, "actual", 2375.3, None, None),
    ("fixed_investment", 2020, "actual", 384.3, None, None),
    ("gdp_growth", 2021, "target", 5.5, 6.0, None),
    ("fixed_investment", 2021, "target", 400, None, None),
    ("retail_sales_growth", 2021, "target", 5, None, "以上"),
    ("gdp_growth", 2024, "actual", 3.0, None, None),
    ("fixed_investment", 2024, "actual", 364.21, None, None),
    ("fiscal_revenue", 2024, "actual", 123.05, None, None),
    ("gdp_growth", 2025, "target", 5.5, None, None),
    ("retail_sales_growth", 2025, "target", 8.5, None, None),
    ("fiscal_revenue", 2025, "target", 144.2, None, None),
]


@pytest.mark.parametrize("indicator, year, kind, value, value_high, qualifier", HEADLINE)
def test_headline_figure_found(indicator, year, kind, value, value_high, qualifier):
    assert any(f["value"] == pytest.approx(value) and f["value_high"] == value_high and f["qualifier"] == qualifier
               for f in _find(indicator, year, kind)), _find(indicator, year, kind)


@pytest.mark.parametrize("indicator, year, kind", [(i, y, k) for i, y, k, *_ in HEADLINE])
def test_no_second_value_for_a_headline_figure(indicator, year, kind):
    """Every statement of a headline figure agrees with the others (384 is 384.3 rounded)."""
    values = [f["value"] for f in _find(indicator, year, kind)]
    assert all(same_number(a, b) for a in values for b in values), values


def test_comparable_basis_is_kept_beside_the_headline_growth():
    assert [f["value"] for f in _find("retail_sales_growth", 2013, "actual", basis="comparable")] == [15.5]
    assert [f["value"] for f in _find("fiscal_revenue_growth", 2020, "actual", basis="comparable")] == [9.4]


def test_quarter_and_span_figures_keep_their_period():
    assert [f["value"] for f in _find("gdp_growth", 2020, "actual", period="Q1")] == [-7.4]
    assert [f["value"] for f in _find("gdp_growth_cumulative_5yr", 2020, "actual", period="2016-2020")] == [38.7]
    assert [f["value"] for f in _find("land_intensity_change", 2020, "actual")] == [-1.5]


def test_qualitative_targets_have_no_number():
    rows = _find("disposable_income_growth", 2025, "target")
    assert [(f["value"], f["qualifier"]) for f in rows] == [(None, "与GDP增速基本同步")]


@pytest.mark.parametrize("value", [245, 936.9, 25.35, 3.49, 100, 44, 883, 118.4])
def test_non_headline_numbers_are_not_taken(value):
    assert not [f for _, f in _figures() if f["value"] == value]


def test_news_and_minutes_give_no_charted_headline_figure():
    """A figure in them may go to review (004: an action plan's goal, with no year near it), never to a chart."""
    for stem in ("000_adfd146e067d7a21", "003_d1a74972972eb934", "004_384dcdf9c9309525"):
        assert all(f["confidence"] == "low" and f["confidence_reason"] for d in CURRENT[stem].values()
                   for f in d["figures"])


def test_documents_are_split_and_typed():
    docs = CURRENT["002_42bd7044e7522f52"]
    reports = {d: (v["doc_type"], v["doc_date"], v["reviews_year"], v["plans_year"], v["duplicate_of"])
               for d, v in docs.items() if v["doc_type"] == "government work report"}
    assert sorted(reports.values(), key=str) == sorted([
        ("government work report", "2014-01-16", 2013, 2014, None),
        ("government work report", "2013-01-23", 2012, 2013, None),
        ("government work report", "2013-01-23", 2012, 2013, "002_42bd7044e7522f52#1"),
        ("government work report", "2021-01-29", 2020, 2021, None),
    ], key=str)
    plan = CURRENT["001_9987a4b2864564b4"]["001_9987a4b2864564b4#0"]
    assert (plan["doc_type"], plan["reviews_year"], plan["plans_year"]) == ("plan report", 2024, 2025)
