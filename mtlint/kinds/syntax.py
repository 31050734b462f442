"""The ``regex``-only syntax of a rule pattern, rewritten for the standard library's
parser, which the literal analysis (kinds.literals) walks."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from mtlint import rx

# regex-only syntax, rewritten for the stdlib parser. Anything else the stdlib parser
# would read differently ({e<=1} fuzzy counts, [[:alpha:]] classes, scoped version
# flags) makes the analysis give up.
_TOKEN = rx.compile_re(
    r"\\L<(\w+)>|\\[pP](?:\{[^}]*\}|\w)|\\[mM]|\\.|\(\?<(?=[A-Za-z_])|\(\?[imsu]+\)|\[:\^?\w+:\]|\{|.",
    re.S,
)
_ALL_LETTERS = frozenset({"l", "letter", "alpha", "alphabetic", "alnum", "word", "w"})
_QUANT = rx.compile_re(r"\{\d*(?:,\d*)?\}")


def rewrite(pattern: str, lists: Mapping[str, Sequence[str]]) -> str | None:
    """``pattern`` as the standard library's parser reads it, named lists spelt out;
    None when it holds syntax that parser would read differently."""
    out: list[str] = []
    for m in _TOKEN.finditer(pattern):
        tok = m.group()
        if m.group(1) is not None:
            words = lists.get(m.group(1))
            if not words:
                return None
            out.append("(?:" + "|".join(re.escape(w) for w in words) + ")")
        elif tok[:2] in ("\\p", "\\P"):
            # A character we know nothing about (also inside a class); \w when it is
            # every letter, so that [\p{L}\p{N}_] still reads as a word character.
            name = tok[2:].strip("{}").lower()
            out.append("\\w" if tok[1] == "p" and name in _ALL_LETTERS else "\\d")
        elif tok in ("\\m", "\\M"):
            out.append("\\b")
        elif tok == "(?<":
            out.append("(?P<")
        elif tok.startswith("(?") and tok.endswith(")"):
            continue  # global case/dot/multiline flags: irrelevant to folded literals
        elif tok.startswith("[:"):
            return None  # a POSIX class, which the stdlib reads as a set of characters
        elif tok == "{":
            if not _QUANT.match(pattern, m.start()):
                return None
            out.append(tok)
        else:
            out.append(tok)
    return "".join(out)
