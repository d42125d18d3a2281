"""Rebuild data/english_words.txt.gz: the lower-case words of an English dictionary, one per line.
Run by hand when the source changes (needs Debian's ``wbritish-large`` package):

    python -m anonymiser.text.data.build_english_words

The source is SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) as Debian ships it in
/usr/share/dict/british-english-large. Only the entries written in lower case are kept: a word the
dictionary lists capitalised ("Ravi", "Dafydd") is a proper noun, which is what the
``unfamiliar_name`` recogniser looks for. Its copyright notice travels in the file's header.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

SOURCE = Path("/usr/share/dict/british-english-large")
OUT = Path(__file__).with_name("english_words.txt.gz")
NOTICE = """\
# Lower-case words of SCOWL's british-english-large list (Debian package wbritish-large), built by
# build_english_words.py. SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,
# modify, distribute and sell these word lists, the associated scripts, the output created from the
# scripts, and its documentation for any purpose is hereby granted without fee, provided that the
# above copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no representations about
# the suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty. (The full notice, with those of the lists SCOWL draws on: /usr/share/doc/wbritish-large/copyright.)
"""


def lower_case_words(lines: list[str]) -> list[str]:
    """The dictionary's lower-case entries, possessives folded into their word, sorted."""
    words = {line.strip().removesuffix("'s") for line in lines}
    return sorted(w for w in words if w and w == w.lower() and w.isalpha())


def main() -> int:
    if not SOURCE.is_file():
        print(f"{SOURCE} is missing: apt install wbritish-large", file=sys.stderr)
        return 2
    words = lower_case_words(SOURCE.read_text(encoding="utf-8").splitlines())
    # mtime=0: the same words give the same bytes, so a rebuild shows no change unless the words do
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((NOTICE + "\n".join(words) + "\n").encode("utf-8"))
    print(f"{OUT.name}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
