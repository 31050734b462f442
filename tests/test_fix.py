from __future__ import annotations

from pathlib import Path

from mtlint.engine import lint_text
from mtlint.fix import apply_fixes
from mtlint.model import Applicability, Category, Finding, Fix, Severity, Span


def _finding(start: int, end: int, new: str, app: Applicability) -> Finding:
    return Finding(
        "x",
        "SP999",
        "x",
        Category.SPACING,
        Severity.WARNING,
        Span(start, end),
        1,
        start + 1,
        1,
        end + 1,
        "m",
        Fix.replace(Span(start, end), new, "t", app),
    )


def test_overlapping_edits_wait_for_the_next_pass() -> None:
    text = "abcdef"
    fs = [_finding(0, 3, "X", Applicability.SAFE), _finding(2, 4, "Y", Applicability.SAFE)]
    assert apply_fixes(text, fs) == ("Xdef", 1)


def test_unsafe_needs_opt_in() -> None:
    fs = [_finding(0, 1, "Z", Applicability.UNSAFE)]
    assert apply_fixes("abc", fs) == ("abc", 0)
    assert apply_fixes("abc", fs, unsafe=True) == ("Zbc", 1)


def test_display_only_is_never_applied() -> None:
    fs = [_finding(0, 1, "Z", Applicability.DISPLAY_ONLY)]
    assert apply_fixes("abc", fs, unsafe=True) == ("abc", 0)


def test_fixing_is_idempotent() -> None:
    text = "Zero\u200bwidth and more\u200b text.\n"
    once, n = apply_fixes(text, lint_text(text))
    assert n == 2
    again, m = apply_fixes(once, lint_text(once))
    assert (again, m) == (once, 0)


def test_edits_made_in_one_pass_equal_one_at_a_time() -> None:
    """The one-pass builder against the edit-by-edit way, on random edits: inserts at one
    place (the later edit lands first), adjacent and overlapping spans (one fix's own)."""
    import random
    from itertools import pairwise

    from mtlint.fix import _one_by_one, edited
    from mtlint.model import Edit, Span

    rnd = random.Random(7)
    overlapping = 0
    for _ in range(3000):
        text = "".join(rnd.choice("ab c.\n") for _ in range(rnd.randrange(0, 40)))
        edits = []
        for _ in range(rnd.randrange(0, 6)):
            start = rnd.randrange(0, len(text) + 1)
            end = min(len(text), start + rnd.choice([0, 0, 1, 2, 5]))
            edits.append(Edit(Span(start, end), rnd.choice(["", "X", "YZ", " "])))
        spans = sorted((e.span.start, e.span.end) for e in edits)
        overlapping += any(b[0] < a[1] for a, b in pairwise(spans))
        assert edited(text, edits) == _one_by_one(text, edits)
    assert overlapping > 100


def _clashes_by_scan(edits: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """The plain test: every edit against every span taken (what ``Taken`` replaces)."""
    return any(
        (s < end and start < e) or s == start == end for s, e in edits for start, end in taken
    )


def test_taken_spans_answer_as_the_plain_scan() -> None:
    """``Taken`` (binary searches over merged spans) against the scan of every span, on
    random fixes of one to three edits: empty ones (insertions), adjacent, nested and
    overlapping ones, a fix's own edits overlapping each other."""
    import random

    from mtlint.fix import Taken

    rnd = random.Random(11)
    clashes = 0
    for _ in range(400):
        taken = Taken()
        plain: list[tuple[int, int]] = []
        for _ in range(rnd.randint(1, 40)):
            edits = []
            for _ in range(rnd.randint(1, 3)):
                s = rnd.randint(0, 60)
                edits.append((s, s + rnd.choice((0, 0, 1, 2, 3, 7))))
            expected = _clashes_by_scan(edits, plain)
            assert any(taken.clashes(s, e) for s, e in edits) == expected, (edits, plain)
            clashes += expected
            if not expected:
                plain += edits
                for s, e in edits:
                    taken.add(s, e)
    assert clashes > 1000  # the random fixes do collide, in every way


def test_external_hits_are_fixed_once_and_moved_with_the_text(tmp_path: Path) -> None:
    """LanguageTool's hits come once per run, on the text as read. --fix used to lint
    each pass with them again, so their fix was applied on every pass ('He go' became
    'He goeseseseseseseseseses') and a stale span cut other words away."""
    from mtlint.config import Config
    from mtlint.files import Target
    from mtlint.model import Applicability, Fix, Hit, Span
    from mtlint.runner import FixOptions, lint_target

    p = tmp_path / "a.txt"
    p.write_text("The  cat sat. He go to school. She go home.\n")
    go = Fix.replace(Span(17, 19), "goes", "Use 'goes'", Applicability.SAFE)
    later = Fix.replace(Span(35, 37), "goes", "Use 'goes'", Applicability.DISPLAY_ONLY)
    extra = (
        ("GR001", Hit(Span(17, 19), "agreement", go)),
        ("GR001", Hit(Span(35, 37), "agreement", later)),  # not applied: it moves
    )
    target = Target(p, "a.txt", Config(root=tmp_path), extra=extra, grammar=True)
    result, fixed = lint_target(target, FixOptions(True))
    assert fixed == p.read_text() == "The cat sat. He goes to school. She go home.\n"
    left = [
        (f.code, f.column, f.source_line[f.column - 1 : f.end_column - 1]) for f in result.findings
    ]
    assert left == [("GR001", 37, "go")]  # the display-only hit, where 'go' now is


def _moved_by_scan(hit, edits):  # type: ignore[no-untyped-def]
    """The plain answer ``Moves`` gives with binary searches: every edit against the hit
    and its fix, and a sum over the edits before each span."""
    from dataclasses import replace

    def touches(edit: Span, span: Span) -> bool:
        if edit.start == edit.end:
            return span.start < edit.start < span.end
        return edit.start < span.end and span.start < edit.end

    def shifted(span: Span) -> Span:
        delta = sum(
            len(e.replacement) - (e.span.end - e.span.start)
            for e in edits
            if e.span.end <= span.start
        )
        return Span(span.start + delta, span.end + delta)

    spans = [hit.span, *(e.span for e in hit.fix.edits)] if hit.fix else [hit.span]
    if any(touches(e.span, s) for e in edits for s in spans):
        return None
    fix = hit.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(replace(e, span=shifted(e.span)) for e in fix.edits))
    return replace(hit, span=shifted(hit.span), fix=fix)


def test_moves_answer_as_the_plain_scan() -> None:
    """Where a hit found before a pass's edits stands after them, against the scan of
    every edit, on random passes (insertions, deletions, growth; a fix's own edits
    overlapping) and random hits (empty, with fixes of one or two edits)."""
    import random

    from mtlint.fix import Moves
    from mtlint.model import Edit, Hit

    rnd = random.Random(5)
    gone = moved_on = 0
    for _ in range(300):
        edits = []
        for _ in range(rnd.randint(0, 12)):
            s = rnd.randint(0, 80)
            edits.append(Edit(Span(s, s + rnd.choice((0, 0, 1, 2, 5))), "x" * rnd.randint(0, 4)))
        moves = Moves(edits)
        for _ in range(20):
            s = rnd.randint(0, 80)
            span = Span(s, s + rnd.choice((0, 1, 3, 6)))
            fix = None
            if rnd.random() < 0.6:
                f = rnd.randint(0, 80)
                spans = [Span(f, f + rnd.choice((0, 2)))] + [span] * rnd.randint(0, 1)
                fix = Fix("t", tuple(Edit(x, "y") for x in spans), Applicability.SAFE)
            hit = Hit(span, "m", fix)
            expected = _moved_by_scan(hit, edits)
            assert moves(hit) == expected, (hit, edits)
            gone += expected is None
            moved_on += expected is not None and expected.span != span
    assert gone > 500 and moved_on > 500  # both answers, many times
