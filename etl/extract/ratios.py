"""Structure ratios: 三次产业结构为2.8:41.1:56.1 states each sector's share of GDP; the term at the
position data/ratio_words.csv gives is that indicator's figure (the tertiary share: the third).
Read only when the terms add up to 100 (shares, not some other ratio)."""

from __future__ import annotations

import re

from etl.extract.rows import At
from etl.extract.subjects import TermHit

_TRIPLE = re.compile(r"(\d{1,3}(?:\.\d+)?)%?\s*[::]\s*(\d{1,3}(?:\.\d+)?)%?\s*[::]\s*(\d{1,3}(?:\.\d+)?)%?")
_WITHIN = 30          # characters from the phrase to its ratio


class RatiosMixin:
    """The structure-ratio part of the extractor (etl/extract/classify.py's Extractor)."""

    def structure_ratios(self, sent: str, s0: int) -> None:
        for phrase, (key, position) in self.cat.ratio_words.items():
            at = sent.find(phrase)
            if at < 0:
                continue
            window = sent[at:at + len(phrase) + _WITHIN + 40]
            triples = [m for m in _TRIPLE.finditer(window) if m.start() <= len(phrase) + _WITHIN]
            if not triples:
                continue
            m = triples[-1]                      # 由a:b:c调整为d:e:f: the last one is the state now
            terms = [float(g) for g in m.groups()]
            if abs(sum(terms) - 100) > 1.5:
                continue
            self.ratio_row(sent, s0, TermHit(at, at + len(phrase), phrase, None, False), key,
                           terms[position - 1], at + m.end())

    def ratio_row(self, sent: str, s0: int, subject: TermHit, key: str, value: float, end: int) -> None:
        year, year_source = self.year_of(sent, subject, At(end))
        if year is None or key not in self.cat.indicators:
            return
        plan = self.ctx.section == "plan" or (self.relative and self.relative[0] == "plan")
        kind = "target" if plan else "actual"
        kind_source = "section" if self.ctx.section or self.relative else "default"
        a, b = s0 + subject.start, s0 + end
        self.out.append(self.row(key, kind, year, "year", value, None, "pct", None, "reported", "ratio",
                                 "text", a, b, s0, s0 + len(sent), sent, year_source=year_source,
                                 kind_source=kind_source))
