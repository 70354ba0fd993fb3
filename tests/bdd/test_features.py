"""Bind every feature under features/ (a feature without steps fails at once)."""

from pytest_bdd import scenarios

scenarios(".")
