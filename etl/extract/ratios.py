"""Structure ratios: 三次产业结构为2.8:41.1:56.1 states each sector's share of GDP; the term at the
position data/ratio_words.csv gives is that indicator's figure (the tertiary share: the third).
Read only when the terms add up to 100 (shares, not some other ratio)."""

from __future__ import annotations

import re

from etl.extract.restated import to_review
from etl.extract.rows import At
from etl.extract.subjects import TermHit, in_part_scope

# 2.8:41.1:56.1, or a list 9.1%、44.1%和46.8%, or one whose terms are labelled (4.3%,第二产业为49.3%,…)
_SEP = r"\s*(?:[::、,]|和)\s*(?:[^\d,,。;;%::]{1,8}?为)?\s*"
_TRIPLE = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)%?{_SEP}(\d{{1,3}}(?:\.\d+)?)%?{_SEP}(\d{{1,3}}(?:\.\d+)?)%?")
_WITHIN = 30          # characters from the phrase to its ratio
_STEP = 16            # characters from one ratio to the next it changed to (调整优化为2020年的)
# …调整为(2020年的|今年的)d:e:f: the state a structure changed to, and the year it may name
_NOW_YEAR = r"\s*(?:(?:(?:19|20)\d\d\s*年|今年|本年)的?)?\s*$"
_CHANGED = re.compile(r"^\s*(?:调整|调优|变|转变|演变|优化|提升|调|演进|变化|发展)(?:为|到|至)" + _NOW_YEAR)
# 由(上年的)a:b:c…为d:e:f: a structure said to change from one state to another; what stands between the
# two (,进一步调整优化为) ends in the word that names the state now
_FROM = re.compile(r"由(?!于)|从")
_TO_NOW = re.compile(r"^\s*[,,]?\s*[^\d,,。;;]{0,8}?(?:为|到|至)" + _NOW_YEAR)
# three numbers that add up to 100 but are not shares of GDP: contributions to growth (贡献率), pulls (拉动)
_NOT_SHARES = re.compile(r"贡献|拉动")
_PREVIOUS = re.compile(r"上年|上一年|去年")   # 由上年的a:b:c调整为d:e:f: the first ratio is last year's
_SAME_PART = "the same period of last year, and the text names no part of the year: not that year's whole state"
_STATE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:的|底|末)?\s*$")   # 由2015年的a:b:c…: that year's state


class RatiosMixin:
    """The structure-ratio part of the extractor (etl/extract/classify.py's Extractor)."""

    def structure_ratios(self, sent: str, s0: int) -> None:
        taken: list[tuple[int, int]] = []   # the phrases read, longest first: 产业结构 inside 三次产业结构 is no other
        for phrase, (key, position) in sorted(self.cat.ratio_words.items(), key=lambda kv: -len(kv[0])):
            at = sent.find(phrase)
            own = self.other_place.own_names
            if at < 0 or any(a <= at < b for a, b in taken) or in_part_scope(sent, at, self.cat, self.scope_open, own):
                continue
            window = sent[at:at + len(phrase) + _WITHIN + 40]
            triples, since = [], len(phrase)
            for m in _TRIPLE.finditer(window):
                # the words just before the numbers say what they are (贡献率分别为… is not a structure); the
                # state a structure changed to may stand further on, a few words after the first (…调整为d:e:f)
                near = m.start() <= len(phrase) + _WITHIN or (triples and m.start() - triples[-1].end() <= _STEP
                                                              and _TO_NOW.search(window[triples[-1].end():m.start()]))
                if near and not _NOT_SHARES.search(window, since, m.start()):
                    triples.append(m)
                since = m.end()
            # 由(上年的)a:b:c调整为d:e:f: the second is the state now, the first last year's; otherwise
            # the first is the structure (a later list of three, 贡献率分别为…, is another measure)
            between = window[triples[0].end():triples[1].start()] if len(triples) > 1 else ""
            moved = bool(triples) and _FROM.search(window[len(phrase):triples[0].start()])
            changed = len(triples) > 1 and (_CHANGED.search(between) or (moved and _TO_NOW.search(between)))
            if moved and not changed:
                continue   # 由a:b:c… with no state after it: the first is a state before, never this year's
            whole = [m for m in triples if abs(sum(float(g) for g in m.groups()) - 100) <= 1.5]
            now = triples[1] if changed else whole[0] if whole else None   # 分别增长a、b、c,比重为d:e:f
            shares = [float(g) for g in now.groups()] if now else []
            if not now or abs(sum(shares) - 100) > 1.5:
                continue
            taken.append((at, at + len(phrase)))
            subject = TermHit(at, at + len(phrase), phrase, None, False)
            named = _STATE_YEAR.search(between) if changed else None   # …调整为2020年的d:e:f: that year's, when past
            said = int(named.group(1)) if named and not (self.date_year and int(named.group(1)) > self.date_year) else None
            self.ratio_row(sent, s0, subject, key, shares[position - 1], at + now.end(), said=said)
            if changed:
                self.state_before(sent, s0, subject, (key, position), window[len(phrase):triples[0].start()],
                                  triples[0], at, _CHANGED.search(between))

    def state_before(self, sent: str, s0: int, subject: TermHit, key_position: tuple[str, int], lead: str,
                     first: re.Match, at: int, one_word: bool) -> None:
        """由上年的a:b:c调整为…: the state before is last year's only when said so and changed in one word;
        由2015年的a:b:c调整为…: the year it names, however it changed."""
        key, position = key_position
        before = [float(g) for g in first.groups()]
        if abs(sum(before) - 100) > 1.5:
            return
        said = _STATE_YEAR.search(lead)
        if said:
            self.ratio_row(sent, s0, subject, key, before[position - 1], at + first.end(), said=int(said.group(1)))
        elif one_word and _PREVIOUS.search(lead):   # 由上年同期的a:b:c: the same part of last year as the state now
            self.ratio_row(sent, s0, subject, key, before[position - 1], at + first.end(), back=1, same_part="同期" in lead)
        elif not lead.strip("由从的 ") and self.ctx.span and self.ctx.span[0] < self.ctx.span[1]:
            # 由a:b:c调整为… in a past span's review (五年来), no year named: the state the span began from, the year before
            # its first (with no span said, a one year's review and a term's look alike: not read)
            self.ratio_row(sent, s0, subject, key, before[position - 1], at + first.end(), said=self.ctx.span[0] - 1)

    def ratio_row(self, sent: str, s0: int, subject: TermHit, key: str, value: float, end: int, back: int = 0,
                  said: int | None = None, same_part: bool = False) -> None:
        year, year_source = self.year_of(sent, subject, At(end))
        if year is None or key not in self.cat.indicators:
            return
        year, back = (said, 1) if said else (year - back, back)   # a state before: an outcome of its year
        year_source = "clause" if said else year_source
        plan = self.ctx.section == "plan" or (self.relative and self.relative[0] == "plan")
        kind = "target" if plan and not back else "actual"
        kind_source = "section" if self.ctx.section or self.relative else "default"
        # a half year's item (or a part-year said before it) gives this state's part, as it does other figures'
        period = "year" if back and not same_part else self.of_the_half(
            self.period_of(sent, At(end), year + back, year_source), kind, sent, At(end), year + back)
        a, b = s0 + subject.start, s0 + end
        row = self.row(key, kind, year, period, value, None, "pct", None, "reported", "ratio:previous-year" if back else "ratio",
                       "text", a, b, s0, s0 + len(sent), sent, year_source=year_source, kind_source=kind_source)
        if same_part and period == "year":   # 由上年同期的a:b:c, no part named: a part of last year the text does not name
            row = to_review(row, _SAME_PART)
        self.out.append(row)
