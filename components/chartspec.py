"""Which chart an export button stands for: built where the chart is shown, parsed where it is
exported. The button id carries it as text ('indicator:gdp:2012:2025', 'scorecard', 'dumbbell:2024',
each with ':REGION' at the end when the region shown is not the default one). An indicator chart
re-viewed or compared on screen says so after that ('…:view=index', ':scale=log', ':cmp=南山区,福田区'),
so that its export is the chart on the screen, not the plain one."""

from __future__ import annotations

from dataclasses import dataclass

from components.chart_views import INDEX, LOG, YOY

MOST_COMPARED = 7      # places compared beside the region shown (components/views.py)


@dataclass(frozen=True)
class ChartSpec:
    kind: str                       # indicator | scorecard | dumbbell | cascade | amplification | peers
    key: str | None = None          # indicator key
    year_from: int | None = None    # indicator: first year; dumbbell: its year
    year_to: int | None = None
    region: str | None = None       # None: the default region
    view: str | None = None         # indicator: index | yoy (None: as stated)
    scale: str | None = None        # indicator: log (None: linear)
    compare: tuple[str, ...] = ()   # indicator: the places compared beside the region

    def text(self) -> str:
        parts = [self.kind]
        if self.kind == "indicator":
            parts += [self.key, str(self.year_from), str(self.year_to)]
        elif self.kind == "dumbbell":
            parts.append(str(self.year_from))
        elif self.kind in ("cascade", "peers"):
            parts += [self.key, str(self.year_from)]
        elif self.kind == "amplification":
            parts.append(self.key)
        if self.region:
            parts.append(self.region)
        if self.kind == "indicator":
            parts += [f"{name}={value}" for name, value in self.options().items()]
        return ":".join(parts)

    def options(self) -> dict[str, str]:
        """How an indicator chart is shown, when not as stated: {'view': …, 'scale': …, 'cmp': …}."""
        shown = {"view": self.view if self.view in (INDEX, YOY) else None, "scale": self.scale if self.scale == LOG else None,
                 "cmp": ",".join(self.compare) or None}
        return {name: value for name, value in shown.items() if value}

    @classmethod
    def parse(cls, text: str, regions: list[str]) -> ChartSpec | None:
        """The spec a button stood for, or None for anything else (a request is untrusted)."""
        if not isinstance(text, str) or len(text) > 200:
            return None
        kind, *parts = text.split(":")
        options = {}
        while parts and "=" in parts[-1]:
            name, _, value = parts.pop().partition("=")
            if name in options:
                return None
            options[name] = value
        region = parts.pop() if parts and parts[-1] in regions else None
        if options and (kind != "indicator" or not _options_ok(options, regions)):
            return None
        if kind == "indicator" and len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return cls(kind, parts[0], int(parts[1]), int(parts[2]), region, options.get("view"), options.get("scale"),
                       tuple(options["cmp"].split(",")) if "cmp" in options else ())
        if kind == "scorecard" and not parts:
            return cls(kind, region=region)
        if kind == "dumbbell" and len(parts) == 1 and parts[0].isdigit():
            return cls(kind, year_from=int(parts[0]), region=region)
        if kind in ("cascade", "peers") and len(parts) == 2 and parts[1].isdigit():
            return cls(kind, parts[0], int(parts[1]), region=region)
        if kind == "amplification" and len(parts) == 1:
            return cls(kind, parts[0], region=region)
        return None


def _options_ok(options: dict[str, str], regions: list[str]) -> bool:
    """Only the known views and scale, and places with figures, each once."""
    if set(options) - {"view", "scale", "cmp"}:
        return False
    if "view" in options and options["view"] not in (INDEX, YOY):
        return False
    if "scale" in options and options["scale"] != LOG:
        return False
    places = options["cmp"].split(",") if "cmp" in options else []
    return len(places) <= MOST_COMPARED and len(set(places)) == len(places) and all(p in regions for p in places)
