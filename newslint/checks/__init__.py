"""Check types. Each module exports `CHECK_TYPES: dict[str, type]`, keyed by the rule files'
`type = "..."`; the built-in plugin collects them."""
