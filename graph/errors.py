"""Errors of the graph package: a command that cannot go on."""


class StoreUnavailable(RuntimeError):
    """The store does not exist or cannot be opened."""


class BuildFailed(RuntimeError):
    """The build could not complete; the previous graph is untouched."""
