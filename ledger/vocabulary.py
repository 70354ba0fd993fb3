"""The words the clause readers share: event words, tense and occasion markers,
known entities and places, and the words that are never part of a name.

Read once per language from ``data/<lang>/events.yaml``, ``entities.yaml``,
``stopwords.yaml`` and ``titles.yaml``. The occasion finder
(:mod:`ledger.occasions`), the people pass (:mod:`ledger.entities`) and the claim
families read these tables; none of them reads another's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ledger import lexicon
from ledger.calendar import month_names, weekday_names

ENTITY_SECTIONS = {
    "countries": "country",
    "organisations": "organisation",
    "treaties": "treaty",
    "projects": "project",
}


@dataclass(frozen=True)
class EventLexicon:
    kinds: dict[str, list[str]]
    trigger_suffixes: tuple[str, ...]  # "Pertemuannya": an enclitic an event word may carry
    lasting: frozenset[str]
    groups: tuple[frozenset[str], ...]
    main_kinds: frozenset[str]
    future: tuple[str, ...]
    past: tuple[str, ...]
    novelty: tuple[str, ...]
    other: tuple[str, ...]
    other_openers: tuple[str, ...]
    other_occasion_words: tuple[str, ...]
    turns: tuple[str, ...]
    other_after: tuple[str, ...]
    other_before: tuple[str, ...]  # "Keduanya sebelumnya bertemu": an earlier occasion
    other_before_window: int
    ordinals: dict[str, int]
    ordinal_not_before: frozenset[str]
    series_words: frozenset[str]
    ordinal_describers: tuple[str, ...]
    blockers: tuple[str, ...]
    overtaken_plans: tuple[str, ...]
    venue_verbs: tuple[str, ...]
    contrasts: tuple[str, ...]
    subordinators: tuple[str, ...]
    clause_ends: tuple[str, ...]
    anaphora: tuple[str, ...]
    attribution: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    tense_before: int
    describe_window: int
    lookahead: int
    fronted_reach: int  # words that may open a sentence before a fronted date
    topic_markers: tuple[str, ...]  # "mengenai", "membahas": what follows is the topic
    topic_reach: int
    venue_words: tuple[str, ...]  # "Hotel", "Estate": a venue, whose city may follow
    entity_aliases: dict[str, str]  # lower-cased alias -> canonical participant
    place_aliases: dict[str, str]  # lower-cased alias -> canonical place
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]  # "di kota Tromsø": words between the preposition and the name
    not_places: frozenset[str]  # "Di Sela KTT" (a headline's capitals): no place
    levels: dict[str, str]  # who meets: a lower-cased word -> its level ('' for no level)
    level_kinds: dict[str, str]  # a kind whose occasions are of one level (summit: leaders)
    level_window: int
    ahead: tuple[str, ...]  # "Jelang KTT ...,": the occasion named ahead of the clause
    stopwords: frozenset[str]
    context_window: int
    anaphora_window: int
    clause_window: int
    coordinators: tuple[str, ...]
    not_names: frozenset[str]
    name_words: frozenset[str]  # lower-cased words of known entity and place names


@cache
def load_lexicon(lang: str = lexicon.DEFAULT_LANGUAGE) -> EventLexicon:
    ev = lexicon.load("events", lang)
    ent = lexicon.load("entities", lang)
    entity_aliases = {
        alias.lower(): canonical
        for section in ("countries", "organisations")
        for canonical, aliases in ent.get(section, {}).items()
        for alias in aliases
    }
    place_aliases = {
        alias.lower(): canonical
        for canonical, aliases in ent.get("places", {}).items()
        for alias in aliases
    }
    kinds = {k: list(v["triggers"]) for k, v in ev["kinds"].items()}
    name_words = frozenset(
        w.lower() for alias in [*entity_aliases, *place_aliases] for w in alias.split()
    )
    return EventLexicon(
        kinds=kinds,
        trigger_suffixes=tuple(ev["trigger_suffixes"]),
        lasting=frozenset(k for k, v in ev["kinds"].items() if v.get("lasting")),
        groups=tuple(frozenset(g) for g in ev["compatible"]),
        main_kinds=frozenset(ev["main_kinds"]),
        future=tuple(ev["future"]),
        past=tuple(ev["past"]),
        novelty=tuple(ev["novelty"]),
        other=tuple(ev["other_event_markers"]),
        other_openers=tuple(ev["other_occasion_openers"]),
        other_occasion_words=tuple(ev["other_occasion_words"]),
        turns=tuple(ev["other_occasion_turns"]),
        other_after=tuple(ev["other_occasion_after"]),
        other_before=tuple(ev["other_before_event"]),
        other_before_window=int(ev["other_before_window"]),
        ordinals={str(k).lower(): int(v) for k, v in ev["ordinals"]["words"].items()},
        ordinal_not_before=frozenset(ev["ordinals"]["not_before"]),
        series_words=frozenset(ev["ordinals"]["series_words"]),
        ordinal_describers=tuple(ev["ordinals"]["describers"]),
        blockers=tuple(ev["blockers"]),
        overtaken_plans=tuple(ev["overtaken_plans"]),
        venue_verbs=tuple(ev["venue_verbs"]),
        contrasts=tuple(ev["contrasts"]),
        subordinators=tuple(ev["subordinators"]),
        clause_ends=tuple(ev["subordinate_clause_ends"]),
        anaphora=tuple(ev["anaphora"]),
        attribution=tuple(ev["attribution_markers"]),
        verb_prefixes=tuple(sorted(ev["verb_prefixes"], key=len, reverse=True)),
        tense_before=int(ev["tense_window_before"]),
        describe_window=int(ev["describe_window"]),
        lookahead=int(ev["lookahead_words"]),
        fronted_reach=int(ev["fronted_reach"]),
        topic_markers=tuple(ev["topic_markers"]),
        topic_reach=int(ev["topic_reach"]),
        venue_words=tuple(ev["venue_words"]),
        entity_aliases=entity_aliases,
        place_aliases=place_aliases,
        place_prepositions=frozenset(ev["place_prepositions"]),
        place_nouns=frozenset(ev["place_nouns"]),
        not_places=frozenset(w.lower() for w in ev["not_places"]),
        levels=_levels(ev),
        level_kinds=dict(ev["level_kinds"]),
        level_window=int(ev["level_window"]),
        ahead=tuple(ev["ahead_markers"]),
        stopwords=frozenset(w.lower() for w in lexicon.load("stopwords", lang)["stopwords"]),
        context_window=int(ev["context_window"]),
        anaphora_window=int(ev["anaphora_window"]),
        clause_window=int(ev["clause_window"]),
        coordinators=tuple(ev["coordinators"]),
        name_words=name_words,
        not_names=frozenset(w.lower() for w in lexicon.load("titles", lang)["title_words"])
        | frozenset(w.lower() for w in ev["geographic_words"])
        | frozenset(month_names(lang))
        | frozenset(weekday_names(lang)),
    )


def verb_like(word: str, lex: EventLexicon) -> bool:
    """A lower-case word with a verb prefix ("membuka", "dimulai"), not a title
    or place word ("menteri")."""
    low = word.lower()
    return (
        word[:1].islower()
        and len(low) >= 6
        and low.startswith(lex.verb_prefixes)
        and low not in lex.not_names
    )


@cache
def known_entities(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, str]:
    """Lower-cased alias -> canonical name, for every known entity of entities.yaml."""
    return {alias: name for alias, (name, _) in known_kinds(lang).items()}


@cache
def known_kinds(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, tuple[str, str]]:
    """Lower-cased alias -> (canonical name, kind) for the known entities of entities.yaml."""
    data = lexicon.load("entities", lang)
    return {
        a.lower(): (name, kind)
        for section, kind in ENTITY_SECTIONS.items()
        for name, aliases in data.get(section, {}).items()
        for a in aliases
    }


def _levels(ev: dict[str, Any]) -> dict[str, str]:
    """Each word of ``levels`` mapped to its level, and each word of
    ``level_neutral`` to none ('')."""
    words = {str(w).lower(): level for level, ws in ev["levels"].items() for w in ws}
    words.update({str(w).lower(): "" for w in ev["level_neutral"]})
    return words
