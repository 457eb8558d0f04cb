"""The browser's history of the indicator page (issue 24): every change a person makes to what the
address holds (indicator, years, measure, view, axis, places compared) is a history entry, so Back
returns to the previous view; the page's first drawing (on arrival, or after Back) only rewrites the
address it arrived at. assets/clientside.js (sync_url) writes the address from the page state."""

from __future__ import annotations

from components import chart_views, ids, params

# the controls whose values the address holds
ADDRESS_CONTROLS = frozenset({ids.IND_SELECT, ids.IND_YEARS, ids.IND_MEASURE, ids.IND_COMPARE, ids.IND_VIEW,
                              ids.IND_SCALE})
PUSH = "push"


def history_entry(triggered_id) -> str | None:
    """PUSH when a person changed a control the address holds (a new entry); None for the page's own
    first drawing and anything else (the address is replaced)."""
    return PUSH if isinstance(triggered_id, str) and triggered_id in ADDRESS_CONTROLS else None


def view_state(view, scale, triggered_id) -> dict:
    """The page state's view and axis (left out of the address when they are the defaults) and its
    history mode: a person's change is a new entry."""
    view, scale = chart_views.view_of(view), chart_views.scale_of(scale)
    return {"view": None if view == chart_views.LEVEL else view, "scale": None if scale == chart_views.LINEAR else scale,
            "history": history_entry(triggered_id)}


def address_params(state) -> dict[str, str]:
    """The parameters sync_url writes for a page state: every value but the path and the history
    mode, as text, empty ones left out."""
    if not isinstance(state, dict):
        return {}
    return {str(k): str(v) for k, v in state.items() if k not in ("path", "history") and v not in (None, "")}


def shows_already(pathname, search, state) -> bool:
    """Whether an address is the view the page shows (the state sync_url just wrote into the address
    bar): the router then leaves the page as it is, instead of drawing it again."""
    if not isinstance(state, dict) or not isinstance(pathname, str) or state.get("path") != pathname:
        return False
    asked = params.parse(search if isinstance(search, str) else None)
    return not asked.errors and asked.params == address_params(state)
