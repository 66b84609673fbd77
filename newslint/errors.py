"""Errors a user can fix: the CLI turns each into one line on stderr and exit code 2."""

from __future__ import annotations


class NewslintError(Exception):
    """A problem with the user's input, config or rules; its text names the file."""


class ConfigError(NewslintError):
    """A configuration file is unreadable or holds an unknown or ill-typed key."""


class RuleError(NewslintError):
    """A rule file or a rule selection is invalid."""


class InputError(NewslintError):
    """A draft cannot be read: missing, binary, not UTF-8, or an empty selection."""
