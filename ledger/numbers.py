"""Numbers written in digits or in Indonesian words, read into floats.

Durations and dates state their amounts both ways ("50 menit", "dua jam",
"1 jam 45 menit", "satu setengah jam"), and a claim can only be checked once
both read as the same number. The words live in ``data/id/numbers.yaml``; this
module only knows the grammar: digits, scales that multiply the digit before
them, large scales that close a group, fractions that add to a whole.

Digits follow Indonesian conventions first: a comma is the decimal mark
("1,5" = 1.5) and a dot groups thousands ("11.000" = 11000); a lone dot that
cannot be a thousands separator is an English decimal point ("3.5" = 3.5).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon

DIGITS = r"\d+(?:[.,]\d+)*"
_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMAS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


@dataclass(frozen=True)
class _Words:
    digits: dict[str, float]
    teen: str
    small: dict[str, float]
    large: dict[str, float]
    prefix: str
    fractions: dict[str, float]
    denominators: dict[str, float]


@cache
def _words(lang: str = lexicon.DEFAULT_LANGUAGE) -> _Words:
    data = lexicon.load("numbers", lang)
    return _Words(
        digits={str(k).lower(): float(v) for k, v in data["digits"].items()},
        teen=str(data["teen"]).lower(),
        small={str(k).lower(): float(v) for k, v in data["small_scales"].items()},
        large={str(k).lower(): float(v) for k, v in data["large_scales"].items()},
        prefix=str(data["one_prefix"]).lower(),
        fractions={str(k).lower(): float(v) for k, v in data["fractions"].items()},
        denominators={str(k).lower(): float(v) for k, v in data["denominators"].items()},
    )


def one_prefix(lang: str = lexicon.DEFAULT_LANGUAGE) -> str:
    """The prefix meaning "one" ("se" of sepuluh, sejam, seminggu)."""
    return _words(lang).prefix


def fraction_words(lang: str = lexicon.DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """Fractions that stand alone or add to a whole ("setengah", "seperempat")."""
    return tuple(_words(lang).fractions)


@cache
def number_words(lang: str = lexicon.DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """Every word that can be part of a number, se- forms included."""
    w = _words(lang)
    prefixed = [w.prefix + s for s in (w.teen, *w.small, *w.large)]
    items = [*w.digits, w.teen, *w.small, *w.large, *w.fractions, *w.denominators, *prefixed]
    return tuple(sorted(set(items), key=len, reverse=True))


@cache
def number_pattern(lang: str = lexicon.DEFAULT_LANGUAGE) -> str:
    """A regex (no groups) for a run of number words or digits; read it with :func:`parse_number`.

    The run may be longer than a valid number ("dua tiga"): the pattern finds
    candidates, :func:`parse_number` decides.
    """
    word = rf"(?:{lexicon.alternation(list(number_words(lang)))})(?![\w-])"
    return rf"(?:{DIGITS}|{word})(?:\s+{word})*"


def parse_digits(text: str) -> float | None:
    """A number written in digits, Indonesian separators first (see the module docstring).

    None for a run of digits too long for a float (over 308 digits): no writer
    states such a figure, and infinity would break every sum after it.
    """
    value = _digits(text)
    return value if value is None or math.isfinite(value) else None


def _digits(text: str) -> float | None:
    if not re.fullmatch(DIGITS, text):
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        if text.count(decimal) > 1:
            return None
        return float(text.replace(group, "").replace(decimal, "."))
    if "." in text:
        if _THOUSANDS_DOTS.fullmatch(text):
            return float(text.replace(".", ""))
        return float(text) if text.count(".") == 1 else None
    if "," in text:
        if _THOUSANDS_COMMAS.fullmatch(text):
            return float(text.replace(",", ""))
        return float(text.replace(",", ".")) if text.count(",") == 1 else None
    return float(text)


def parse_number(words: str, lang: str = lexicon.DEFAULT_LANGUAGE) -> float | None:
    """The value of a number in digits or words ("dua puluh tiga", "1,5 juta"), or None.

    Scans left to right keeping ``total`` (closed groups of thousands) and
    ``group`` (the current group below a thousand). Sequences no speaker would
    say ("dua tiga", "puluh") are refused rather than guessed.
    """
    w = _words(lang)
    tokens = words.lower().split()
    if not tokens:
        return None
    total, group, last = 0.0, 0.0, 0.0
    prev: str | None = None  # kind of the previous token
    for tok in tokens:
        kind = "digit"
        if (value := parse_digits(tok)) is not None or (value := w.digits.get(tok)) is not None:
            if prev in ("digit", "teen", "fraction"):
                return None
            group, last = group + value, value
        elif tok == w.teen:
            if prev != "digit":
                return None
            group, kind = group + 10, "teen"
        elif tok in w.small:
            if prev != "digit":
                return None
            group, kind = group + last * (w.small[tok] - 1), "scale"
        elif tok in w.large:
            if prev is None or prev == "large":
                return None
            total, group, kind = total + group * w.large[tok], 0.0, "large"
        elif tok in w.denominators:
            if prev != "digit":
                return None
            group, kind = group + last * (1 / w.denominators[tok] - 1), "fraction"
        elif tok in w.fractions:
            if prev == "fraction":
                return None
            group, kind = group + w.fractions[tok], "fraction"
        elif tok.startswith(w.prefix) and (rest := tok[len(w.prefix) :]):
            if prev in ("digit", "teen", "fraction"):
                return None
            if rest == w.teen:
                group, kind = group + 11, "teen"
            elif rest in w.small:
                group, kind = group + w.small[rest], "scale"
            elif rest in w.large and group == 0:
                total, kind = total + w.large[rest], "large"
            else:
                return None
        else:
            return None
        prev = kind
    value = total + group
    return value if math.isfinite(value) else None


def stated_unit(value: float) -> float:
    """The unit of the last digit a writer gave: 28.500 -> 100, 194 -> 1, 1,4 juta -> 100,000.

    A figure is exact to its last stated digit: "194 negara" is not "193 negara",
    while "11 miliar" may round 10,8 billion. Read off the value itself, so digits
    and number words ("satu juta") agree.
    """
    if value <= 0 or not math.isfinite(value):
        return 1.0
    if value != int(value):
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return float(10**-decimals)
    n, unit = int(value), 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return float(unit)
