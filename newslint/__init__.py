"""newslint: editorial quality checks for Indonesian news drafts."""

from __future__ import annotations

__version__ = "0.1.0"
