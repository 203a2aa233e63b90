"""Dateline's version, in a module of its own: the modules that need it (the store's
fingerprint, the HTTP API, the fetcher's user agent) import it from here, not from the
package's `__init__`, which does not run when a folder named `dateline` beside a user's
script (a clone of this repository) shadows an editable install as a namespace package:
every `from dateline import __version__` then failed with an ImportError."""

__version__ = "0.1.0"
