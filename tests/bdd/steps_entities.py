"""Steps about people and what is claimed of them or of other entities: names and
aliases, actions, quantities and quotations."""

from __future__ import annotations

from pytest_bdd import then

from tests.bdd.support import Ledger, sentence

# Then: people and their names ----------------------------------------------


@then(sentence('"{alias:phrase}" is an alias of "{name:phrase}"'))
def alias_of(ledger: Ledger, alias: str, name: str) -> None:
    """The alias belongs to this one entity and no other."""
    assert ledger.entities_of(alias) == {name}


@then(sentence('"{a:phrase}", "{b:phrase}" and "{c:phrase}" are aliases of one entity'))
def aliases_of_one(ledger: Ledger, a: str, b: str, c: str) -> None:
    """Each spelling belongs to one entity, the same for all three."""
    owners = [ledger.entities_of(alias) for alias in (a, b, c)]
    assert all(len(o) == 1 for o in owners), owners
    assert owners[0] == owners[1] == owners[2]


@then(sentence('"{a:phrase}" and "{b:phrase}" are different people'))
def different_people(ledger: Ledger, a: str, b: str) -> None:
    """The two family names belong to two entities; the shared given name to both."""
    family_a, family_b = ledger.entities_of(a.split()[-1]), ledger.entities_of(b.split()[-1])
    assert len(family_a) == len(family_b) == 1 and family_a != family_b
    assert ledger.entities_of(a.split()[0]) == family_a | family_b


@then(sentence('"{a:phrase}" and "{b:phrase}" are different people by their given names'))
def different_people_by_given(ledger: Ledger, a: str, b: str) -> None:
    """The two given names belong to different entities, and both full names are people."""
    owners = [ledger.entities_of(name.split()[0]) for name in (a, b)]
    assert owners[0] and owners[1] and owners[0] != owners[1], owners
    assert {a, b} <= ledger.people()


@then(sentence('"{a:phrase}" and "{b:phrase}" are two entities'))
def two_entities(ledger: Ledger, a: str, b: str) -> None:
    """Both full names are people of the ledger, and not one person."""
    names = ledger.people()
    assert {a, b} <= names, names


@then(sentence('the lone "{word:phrase}" is nobody\'s name claim'))
def lone_word_unresolved(ledger: Ledger, word: str) -> None:
    """Only the two full names carry the word; the sentence-initial lone one is left alone."""
    rows = ledger.rows(
        "select c.start, s.text from claims c join sentences s on s.id = c.sentence_id "
        "where c.property = 'name' and c.value_text = ?",
        [word],
    )
    assert len(rows) == 2, rows


@then(sentence('the ledger has the person "{person:phrase}" with a name claim in "{name:phrase}"'))
def person_with_name_claim(ledger: Ledger, person: str, name: str) -> None:
    """Every part of the person's name is a name claim of that person in the article."""
    rows = ledger.rows(
        "select c.value_text from claims c join entities e on e.id = c.entity_id "
        "join documents d on d.id = c.document_id "
        "where e.kind = 'person' and e.name = ? and d.name = ? and c.property = 'name'",
        [person, ledger.document(name)],
    )
    assert {r["value_text"] for r in rows} >= set(person.split())


# Then: actions -------------------------------------------------------------


@then(sentence('the claim "{value:phrase}" in "{name:phrase}" is the action "{subject:phrase}"'))
def action_of(ledger: Ledger, value: str, name: str, subject: str) -> None:
    """The verb is read as one action claim whose subject carries agent and object."""
    rows = [r for r in ledger.claims_in(name, value) if r["property"] == "action"]
    assert [r["subject"] for r in rows] == [subject], rows


# Then: quantities ----------------------------------------------------------


@then(
    sentence(
        'the {kind:w} "{entity:phrase}" has the quantity claim "{value:phrase}" '
        'in "{name:phrase}" read as {amount:d} {unit:w}'
    )
)
def entity_quantity(
    ledger: Ledger, kind: str, entity: str, value: str, name: str, amount: int, unit: str
) -> None:
    """The amount is claimed of the entity, and the entity is a known one of data/."""
    row = ledger.one_claim_about(value, name, "quantity", entity)
    assert (row["value_lo"], row["value_hi"], row["unit"]) == (amount, amount, unit)
    kinds = {r["kind"] for r in ledger.rows("select kind from entities where name = ?", [entity])}
    assert kinds == {kind}


# Then: quotations ----------------------------------------------------------


@then(sentence('the quotation "{value:phrase}" in "{name:phrase}" is by "{person:phrase}"'))
def quotation_by(ledger: Ledger, value: str, name: str, person: str) -> None:
    """The quoted words are one quote claim, attributed to the person."""
    ledger.one_claim_about(value, name, "quote", person)


@then(sentence('the quotation "{value:phrase}" in "{name:phrase}" has no speaker'))
def quotation_without_speaker(ledger: Ledger, value: str, name: str) -> None:
    """The quoted words are no quote claim: the attribution names nobody the ledger knows."""
    rows = ledger.rows(
        "select c.* from claims c join documents d on d.id = c.document_id "
        "where d.name = ? and c.property = 'quote'",
        [ledger.document(name)],
    )
    assert not [r for r in rows if value in r["value_text"]], rows


@then(
    sentence(
        'a quote finding of "{person:phrase}" between "{da:phrase}" and "{db:phrase}" '
        'is a "{verdict:phrase}" that mentions "{text:phrase}"'
    )
)
def quote_finding_of(
    ledger: Ledger, person: str, da: str, db: str, verdict: str, text: str
) -> None:
    """One quote finding of the person pairs the two documents, with this verdict and words."""
    rows = [
        r
        for r in ledger.rows(
            "select * from finding_report where property = 'quote' and subject = ?", [person]
        )
        if {r["document_a"][: len(da)], r["document_b"][: len(db)]} == {da, db}
    ]
    assert len(rows) == 1, rows
    assert rows[0]["verdict"] == verdict and text in rows[0]["explanation"], rows[0]


@then(
    sentence(
        "the quotations of Ned Price and Sergey Lavrov make {variants:d} variants and "
        "{consistent:d} consistent pair"
    )
)
def quotation_findings(ledger: Ledger, variants: int, consistent: int) -> None:
    """The quote findings, counted by verdict, are exactly these."""
    rows = ledger.rows("select verdict, subject from finding_report where property = 'quote'")
    assert sorted(r["verdict"] for r in rows) == sorted(
        ["variant"] * variants + ["consistent"] * consistent
    ), rows
