"""data/source_tiers.csv: which sites are official and which are the press."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from etl.errors import InputError
from etl.knowledge.tables import read_table

TIERS = ("official", "press", "reprint", "unknown")   # best first: the order an outcome is chosen by


@dataclass(frozen=True)
class SourceTiers:
    """data/source_tiers.csv: which sites are official (government and statistics bureaus) and which
    are the press. Any other site is a reprint (mirrors, forums, aggregators); a source with no
    address is unknown."""
    by_domain: tuple[tuple[str, str], ...]

    def tier_of(self, url: str | None) -> str:
        if not url:
            return "unknown"
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            return "unknown"
        if not host:
            return "unknown"
        best = None
        for domain, tier in self.by_domain:
            if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > len(best[0])):
                best = (domain, tier)
        return best[1] if best else "reprint"



def read_tiers(data_dir: Path) -> SourceTiers:
    path = data_dir / "source_tiers.csv"
    rows = []
    for i, r in enumerate(read_table(path, ["domain", "tier"]), start=2):
        domain, tier = (r["domain"] or "").strip().lower(), (r["tier"] or "").strip()
        if not domain or tier not in TIERS[:3]:
            raise InputError(f"{path}: line {i}: a domain and a tier of {', '.join(TIERS[:3])} are needed")
        rows.append((domain, tier))
    return SourceTiers(tuple(rows))
