"""Errors of the queries package: a command that cannot go on."""


class QueryNotFound(LookupError):
    """No .rq file of that name."""


class BadParameter(ValueError):
    """A parameter the query does not declare, or a value of the wrong form."""


class BadQuery(ValueError):
    """A query text that does not parse, or a query form the command cannot run."""


class EndpointError(OSError):
    """A SPARQL endpoint or Graph Store that cannot be reached or refuses the request."""


class NoPath(LookupError):
    """Two organisations that no chain of partnerships links, or an organisation not in the graph."""
