"""Hash constructors, without importing ``hashlib``.

``hashlib`` loads OpenSSL's bindings when imported (about 3 ms of every start-up).
BLAKE2 and SHA-256 also live in CPython's own small modules, the ones ``hashlib``
itself falls back to; the digests are the same bytes either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import blake2b, sha256
else:
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python implementation
        from hashlib import blake2b
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12 and later
        except ImportError:
            from hashlib import sha256

__all__ = ["blake2b", "sha256"]
