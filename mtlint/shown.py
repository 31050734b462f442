"""Names as reports show them: one line, and always encodable."""

from __future__ import annotations


def printable(name: str) -> str:
    """``name`` fit for one line of any report: a byte that is not UTF-8 in a file name
    (a surrogate escape) or a lone surrogate (a JSON id) cannot be encoded to write it,
    and a control character (a newline) would break the line, so both are escaped."""
    if name.isprintable():  # nearly every name: one C-level check
        return name
    return "".join(map(_escaped, name))


def _escaped(ch: str) -> str:
    if "\udc80" <= ch <= "\udcff":  # an undecodable byte of a file name
        return f"\\x{ord(ch) - 0xDC00:02x}"
    if "\ud800" <= ch <= "\udfff":
        return f"\\u{ord(ch):04x}"
    if ch < " " or "\x7f" <= ch <= "\x9f" or ch in "\u2028\u2029":  # line breaks and controls
        return ch.encode("unicode_escape").decode("ascii")
    return ch
