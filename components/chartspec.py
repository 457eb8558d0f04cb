"""Which chart an export button stands for: built where the chart is shown, parsed where it is
exported. The button id carries it as text ('indicator:gdp:2012:2025', 'scorecard', 'dumbbell:2024',
each with ':REGION' at the end when the region shown is not the default one)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartSpec:
    kind: str                       # indicator | scorecard | dumbbell | cascade | amplification | peers
    key: str | None = None          # indicator key
    year_from: int | None = None    # indicator: first year; dumbbell: its year
    year_to: int | None = None
    region: str | None = None       # None: the default region

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
        return ":".join(parts)

    @classmethod
    def parse(cls, text: str, regions: list[str]) -> ChartSpec | None:
        """The spec a button stood for, or None for anything else (a request is untrusted)."""
        if not isinstance(text, str) or len(text) > 200:
            return None
        kind, *parts = text.split(":")
        region = parts.pop() if parts and parts[-1] in regions else None
        if kind == "indicator" and len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return cls(kind, parts[0], int(parts[1]), int(parts[2]), region)
        if kind == "scorecard" and not parts:
            return cls(kind, region=region)
        if kind == "dumbbell" and len(parts) == 1 and parts[0].isdigit():
            return cls(kind, year_from=int(parts[0]), region=region)
        if kind in ("cascade", "peers") and len(parts) == 2 and parts[1].isdigit():
            return cls(kind, parts[0], int(parts[1]), region=region)
        if kind == "amplification" and len(parts) == 1:
            return cls(kind, parts[0], region=region)
        return None
