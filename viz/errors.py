"""Errors the viz package raises when a view cannot be made; the CLI prints them and exits 2."""


class VizError(Exception):
    """A network view, timeline or export could not be made."""


class UnknownOrganisation(VizError):
    """--focus or --org names no organisation in the graph."""


class BadFilter(VizError):
    """A filter value cannot be used (a date that is not a date, an unknown kind, hops < 0)."""


class BadOutput(VizError):
    """An output file has a format the command cannot write (by its suffix or --format)."""
