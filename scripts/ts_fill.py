"""Write translations into a .ts file: python scripts/ts_fill.py LANG FILE.json

FILE.json maps "context|source" (or just "source", any context) to the translation. Only
messages still unfinished are filled; the others are left as they are.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fill(language: str, words: dict[str, str]) -> int:
    path = ROOT / "resources" / "translations" / f"aidant_{language}.ts"
    text = path.read_text(encoding="utf-8")
    done = 0

    def context_block(match: re.Match) -> str:
        nonlocal done
        block = match.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.DOTALL).group(1))

        def message(m: re.Match) -> str:
            nonlocal done
            body = m.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.DOTALL).group(1))
            wanted = words.get(f"{name}|{source}", words.get(source))
            if wanted is None or 'type="unfinished"' not in body:
                return body
            done += 1
            return re.sub(r'<translation type="unfinished">.*?</translation>|'
                          r'<translation type="unfinished"/>',
                          lambda _m: "<translation>" + html.escape(wanted, quote=False)
                          + "</translation>", body, flags=re.DOTALL)

        return re.sub(r"<message.*?</message>", message, block, flags=re.DOTALL)

    text = re.sub(r"<context>.*?</context>", context_block, text, flags=re.DOTALL)
    path.write_text(text, encoding="utf-8")
    return done


if __name__ == "__main__":
    language, source = sys.argv[1], sys.argv[2]
    print(fill(language, json.loads(Path(source).read_text(encoding="utf-8"))), "filled")
