"""Actions: what one subject did to one object."""

from __future__ import annotations

from typing import Any

from ledger.families.actions.reading import UNNAMED_AGENT, relation, verb_data
from ledger.model import Claim
from ledger.rules import Verdict, rule


def _said(c: Claim) -> str:
    """'tidak memperpanjang' (negative, deed) as the text reads, with how it was read."""
    q = c.qualifiers
    words = " ".join(w for w in (q.get("negation"), q.get("modality")) if w)
    how = f"{q.get('polarity', 'affirmative')} {q.get('mode', 'deed')}"
    return f"'{c.value_text}'" + (f" ({words}: {how})" if words else "")


def _other_parts(a: Claim, b: Claim) -> bool:
    """True when the claims are about the parts of two parties in an object many
    have a part in (an occasion: Sudan attended, Egypt withdrew)."""
    kinds = {a.qualifiers.get("object_kind"), b.qualifiers.get("object_kind")}
    own = bool(kinds & verb_data().own_part)
    return own and a.qualifiers.get("subject") != b.qualifiers.get("subject")


def _other_names(a: Claim, b: Claim) -> bool:
    """True when two objects read as phrases end with names that share no word
    and neither holds the other ("mandat misi PBB" vs "mandat misi Uni Afrika")."""
    na, nb = (set(c.qualifiers.get("object_name") or ()) for c in (a, b))
    return bool(na and nb and not (na <= nb or nb <= na))


def _differ(a: Claim, b: Claim, *keys: str) -> bool:
    """True when both claims give one of the qualifiers ``keys`` and they differ."""
    qa, qb = a.qualifiers, b.qualifiers
    return any(qa.get(k) and qb.get(k) and qa[k] != qb[k] for k in keys)


def _recurring(a: Claim, b: Claim) -> bool:
    """Whether two acts of a kind that recurs ("menaikkan" a rate) may be two
    occasions: articles of two days, or one sentence stepping back to an earlier
    occasion ("Sebelumnya, ...")."""
    recurring = verb_data().recurring
    if not {str(a.value_lo), str(b.value_lo)} & recurring:
        return False
    earlier = a.qualifiers.get("earlier") or b.qualifiers.get("earlier")
    return bool(earlier) or _differ(a, b, "published") or not a.qualifiers.get("published")


@rule("action-verb", property="action", feature="actions.feature")
def action_verb(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of what was done to the same object in one story, by the
    same subject or by one the text leaves unnamed ("Rusia → START Baru",
    "(agent not named) → START Baru"), are compared by their verbs, through
    the relations in data/id/verbs.yaml: verbs of contrasting meaning (memperpanjang,
    extend, vs memperluas, expand) are a contradiction; the same verb or verbs of the
    same meaning are consistent; a pair the data knows nothing about is not a
    finding. A negated deed ("tidak memperpanjang") against the affirmed one is a
    contradiction when both are of the same day of publication (what was not done
    on Monday may be done by Friday). A plan ("akan", "berencana") is never
    compared with a deed; two plans are compared like two deeds. A decision
    ("sepakat", "memutuskan") is what was done and what is to be done: it is
    compared with a deed, a plan or another decision. A demand made of another
    ("meminta IAEA memperpanjang") is compared only with a demand of the same
    maker. On an object many parties
    have a part in (an occasion), only one party's actions are compared (both
    named the same, or neither named). Two objects read as phrases whose names
    differ are two objects. Claims of other
    stories or of different years are not about the same time: no finding."""
    if _differ(a, b, "story", "year", "object") or _other_parts(a, b) or _other_names(a, b):
        return None
    if _recurring(a, b):
        return None  # a rate moved in January and held in March: two decisions
    qa, qb = a.qualifiers, b.qualifiers
    named = {str(q.get("subject")) for q in (qa, qb)} - {UNNAMED_AGENT}
    # One agreement has one fate: two parties named for it (AS, Rusia; or a name
    # misread) lower the confidence, they do not make two facts.
    confidence = 1.0 if len(named) <= 1 else float(params["other_subject_confidence"])
    reasons = (
        ()
        if len(named) <= 1
        else ("the sources name different parties: " + ", ".join(sorted(named)),)
    )
    modes = {str(qa.get("mode", "deed")), str(qb.get("mode", "deed"))}
    if modes == {"plan", "deed"}:
        return None  # a plan and a deed can both be true
    if "demand" in modes and (len(modes) > 1 or qa.get("demander") != qb.get("demander")):
        return None  # what one asks is not what was done, nor what another asks
    mode = "/".join(sorted(modes))
    rel = relation(str(a.value_lo), str(b.value_lo))
    negated = (qa.get("polarity") == "negative", qb.get("polarity") == "negative")
    sev = params["severity"]
    thing = qa.get("object_words") or qa.get("object")
    who = f"{' / '.join(sorted(named)) or UNNAMED_AGENT} … {thing}"
    if rel == "same" and negated[0] != negated[1]:
        if _differ(a, b, "published"):
            return None
        return Verdict(
            "contradiction",
            sev["contradiction"],
            f"{who}: {_said(a)} and {_said(b)}: one affirms the {mode} and the other denies "
            "it; both cannot be true at the same time.",
            confidence,
            reasons,
        )
    if any(negated):
        return None  # what was not done says little about the other verb
    if rel == "contrasting":
        return Verdict(
            "contradiction",
            sev["contradiction"],
            f"{who}: '{a.value_text}' ({a.value_lo}) and '{b.value_text}' ({b.value_lo}) are "
            "verbs of contrasting meaning in data/id/verbs.yaml: both cannot be what happened.",
            confidence,
            reasons,
        )
    if rel == "same" and a.value_text.lower() != b.value_text.lower():
        return Verdict(
            "consistent",
            sev["consistent"],
            f"{who}: '{a.value_text}' and '{b.value_text}' mean the same.",
        )
    return None
