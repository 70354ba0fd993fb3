"""Claim families: each kind of checkable claim is one registered unit.

A family (a durations, a titles, …) keeps in one package its reading of the
text, its extractor, the slot key that says which claims are about the same
thing, and its rules (``rules.py``, registered with :func:`ledger.rules.rule`).
It registers itself by name with :func:`family`, the way spaCy registers
factories. The build driver (:func:`extract_all`) loops over the registry in the
order of each family's ``requires``; nothing else names a family.

The families that ship with the ledger are its default families
(:data:`DEFAULT_FAMILIES`), the way Datasette ships its own features as default
plugins; another package adds one through the ``ledger.families`` entry point
group, or a test by calling :func:`family` itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from ledger.model import Claim, Document, Person, Sentence, Story
from ledger.occasions import StoryOccasions

Slot = tuple[str, str]

DEFAULT_FAMILIES = (
    "ledger.families.durations",
    "ledger.families.dates",
    "ledger.families.places",
    "ledger.families.names",
    "ledger.families.titles",
    "ledger.families.actions",
    "ledger.families.quantities",
    "ledger.families.quotes",
)


@dataclass
class Corpus:
    """Everything the stages before the families made, handed to each extractor."""

    documents: list[Document]
    sentences: dict[str, list[Sentence]]
    stories: list[Story]
    occasions: dict[str, StoryOccasions]  # story id -> its occasions
    people: list[Person]
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # family -> its claims

    @property
    def story_of(self) -> dict[str, str]:
        """Document id -> story id."""
        return {doc_id: s.id for s in self.stories for doc_id in s.document_ids}


Extractor = Callable[[Corpus], list[Claim]]
SlotKey = Callable[[Claim], "Slot | None"]


@dataclass(frozen=True)
class Family:
    """A registered claim family."""

    name: str
    properties: tuple[str, ...]  # the claim properties it makes
    extract: Extractor
    slot: SlotKey  # (what, property) that claims must share to be compared
    requires: tuple[str, ...] = ()  # families whose claims its extractor reads
    # What ties two of its claims to one fact (:mod:`ledger.evidence`): "occasion"
    # (the evidence of the event word of each clause), "sentence" (the words of
    # each sentence: amounts), or "slot" (the slot key itself: one person, one
    # agreement).
    binding: str = "slot"
    # A slot that claims of different subjects share, where two subjects may not
    # both fill it (one post, one holder): paired once for each two subjects.
    shared: SlotKey | None = None


BINDINGS = ("occasion", "sentence", "slot")

REGISTRY: dict[str, Family] = {}


def family(
    name: str,
    *,
    properties: tuple[str, ...],
    slot: SlotKey,
    requires: tuple[str, ...] = (),
    binding: str = "slot",
    shared: SlotKey | None = None,
) -> Callable[[Extractor], Extractor]:
    """Register the decorated extractor as the family ``name``.

    ``slot(claim)`` returns the key that two claims must share to be compared,
    or None for a claim that is compared with nothing. ``shared(claim)``, if
    given, returns a second key that claims of different subjects (entities)
    share when each says its subject fills it (one post with one holder): they
    are compared across subjects there.
    """

    def register(func: Extractor) -> Extractor:
        if binding not in BINDINGS:
            raise ValueError(f"family {name!r}: binding {binding!r} is not one of {BINDINGS}")
        if name in REGISTRY:
            raise ValueError(f"claim family {name!r} is registered twice")
        taken = {p: f.name for f in REGISTRY.values() for p in f.properties}
        clash = [p for p in properties if p in taken]
        if clash:
            raise ValueError(
                f"family {name!r}: property {clash[0]!r} belongs to {taken[clash[0]]!r}"
            )
        REGISTRY[name] = Family(
            name, tuple(properties), func, slot, tuple(requires), binding, shared
        )
        return func

    return register


def unregister(name: str) -> None:
    """Remove a family (tests that register a toy family clean up with this)."""
    REGISTRY.pop(name, None)


_loaded = False


def load_all() -> dict[str, Family]:
    """Import the default families and those of installed packages; each registers itself."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in DEFAULT_FAMILIES:
            importlib.import_module(module)
        for ep in entry_points(group="ledger.families"):
            ep.load()
    return REGISTRY


def in_order() -> list[Family]:
    """The registered families, each after the families it requires."""
    families = load_all()
    done: list[Family] = []
    visiting: set[str] = set()

    def visit(f: Family) -> None:
        if f in done:
            return
        if f.name in visiting:
            raise ValueError(f"claim families require each other: {f.name!r}")
        visiting.add(f.name)
        for req in f.requires:
            if req not in families:
                raise ValueError(f"family {f.name!r} requires {req!r}, which is not registered")
            visit(families[req])
        done.append(f)

    for f in list(families.values()):
        visit(f)
    return done


def family_of(prop: str) -> Family | None:
    """The family that makes claims of ``prop``."""
    return next((f for f in load_all().values() if prop in f.properties), None)


def binding_of(prop: str) -> str:
    """What ties two claims of ``prop`` to one fact (see :class:`Family`)."""
    fam = family_of(prop)
    return fam.binding if fam is not None else "slot"


def slot_of(c: Claim) -> Slot | None:
    """The slot a claim fills, as its family keys it."""
    fam = family_of(c.property)
    return fam.slot(c) if fam is not None else None


def shared_slot_of(c: Claim) -> Slot | None:
    """The slot a claim shares with claims of other subjects, if its family keys one."""
    fam = family_of(c.property)
    return fam.shared(c) if fam is not None and fam.shared is not None else None


def extract_all(
    corpus: Corpus, progress: Callable[[int, int], object] | None = None
) -> list[Claim]:
    """Run every family's extractor over the corpus, in order; all their claims.
    ``progress(done, total)`` is called after each family."""
    out: list[Claim] = []
    ordered = in_order()
    for i, f in enumerate(ordered):
        corpus.claims[f.name] = f.extract(corpus)
        out.extend(corpus.claims[f.name])
        if progress is not None:
            progress(i + 1, len(ordered))
    return out


def by_story(c: Claim, what: object) -> Slot:
    """A slot within one story: ``(story:what, property)``."""
    return (f"{c.qualifiers.get('story')}:{what}", c.property)


def by_event(c: Claim) -> Slot | None:
    """The slot of a claim about an occasion: ``(event, property)``."""
    return (c.event_id, c.property) if c.event_id else None
