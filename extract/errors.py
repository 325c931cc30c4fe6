"""Errors that carry a message meant for the user (no traceback)."""


class ZhkgError(Exception):
    """Base class: the message is shown to the user as one line."""


class InputError(ZhkgError):
    """A file that cannot be read as a text document."""
