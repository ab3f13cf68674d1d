"""An English → Chinese glossary of work-report vocabulary: a lexical bridge for English questions.

The multilingual embedder finds the right passage for an English question, but picking the answering
clause inside it needs word-level evidence ("granted" ↔ 授权, "shantytowns" ↔ 棚户区, "deficit" ↔ 赤字).
This maps the general vocabulary of Chinese government work reports — macro-economy, fiscal and monetary
policy, agriculture, industry and energy, environment, transport and housing, employment and social
security, education, science, culture and sports, government reform, Hong Kong/Macao/Taiwan and foreign
affairs, time words (上年, 十二五) and units (%, 元, 吨, 千瓦, 人) — to their usual Chinese forms.
It knows vocabulary, not any report's facts; the tables live in :mod:`qa.retrieve.glossary_terms` (the core terms)
and :mod:`qa.retrieve.glossary_terms_general` (the general vocabulary of policy questions: verbs, qualifiers, common
nouns of each field), read together.

Matching is a greedy longest-phrase-first lookup over normalized words ("energy consumption per unit of
GDP" wins over "energy"), so its cost grows with the question's length, not the glossary's size.
"""
from __future__ import annotations

import re

from qa.retrieve.glossary_terms import TABLE
from qa.retrieve.glossary_terms_general import TABLE_GENERAL

_WORD = re.compile(r"[a-z0-9]+(?:[&.'][a-z0-9]+)*|%")
# Plural-looking words that are not plurals of a glossary word ("news" is not "new").
_KEEP_S = frozenset({"news", "goods", "means", "series", "species", "whereas", "always"})
_BRITISH = {
    "labour": "labor", "honour": "honor", "honoured": "honored", "favour": "favor", "colour": "color",
    "neighbour": "neighbor", "neighbouring": "neighboring", "behaviour": "behavior", "harbour": "harbor",
    "endeavour": "endeavor", "centre": "center", "metre": "meter", "kilometre": "kilometer", "litre": "liter",
    "fibre": "fiber", "theatre": "theater", "programme": "program", "defence": "defense", "licence": "license",
    "sulphur": "sulfur", "ageing": "aging", "enrolment": "enrollment", "enrol": "enroll", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "tonne": "ton", "analyse": "analyze", "analysed": "analyzed",
    "catalogue": "catalog", "aluminium": "aluminum", "cancelled": "canceled", "cancelling": "canceling",
    "totalled": "totaled", "totalling": "totaling", "modelling": "modeling", "travelled": "traveled",
}
_ISE = re.compile(r"is(e|ed|ing|ation)$")


def normalize_word(word: str) -> str:
    """One spelling per word: lower case, no possessive, singular, American spelling."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("s") and w not in _KEEP_S and not w.endswith(("ss", "us", "is")):
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "shes", "ches", "xes")):
            w = w[:-2]
        else:
            w = w[:-1]
    w = _BRITISH.get(w, w)
    return _ISE.sub(r"iz\1", w) if len(w) > 5 else w


def _words(text: str) -> list[str]:
    return [normalize_word(w) for w in _WORD.findall(text.lower().replace("’", "'"))]


def _load(table: str) -> dict[str, tuple[str, ...]]:
    """Normalized English phrase → Chinese renderings; variants that normalize alike pool their renderings."""
    index: dict[str, list[str]] = {}
    for line in table.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for entry in line.split(";"):
            english, _, chinese = entry.partition("=")
            renderings = [c.strip() for c in chinese.split("|") if c.strip()]
            if not renderings:
                raise ValueError(f"glossary entry without Chinese: {entry!r}")
            for variant in english.split("/"):
                key = " ".join(_words(variant))
                if key:
                    slot = index.setdefault(key, [])
                    slot.extend(r for r in renderings if r not in slot)
    return {k: tuple(v) for k, v in index.items()}


GLOSSARY: dict[str, tuple[str, ...]] = _load(TABLE + "\n" + TABLE_GENERAL)
_MAX_WORDS = max(k.count(" ") + 1 for k in GLOSSARY)


def _matches(words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The glossary phrases of ``words`` as (start, end, renderings): the longest phrase at each word wins."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            hit = GLOSSARY.get(" ".join(words[i : i + n]))
            if hit is not None:
                out.append((i, i + n, hit))
                i += n
                break
        else:
            i += 1
    return out


def english_term_groups(question: str) -> list[tuple[str, ...]]:
    """The Chinese renderings of each English word or phrase of ``question`` the glossary knows, one tuple per
    phrase (the longest phrase at each word wins): alternatives of one thing, any of which a text may write."""
    return [hit for _, _, hit in _matches(_words(question))]


def glossary_reach(question: str) -> tuple[list[str], list[str]]:
    """The (normalized) words of ``question``, and those no glossary phrase covers: what reaches the text by
    meaning only."""
    words = _words(question)
    covered = {j for s, e, _ in _matches(words) for j in range(s, e)}
    return words, [w for j, w in enumerate(words) if j not in covered]


def english_to_chinese_terms(question: str) -> list[str]:
    """Chinese terms for the English words and phrases of ``question``, each once, in order."""
    return list(dict.fromkeys(t for group in english_term_groups(question) for t in group))
