"""EN001: mojibake (UTF-8 read as Windows-1252/Latin-1), repaired by ftfy."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import STR_SPACES, Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.records import dataclass
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.encoding._align import differing

if TYPE_CHECKING:
    import ftfy

# UTF-8 continuation bytes (0x80-0xBF) as Windows-1251 and Windows-1250 show them.
_CONT_1251 = bytes(range(0x80, 0xC0)).decode("cp1251", "replace").replace("\ufffd", "")
_CONT_1250 = bytes(range(0x80, 0xC0)).decode("cp1250", "replace").replace("\ufffd", "")
# A Latin-1 lead byte followed by a Windows-1252 continuation byte, or the usual suspects.
# Only lines that match are handed to ftfy, which decides.
_SUSPECT = rx.compile_re(  # stdlib: explicit characters only, and several times faster
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|\u00c3|\u00c2|\u00ef\u00bf\u00bd"
    # UTF-8 read as Windows-1251: two Cyrillic letters (lead bytes D0-D3: "РЎРѕР±" for
    # "Соб"; one pair such as "Рі" also starts "Рівне") and punctuation (E2 80-9F: "вЂњ"
    # for "“"). Genuine Russian never writes "Рќ" or "вЂ".
    f"|[РСТУ][{_CONT_1251}][РСТУ][{_CONT_1251}]|в[{_CONT_1251[:32]}]"
    # UTF-8 read as Windows-1250: Central European letters ("wĹ‚adza" for "władza").
    f"|[ĂĹ][{_CONT_1250}]"
)


# Every match of _SUSPECT starts with one of these (a one-class scan is much faster).
_LEAD = rx.compile_re("[\u00c2-\u00f4РСТУвĂĹ]")
# Runs of what the regex module's \s matches: what str.isspace() does but for the
# separators \x1c-\x1f (a test holds _tokens to regex's r"\S+|\s+").
_SPACE_RUNS = rx.compile_re("([" + STR_SPACES.translate(dict.fromkeys(range(0x1C, 0x20))) + "]+)")


@dataclass(frozen=True, slots=True)
class Repair:
    """A garbled span and the text ftfy restores for it."""

    span: Span
    replacement: str


_CACHE: WeakKeyDictionary[Document, tuple[Repair, ...]] = WeakKeyDictionary()


@lru_cache(maxsize=1)
def _config() -> ftfy.TextFixerConfig:
    import ftfy

    # Only undo mis-decoding: keep curly quotes, ligatures, widths, entities and controls,
    # and do not normalise, so that a repair never touches text that is not mojibake.
    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _repair_line(text: str) -> str:
    """ftfy's repair of ``text``, computed on the stretch between its first and last
    non-ASCII characters with some ASCII around it, where a line allows (see _window)."""
    import ftfy

    window = _window(text)
    if window is None:
        return ftfy.fix_text(text, _config())
    start, end = window
    return text[:start] + ftfy.fix_text(text[start:end], _config()) + text[end:]


# ASCII characters kept on each side of the non-ASCII stretch. ftfy's patterns look at
# most 7 characters beyond a non-ASCII one (the lookahead after "Ã " in restore_byte_a0;
# its badness rules at most 2), and its repairs change no ASCII character but the spaces
# right after the stretch (a space taken for a lost U+00A0 byte), at most one per step.
_MARGIN = 32
_NON_ASCII = rx.compile_re("[^\x00-\x7f]")
_LONGEST = 1_000_000  # ftfy.TextFixerConfig.max_decode_length: ftfy cuts longer segments


def _window(text: str) -> tuple[int, int] | None:
    """Where ftfy can be given only ``text[start:end]`` and leave the rest alone: the
    non-ASCII stretch and _MARGIN ASCII characters either side (or the line's end).

    Why it is the same repair: outside the window the text is ASCII, which every
    single-byte codec ftfy tries encodes as itself and UTF-8 decodes as itself, and which
    none of its detectors (badness, lost-byte, inconsistent-UTF-8, C1, surrogate patterns)
    can match alone; all of them match around a non-ASCII character and reach at most 7
    characters beyond it, so they find the same things in the window as in the line and
    change the same characters. The exceptions are left to the whole line: U+001A (the
    sloppy codecs' stand-in for a lost byte, matched alone), a line break (ftfy's own
    segments), a line ftfy would cut, and a long run of spaces after the stretch (each
    repair step may take one of them as a lost U+00A0, moving the stretch's end).
    tests/test_fast_paths_mojibake.py compares it with the whole line on varied mojibake.
    """
    first = _NON_ASCII.search(text)
    if first is None or "\x1a" in text or "\n" in text or len(text) > _LONGEST:
        return None
    last = _NON_ASCII.search(text[::-1])
    assert last is not None  # a non-ASCII character is there
    start = max(0, first.start() - _MARGIN)
    end = len(text) - last.start()  # just after the last non-ASCII character
    after = text[end : end + _MARGIN]
    if len(after) - len(after.lstrip(" ")) > _MARGIN // 4:
        return None
    end = min(len(text), end + _MARGIN)
    if start == 0 and end == len(text):
        return None
    return start, end


def _repair_words(text: str) -> str:
    """ftfy's repair of each word that holds a suspect pair, one at a time, where it gives
    back letters: ftfy weighs a whole line, so one garbled name among correctly encoded
    accents ("KateÅ™ina Malá") is left alone by the line's repair but not by the word's."""
    import ftfy

    words, _ = _tokens(text)
    out = []
    for word in words:
        fixed = ftfy.fix_text(word, _config()) if _SUSPECT.search(word) else word
        # only a repair that restores letters ("Å™" -> "ř"): a lone word gives ftfy less
        # to weigh, so one that leaves a "�" or a symbol is not trusted without its line
        new = set(fixed) - set(word)
        out.append(fixed if new and all(c.isalpha() for c in new) else word)
    return "".join(out)


def _tokens(text: str) -> tuple[list[str], list[int]]:
    r"""The runs of spaces and of what lies between them (``\S+|\s+``), and their offsets
    with the text's length last: a split in C instead of a match object per run."""
    words = list(filter(None, _SPACE_RUNS.split(text)))
    return words, [0, *accumulate(map(len, words))]


LONG_DIFF = 2000  # tokens (or characters) beyond which difflib's matcher is not used


def _changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Changed ranges (a1, a2, b1, b2): a word-level diff, refined by characters within."""
    wa, pa = _tokens(a)
    wb, pb = _tokens(b)
    # The diff runs on what lies between the common leading and trailing words: a repair
    # changes a few words of a long line, and the matcher's cost grows with the product
    # of the two lengths.
    shorter = min(len(wa), len(wb))
    head = 0
    while head < shorter and wa[head] == wb[head]:
        head += 1
    tail = 0
    while tail < shorter - head and wa[-1 - tail] == wb[-1 - tail]:
        tail += 1
    middle_a, middle_b = wa[head : len(wa) - tail], wb[head : len(wb) - tail]
    if len(middle_a) + len(middle_b) > LONG_DIFF:  # the matcher is quadratic: see _align
        stretches = differing(middle_a, middle_b)
    else:
        words = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        stretches = [op[1:] for op in words.get_opcodes() if op[0] != "equal"]
    out: list[tuple[int, int, int, int]] = []
    for i1, i2, j1, j2 in stretches:
        # The runs cover the text: run i starts at p[i], and p[len] is the text's length.
        sa, ea, sb, eb = pa[i1 + head], pa[i2 + head], pb[j1 + head], pb[j2 + head]
        if (ea - sa) + (eb - sb) > LONG_DIFF:  # a stretch the alignment gave up on
            out.append((sa, ea, sb, eb))
            continue
        chars = difflib.SequenceMatcher(None, a[sa:ea], b[sb:eb], autojunk=False)
        out.extend(
            (sa + k1, sa + k2, sb + l1, sb + l2)
            for op, k1, k2, l1, l2 in chars.get_opcodes()
            if op != "equal"
        )
    return out


def mojibake_repairs(doc: Document) -> tuple[Repair, ...]:
    """The spans ftfy would change in ``doc``, with its repairs (computed once)."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    out: list[Repair] = []
    suspects = frozenset() if doc.text.isascii() else lines_matching(doc, _LEAD)
    for number in sorted(suspects):  # the few lines with a lead character, in order
        line = doc.lines[number - 1]
        if not _SUSPECT.search(line.text):
            continue
        fixed = _repair_line(line.text)
        if fixed == line.text:
            fixed = _repair_words(line.text)
            if fixed == line.text:
                continue
        changes = _changes(line.text, fixed)
        merged: list[list[int]] = []
        for i1, i2, j1, j2 in changes:
            gap = line.text[merged[-1][1] : i1] if merged else " "
            if len(gap) <= 2 and not any(c.isspace() for c in gap):
                merged[-1][1], merged[-1][3] = i2, j2
            else:
                merged.append([i1, i2, j1, j2])
        for i1, i2, j1, j2 in merged:
            out.append(Repair(Span(line.start + i1, line.start + i2), fixed[j1:j2]))
    result = tuple(out)
    _CACHE[doc] = result
    return result


class Mojibake(Rule):
    """Mojibake: UTF-8 text decoded as Windows-1252 or Latin-1 ("CafÃ©", "itâ€™s").

    Scrapers that guess the wrong encoding turn every accented letter, curly quote and dash into
    two or three junk characters; Cyrillic read as Windows-1251 ("РЎРѕР±С‹С‚РёСЏ" for "События")
    and Central European letters read as Windows-1250 ("wĹ‚adza") too. Lines with the tell-tale
    lead characters are repaired with ftfy, configured to undo mis-decoding only (curly quotes,
    ligatures, widths, HTML entities and Unicode normalisation are left alone), and each changed
    span is reported. Accented letters, curly quotes, dashes and emoji that are already right
    stay quiet. ftfy's repair is a safe fix, unless it could only recover a replacement
    character.
    """

    meta = RuleMeta(
        code="EN001",
        name="mojibake",
        category=Category.ENCODING,
        severity=Severity.ERROR,
        summary='Mojibake: UTF-8 text decoded as Windows-1252 or Latin-1 ("CafÃ©", "itâ€™s").',
        fixable=True,
    )
    examples = examples(
        [
            fail("CafÃ© au lait", "1:4", fixed="Café au lait"),
            fail("Biden said itâ€™s time.", "1:14", fixed="Biden said it’s time."),
            fail(
                "â€œWe are readyâ€\x9d, Ã¼ber alles.",
                "1:1",
                "1:16",
                "1:21",
                fixed="“We are ready”, über alles.",
            ),
            fail("Home / РЎРѕР±С‹С‚РёСЏ / Courts", "1:8", fixed="Home / События / Courts"),
            fail("Minister wĹ‚adza", "1:11", fixed="Minister władza"),
            fail("Says KateÅ™ina Malá of Brno.", "1:10", fixed="Says Kateřina Malá of Brno."),
        ],
        [
            "Café, naïve, Zürich, São Paulo, Øresund, Ñandú, Ålesund.",
            "“Quoted” — it’s fine… 😀 and ﬁne ligatures.",
            "Portuguese irmã and Ângela, Vietnamese Ân, café’s «Été».",
            "События «Рёв» и моё: Рівне, Київ — Україна; Ăsta e Ĺ, Ξένια.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for rep in mojibake_repairs(doc):
            bad = doc.text[rep.span.start : rep.span.end]
            lossy = "\ufffd" in rep.replacement
            if rep.replacement:
                message = f"mojibake {bad!r} (should read {rep.replacement!r})"
            else:  # "â€" before a "�" (a lost byte), or a lead that ends in the right mark
                message = f"mojibake {bad!r} (stray bytes of a mis-decoded character: delete them)"
            yield Hit(
                rep.span,
                message,
                Fix.replace(
                    rep.span,
                    rep.replacement,
                    "Repair the mis-decoded text",
                    Applicability.UNSAFE if lossy else Applicability.SAFE,
                ),
            )
