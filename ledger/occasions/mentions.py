"""Event words and links: the first two steps of the occasions stage.

A story (see :mod:`ledger.stories`) mentions several events: the talks it
reports, the summit a month before, the next meeting in September. A claim is
compared with another only when both are about the same event. The linker works
in three steps, each driven by ``data/<lang>/events.yaml``:

1. *Mentions.* Event words ("pembicaraan", "KTT", "dikukuhkan") are found in each
   sentence, with what the words after them say of the event: its place, its
   participants ("bilateral AS-Rusia"), its tense ("akan dimulai"), whether it is
   a further one ("bertemu lagi"), or a different one ("mengikuti panggilan video").
2. *Links.* Each claim is linked to the event word it belongs to: for a date, the
   nearest event word before it in the sentence (not across a speech attribution
   or "bahwa"), else one right after it; failing both, the statement of the nearest
   verb before it ("Ryabkov mengatakan ... pada hari Selasa"). A duration links
   only to an event that can last.
3. *Clusters* (:mod:`ledger.occasions.clusters`). The story's first mention of a
   talks/meeting/call is its main event; every other mention joins the
   compatible event that fits it best, or starts a new one. Two candidates that
   fit equally well are ambiguous, and the claims on such a mention are compared
   with nothing: ambiguity is not a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ledger import lexicon
from ledger.model import Sentence
from ledger.text import Token, find_phrases, has_phrase, name_match, tokens
from ledger.vocabulary import EventLexicon, known_kinds, verb_like

CLAUSE_MARKS = (",", ";", " – ", " - ", ":")
CLAUSE_SPLIT = re.compile("|".join(re.escape(mark) for mark in CLAUSE_MARKS))


@dataclass(frozen=True)
class Mention:
    """An event word in a sentence, with what its neighbourhood says of the event."""

    sentence: Sentence
    start: int  # offsets into the document text
    end: int
    kind: str
    words: str
    place: str | None = None
    participants: frozenset[str] = frozenset()
    tense: str | None = None
    novel: bool = False
    other: bool = False  # introduced as a different event ("mengikuti ...", "Sebelumnya, ...")
    # Who the clause before the event word names ("Blinken dan Lavrov mengakui ...
    # dalam pertemuan tatap muka pertama mereka"): evidence against one occasion only.
    around: frozenset[str] = frozenset()
    ordinal: int | None = None  # "putaran kedua", "pertemuan pertama": which of a series
    level: str | None = None  # who meets: leaders, ministers, officials... (events.yaml)
    # The kind of the occasion its own clause says it was held beside, before or
    # after ("bertemu ... di sela KTT", "bertemu ..., sehari sebelum konferensi
    # dibuka"): it is not the story's occasion of that kind.
    beside: str | None = None
    # The country its place lies in, when the lexicon (Kairo for Mesir) or the
    # text ("di Accra, Ghana") says: two places in two countries hold neither
    # the other.
    country: str | None = None
    anaphoric: bool = False
    predicate: bool = False  # a statement ("Ryabkov mengatakan"), not an event word

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.sentence.document_id, self.start, self.end)


def _relative(sentence: Sentence, toks: list[Token]) -> list[Token]:
    """Tokens shifted to document offsets."""
    return [Token(t.start + sentence.start, t.end + sentence.start, t.text) for t in toks]


def find_mentions(sentence: Sentence, lex: EventLexicon, persons: frozenset[str]) -> list[Mention]:
    """The event words of a sentence, each described by the words around it."""
    found: list[tuple[int, int, str, str]] = []
    for kind, triggers in lex.kinds.items():
        for m in _trigger_pattern(tuple(triggers), lex.trigger_suffixes).finditer(sentence.text):
            found.append((m.start(), m.end(), kind, m.group("trigger")))
    # Longest match wins where two event words overlap ("pertemuan puncak" over "pertemuan").
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, int, str, str]] = []
    for f in found:
        if not chosen or f[0] >= chosen[-1][1]:
            chosen.append(f)
    toks = tokens(sentence.text)
    mentions: list[Mention] = []
    for i, (s, e, kind, words) in enumerate(chosen):
        next_start = chosen[i + 1][0] if i + 1 < len(chosen) else len(sentence.text)
        before = [t.text.lower() for t in toks if t.end <= s][-lex.tense_before :]
        after = _describe_span(sentence.text, e, next_start, lex)
        place, participants = _describe(after, lex, persons)
        place = place or _venue(sentence.text, e, next_start, lex, persons)
        if place is None and not i:  # "Di Vientiane, pada Jumat (9/10), KTT ASEAN ..."
            place = _fronted_place(sentence.text[:s], lex, persons)
        place = _city_of_venue(place, sentence.text[e:next_start], lex)
        span = _subject_span(
            sentence.text,
            s,
            lex,
            lex.clause_window,
            _floor(sentence.text, s, chosen[i - 1][1] if i else 0, lex),
        )
        _, around = _describe(span, lex, persons)
        if words.lower().startswith(lex.verb_prefixes):
            # "Rusia dan Ukraina menandatangani ...", "Biden dan Putin berbicara
            # melalui telepon": a verb's subject names who took part.
            _, subject = _describe(_subject_span(sentence.text, s, lex), lex, persons)
            participants = participants | subject
        mentions.append(
            Mention(
                sentence=sentence,
                start=sentence.start + s,
                end=sentence.start + e,
                kind=kind,
                words=words,
                place=place,
                participants=participants,
                tense=_tense(" ".join(before) + " " + words + " " + after, lex),
                novel=_further(after[:40], lex),
                other=has_phrase(" ".join(before[-2:]), lex.other)
                or _follows_occasion(sentence.text, s, chosen[i - 1] if i else None)
                or has_phrase(" ".join(after.split()[:2]), lex.other_after)
                or _opens_other_occasion(sentence.text, s, lex)
                or _stepped_back(sentence.text, s, lex)
                or _coordinated_with_other(
                    sentence.text, s, chosen[i - 1] if i else None, mentions
                ),
                ordinal=_ordinal(before[-2:], after, lex),
                level=_level(
                    kind, _subject_span(sentence.text, s, lex, lex.level_window), after, lex
                ),
                country=_country_of(place, sentence.text[e:next_start], lex),
                around=around | participants,
                anaphoric=has_phrase(" ".join(after.split()[: lex.anaphora_window]), lex.anaphora),
            )
        )
    return _beside(mentions, sentence, lex)


@cache
def _trigger_pattern(triggers: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Event words as whole words, each bare or carrying one of ``suffixes``
    ("pertemuan", "Pertemuannya"): the match spans the whole word, its group
    ``trigger`` the event word itself."""
    ending = f"(?:{lexicon.alternation(list(suffixes))})?" if suffixes else ""
    return re.compile(
        rf"(?<!\w)(?P<trigger>{lexicon.alternation(list(triggers))}){ending}(?!\w)", re.IGNORECASE
    )


def _beside(mentions: list[Mention], sentence: Sentence, lex: EventLexicon) -> list[Mention]:
    """Each mention followed in its sentence by an event word that a relation marker
    makes another occasion ("di sela KTT", "sebelum konferensi dibuka"), and that
    is not itself an earlier or a further one ("setelah pertemuan sebelumnya"),
    was held beside that occasion: it is not it."""
    out = []
    for i, m in enumerate(mentions):
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        if n is not None and n.other and not n.novel and not m.predicate:
            head = sentence.text[: n.start - sentence.start].split()[-2:]
            after = sentence.text[n.end - sentence.start :].split()[:2]
            if has_phrase(" ".join(head), lex.other) and not has_phrase(
                " ".join(after), lex.other_after
            ):
                m = replace(m, beside=n.kind)
        out.append(m)
    return out


@cache
def _sequence() -> tuple[tuple[str, ...], int]:
    """The verbs that put one occasion after another, and how far before them
    their event-word subject may stand (``sequence_verbs`` of events.yaml)."""
    spec = lexicon.load("events")
    return tuple(spec["sequence_verbs"]), int(spec["sequence_subject_window"])


def _follows_occasion(text: str, start: int, prev: tuple[int, int, str, str] | None) -> bool:
    """ "Pembicaraan itu mengikuti panggilan video 7 Desember": the event word after
    a verb of sequence is an earlier occasion when the verb's subject is an event
    word; "Rusia mengikuti pertemuan secara virtual" (a party attending) is not."""
    verbs, window = _sequence()
    head = text[:start]
    found = [m for m in find_phrases(head, verbs) if not head[m.end() :].strip(" \"'")]
    if not found or prev is None or prev[1] > found[-1].start():
        return False
    between = text[prev[1] : found[-1].start()]
    return not re.search(r"[,;:()]", between) and len(between.split()) <= window


def _further(after: str, lex: EventLexicon) -> bool:
    """ "bertemu lagi", "pertemuan berikutnya": a word of novelty after an event
    word makes it a further occasion of its kind. Right after another verb it says
    that verb again ("penandatanganan kesepakatan untuk membuka kembali jalur
    ekspor", "Perundingan ... dimulai lagi di Wina"): the occasion itself."""
    for m in find_phrases(after, lex.novelty):
        head = after[: m.start()].split()
        if not head or not verb_like(head[-1].strip(",.\"'"), lex):
            return True
    return False


def _opens_other_occasion(text: str, start: int, lex: EventLexicon) -> bool:
    """ "Sebelumnya, kedua menteri bertemu ...": a sentence that opens by stepping
    back in time speaks of another occasion than the story's, up to its first
    clause boundary."""
    head = text[:start]
    opener = find_phrases(head[:30], lex.other_openers)
    if not opener or opener[0].start() > 2:
        return False
    return ";" not in head and not has_phrase(head, lex.turns)


def _stepped_back(text: str, start: int, lex: EventLexicon) -> bool:
    """ "Keduanya sebelumnya bertemu ...": a word that steps back in time among the
    few words right before the event word, no punctuation between, makes it an
    earlier occasion."""
    head = re.split(r"[,;:()\"“”]", text[:start])[-1]
    window = " ".join(head.split()[-lex.other_before_window :])
    return has_phrase(window, lex.other_before)


def _ordinal(before: list[str], after: str, lex: EventLexicon) -> int | None:
    """The place of an event in its series: "putaran kedua perundingan",
    "pertemuan ketiga", "pertemuan pertama mereka". "kedua" followed by a noun it
    counts ("pertemuan kedua negara") is *both*, not *second*. Describing words
    may come first ("KTT luar biasa kedua")."""
    lead = find_phrases(after, lex.ordinal_describers)
    while lead and lead[0].start() == len(after) - len(after.lstrip()):
        after = after[lead[0].end() :]
        lead = find_phrases(after, lex.ordinal_describers)
    words = [w.strip(",.").lower() for w in after.split()[:2]]
    if words and words[0] in lex.ordinals and not set(words[1:2]) & lex.ordinal_not_before:
        return lex.ordinals[words[0]]
    if len(before) >= 2 and before[-2] in lex.series_words and before[-1] in lex.ordinals:
        return lex.ordinals[before[-1]]
    return None


def _coordinated_with_other(
    text: str, start: int, prev: tuple[int, int, str, str] | None, done: list[Mention]
) -> bool:
    """ "setelah pertemuan puncak G7 dan pertemuan para pemimpin NATO": the second
    event word is coordinated with one already marked as another event."""
    if prev is None or not done or not done[-1].other:
        return False
    between = [w.lower() for w in text[prev[1] : start].split()]
    return "dan" in between and len(between) <= 4


def _floor(text: str, start: int, previous_end: int, lex: EventLexicon) -> int:
    """Where the clause of an event word can begin: after the event word before it,
    and after the last coordinator between them ("pertemuan Dewan NATO-Rusia di
    Brussel pada 12 Januari dan pertemuan OSCE": the second clause starts at "dan")."""
    found = find_phrases(text[previous_end:start], lex.coordinators) if previous_end else []
    return previous_end + found[-1].end() if found else previous_end


def _level(kind: str, before: str, after: str, lex: EventLexicon) -> str | None:
    """Who meets at the occasion: the one level the words right before the event
    word (its clause's subject) and right after it (its describers) name, or the
    level of its kind ("KTT": the leaders'). Two levels named: none. The longest
    words win ("perdana menteri" is a leader, not a minister), and the words of
    ``level_neutral`` ("wakil menteri") name no level."""
    near = " ".join(after.split()[: lex.level_window])
    found = {
        lex.levels[m.group().lower()]
        for text in (before, near)
        for m in find_phrases(text, lex.levels)
    } - {""}
    if kind in lex.level_kinds:
        found.add(lex.level_kinds[kind])
    return found.pop() if len(found) == 1 else None


def _subject_span(text: str, start: int, lex: EventLexicon, window: int = 0, floor: int = 0) -> str:
    """The words before a verb that may name its subject: back to the clause start
    (a comma, a semicolon or a dash) or to ``floor`` (the end of the event word
    before it: "pertemuan Dewan NATO-Rusia ... dan pertemuan OSCE" does not give
    the second the first one's names), at most ``window`` (else
    ``describe_window``) words."""
    head = text[:start]
    cut = _clause_start(head, len(head), floor)
    while cut >= floor and _list_comma(head, cut, lex):
        # "Kepala staf angkatan laut Indonesia, Malaysia, dan Singapura bertemu":
        # the commas of a list of names do not end the subject.
        cut = _clause_start(head, cut, floor)
    words = head[cut + 1 :].split()
    return " ".join(words[-(window or lex.describe_window) :])


def _clause_start(head: str, end: int, floor: int) -> int:
    """The last clause mark of ``head`` before ``end`` (or ``floor - 1``)."""
    return max(floor - 1, *(head.rfind(mark, 0, end) for mark in CLAUSE_MARKS))


def _list_comma(text: str, at: int, lex: EventLexicon) -> bool:
    """True when the comma at ``at`` separates the items of a list of names
    ("Indonesia, Malaysia, dan Singapura"): a name before it, and after it names
    of a word or two between commas up to a coordinator and a last name. A place
    and its country ("di Abuja, Nigeria, Minggu (30/7)") is no list."""
    if text[at : at + 1] != "," or not text[:at].split():
        return False
    if not text[:at].split()[-1][:1].isupper():
        return False
    for segment in CLAUSE_SPLIT.split(text[at + 1 :]):
        words = segment.split()
        joint = next((i for i, w in enumerate(words[:3]) if w.lower() in lex.coordinators), None)
        if joint is not None and joint + 1 < len(words):  # "dan Singapura", "Malaysia dan X"
            return all(w[:1].isupper() for w in (*words[:joint], words[joint + 1]))
        if not (0 < len(words) <= 2 and all(w[:1].isupper() for w in words)):
            return False
    return False


@dataclass(frozen=True)
class _Groups:
    """How group words are read (``group_subjects`` and the entries after it in
    events.yaml)."""

    counts: dict[str, int]  # group word -> how many parties it counts (0: any)
    relatives: frozenset[str]
    coordinators: tuple[str, ...]
    heads: frozenset[str]


@cache
def _groups() -> _Groups:
    spec = lexicon.load("events")
    return _Groups(
        {str(k).lower(): int(v) for k, v in spec["group_subjects"].items()},
        frozenset(spec["relative_markers"]),
        tuple(spec["subject_coordinators"]),
        frozenset(spec["group_heads"]),
    )


def group_antecedent(
    m: Mention, before: Sentence, lex: EventLexicon, persons: frozenset[str]
) -> frozenset[str]:
    """The parties a group word opening the clause of event word ``m`` stands for
    ("Keduanya kemudian memimpin konferensi video", "Pada Rabu pagi, mereka
    bertemu ..."): those the sentence ``before`` names as its subject, when that
    subject names as many parties as the word counts (see events.yaml)."""
    groups = _groups()
    span = _subject_span(m.sentence.text, m.start - m.sentence.start, lex, lex.clause_window)
    found = find_phrases(span, tuple(groups.counts))
    if not found or found[0].start() != 0:
        return frozenset()
    subject = _opening_subject(before.text, lex, groups.relatives)
    parties = 1 + len(find_phrases(subject, groups.coordinators))
    count = groups.counts[found[0].group().lower()]
    headed = subject.split()[:1] and subject.split()[0].lower() in groups.heads
    if parties != count and not (count == 0 and (parties > 1 or headed)):
        return frozenset()
    _, names = _describe(subject, lex, persons)
    return names if len(names) >= 2 else frozenset()


def _opening_subject(text: str, lex: EventLexicon, relatives: frozenset[str]) -> str:
    """The words of a sentence before its first verb outside a relative clause,
    after the last clause mark ("Seoul (ANTARA) - Korea Utara dan Amerika Serikat
    akan kembali menggelar ...", "Delegasi ... yang dipimpin Senator Richard
    Hallowell menjalani ..."); empty when it has no such verb."""
    in_relative = False
    for tok in tokens(text):
        if tok.text.lower() in relatives:
            in_relative = True
        elif verb_like(tok.text, lex):
            if not in_relative:
                return _subject_span(text, tok.start, lex, lex.clause_window)
            in_relative = False
    return ""


def _describe_span(text: str, start: int, stop: int, lex: EventLexicon) -> str:
    """The words after an event word that still describe it (up to a blocker or comma)."""
    rest = text[start:stop]
    cut = len(rest)
    for mark in CLAUSE_MARKS:
        idx = rest.find(mark)
        while mark == "," and idx != -1 and _list_comma(rest, idx, lex):
            idx = rest.find(mark, idx + 1)  # "menteri pertahanan Indonesia, Malaysia, dan ..."
        if idx != -1:
            cut = min(cut, idx)
    for m in find_phrases(rest, lex.blockers + lex.contrasts + lex.subordinators):
        cut = min(cut, m.start())
    words = rest[:cut].split()
    return " ".join(words[: lex.describe_window])


def _describe(
    words: str, lex: EventLexicon, persons: frozenset[str]
) -> tuple[str | None, frozenset[str]]:
    """The place and the participants named in ``words``; a name right after a
    word that opens a topic (:func:`_topics`) is what the occasion is about."""
    place = next(iter(_known_places(words, lex)), None) or _open_place(words, lex)
    participants: set[str] = set()
    about = _topics(words, lex)
    for m in find_phrases(words, lex.entity_aliases):
        canonical = lex.entity_aliases[m.group().lower()]
        if canonical != place and not any(a <= m.start() < b for a, b in about):
            participants.add(canonical)
    for tok in tokens(words):
        if any(a <= tok.start < b for a, b in about):
            continue
        for part in tok.text.split("-"):
            if part in persons:
                participants.add(part)
            elif part.lower() in lex.entity_aliases:
                participants.add(lex.entity_aliases[part.lower()])
    # A city named as the place is not also a participant (Moskow the place, not Russia).
    if place is not None:
        participants.discard(lex.entity_aliases.get(place.lower(), ""))
        participants.discard(place)
    return place, frozenset(participants)


def _topics(words: str, lex: EventLexicon) -> list[tuple[int, int]]:
    """The spans of ``words`` that name a topic: the ``topic_reach`` words after
    each word of ``topic_markers`` ("membahas krisis Myanmar")."""
    spans = []
    for m in find_phrases(words, lex.topic_markers):
        after = tokens(words[m.end() :])[: lex.topic_reach]
        if after:
            spans.append((m.end(), m.end() + after[-1].end))
    return spans


def _city_of_venue(place: str | None, after: str, lex: EventLexicon) -> str | None:
    """The city after a venue ("di Filoli Estate, Woodside, California" ->
    "Woodside"), when the place read names a venue (``venue_words``); else the place."""
    if place is None or not find_phrases(place, lex.venue_words):
        return place
    m = re.search(rf"{re.escape(place)}\s*,\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", after)
    if m is None or m.group(1).lower() in lex.entity_aliases:
        return place  # "di Hotel Mulia, Indonesia": a country, not the city
    city = m.group(1)
    return lex.place_aliases.get(city.lower(), city)


def _fronted_place(head: str, lex: EventLexicon, persons: frozenset[str]) -> str | None:
    """The place set before the first event word of a sentence, with a comma: "Di
    Moskow, pada 29 Mei, pertemuan ..." (a place preposition opens the sentence)."""
    first = tokens(head)[:1]
    if not first or first[0].text.lower() not in lex.place_prepositions or "," not in head:
        return None
    if len(head[head.index(",") + 1 :].split()) > lex.fronted_reach:
        return None  # a long clause stands between: the place may be its own
    place, _ = _describe(head[: head.index(",")], lex, persons)
    return place


def _venue(
    text: str, start: int, stop: int, lex: EventLexicon, persons: frozenset[str]
) -> str | None:
    """The place a venue verb of the event word's own clause gives ("... telah
    digelar di Jakarta"), up to the next event word or the end of the clause."""
    rest = text[start:stop]
    cut = len(rest)
    for m in find_phrases(rest, lex.blockers + lex.contrasts + lex.subordinators):
        cut = min(cut, m.start())
    for mark in (";", ":", " – "):
        if (idx := rest.find(mark)) != -1:
            cut = min(cut, idx)
    verbs = find_phrases(rest[:cut], lex.venue_verbs)
    if not verbs:
        return None
    after = " ".join(rest[verbs[0].end() : cut].split()[: lex.describe_window // 2])
    place, _ = _describe(after.split(",")[0], lex, persons)
    return place


@cache
def _countries() -> dict[str, str]:
    """Lower-cased alias -> country, for the known countries of the lexicon."""
    return {a: name for a, (name, kind) in known_kinds().items() if kind == "country"}


@cache
def _place_countries() -> dict[str, str]:
    """Known place -> the country it lies in (``place_countries`` of entities.yaml)."""
    return {str(k): str(v) for k, v in lexicon.load("entities")["place_countries"].items()}


def _country_of(place: str | None, rest: str, lex: EventLexicon) -> str | None:
    """The country ``place`` lies in: the one it names in the lexicon (a capital
    for its state: Kairo, Mesir), else the known country written right after it
    in ``rest``, the words after the event word ("di Accra, Ghana, Kamis")."""
    if place is None:
        return None
    if place in (within := _place_countries()):
        return within[place]
    countries = _countries()
    if place.lower() in countries:
        return countries[place.lower()]
    named = name_match(rest, place, lex.place_aliases)
    after = re.match(r"\s*,\s*(.+)", rest[named.end() :]) if named else None
    if after is None:
        return None
    found = find_phrases(after.group(1), countries)
    return countries[found[0].group().lower()] if found and found[0].start() == 0 else None


def places_in(text: str, lex: EventLexicon) -> list[str]:
    """Every place a sentence names: known ones through their aliases, others after
    a place preposition ("di Pantai Laweung Pidie")."""
    found = set(_known_places(text, lex))
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.text.lower() in lex.place_prepositions and i + 1 < len(toks):
            place = _open_place(" ".join(t.text for t in toks[i : i + 6]), lex)
            if place:
                found.add(place)
    return sorted(found)


def _known_places(words: str, lex: EventLexicon) -> list[str]:
    """The places of the lexicon ``words`` name, in order, less those inside the
    longer name of a participant ("Eropa" of "Uni Eropa", an organisation), and
    less a city-state ("Singapura") unless a place preposition stands right
    before it: in "Indonesia, Malaysia, dan Singapura di Batam" it is a party."""
    bodies = [
        m.span()
        for m in find_phrases(words, lex.entity_aliases)
        if m.group().lower() not in lex.place_aliases
    ]
    return [
        lex.place_aliases[m.group().lower()]
        for m in find_phrases(words, lex.place_aliases)
        if not any(
            lo <= m.start() and m.end() <= hi and hi - lo > m.end() - m.start() for lo, hi in bodies
        )
        and not (_city_state(m.group(), lex) and not _after_preposition(words, m.start(), lex))
    ]


def _city_state(name: str, lex: EventLexicon) -> bool:
    """Whether a place is a state of the same name ("Singapura"), not a capital
    standing for its state ("Moskow")."""
    low = name.lower()
    state = lex.entity_aliases.get(low)
    return state is not None and state.lower() == lex.place_aliases.get(low, "").lower()


def _after_preposition(words: str, start: int, lex: EventLexicon) -> bool:
    """Whether a place preposition ("di", "ke") stands right before ``start``."""
    before = words[:start].split()
    return bool(before) and before[-1].lower() in lex.place_prepositions


def _open_place(words: str, lex: EventLexicon) -> str | None:
    """A place the lexicon does not know, named after a place preposition: "di
    Istanbul", "di Nusa Dua" (up to two capitalised words that are not a month,
    a weekday, an office word or a known country or organisation)."""
    toks = tokens(words)
    for i, tok in enumerate(toks[:-1]):
        if tok.text.lower() not in lex.place_prepositions:
            continue
        j = i + 1
        for size in (2, 1):  # "di ibu kota ...", "di kota ..."
            nouns = " ".join(t.text for t in toks[j : j + size])
            if len(toks[j : j + size]) == size and nouns in lex.place_nouns:
                j += size
                break
        name: list[str] = []
        for nxt in toks[j : j + 2]:
            word = nxt.text
            if not word[:1].isupper() or word.lower() in lex.not_names | lex.not_places:
                break
            if word.lower() in lex.entity_aliases:
                break
            name.append(word)
        if name:
            return " ".join(name)
    return None


def _tense(words: str, lex: EventLexicon) -> str | None:
    if has_phrase(words, lex.overtaken_plans):
        return "past"
    if has_phrase(words, lex.future):
        return "future"
    if has_phrase(words, lex.past):
        return "past"
    return None


def sentence_context(sentence: Sentence, lex: EventLexicon) -> dict[str, object]:
    """What a whole sentence says of when its facts hold: its tense ("akan
    dibebaskan" vs "tercapai ... telah"), and whether it speaks of another
    occasion ("Kesepakatan serupa terakhir ...", "Sebelumnya, ..."). Claims that
    belong to no event word (amounts) are kept apart by it."""
    text = sentence.text
    return {
        "tense": _tense(text, lex),
        "other": has_phrase(text, lex.other_occasion_words)
        or _opens_other_occasion(text, len(text), lex),
    }


def words_around(
    sentence: Sentence, start: int, end: int, lex: EventLexicon
) -> tuple[list[str], list[str]]:
    """The content words within ``context_window`` words of a claim in its sentence
    (what the amount is an amount of: "pemangkasan sukarela ... per hari"), and the
    known countries and organisations among them (whose amount it is)."""
    toks = tokens(sentence.text)
    lo, hi = start - sentence.start, end - sentence.start
    before = [t for t in toks if t.end <= lo][-lex.context_window :]
    after = [t for t in toks if t.start >= hi][: lex.context_window]
    words = sorted(
        {
            t.text.lower()
            for t in [*before, *after]
            if len(t.text) >= 4 and t.text.lower() not in lex.stopwords and not t.text.isdigit()
        }
    )
    span = sentence.text[before[0].start if before else lo : after[-1].end if after else hi]
    names = sorted(
        {lex.entity_aliases[m.group().lower()] for m in find_phrases(span, lex.entity_aliases)}
    )
    return words, names


def tense_between(sentence: Sentence, start: int, end: int, lex: EventLexicon) -> str | None:
    """The tense the words between two document offsets of a sentence express."""
    lo = max(0, start - sentence.start)
    toks = tokens(sentence.text[:lo])[-lex.tense_before :]
    head = sentence.text[toks[0].start : lo] if toks else ""
    return _tense(head + " " + sentence.text[lo : end - sentence.start], lex)


def persons_in(sentences: list[Sentence], lex: EventLexicon) -> frozenset[str]:
    """Surnames of people the text names in full ("Vladimir Putin" gives "Putin")."""
    names: set[str] = set()
    for sent in sentences:
        if sent.kind != "body":
            continue  # headlines capitalise every word
        run: list[str] = []
        for tok in [*tokens(sent.text), Token(0, 0, "")]:
            word = tok.text
            if word[:1].isupper() and word.lower() not in lex.not_names and "-" not in word:
                run.append(word)
                continue
            if len(run) >= 2 and run[-1].lower() not in lex.name_words:
                names.add(run[-1])
            run = []
    return frozenset(names)


def link(
    claim_start: int,
    claim_end: int,
    lasting_only: bool,
    sentence: Sentence,
    mentions: list[Mention],
    lex: EventLexicon,
    persons: frozenset[str],
) -> Mention | None:
    """The event mention a claim at ``claim_start:claim_end`` belongs to, if any."""
    usable = [m for m in mentions if not lasting_only or m.kind in lex.lasting]
    before = [m for m in usable if m.end <= claim_start]
    if before:
        m = before[-1]
        between = sentence.text[m.end - sentence.start : claim_start - sentence.start]
        if (
            not _blocked(between, lex)
            and not _elsewhere(m, between, lex)
            and not _ahead_of(m, sentence, between, lex)
        ):
            return m
    after = [m for m in usable if m.start >= claim_end]
    if after:
        m = after[0]
        between = sentence.text[claim_end - sentence.start : m.start - sentence.start]
        # "kontak pendahuluan pada 4 Oktober dan perundingan ... pada 5 Oktober":
        # a date before a coordinator closes the conjunct it belongs to.
        coordinated = "," in between or has_phrase(between, lex.coordinators)
        if _fronted(claim_start, sentence, between, lex) and not before:
            coordinated = False  # "Pada Rabu, 8 Oktober 2026, KTT ASEAN dibuka"
        if len(between.split()) <= lex.lookahead and not coordinated and not _blocked(between, lex):
            return m
    if lasting_only:
        return None
    return _predicate(claim_start, sentence, lex, persons)


def _fronted(claim_start: int, sentence: Sentence, between: str, lex: EventLexicon) -> bool:
    """Whether a claim stands before its clause, set off by one comma right after
    it, with at most ``fronted_reach`` words opening the sentence before it
    ("Pada Rabu, 8 Oktober 2026, KTT ...", "Di Moskow, pada 29 Mei, pertemuan ...")."""
    head = sentence.text[: claim_start - sentence.start]
    return between.strip() == "," and len(head.split()) <= lex.fronted_reach


def _ahead_of(m: Mention, sentence: Sentence, between: str, lex: EventLexicon) -> bool:
    """True when ``m`` is the occasion a "Jelang ..." phrase names and a comma closes
    that phrase before the claim: the claim dates the clause after it."""
    head = sentence.text[: m.start - sentence.start].split()[-2:]
    return "," in between and has_phrase(" ".join(head), lex.ahead)


def _elsewhere(m: Mention, between: str, lex: EventLexicon) -> bool:
    """True when the words between a placed event word and a claim put something
    in another place ("di ..."): "Perundingan di Addis Ababa merupakan kelanjutan
    dari putaran di Kairo yang dibuka Senin (27/8)" dates the round in Cairo, not
    the talks. "di Vilnius, Lituania" names the same place twice."""
    if m.place is None:
        return False
    for prep in find_phrases(between, tuple(lex.place_prepositions)):
        words = " ".join(between[prep.start() :].split(",")[0].split()[:4])
        known = find_phrases(words, lex.place_aliases)
        place = lex.place_aliases[known[0].group().lower()] if known else _open_place(words, lex)
        place = _city_of_venue(place, between[prep.start() :], lex)  # "di Filoli Estate, Woodside"
        if place and place != m.place:
            return True
    return False


def _blocked(between: str, lex: EventLexicon) -> bool:
    """True when the words between an event word and a claim put the claim in another
    clause: after "bahwa" or a speech attribution, after "namun" or "tetapi" opening
    a clause with its own subject, or inside a "sejak ..." clause that has not
    closed yet. A capitalised subordinator inside the clause is a word of a name
    ("Pasukan Sementara PBB"), not a conjunction."""
    if has_phrase(between, lex.blockers):
        return True
    for m in find_phrases(between, lex.contrasts):
        after = between[m.end() :].split()
        if not after or after[0][:1].isupper():
            return True  # "..., namun Lavrov mengatakan": a new subject
    for m in find_phrases(between, lex.subordinators):
        if m.group()[:1].isupper():
            continue
        rest = between[m.end() :]
        if not any(end in rest for end in lex.clause_ends):
            return True
    return False


def _predicate(
    claim_start: int, sentence: Sentence, lex: EventLexicon, persons: frozenset[str]
) -> Mention | None:
    """The statement a date belongs to when no event word claims it: "Ryabkov mengatakan"."""
    toks = tokens(sentence.text[: claim_start - sentence.start])
    for i in range(len(toks) - 1, -1, -1):
        word = toks[i].text.lower()
        if toks[i].text[:1].isupper() or len(word) < 6:
            continue
        if not word.startswith(lex.verb_prefixes):
            continue
        # The agent stands right before the verb: "Ryabkov mengatakan", "Biden menuduh".
        prev = toks[i - 1].text if i else ""
        if not prev[:1].isupper() or prev.lower() in lex.not_names:
            continue
        pair = f"{toks[i - 2].text} {prev}".lower() if i > 1 else ""
        agent = (
            prev
            if prev in persons
            else lex.entity_aliases.get(pair) or lex.entity_aliases.get(prev.lower(), prev)
        )
        return Mention(
            sentence=sentence,
            start=sentence.start + toks[i].start,
            end=sentence.start + toks[i].end,
            kind=f"statement:{word}",
            words=f"{agent} {toks[i].text}",
            participants=frozenset({agent}),
            predicate=True,
        )
    return None


def is_attribution(sentence: Sentence, claim_start: int, lex: EventLexicon) -> bool:
    """True when a date follows "Mengutip X," or "dilansir X,": the publication, not a claim."""
    head = sentence.text[: claim_start - sentence.start]
    found = find_phrases(head, lex.attribution)
    if not found:
        return False
    tail = head[found[-1].end() :]
    return len(tail.split()) <= 6 and tail.rstrip().endswith(",")
