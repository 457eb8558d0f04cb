"""A synthetic corpus for benchmarks only (never mixed into data/): N county-level units of China × 14
years of reports written from varied templates like the real ones, with the figures they state kept as
truth.

    python bench/synth.py --regions 10 --out /tmp/synth     # writes OUT/raw/*.txt and OUT/truth.csv
    python bench/synth.py --regions all --out /tmp/national  # every county-level unit of the mainland

The places are the gazetteer's own (etl/knowledge/gazetteer.py): real names, codes and parents, 2,849
county-level units of the mainland (区, 县, 县级市, 旗). Fewer than all are spread evenly over the code
order, so 100 places span the provinces. Each report names its place as its parent does (石家庄市新华区),
and the truth names it as the database labels it (a shared name with its parent's before it).

Variation: government work reports and plan reports; several wordings per indicator; renamed
indicators (公共财政预算收入 before 2015); hedges (左右, 以上, 以内), ranges, lists, declines,
comparable-basis growth, derived targets (高于预期目标x个百分点); and distractors that must not
be read as headline figures (金融业增加值, 城市更新固定资产投资, 学位, figures of the level above).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

YEARS = range(2012, 2026)   # reports delivered 2012..2025, reviewing the year before
_ELSEWHERE = ("71", "81", "82")   # provinces whose units are not county-level units of the mainland


@dataclass(frozen=True)
class Place:
    label: str      # as the database labels it (新华区, or 石家庄市新华区 when the name is shared)
    written: str    # as a report names it: its parent's name and its own (石家庄市新华区)
    own: str        # "this place": 本区, 本县, 本市, 本旗
    above: str      # the level above's whole (全市; 全省 for a county-level city)
    code: str


def county_units() -> list[Place]:
    """Every county-level unit of the mainland in the gazetteer, by code."""
    from etl.knowledge import load_knowledge

    k = load_knowledge()
    g = k.gazetteer
    listed = {r.code: r.name_zh for r in k.regions.rows if r.code}
    out = []
    for u in sorted(g.units.values(), key=lambda u: u.code):
        if u.level != "district" or u.code[:2] in _ELSEWHERE:
            continue
        parent = g.units.get(u.parent)
        kind = u.name[-1]
        out.append(Place(listed.get(u.code) or g.label(u), (parent.name if parent else "") + u.name,
                         "本" + kind, "全省" if kind == "市" else "全市", u.code))
    return out


def region_names(n: int) -> list[Place]:
    """n county-level units spread evenly over the code order (all of them when n is at least their count)."""
    units = county_units()
    if n >= len(units):
        return units
    return [units[k * len(units) // n] for k in range(n)]


def fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else f"{v:.0f}"


class Writer:
    def __init__(self, place: Place, rng: random.Random):
        self.place, self.region, self.rng, self.truth = place, place.label, rng, []

    def fact(self, indicator, year, kind, value, value_high=None, qualifier=None, basis="reported"):
        self.truth.append({"region": self.region, "indicator": indicator, "year": year, "kind": kind,
                           "value": value, "value_high": value_high, "qualifier": qualifier or "", "basis": basis})

    def review(self, y: int, state: dict, target_growth: float | None) -> list[str]:
        r, rng = [], self.rng
        gdp, g = state["gdp"], state["g"]
        s = rng.choice([
            f"初步核算,全年地区生产总值{gdp:.2f}亿元,增长{fmt(g)}%",
            f"{self.place.own}生产总值完成{gdp:.2f}亿元,同比增长{fmt(g)}%",
            f"预计全年实现地区生产总值{gdp:.2f}亿元,比上年增长{fmt(g)}%",
        ])
        self.fact("gdp", y, "actual", round(gdp, 2))
        self.fact("gdp_growth", y, "actual", g)
        if target_growth is not None and rng.random() < 0.5 and g != target_growth:
            gap = round(abs(g - target_growth), 1)
            s += f",{'高于' if g > target_growth else '低于'}预期目标{fmt(gap)}个百分点"
            self.fact("gdp_growth", y, "target", round(g - (gap if g > target_growth else -gap), 1))
        r.append(s + "。")
        rs, rg = state["retail"], state["rg"]
        if rg < 0:
            r.append(f"社会消费品零售总额{rs:.1f}亿元,下降{fmt(-rg)}%。")
        elif rng.random() < 0.3:
            comp = round(rg + rng.choice([1.5, 2.4, 3.1]), 1)
            r.append(f"社会消费品零售总额{rs:.1f}亿元,增长{fmt(rg)}%(按可比口径增长{fmt(comp)}%)。")
            self.fact("retail_sales_growth", y, "actual", comp, basis="comparable")
        else:
            r.append(f"社会消费品零售总额{rs:.1f}亿元,增长{fmt(rg)}%。")
        self.fact("retail_sales", y, "actual", round(rs, 1))
        self.fact("retail_sales_growth", y, "actual", rg)
        fi, fg = state["fai"], state["fg"]
        r.append(rng.choice([f"固定资产投资{fi:.1f}亿元,增长{fmt(fg)}%。", f"完成固定资产投资{fi:.1f}亿元,增长{fmt(fg)}%。"]))
        self.fact("fixed_investment", y, "actual", round(fi, 1))
        self.fact("fixed_investment_growth", y, "actual", fg)
        name = "公共财政预算收入" if y < 2015 else rng.choice(["一般公共预算收入", "地方一般公共预算收入"])
        r.append(f"{name}{state['rev']:.1f}亿元,增长{fmt(state['revg'])}%。")
        self.fact("fiscal_revenue", y, "actual", round(state["rev"], 1))
        self.fact("fiscal_revenue_growth", y, "actual", state["revg"])
        a, b, c = state["land"], state["water"], state["power"]
        r.append(f"万元GDP建设用地、水耗、电耗分别下降{fmt(a)}%、{fmt(b)}%和{fmt(c)}%。")
        for key, v in (("land_intensity_change", a), ("water_intensity_change", b), ("power_intensity_change", c)):
            self.fact(key, y, "actual", -v)
        r.append(f"城镇登记失业率控制在{fmt(state['u'])}%以内。")
        self.fact("unemployment_rate", y, "actual", state["u"], qualifier="以内")
        # distractors
        r.append(f"金融业增加值{gdp * 0.4:.1f}亿元,增长{fmt(g + 1.2)}%,新增学位{rng.randint(800, 4000)}个。")
        r.append(f"{self.place.above}地区生产总值增长{fmt(g - 0.4)}%,完成城市更新固定资产投资{fi * 0.4:.1f}亿元。")
        return r

    def targets(self, y: int, t: dict) -> str:
        rng = self.rng
        parts = [f"地区生产总值增长{fmt(t['g'])}%左右"]
        self.fact("gdp_growth", y, "target", t["g"], qualifier="左右")
        if rng.random() < 0.5:
            parts.append(f"社会消费品零售总额增长{fmt(t['rg'])}%以上")
            self.fact("retail_sales_growth", y, "target", t["rg"], qualifier="以上")
        else:
            parts.append(f"社会消费品零售总额增长{fmt(t['rg'])}-{fmt(t['rg'] + 0.5)}%")
            self.fact("retail_sales_growth", y, "target", t["rg"], value_high=t["rg"] + 0.5)
        parts.append(f"固定资产投资增长{fmt(t['fg'])}%")
        self.fact("fixed_investment_growth", y, "target", t["fg"])
        parts.append("城镇登记失业率控制在3%以内")
        self.fact("unemployment_rate", y, "target", 3.0, qualifier="以内")
        return "、".join([]) + ",".join(parts) + "。"


def evolve(rng: random.Random, state: dict) -> dict:
    g = round(rng.uniform(-1.0, 9.5), 1)
    rg = round(rng.uniform(-6.0, 12.0), 1)
    fg = round(rng.uniform(2.0, 25.0), 1)
    revg = round(rng.uniform(1.0, 15.0), 1)
    return {"gdp": state["gdp"] * (1 + g / 100), "g": g, "retail": state["retail"] * (1 + rg / 100), "rg": rg,
            "fai": state["fai"] * (1 + fg / 100), "fg": fg, "rev": state["rev"] * (1 + revg / 100), "revg": revg,
            "land": round(rng.uniform(1, 9), 1), "water": round(rng.uniform(1, 9), 1),
            "power": round(rng.uniform(1, 9), 1), "u": rng.choice([2.0, 2.5, 3.0])}


def region_reports(place: Place, seed: int, years: range = YEARS) -> tuple[dict[str, str], list[dict]]:
    """A place's reports of `years` (file name -> text) and the figures they state. The same seed gives
    the same reports for the years two calls share, so a longer range adds later reports only."""
    rng = random.Random(seed)
    w = Writer(place, rng)
    state = {"gdp": rng.uniform(300, 3000), "retail": rng.uniform(100, 1500), "fai": rng.uniform(50, 500),
             "rev": rng.uniform(20, 150)}
    files: dict[str, str] = {}
    prev_target = None
    for report_year in years:
        y = report_year - 1
        state = evolve(rng, state)
        t = {"g": rng.choice([5.5, 6.0, 6.5, 7.0, 7.5, 8.0]), "rg": rng.choice([5.0, 6.0, 7.0, 8.0, 9.0]),
             "fg": rng.choice([3.0, 5.0, 8.0, 10.0])}
        review = " ".join(w.review(y, state, prev_target))
        plan = w.targets(report_year, t)
        region = place.written
        if rng.random() < 0.6:
            text = (f"{report_year}年{rng.randint(1, 2)}月{rng.randint(5, 28)}日在{region}第七届人民代表大会第"
                    f"{rng.randint(1, 8)}次会议上\n各位代表:现在,我代表{region}人民政府向大会作工作报告,请予审议。\n"
                    f"一、{y}年工作回顾\n{review}\n二、{report_year}年主要工作\n"
                    f"{report_year}年经济社会发展的主要预期目标是:{plan}\n")
        else:
            text = (f"关于{region}{y}年国民经济和社会发展计划执行情况与{report_year}年计划草案的报告\n"
                    f"一、{y}年国民经济和社会发展计划执行情况\n{review}\n"
                    f"二、{report_year}年经济社会发展主要目标\n{plan}\n")
        files[f"{place.code}_{report_year}.txt"] = text
        prev_target = t["g"]
    return files, w.truth


def write_truth(path: Path, truth: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(truth[0]))
        writer.writeheader()
        writer.writerows(truth)


def write_corpus(out: Path, n_regions: int) -> tuple[int, int]:
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    truth = []
    n_bytes = 0
    for i, place in enumerate(region_names(n_regions)):
        files, facts = region_reports(place, seed=1000 + i)
        for name, text in files.items():
            data = text.encode("utf-8")
            (raw / name).write_bytes(data)
            n_bytes += len(data)
        truth.extend(facts)
    write_truth(out / "truth.csv", truth)
    (out / "curated").mkdir(exist_ok=True)
    return len(list(raw.iterdir())), n_bytes


def add_report(out: Path, n_regions: int, year: int = YEARS[-1] + 1) -> Path:
    """One more report in a corpus written by write_corpus: its first place's report of `year`, whose
    figures join truth.csv (the place's earlier reports are unchanged: same seed, same sequence)."""
    place = region_names(n_regions)[0]
    files, facts = region_reports(place, seed=1000, years=range(YEARS[0], year + 1))
    name = f"{place.code}_{year}.txt"
    path = out / "raw" / name
    path.write_text(files[name], encoding="utf-8")
    with (out / "truth.csv").open(encoding="utf-8", newline="") as fh:
        truth = list(csv.DictReader(fh))
    known = {tuple(r.values()) for r in truth}
    truth += [{k: ("" if v is None else str(v)) for k, v in f.items()} for f in facts]
    write_truth(out / "truth.csv", [r for i, r in enumerate(truth) if i < len(known) or tuple(r.values()) not in known])
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--regions", default="10", help="how many county-level units, or all (2,849)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    n, size = write_corpus(Path(args.out), 10**6 if args.regions == "all" else int(args.regions))
    print(f"wrote {n} reports ({size / 1e6:.1f} MB) and truth.csv to {args.out}")
