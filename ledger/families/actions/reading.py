"""Actions: what a subject did to an object ("Rusia ... telah memperluas perjanjian START Baru").

An action is compared with another only when both are about the same subject and
the same object, so a claim carries both in its ``subject`` ("Rusia → START
Baru"): the slot keyed on it never mixes two treaties. What is not recognised
gives no claim, because a claim with a guessed subject or object could only
produce false contradictions:

- the **object** must follow the verb within a few words of links and
  descriptions ("menarik diri dari traktat INF") and be of a kind the verb takes
  (``verbs.yaml``): a known treaty or project, a head word with a name the list
  does not know ("traktat INF" is "INF"), or an anaphor ("perjanjian itu")
  when the document named exactly one object of that kind before it; for a
  verb that takes any object (``phrase``), failing those, the noun phrase right
  after it ("memperpanjang masa tenggang penerapan EUDR"), keyed by its first
  words so that two outlets' wordings meet;
- a **noun made of a verb** ("perpanjangan", "perluasan") is an action only as the
  object of a verb that announces or agrees to it ("mengumumkan perluasan jeda
  kemanusiaan", "menyepakati perpanjangan mandat"); a verb joined to another
  before it ("memperpanjang dan memperluas") is none;
- the **subject** must stand right before the verb, with only words such as
  "yang telah", negation or modality between ("Rusia, yang telah
  memperpanjang"); "kedua negara" is the pair the document names, only when it
  names one pair;
- a **passive** verb ("perjanjian itu diperpanjang oleh Rusia") takes its object
  before it and its agent after it, or the object that opens the sentence when
  the words between close that object's phrase or join another predicate of it
  ("Penandatanganan pakta yang dirundingkan sejak 1999 itu ditunda");
- an **occasion** ("pertemuan", "penandatanganan") is named by its head word and
  the name or place right after it ("KTT ASEAN", "pertemuan di Jeddah").

Negation ("tidak", "menolak") and modality ("akan", "berencana") are qualifiers
(``polarity``, ``mode``); a condition or a question is no claim, and a demand
made of the party right after it ("Resolusi tersebut meminta IAEA
memperpanjang ...") is a claim of the mode "demand" with its maker
(``demander``), compared only with that maker's demands. The words are in
``data/id/verbs.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import combinations, takewhile

from ledger import lexicon
from ledger.claims import make_claim
from ledger.ingest import find_dateline
from ledger.model import Claim, Document, Person, Sentence
from ledger.text import find_phrases, phrase_pattern
from ledger.vocabulary import known_kinds, load_lexicon

SUBJECT_KINDS = frozenset({"country", "organisation", "person", "pair"})
UNNAMED_AGENT = "(agent not named)"
PHRASE = "phrase"  # the kind of an object read as any noun phrase
LOWER_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)*")
CAPITALS_DATELINE = re.compile(r"[A-Z][A-Z .,'()-]{2,40}?\s[-\u2013\u2014]\s")
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class VerbData:
    lemma_of: dict[str, str]  # lower-cased surface form -> lemma
    passive: frozenset[str]  # lower-cased passive surface forms
    nominal: frozenset[str]  # lower-cased nouns made of a verb ("perpanjangan")
    governors: dict[str, str]  # verb before such a noun -> "deed" or "decision"
    objects: dict[str, frozenset[str]]  # lemma -> kinds of object it takes
    same: frozenset[frozenset[str]]
    contrasting: frozenset[frozenset[str]]
    window: int
    heads: dict[str, str]  # lower-cased head word -> kind of object
    anaphora: tuple[str, ...]
    links: tuple[str, ...]
    gap: tuple[str, ...]
    negation: tuple[str, ...]
    modality: tuple[str, ...]
    decision: frozenset[str]  # modality words that say what was decided ("sepakat")
    decision_nouns: tuple[str, ...]  # "keputusan Rusia menangguhkan": a clause of its own
    irrealis: tuple[str, ...]
    demands: tuple[str, ...]  # a demand made of the party right after it: mode "demand"
    recurring: frozenset[str]  # acts done again and again ("menaikkan" a rate)
    earlier: tuple[str, ...]  # words that step back to an earlier occasion ("sebelumnya")
    demander_skip: frozenset[str]  # words before a demand word that name nobody
    pairs: tuple[str, ...]
    joiners: tuple[str, ...]
    agent_markers: tuple[str, ...]
    span_words: tuple[str, ...]  # a year after these bounds a span ("sejak 2010")
    unnamed_gap_words: int  # words before a verb with no subject read for negation and modality
    descriptor_words: int  # at most this many lower-case words describe an unnamed object
    self_naming: frozenset[str]  # heads that name their object alone ("gencatan senjata")
    by_institution: frozenset[str]  # kinds named by an institution ("mandat ... PBB")
    by_head: frozenset[str]  # kinds named by their head word ("pertemuan", "KTT ASEAN")
    place_words: tuple[str, ...]  # words before a place naming an occasion ("di")
    own_part: frozenset[str]  # kinds many parties have a part in: compared for one party
    relative: tuple[str, ...]  # words opening a relative clause ("yang")
    coordinators: tuple[str, ...]  # words joining two predicates of one subject ("dan")
    verb_coordinators: tuple[str, ...]  # words joining two verbs of one object ("dan")
    object_fillers: tuple[str, ...]  # words an object's key leaves out ("kerja sama")
    name_joiners: tuple[str, ...]  # words inside a name or description ("dan")
    partner_words: tuple[str, ...]  # words before an agreement's partner ("dengan")
    descriptor_stop: frozenset[str]
    phrase_stop: frozenset[str]  # words that end an object read as a phrase
    phrase_frames: tuple[str, ...]  # words before what a phrase is about ("masa berlaku")
    phrase_key_words: int  # a phrase's key: its first lower-case words
    number_words: frozenset[str]  # "Gencatan Senjata Lima Hari": a duration, not a name


def _closure(
    same: list[list[str]], contrasting: list[list[str]]
) -> tuple[frozenset[frozenset[str]], frozenset[frozenset[str]]]:
    """Relations through the same-meaning groups: if A means B and A contrasts C, B contrasts C."""
    group = {v: frozenset(g) for g in same for v in g}
    same_pairs = {frozenset(p) for g in same for p in combinations(g, 2)}
    contra = {
        frozenset((x, y))
        for a, b in contrasting
        for x in group.get(a, frozenset({a}))
        for y in group.get(b, frozenset({b}))
    }
    return frozenset(same_pairs), frozenset(contra)


@cache
def verb_data(lang: str = lexicon.DEFAULT_LANGUAGE) -> VerbData:
    data = lexicon.load("verbs", lang)
    verbs = data["verbs"]
    same, contrasting = _closure(data["same_meaning"], data["contrasting"])
    return VerbData(
        lemma_of={
            f.lower(): lemma
            for lemma, spec in verbs.items()
            for f in [*spec["active"], *spec.get("passive", []), *spec.get("nominal", [])]
        },
        passive=frozenset(f.lower() for spec in verbs.values() for f in spec.get("passive", [])),
        nominal=frozenset(f.lower() for spec in verbs.values() for f in spec.get("nominal", [])),
        governors={
            w.lower(): mode for mode, ws in data.get("nominal_governors", {}).items() for w in ws
        },
        objects={lemma: frozenset(spec["objects"]) for lemma, spec in verbs.items()},
        same=same,
        contrasting=contrasting,
        window=int(data["object_window"]),
        heads={h.lower(): kind for kind, hs in data["object_heads"].items() for h in hs},
        anaphora=tuple(data["anaphora"]),
        links=tuple(data["object_links"]),
        gap=tuple(data["subject_gap"]),
        unnamed_gap_words=int(data.get("unnamed_gap_words", 3)),
        descriptor_words=int(data["descriptor_words"]),
        self_naming=frozenset(h.lower() for h in data["self_naming_heads"]),
        by_institution=frozenset(data["named_by_institution"]),
        by_head=frozenset(data["named_by_head"]),
        place_words=tuple(data["place_words"]),
        own_part=frozenset(data["own_part_kinds"]),
        relative=tuple(data["relative_words"]),
        coordinators=tuple(data["predicate_coordinators"]),
        verb_coordinators=tuple(data.get("verb_coordinators", [])),
        object_fillers=tuple(w.lower() for w in data["object_fillers"]),
        name_joiners=tuple(data["name_joiners"]),
        partner_words=tuple(data["partner_words"]),
        descriptor_stop=frozenset(data["descriptor_stop"])
        | frozenset(lexicon.load("stopwords", lang)["stopwords"]),
        phrase_stop=frozenset(data.get("phrase_stop", [])),
        phrase_frames=tuple(w.lower() for w in data.get("phrase_frames", [])),
        phrase_key_words=int(data.get("phrase_key_words", 2)),
        number_words=frozenset(str(w).lower() for w in lexicon.load("numbers", lang)["digits"]),
        negation=tuple(data["negation"]),
        modality=tuple(data["modality"]) + tuple(data["decision"]),
        decision=frozenset(
            w.lower()
            for w in [
                *data["decision"],
                *data["decision_nouns"],
                *data.get("nominal_governors", {}).get("decision", []),
            ]
        ),
        decision_nouns=tuple(data["decision_nouns"]),
        irrealis=tuple(data["irrealis"]),
        demands=tuple(data.get("demands", [])),
        recurring=frozenset(data["recurring"]),
        earlier=tuple(data["earlier_words"]),
        demander_skip=frozenset(w.lower() for w in data.get("demander_skip", [])),
        pairs=tuple(data["pair_subjects"]),
        joiners=tuple(data["pair_joiners"]),
        agent_markers=tuple(data["agent_markers"]),
        span_words=tuple(data["year_span_words"]),
    )


def relation(a: str, b: str) -> str | None:
    """ "same", "contrasting" or None (the data knows nothing of the pair)."""
    v = verb_data()
    if a == b or frozenset((a, b)) in v.same:
        return "same"
    if frozenset((a, b)) in v.contrasting:
        return "contrasting"
    return None


def mode_of(modality: str | None) -> str:
    """ "deed" (no modality), "decision" ("sepakat": what was decided is what was
    done), "demand" ("meminta": asked of another) or "plan" ("akan", "berencana")."""
    if modality is None:
        return "deed"
    if modality in verb_data().demands:
        return "demand"
    return "decision" if modality in verb_data().decision else "plan"


def _only(text: str, allowed: tuple[str, ...]) -> bool:
    """True when ``text`` holds no word outside the ``allowed`` phrases."""
    rest = phrase_pattern(tuple(sorted(set(allowed)))).sub(" ", text) if allowed else text
    return re.search(r"\w", rest) is None


def _name_run(text: str, joiners: tuple[str, ...]) -> re.Match[str] | None:
    """Capitalised words (and numbers after them) opening ``text``, a joiner allowed
    between them: "INF", "Open Skies", "Sains dan Teknologi"."""
    join = lexicon.alternation(list(joiners))
    return re.match(rf"\s*((?:[A-Z][\w-]*)(?:\s+(?:(?:{join})\s+)?(?:[A-Z][\w-]*|\d+))*)", text)


class ObjectFinder:
    """Objects of actions in one document: known ones, head + name, head + anaphor."""

    def __init__(self, doc: Document, people: frozenset[str]) -> None:
        self.v = verb_data()
        self.kinds = known_kinds()
        objects = [a for a, (_, k) in self.kinds.items() if k in ("treaty", "project")]
        # A capitalised word after a head word that names a country, a day or a
        # number is not a treaty's name: "perjanjian Rusia", "kesepakatan Senin",
        # "Gencatan Senjata Lima Hari" (a headline's capitals); nor is a
        # person's name or family name ("kesepakatan Putin"). A person's name is
        # matched whole: a name misread as a person's ("Kerja Sama Islam") must not
        # take its words out of every agreement ("Kerja Sama Sains dan Teknologi").
        self.not_names = (
            load_lexicon().not_names
            | self.v.number_words
            | frozenset(w for a in self.kinds if a not in objects for w in a.split())
        )
        self.people = phrase_pattern(tuple(sorted(people))) if people else None
        self.named: list[tuple[int, str, str]] = []  # (offset, name, kind) in reading order
        self.kind_of: dict[str, str] = {}  # the kind of every object read so far
        covered = 0  # where the last object named ends: a head inside it is part of it
        for m in find_phrases(doc.text, list(self.v.heads)):
            if m.start() < covered:
                continue  # "lampiran implementasi perjanjian normalisasi": one object
            kind = self.v.heads[m.group().lower()]
            named = (
                self._by_head(m.group(), doc.text[m.end() :])
                if kind in self.v.by_head
                else self._named_after(doc.text[m.end() :], kind)
            )
            if named is not None:
                self.named.append((m.start(), named[0], kind))
                covered = m.end() + named[1]
            elif m.group().lower() in self.v.self_naming:
                self.named.append((m.start(), m.group().lower(), kind))
        for m in find_phrases(doc.text, objects):
            name, kind = self.kinds[m.group().lower()]
            self.named.append((m.start(), name, kind))

    def _by_head(self, head: str, text: str) -> tuple[str, int]:
        """An object named by its head word and the name or place right after it
        ("KTT ASEAN", "pertemuan di Jeddah"), whatever describes it ("pertemuan
        tingkat menteri itu" is "pertemuan"); and where that name ends."""
        head = head.lower()
        run = _name_run(text, self.v.name_joiners)
        if run is not None:
            return f"{head} {run.group(1)}", run.end()
        at = lexicon.alternation(list(self.v.place_words))
        place = re.match(rf"\s*(?:{at})\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", text)
        if place is not None:
            return f"{head} {place.group().strip()}", place.end()
        return head, 0

    def _named_after(self, text: str, kind: str) -> tuple[str, int] | None:
        """The object a head word names by the capitalised words after it, and their end."""
        run = _name_run(text, self.v.name_joiners)
        if run is None:
            return self._described_after(text, kind)
        return self._name(run, kind)

    def _name(self, run: re.Match[str], kind: str, people: bool = True) -> tuple[str, int] | None:
        """The object the capitalised words of ``run`` name, and their end; unless
        ``people`` is False, not when they open with a person's name."""
        words = run.group(1)
        known = self.kinds.get(words.lower())
        if known is not None:
            return (known[0], run.end()) if known[1] == kind else None
        joiners = self.v.name_joiners
        if kind in self.v.by_institution:
            return words, run.end()
        # "perjanjian Rusia", "kesepakatan Senin": a name opening with a country, a
        # person or a day is the partner or the date, not the agreement's name;
        # further on, such words are part of it ("Perjanjian Kerja Sama Energi
        # dan Iklim Jerman-Kanada").
        first = next((w for w in words.split() if w not in joiners), "")
        if first.lower() in self.not_names or (people and self.people and self.people.match(words)):
            return None
        return words, run.end()

    def _described_after(self, text: str, kind: str) -> tuple[str, int] | None:
        """A head word's object by the lower-case words that describe it ("nota
        kesepahaman kerja sama maritim"), up to ``descriptor_words`` of them before a
        stopword: two outlets naming the same agreement use the same words."""
        found = re.match(r"\s*((?:[a-z][a-z-]*)(?:\s+[a-z][a-z-]*)*)", text)
        if found is None:
            return None
        words: list[str] = []
        joiners = self.v.name_joiners
        for w in found.group(1).split():
            if w in joiners and words:  # "sains dan teknologi": one description
                words.append(w)
                continue
            counted = len([x for x in words if x not in joiners])
            if w in self.v.descriptor_stop or counted == self.v.descriptor_words:
                break
            words.append(w)
        while words and words[-1] in joiners:
            words.pop()
        described = " ".join(words)
        end = text.find(described) + len(described)
        # "perjanjian pengurangan senjata nuklir New START": the name after the
        # description is the object.
        named = phrase_pattern(tuple(sorted(self.kinds))).match(text[end:].lstrip())
        if named is not None:
            name, _ = self.kinds[named.group().lower()]
            return name, end + len(text[end:]) - len(text[end:].lstrip()) + named.end()
        # "kontrak operasional Pelabuhan Chabahar": a description and the name it
        # is of are the object together (a place's name, even one misread as a
        # person's, is what the description is of).
        run = _name_run(text[end:], self.v.name_joiners) if words else None
        of = self._name(run, kind, people=False) if run is not None else None
        if of is not None:
            return f"{described} {of[0]}", end + of[1]
        if len(words) < 2:
            return None  # one word ("perjanjian baru") does not single an agreement out
        # "perjanjian perdagangan bebas dengan Singapura" is not the one with the EU.
        with_ = lexicon.alternation(list(self.v.partner_words))
        partner = re.match(rf"\s+(?:{with_})\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", text[end:])
        if partner is not None:
            return f"{described} + {partner.group(1)}", end + partner.end()
        return described, end

    def _antecedent(self, offset: int, kind: str) -> str | None:
        """The one object of ``kind`` the document named before ``offset``, if exactly one."""
        names = {name for at, name, k in self.named if at < offset and k == kind}
        return names.pop() if len(names) == 1 else None

    def at(self, text: str, base: int, kinds: frozenset[str]) -> tuple[str, int] | None:
        """The object opening ``text`` (document offset ``base``) and where it ends in ``text``.

        Links and descriptions may come first ("dari", "nuklir"); the object is a
        known entity of one of ``kinds``, a head word with a name, or a head word
        with an anaphor; failing those, for a verb that takes any object, the noun
        phrase right after it ("memperpanjang masa tenggang penerapan EUDR").
        """
        found = self._recognised(text, base, kinds)
        if found is None and PHRASE in kinds:
            found = self._phrase(text)
        return found

    def _phrase(self, text: str) -> tuple[str, int] | None:
        """The noun phrase opening ``text`` and its end: its lower-case words up to a
        stop, then a name right after them ("pemilihan Sekretaris Jenderal"). None
        when ``text`` opens with what names objects otherwise (a head word, a known
        object, an anaphor): those are read as such or not at all."""
        rest = text.lstrip()
        named = (*self.kinds, *self.v.heads, *self.v.anaphora)
        if phrase_pattern(tuple(sorted(named))).match(rest):
            return None
        lower = LOWER_WORDS.match(rest)
        if lower is None:
            return None
        stop = self.v.descriptor_stop | self.v.phrase_stop | self.v.number_words
        words: list[str] = []
        end = 0
        for w in re.finditer(r"\S+", lower.group()):
            if w.group() in stop or len(words) == self.v.descriptor_words:
                break
            words.append(w.group())
            end = w.end()
        if not words:
            return None
        run = _name_run(rest[end:], self.v.name_joiners)
        if run is not None:
            words.append(run.group(1))
            end += run.end()
        obj = " ".join(words)
        self.kind_of[obj] = PHRASE
        return obj, len(text) - len(rest) + end

    def _recognised(self, text: str, base: int, kinds: frozenset[str]) -> tuple[str, int] | None:
        """The object of a kind the data names opening ``text`` (see :meth:`at`)."""
        heads = phrase_pattern(tuple(sorted(self.v.heads)))
        links = phrase_pattern(tuple(sorted(self.v.links)))
        known = phrase_pattern(tuple(sorted(self.kinds)))
        anaphor = phrase_pattern(self.v.anaphora)
        pos = 0
        for _ in range(self.v.window):
            pos += len(text[pos:]) - len(text[pos:].lstrip())
            rest = text[pos:]
            entity = known.match(rest)
            if entity is not None:
                name, kind = self.kinds[entity.group().lower()]
                return (name, pos + entity.end()) if kind in kinds else None
            head = heads.match(rest)
            if head is None:
                link = links.match(rest)
                if link is None:
                    return None
                pos += link.end()
                continue
            kind = self.v.heads[head.group().lower()]
            if kind not in kinds:
                return None
            after = rest[head.end() :]
            if kind in self.v.by_head:  # "pertemuan itu", "pertemuan secara daring"
                name, end = self._by_head(head.group(), after)
                self.kind_of[name] = kind
                return name, pos + head.end() + end
            ana = anaphor.match(after.lstrip())
            if ana is not None:
                antecedent = self._antecedent(base + pos, kind)
                if antecedent is None and head.group().lower() in self.v.self_naming:
                    antecedent = head.group().lower()  # "gencatan senjata itu": the ceasefire
                end = pos + head.end() + len(after) - len(after.lstrip()) + ana.end()
                return (antecedent, end) if antecedent else None
            named = self._named_after(after, kind)
            if named is not None:
                return named[0], pos + head.end() + named[1]
            if head.group().lower() in self.v.self_naming:  # "gencatan senjata": the one
                return head.group().lower(), pos + head.end()
            pos += head.end()
        return None

    def before(self, text: str, base: int, kinds: frozenset[str]) -> tuple[str, int, int] | None:
        """The object of a passive verb: the last one named in ``text``; its start and end.

        A description in apposition to a name ("New START, traktat pembatasan
        senjata nuklir strategis yang diperluas") is that name's object."""
        found = None
        previous: tuple[str, int] | None = None  # the last known entity and where it ends
        for m in find_phrases(text, [*self.kinds, *self.v.heads]):
            obj = self.at(text[m.start() :], base + m.start(), kinds)
            if obj is None:
                continue
            if previous and m.group().lower() in self.v.heads:
                between = text[previous[1] : m.start()]
                if between.strip() == ",":
                    obj = (previous[0], obj[1])
            found = (obj[0], m.start(), m.start() + obj[1])
            if m.group().lower() in self.kinds:
                previous = (obj[0], m.start() + obj[1])
        return found


def _dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends ("Sydney (ANTARA) - ", "RIO DE JANEIRO - "):
    an outlet's, or a place in capitals before a dash; 0 without one."""
    line = find_dateline(text)
    if line is not None:
        return line.end
    caps = CAPITALS_DATELINE.match(text)
    return caps.end() if caps is not None else 0


def _clause_start(text: str, upto: int) -> int:
    """Where the clause holding offset ``upto`` of ``text`` starts: after , ; or :,
    or at a decision noun ("mendesak Moskow membatalkan keputusan Rusia
    menangguhkan ..."): what it says was decided is reported, not demanded."""
    nouns = find_phrases(text[:upto], verb_data().decision_nouns)
    return max([text.rfind(c, 0, upto) + 1 for c in ",;:"] + [m.start() for m in nouns[-1:]])


@dataclass(frozen=True)
class Reading:
    """How a verb was read: who, to what, with which negation and modality."""

    agent: str
    obj: str
    negation: str | None
    mode: str | None
    voice: str
    demander: str | None = None  # who asked for it, for a demand ("resolusi")


class ActionReader:
    """Reads the actions of one document, sentence by sentence."""

    def __init__(self, doc: Document, people: list[Person]) -> None:
        self.doc = doc
        self.v = verb_data()
        self.subjects: dict[str, str] = {
            a: n for a, (n, k) in known_kinds().items() if k in SUBJECT_KINDS
        }
        names: set[str] = set()
        for person in people:
            names.add(person.name.lower())
            for m in person.mentions:
                self.subjects[m.family.text.lower()] = person.name
                names.add(m.family.text.lower())
        self.objects = ObjectFinder(doc, frozenset(names))
        self.countries = {a: n for a, (n, k) in known_kinds().items() if k == "country"}
        self.loose = (*self.v.gap, *self.v.negation, *self.v.modality)

    def read(self, sent: Sentence, verb: re.Match[str]) -> Reading | None:
        lemma = self.v.lemma_of[verb.group().lower()]
        kinds = self.v.objects[lemma]
        head, tail = sent.text[: verb.start()], sent.text[verb.end() :]
        if self._joined(head):
            return None  # "memperpanjang dan memperluas program itu": both were done
        if verb.group().lower() in self.v.passive:
            return self._passive(sent, head, tail, kinds)
        governed = None
        if verb.group().lower() in self.v.nominal:
            governor = self._governor(head)
            if governor is None:
                return None  # "meminta perpanjangan mandat": asked for, not done
            head, governed = head[: governor.start()], governor.group(1).lower()
        obj = self.objects.at(tail, sent.start + verb.end(), kinds)
        if obj is None:
            return None
        found = find_phrases(head, [*self.subjects, *self.v.pairs])
        if not found or not _only(head[found[-1].end() :], self.loose):
            # No subject right before the verb ("... pada Februari lalu memperluas
            # perjanjian New START"): the deed is still a claim on its object, whose
            # agent the text does not name here.
            start = _clause_start(head, len(head))
            gap = self._unnamed_gap(head[start:])
            return self._qualified(UNNAMED_AGENT, obj[0], head[start:], gap, "active", governed)
        subject = found[-1]
        agent = self._agent(sent, head, subject) or UNNAMED_AGENT
        clause = head[_clause_start(head, subject.start()) : subject.start()]
        demand = self._demand(clause, head[subject.end() :])
        if demand is not None:
            return Reading(agent, obj[0], None, demand[0], "active", demand[1])
        return self._qualified(agent, obj[0], clause, head[subject.end() :], "active", governed)

    def _demand(self, clause: str, gap: str) -> tuple[str, str | None] | None:
        """The demand word right before the subject ("Resolusi tersebut meminta
        IAEA memperpanjang") and who made it ("resolusi"), when nothing else in the
        clause or between subject and verb makes it no statement; else None."""
        if not self.v.demands:
            return None
        asked = re.search(rf"(?<!\w)({phrase_pattern(self.v.demands).pattern})\s*$", clause, re.I)
        if asked is None:
            return None
        before = clause[: asked.start()]
        if find_phrases(before, self.v.irrealis) or find_phrases(gap, self.v.irrealis):
            return None
        if find_phrases(gap, self.v.negation) or find_phrases(gap, self.v.modality):
            return None
        words = [w.lower() for w in re.findall(r"[\w-]+", before)]
        maker = next((w for w in reversed(words) if w not in self.v.demander_skip), None)
        return asked.group(1).lower(), maker

    def _joined(self, head: str) -> bool:
        """True when another verb of the data stands right before, joined to this one
        ("memperpanjang dan memperluas")."""
        if not self.v.verb_coordinators:
            return False
        forms = phrase_pattern(tuple(sorted(self.v.lemma_of))).pattern
        joins = phrase_pattern(self.v.verb_coordinators).pattern
        return re.search(rf"(?<!\w)(?:{forms})\s+(?:{joins})\s*$", head, re.I) is not None

    def _governor(self, head: str) -> re.Match[str] | None:
        """The verb right before a noun made of a verb that makes it a deed or a
        decision ("mengumumkan perluasan", "menyepakati perpanjangan"); None without."""
        if not self.v.governors:
            return None
        words = phrase_pattern(tuple(sorted(self.v.governors))).pattern
        return re.search(rf"(?<!\w)({words})\s*$", head, re.I)

    def _unnamed_gap(self, clause: str) -> str:
        """The words before a verb with no subject that are read for negation and
        modality: the last few, or a longer negation right before the verb ("tidak
        ada pihak yang menandatangani")."""
        gap = " ".join(clause.split()[-self.v.unnamed_gap_words :])
        denied = re.search(rf"(?:{phrase_pattern(self.v.negation).pattern})\s*$", clause, re.I)
        return clause[denied.start() :] if denied and len(denied.group()) > len(gap) else gap

    def _agent(self, sent: Sentence, head: str, subject: re.Match[str]) -> str | None:
        """Who the subject words name: an entity, a person, or the pair ("AS dan Rusia",
        "kedua negara" when the document names one pair)."""
        words = subject.group().lower()
        if words not in self.subjects:
            return _pair(self.doc.text[: sent.start + subject.start()], self.countries)
        name = self.subjects[words]
        alt, join = (
            lexicon.alternation(list(self.countries)),
            lexicon.alternation(list(self.v.joiners)),
        )
        joined = re.search(rf"(?<!\w)({alt})\s*(?:{join})\s*$", head[: subject.start()], re.I)
        if joined and name in self.countries.values():
            other = self.countries[joined.group(1).lower()]
            return " + ".join(sorted({name, other})) if other != name else name
        return name

    def _passive(
        self, sent: Sentence, head: str, tail: str, kinds: frozenset[str]
    ) -> Reading | None:
        obj = self.objects.before(head, sent.start, kinds)
        if obj is None or not _only(head[obj[2] :], self.loose):
            obj = self._opening_subject(sent, head, kinds)
            if obj is None:
                return None
        agent = UNNAMED_AGENT
        marker = phrase_pattern(self.v.agent_markers).match(tail.lstrip())
        rest = tail.lstrip()[marker.end() :].lstrip() if marker else tail.lstrip()
        by = phrase_pattern(tuple(sorted(self.subjects))).match(rest)
        if by is not None:
            agent = self.subjects[by.group().lower()]
        clause = head[_clause_start(head, obj[1]) : obj[1]]
        return self._qualified(agent, obj[0], clause, head[obj[2] :], "passive")

    def _opening_subject(
        self, sent: Sentence, head: str, kinds: frozenset[str]
    ) -> tuple[str, int, int] | None:
        """The object that opens the sentence (after its dateline), as the subject of
        a passive verb further on, when what stands between is its own phrase or
        another predicate of it; the object, its start and where the words read for
        negation and modality start."""
        start = _dateline_end(head)
        opening = phrase_pattern(tuple(sorted([*self.objects.kinds, *self.v.heads])))
        if opening.match(head[start:]) is None:
            return None
        obj = self.objects.at(head[start:], sent.start + start, kinds)
        if obj is None:
            return None
        rest = head[start + obj[1] :]
        tail = self._predicate_tail(rest)
        return None if tail is None else (obj[0], start, len(head) - len(rest) + tail)

    def _predicate_tail(self, rest: str) -> int | None:
        """Where the words right before a passive verb start, when ``rest`` (the words
        between the sentence's subject and the verb) ends the subject's phrase or
        coordinates another predicate of it: a demonstrative closing it ("penandatanganan
        pakta yang dirundingkan sejak 1999 itu ditunda"), a relative clause in commas
        (", yang sedianya dilakukan di Rio, dibatalkan"), or a coordinator with no new
        subject ("berlaku 120 hari dan dapat diperpanjang"). None otherwise."""
        loose = tuple(w for w in self.loose if w not in self.v.relative)
        tail = rf"(?:\s*(?<!\w)(?:{phrase_pattern(loose).pattern}))*\s*$"
        closers = (
            rf"^[^,]*\s(?:{phrase_pattern(self.v.anaphora).pattern})()",
            rf"^[^,]*,\s*(?:{phrase_pattern(self.v.relative).pattern}).*,()",
            rf"^[^,]*(?:,[^,]*)?\s(?:{phrase_pattern(self.v.coordinators).pattern})()",
        )
        for closer in closers:
            found = re.match(closer + tail, rest, re.I | re.S)
            if found is not None and (closer is not closers[2] or not self._relative(rest)):
                return found.start(1)
        return None

    def _relative(self, text: str) -> bool:
        """True when ``text`` opens a relative clause ("yang"): a coordinator in it may
        join that clause's predicates, not the sentence's."""
        return bool(find_phrases(text, self.v.relative))

    def _qualified(
        self, agent: str, obj: str, clause: str, gap: str, voice: str, governed: str | None = None
    ) -> Reading | None:
        """The reading with the negation and modality of the gap; None for an irrealis
        clause. ``governed`` is the verb a noun made of a verb is the object of
        ("menyepakati perpanjangan"): a decision when the data says so."""
        if find_phrases(clause, self.v.irrealis) or find_phrases(gap, self.v.irrealis):
            return None
        neg = find_phrases(gap, self.v.negation)
        mod = find_phrases(gap, self.v.modality) or find_phrases(clause, self.v.decision_nouns)
        decided = governed if governed and self.v.governors.get(governed) == "decision" else None
        return Reading(
            agent=agent,
            obj=obj,
            negation=neg[-1].group().lower() if neg else None,
            mode=mod[-1].group().lower() if mod else decided,
            voice=voice,
        )


def _pair(text: str, countries: dict[str, str]) -> str | None:
    """The two countries "kedua negara" stands for in a document that reads ``text``
    so far: the two it named, when it named exactly two; else nobody."""
    named = {countries[m.group().lower()] for m in find_phrases(text, countries)}
    return " + ".join(sorted(named)) if len(named) == 2 else None


def _years(text: str) -> list[str]:
    """The years ``text`` dates something by: not those that bound a span ("berjalan
    sejak 2010", "diperpanjang hingga 2026"), which say nothing of when it was done."""
    span = phrase_pattern(verb_data().span_words)
    return sorted(
        {
            m.group()
            for m in YEAR.finditer(text)
            if not re.search(rf"(?:{span.pattern})\s+(?:\w+\s+)?$", text[: m.start()], re.I)
        }
    )


def object_key(obj: str, kind: str | None = None) -> str:
    """The object as slots compare it: lower case, without the names of the parties
    and the filler words of data ("Perjanjian Sains dan Teknologi AS-China" and
    "perjanjian kerja sama sains dan teknologi" are one agreement); a partner named
    after the description stays ("perdagangan bebas + Singapura"). An object named
    by its head keeps its whole name: "KTT ASEAN" is not "KTT G7". An object read
    as a phrase is keyed by its first lower-case words (:func:`phrase_key`)."""
    if kind in verb_data().by_head:
        return obj.lower()
    if kind == PHRASE:
        return phrase_key(obj)
    named, _, partner = obj.partition(" + ")  # "perdagangan bebas + Singapura": kept
    if partner:
        return f"{object_key(named)} + {partner.lower()}"
    parties = known_kinds()
    text = f" {obj.lower()} "
    for filler in verb_data().object_fillers:
        text = text.replace(f" {filler} ", " ")
    words = [
        w
        for w in text.split()
        if not all(
            part in parties and parties[part][1] in ("country", "organisation")
            for part in w.split("-")
        )
    ]
    return " ".join(words) or obj.lower()


def _lower_words(obj: str) -> list[str]:
    """The lower-case words opening a phrase object, before its name."""
    return list(takewhile(lambda w: w[:1].islower(), obj.split()))


def phrase_key(obj: str) -> str:
    """A phrase object as slots compare it: its first ``phrase_key_words`` lower-case
    words, without a frame before them ("masa berlaku pembatasan" is "pembatasan";
    "jeda kemanusiaan itu" and "jeda kemanusiaan di Gaza" meet)."""
    v = verb_data()
    text = " ".join(_lower_words(obj))
    frame = next((f for f in v.phrase_frames if text.startswith(f + " ")), None)
    if frame is not None:
        text = text[len(frame) + 1 :]
    return " ".join(text.split()[: v.phrase_key_words])


def phrase_name(obj: str) -> list[str]:
    """The words of the name a phrase object ends with, without the parties'
    names ("misi PBB di Haiti": none; "masa tenggang Regulasi Bebas Deforestasi":
    regulasi, bebas, deforestasi)."""
    parties = known_kinds()
    name = obj.split()[len(_lower_words(obj)) :]
    return sorted(
        {
            w.lower()
            for w in name
            if w[:1].isupper()
            and not (w.lower() in parties and parties[w.lower()][1] in ("country", "organisation"))
        }
    )


def action_claims(
    docs: list[Document],
    sentences: dict[str, list[Sentence]],
    people: list[Person],
    story_of: dict[str, str] | None = None,
) -> list[Claim]:
    """An ``action`` claim for every known verb with a recognised subject and object."""
    v = verb_data()
    claims = []
    for doc in docs:
        reader = ActionReader(doc, people)
        for sent in sentences[doc.id]:
            years = _years(sent.text)
            for verb in find_phrases(sent.text, v.lemma_of):
                r = reader.read(sent, verb)
                if r is None:
                    continue
                lemma = v.lemma_of[verb.group().lower()]
                start, end = sent.start + verb.start(), sent.start + verb.end()
                said = " ".join(w for w in (r.negation, r.mode) if w)
                claims.append(
                    make_claim(
                        sent,
                        "action",
                        start,
                        end,
                        subject=f"{r.agent} → {r.obj}",
                        value_text=verb.group(),
                        value_lo=lemma,
                        value_hi=r.obj,
                        unit="verb",
                        normalised=" ".join(w for w in (r.agent, said, lemma, r.obj) if w),
                        qualifiers={
                            "subject": r.agent,
                            "verb": lemma,
                            "object": object_key(r.obj, reader.objects.kind_of.get(r.obj)),
                            "object_words": r.obj,
                            "object_kind": reader.objects.kind_of.get(r.obj),
                            "object_name": phrase_name(r.obj)
                            if reader.objects.kind_of.get(r.obj) == PHRASE
                            else None,
                            "polarity": "negative" if r.negation else "affirmative",
                            "negation": r.negation,
                            "mode": mode_of(r.mode),
                            "modality": r.mode,
                            "voice": r.voice,
                            "demander": r.demander,
                            "year": years[0] if len(years) == 1 else None,
                            "earlier": bool(find_phrases(sent.text[: verb.start()], v.earlier)),
                            "published": doc.published.isoformat() if doc.published else None,
                            "story": story_of.get(doc.id) if story_of else None,
                        },
                    )
                )
    return claims
