"""The stages are pure: each reads the document and the earlier stages' results, and no
stage changes what another reads. Checked on every article of the seeds and the dev corpus:
each decision made alone, with a fresh context and only the decisions before it, is the
decision the whole run made."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteprov import Lexicon
from quoteprov.attribution.context import ArticleContext, ArticleFacts
from quoteprov.attribution.outlets import attribute_outlets, decide_outlet, find_outlet_mentions, plan_outlets
from quoteprov.attribution.speakers import attribute_speakers, decide_speaker
from quoteprov.engines import build_document
from quoteprov.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted([*ROOT.joinpath("seeds").glob("*.txt"), *ROOT.joinpath("tests", "data", "dev").glob("*.txt")])


def _registry_state(facts: ArticleFacts) -> object:
    registry = facts.registry
    return (
        [(e.name, sorted(e.spellings.items()), list(e.roles), e.gender) for e in registry.entities],
        [(r.pos, r.entity, r.speaking) for r in registry.refs],
        sorted((k, sorted(v)) for k, v in registry.role_index.items()),
        list(registry.anonymous_speakers),
        dict(registry.mention_entity_at),
    )


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_decision_made_alone_with_a_fresh_context_is_the_same(path: Path) -> None:
    lex = Lexicon.default()
    document = build_document(path.read_text(encoding="utf-8"), lexicon=lex)
    quotes = find_quotes(document, lexicon=lex).quotes
    facts = ArticleFacts(document, quotes, lex)
    before = _registry_state(facts)
    speakers = attribute_speakers(document, quotes, lexicon=lex, facts=facts)
    mentions = find_outlet_mentions(document, quotes, lex)
    outlets = attribute_outlets(facts, quotes, speakers, mentions)
    # No stage changed the facts another stage reads.
    assert _registry_state(facts) == before
    assert len(speakers) == len(outlets) == len(quotes)
    for index in range(len(quotes)):
        earlier = list(speakers[:index])
        fresh = ArticleContext(ArticleFacts(document, quotes, lex), (e for d in earlier for e in d.effects))
        assert decide_speaker(fresh, quotes, index, earlier) == speakers[index]
        plan = plan_outlets(ArticleFacts(document, quotes, lex), speakers, mentions)
        assert decide_outlet(plan, quotes, speakers, index, outlets[:index]) == outlets[index]


def test_the_articles_are_there() -> None:
    assert len(ARTICLES) == 27
