"""The `regex` module with a fast path for its module-level calls: `import regex as re` becomes
`from .. import rx as re` (or `from . import rx as re`) and nothing else changes.

`regex.match(pattern, text)` looks its compiled pattern up in regex's own cache on every call,
which costs ~7 µs (flag arithmetic on enums, argument checks) against ~0.5 µs for the match
itself; the extractors make tens of thousands of such calls per document. Here the compiled
pattern of a (pattern, flags) pair is kept in an LRU cache and its method called directly:
the same engine, the same compiled pattern, the same result. Calls with anything beyond the
plain arguments (pos, endpos, timeout, named lists…) go to `regex` as they are, and every other
name (`compile`, `Pattern`, `Match`, `error`, flags such as `re.I`) is `regex`'s own.
"""
from __future__ import annotations

from functools import lru_cache

import regex as _regex
from regex import *  # noqa: F401,F403  (compile, flags, Pattern, Match, error ...)

_CACHE_SIZE = 4096


@lru_cache(maxsize=_CACHE_SIZE)
def _compiled(pattern, flags):
    return _regex.compile(pattern, flags)


# The compiled pattern of each source string without flags (most calls), by one dict lookup: the
# same object `_compiled(pattern, 0)` gives, without building the cache key (~0.3 µs a call of the
# tens of thousands per benchmark pass). Emptied when it grows past the LRU cache's size.
_PLAIN: dict[str, object] = {}


def _plain(pattern: str):
    if len(_PLAIN) >= _CACHE_SIZE:
        _PLAIN.clear()
    compiled = _PLAIN[pattern] = _compiled(pattern, 0)
    return compiled


def match(pattern, string, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).match(string)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.match(pattern, string, flags, *args, **kwargs)
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).fullmatch(string)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.fullmatch(pattern, string, flags, *args, **kwargs)
    return _compiled(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).search(string)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.search(pattern, string, flags, *args, **kwargs)
    return _compiled(pattern, flags).search(string)


def finditer(pattern, string, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).finditer(string)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.finditer(pattern, string, flags, *args, **kwargs)
    return _compiled(pattern, flags).finditer(string)


def findall(pattern, string, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).findall(string)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.findall(pattern, string, flags, *args, **kwargs)
    return _compiled(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0, *args, **kwargs):
    if not (flags or args or kwargs) and type(pattern) is str:
        compiled = _PLAIN.get(pattern)
        return (compiled or _plain(pattern)).sub(repl, string, count)
    if args or kwargs or not isinstance(pattern, str):
        return _regex.sub(pattern, repl, string, count, flags, *args, **kwargs)
    return _compiled(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0, *args, **kwargs):
    if args or kwargs or not isinstance(pattern, str):
        return _regex.subn(pattern, repl, string, count, flags, *args, **kwargs)
    return _compiled(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0, *args, **kwargs):
    if args or kwargs or not isinstance(pattern, str):
        return _regex.split(pattern, string, maxsplit, flags, *args, **kwargs)
    return _compiled(pattern, flags).split(string, maxsplit)


@lru_cache(maxsize=_CACHE_SIZE)
def _escaped(pattern, special_only, literal_spaces):
    return _regex.escape(pattern, special_only, literal_spaces)


def escape(pattern, special_only=True, literal_spaces=False):
    if not isinstance(pattern, str):
        return _regex.escape(pattern, special_only, literal_spaces)
    return _escaped(pattern, special_only, literal_spaces)


def __getattr__(name):  # anything else regex has (purge, template, DEFAULT_VERSION, ...)
    return getattr(_regex, name)
