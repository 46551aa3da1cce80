"""Where each quote was first given (the outlet sieves), and what the article relays (its cues)."""

from __future__ import annotations

from .decide import OUTLET_AFTER, OUTLET_SIEVES, OutletDecision, OutletPlan, attribute_outlets, decide_outlet, plan_outlets
from .mentions import article_citations, find_outlet_mentions, resolve_outlet_name
from .patterns import outlet_patterns

__all__ = [
    "OUTLET_AFTER",
    "OUTLET_SIEVES",
    "OutletDecision",
    "OutletPlan",
    "article_citations",
    "attribute_outlets",
    "decide_outlet",
    "find_outlet_mentions",
    "outlet_patterns",
    "plan_outlets",
    "resolve_outlet_name",
]
