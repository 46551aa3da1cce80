"""Benchmark: quote fidelity on a generated corpus with injected edits, scored per kind.

Run: python benchmarks/bench_fidelity.py [--stories 300] [--seed 1]

Each story is one invented remark (two sentences with a negation, a number and a place),
first given to an invented outlet ("… Mara Keel told the Harbour Times on Monday", dated
the 1st), then printed by one relay article per edit (dated the 2nd, each naming the
outlet), all through the whole pipeline (quote finding, attribution, remark grouping,
the graph's choice of primary wording, :func:`quoteprov.fidelity.compare`):

- faithful: ``exact`` (the same words), ``shortened`` (words cut from an end), ``elided``
  (words cut inside, marked with …), ``bracketed`` (a word replaced by [words]);
- misquotes, all ``altered``: a silent word swap, a dropped negation, a changed number,
  a silent truncation (words dropped inside without a mark);
- ``translation``: another translation of the same words (most words replaced from a
  table of synonyms and paraphrases, numbers kept, sometimes spelled out).

Prints, per kind: how many, precision and recall of the predicted kind (a relay that the
grouping did not join to its remark counts as a miss); precision and recall of the
``meaning`` findings (truth: what the injected edit did — a dropped negation, a changed
or silently dropped number, an elision across a sentence end that keeps no full stop
before the "…"); and how often a
proper elision or a translation is called ``altered``. Issue 15's targets: ``altered``
and meaning findings >= 0.95 precision and >= 0.90 recall; elisions and translations
called altered <= 2%. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quoteprov.corpus import Article  # noqa: E402
from quoteprov.graph import analyze_corpus  # noqa: E402

GIVEN = ["Mara", "Tomas", "Ilse", "Ravi", "Odile", "Kenji", "Petra", "Anouk", "Bram", "Celia", "Dmitri", "Esme",
         "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lars", "Mina"]
FAMILY = ["Keel", "Varga", "Ostrander", "Mbeki", "Lindqvist", "Quarrie", "Tesfaye", "Halloran", "Brisk", "Duvall",
          "Ferrante", "Gosling", "Hartigan", "Ivers", "Jablonski", "Kettering", "Lowell", "Marchetti", "Nyland", "Orsini"]
OUTLETS = ["Harbour Times", "Valley Courier", "Northern Ledger", "Coastal Star", "Evening Dispatch", "Morning Sentinel"]
PLACES = [f"{a} {b}" for a in ("Calder", "Merrow", "Ostrava", "Linden", "Arrow", "Fennel", "Brisa", "Tollan",
                                "Wexley", "Harrow", "Quillon", "Sorrel")
          for b in ("Bay", "Strait", "Ridge", "Valley", "Port", "Island", "Pass", "Plain")]

# Two-sentence remarks: a negation, a number and a place in the first sentence.
FIRST = [
    "We will not {verb} this {thing} while {n} {troops} remain in {place}",
    "Our government does not intend to {verb} the {thing} until {n} {troops} leave {place}",
    "They have not offered to {verb} any {thing} even though {n} {troops} are still near {place}",
    "I do not believe anyone can {verb} such a {thing} when {n} {troops} stand around {place}",
]
SECOND = [
    "The negotiations are finished for now and our position is clear",
    "Everyone in the region knows what the real problem is and who caused it",
    "We are ready to talk again when our partners show real respect for our interests",
    "This is the only honest answer that I can give to you today",
]
VERBS = ["sign", "accept", "approve", "support"]
THINGS = ["treaty", "agreement", "proposal", "plan"]
TROOPS = ["ships", "soldiers", "tanks", "aircraft"]
NUMBERS = [12, 15, 20, 30, 40, 50, 60, 80, 14, 16, 17, 18, 19, 70, 90]
SWAPS = {"sign": "reject", "accept": "discuss", "approve": "review", "support": "oppose", "treaty": "ceasefire",
         "agreement": "compromise", "proposal": "offer", "plan": "scheme", "finished": "paused", "clear": "flexible",
         "region": "world", "ready": "eager", "honest": "simple", "problem": "danger", "partners": "rivals",
         "respect": "interest", "believe": "think", "government": "country", "offered": "asked", "intend": "plan"}
# Paraphrases a translator might choose (phrase → replacement), applied where they fit.
SYNONYMS = [
    ("We will not", "We shall never"), ("Our government does not intend", "Our cabinet has no plans"),
    ("They have not offered", "They made no offer"), ("I do not believe anyone can", "In my view nobody could"),
    ("this", "the present"), ("sign", "put our name to"), ("accept", "agree to"), ("approve", "endorse"),
    ("support", "back"), ("treaty", "pact"), ("agreement", "accord"), ("proposal", "initiative"),
    ("plan", "scheme"), ("while", "as long as"), ("until", "before"), ("even though", "although"),
    ("when", "as long as"), ("remain in", "are stationed in"), ("leave", "withdraw from"),
    ("are still near", "still sit close to"), ("stand around", "are deployed around"), ("ships", "vessels"),
    ("soldiers", "troops"), ("tanks", "armoured vehicles"), ("aircraft", "planes"),
    ("The negotiations are finished for now and our position is clear",
     "Talks have ended for the time being, and where we stand is plain"),
    ("Everyone in the region knows what the real problem is and who caused it",
     "All across the area people understand the true issue and who is to blame"),
    ("We are ready to talk again when our partners show real respect for our interests",
     "Dialogue can resume once our counterparts genuinely respect what matters to us"),
    ("This is the only honest answer that I can give to you today",
     "That is the sole truthful reply I am able to offer at this moment"),
]
#: the share of phrases a translation renders otherwise (the seeds' two English wordings of
#: one Russian answer render most phrases otherwise and keep about half the words)
TRANSLATED = 0.8
SPELLED = {12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 80: "eighty",
           14: "fourteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 70: "seventy", 90: "ninety"}
KINDS = ["exact", "shortened", "elided", "bracketed", "swap", "negation", "number", "truncation", "translation"]
TRUTH = {"exact": "exact", "shortened": "shortened", "elided": "elided", "bracketed": "bracketed",
         "swap": "altered", "negation": "altered", "number": "altered", "truncation": "altered",
         "translation": "translation"}


def remark(rng: random.Random) -> tuple[str, int]:
    n = rng.choice(NUMBERS)
    first = rng.choice(FIRST).format(verb=rng.choice(VERBS), thing=rng.choice(THINGS), n=n,
                                     troops=rng.choice(TROOPS), place=rng.choice(PLACES))
    return f"{first}. {rng.choice(SECOND)}.", n


def edit(text: str, n: int, kind: str, rng: random.Random) -> tuple[str, bool]:
    """The relay's wording, and whether the edit changes the meaning: a dropped negation,
    a changed or dropped number, an elision that joins two sentences."""
    words = text.split()
    if kind == "exact":
        return text, False
    if kind == "shortened":
        cut = rng.randint(2, 4)
        return (" ".join(words[cut:]) if rng.random() < 0.5 else " ".join(words[:-cut])), False
    if kind in ("elided", "truncation"):
        start = rng.randint(3, len(words) - 8)
        cut = rng.randint(2, 4)
        gone = words[start:start + cut]
        mark = ["…"] if kind == "elided" else []
        if kind == "elided":  # across a sentence end, with no end mark kept before the "…"
            joins = any(w.endswith(".") for w in gone) and not words[start - 1].endswith(".")
        else:
            joins = any(w == "not" or w.isdigit() for w in gone)
        return " ".join(words[:start] + mark + words[start + cut:]), joins
    if kind == "bracketed":
        return "[" + rng.choice(["Lorvania", "The cabinet", "Our side"]) + "] " + " ".join(words[1:]), False
    if kind == "swap":
        options = [i for i, w in enumerate(words) if w.strip(".") in SWAPS]
        i = rng.choice(options)
        swapped = words[i].replace(words[i].strip("."), SWAPS[words[i].strip(".")])
        return " ".join(words[:i] + [swapped] + words[i + 1:]), False
    if kind == "negation":
        return text.replace(" not ", " ", 1), True
    if kind == "number":
        return text.replace(f" {n} ", f" {rng.choice([m for m in NUMBERS if m != n])} ", 1), True
    return translate(text, n, rng), False


def translate(text: str, n: int, rng: random.Random) -> str:
    out = text
    for phrase, other in SYNONYMS:
        if phrase in out and rng.random() < TRANSLATED:
            out = out.replace(phrase, other, 1)
    if rng.random() < 0.5:
        out = out.replace(f" {n} ", f" {SPELLED[n]} ", 1)
    return out


def corpus(stories: int, seed: int) -> tuple[list[Article], dict[str, str], set[str]]:
    rng = random.Random(seed)
    articles: list[Article] = []
    truth: dict[str, str] = {}  # relay article id → injected kind
    meaning: set[str] = set()  # relay article ids whose edit changes the meaning
    for s in range(stories):
        name = f"{GIVEN[s % len(GIVEN)]} {FAMILY[(s // len(GIVEN)) % len(FAMILY)]}{'' if s < 400 else s}"
        outlet = OUTLETS[s % len(OUTLETS)]
        text, n = remark(rng)
        articles.append(Article(f"s{s}-primary", f"“{text[:-1]},” {name} told the {outlet} on Monday.\n",
                                published="2025-03-01"))
        for kind in KINDS:
            relay, changes = edit(text, n, kind, rng)
            ident = f"s{s}-{kind}"
            truth[ident] = kind
            if changes:
                meaning.add(ident)
            articles.append(Article(ident, f"“{relay.rstrip('.')},” {name} said in an interview with the {outlet}.\n",
                                    published="2025-03-02"))
    return articles, truth, meaning


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    articles, truth, true_m = corpus(args.stories, args.seed)
    began = time.perf_counter()
    g = analyze_corpus(articles).graph
    seconds = time.perf_counter() - began
    predicted: dict[str, tuple[str | None, bool]] = {}
    for node, data in g.nodes(data=True):
        if data.get("kind") == "quote" and data.get("article") in truth:
            predicted[data["article"]] = (data.get("fidelity"), bool(data.get("fidelity_meaning")))
    print(f"{len(articles)} articles ({args.stories} stories × {len(KINDS)} relays + primaries), "
          f"analysed and compared in {seconds:.1f} s")
    print(f"{'injected':12} {'n':>5} {'→ kind':>12}  predicted kinds")
    for kind in KINDS:
        got = Counter(str(predicted.get(a, (None, False))[0]) for a, k in truth.items() if k == kind)
        print(f"{kind:12} {sum(got.values()):5} {TRUTH[kind]:>12}  {dict(got.most_common())}")
    print(f"\n{'kind':12} {'P':>6} {'R':>6}  (tp / predicted / true)")
    for kind in dict.fromkeys(TRUTH.values()):
        true = {a for a, k in truth.items() if TRUTH[k] == kind}
        pred = {a for a, (p, _m) in predicted.items() if p == kind}
        tp = len(true & pred)
        print(f"{kind:12} {tp / len(pred) if pred else 0:6.3f} {tp / len(true) if true else 0:6.3f}  "
              f"({tp} / {len(pred)} / {len(true)})")
    pred_m = {a for a, (_p, m) in predicted.items() if m}
    tp = len(true_m & pred_m)
    print(f"{'meaning':12} {tp / len(pred_m) if pred_m else 0:6.3f} {tp / len(true_m) if true_m else 0:6.3f}  "
          f"({tp} / {len(pred_m)} / {len(true_m)})")
    for kind in ("elided", "translation"):
        mine = [a for a, k in truth.items() if k == kind]
        wrong = sum(1 for a in mine if predicted.get(a, (None, False))[0] == "altered")
        print(f"{kind} called altered: {wrong}/{len(mine)} = {wrong / len(mine):.3f}")


if __name__ == "__main__":
    main()
