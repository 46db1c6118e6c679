"""Errors a user can act on.

Every failure that bad input or a missing resource can cause is a ``KgError`` with a message
that names the file or resource and says what to do. The command line prints the message
(never a traceback) and exits with the error's code.
"""

from __future__ import annotations


class KgError(Exception):
    """A failure the user can fix; ``str(err)`` is the whole message."""

    exit_code = 2


class InputError(KgError):
    """An input file cannot be read or decoded."""


class ModelUnavailable(KgError):
    """The pkuseg segmentation model is not cached and cannot be fetched."""

    exit_code = 3
