"""Errors of the queries package: a command that cannot go on."""


class QueryNotFound(LookupError):
    """No .rq file of that name."""


class BadParameter(ValueError):
    """A parameter the query does not declare, or a value of the wrong form."""
