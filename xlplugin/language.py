"""Is this English? A check that runs before any English lexicon is applied.

Writing system first (a text mostly in Cyrillic, Han, Arabic... is not English), then the share of
function words of each language in `data/stopwords.txt` (words inside template placeholders,
`{{ ... }}`, left out; a word several lists share weighs less where another language than English
leads: `_best_language`), then, for short texts with no function
words at all ("Prices rose sharply."), the share of words found in the CMU dictionary.
Returns a code ("en", "fr", "ru", ... or "unknown") and a note for the user.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Collection

from .lexicon import load_sections
from . import syllables

if TYPE_CHECKING:
    from .text import Document

__all__ = ["detect_language", "language_name"]

# The languages `detect_language` reports (stopwords.txt's sections and `_SCRIPTS`), by name, for
# the messages people read: "German", not "de".
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "tr": "Turkish", "id": "Indonesian", "ru": "Russian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "he": "Hebrew", "el": "Greek",
    "hi": "Hindi", "th": "Thai", "bn": "Bengali", "ta": "Tamil", "ka": "Georgian", "hy": "Armenian",
    "am": "Amharic", "unknown": "not known", "mixed": "mixed",
}


def language_name(code: str) -> str:
    """A language code as `detect_language` gives it, by name ("de": "German"); a code not listed
    as it is."""
    return LANGUAGE_NAMES.get(code, code)


# Unicode script name prefixes (from unicodedata.name) and the language a text mostly in that
# script is reported as. Han alone is reported "zh"; any kana makes it "ja".
_SCRIPTS = {
    "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
    "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th",
    "BENGALI": "bn", "TAMIL": "ta", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am",
}
# English function words make up 35-50% of running English prose; below 12% in a text of 20+
# words the text is not English prose (a list of names, another language, word salad).
MIN_ENGLISH_FUNCTION_SHARE = 0.12
# For texts under 20 words: most words must be English dictionary words.
MIN_DICTIONARY_SHARE = 0.6
SHORT_TEXT_WORDS = 20
# Beyond Latin Extended-B, less General Punctuation (U+2000-206F: curly quotes, dashes, ellipsis,
# none of them a letter), which English text is full of.
_BEYOND_LATIN = re.compile("[^\x00-\u024f\u2000-\u206f]")
_LETTERS = re.compile(r"[^\W\d_]")
# How many characters to look at for the script vote: enough for a stable majority.
SCRIPT_SAMPLE = 4000


# Enough words for a stable vote; counting more costs time and changes nothing.
SAMPLE_WORDS = 250

# (kinds21) Pinyin: Chinese written in Latin letters, one word a syllable ("Wo hai you hua xiang dui ni
# shuo", "nǐ hǎo"). Its toneless syllables ("de", "ne", "bu") are function words of other languages, so a
# lyrics page with each Chinese line and its pinyin under it read as Turkish. A text whose sample words are
# mostly pinyin syllables (tone marks read as the plain vowel), where the text also holds Chinese characters
# or pinyin's tone-marked vowels, is Chinese. English prose has few such words ("he", "you", "men": about one
# in ten), so the share needed is high.
PINYIN_SHARE = 0.7
_PINYIN_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s".split()
_PINYIN_FINALS = """a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui
    uan un uang ue ve""".split()
_PINYIN_ALONE = """a o e ai ei ao ou an en ang eng er yi ya ye yao you yan yin yang ying yong yu yue yuan yun
    wu wa wo wai wei wan wen wang weng""".split()
_PINYIN_I_FINALS = frozenset("i ia ie iao iu ian in iang ing iong".split())


def _pinyin_pair(initial: str, final: str) -> bool:
    """Can this initial take this final (pinyin's table, roughly: "ji", "ju" but no "ja"; "gu" but no
    "gi"; "zhi" but no "zhia")?"""
    if initial in ("j", "q", "x"):
        return final in _PINYIN_I_FINALS or final in ("u", "ue", "uan", "un")
    if initial in ("g", "k", "h", "zh", "ch", "sh", "r", "z", "c", "s"):
        return (final not in _PINYIN_I_FINALS or initial not in "gkh" and final == "i") and final not in ("v", "ve")
    if initial in ("b", "p", "m", "f"):
        return final not in ("ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "v", "ve", "ong", "er")
    return final not in ("ua", "uai", "uang", "er")  # d t n l


PINYIN_SYLLABLES = frozenset(_PINYIN_ALONE + [i + f for i in _PINYIN_INITIALS for f in _PINYIN_FINALS if _pinyin_pair(i, f)])
# the vowels with pinyin's four tone marks (and ü, written "v" above), as the plain letter
_TONE_MARKS = str.maketrans("āáǎàēéěèīíǐìōóǒò"
                            "ūúǔùüǖǘǚǜ",
                            "aaaaeeeeiiiioooouuuuvvvvv")
# the marks that only pinyin (among the languages read here) puts on a vowel: a macron or a caron
_PINYIN_ONLY_MARKS = frozenset("āǎēěīǐōǒūǔǖǚ")


def _pinyin(sample: list[str], script: str, chars: Collection[str] | None) -> bool:
    """Are most words of the sample pinyin syllables, in a text that also holds Chinese characters
    (`script` "zh") or pinyin's own tone marks? (`chars`: the text's characters outside ASCII.)"""
    if script != "zh" and (chars is None or _PINYIN_ONLY_MARKS.isdisjoint(chars)):
        return False
    latin = [w.translate(_TONE_MARKS) for w in sample if w.isalpha() and not _BEYOND_LATIN.search(w)]
    return bool(latin) and sum(map(_pinyin_word, latin)) >= PINYIN_SHARE * len(latin)


@lru_cache(maxsize=4096)
def _pinyin_word(word: str) -> bool:
    """Is the word (tone marks read as plain vowels) one pinyin syllable or several written together
    ("women", "tianqi", "gongyuan")?"""
    if word in PINYIN_SYLLABLES:
        return True
    return any(word[:n] in PINYIN_SYLLABLES and _pinyin_word(word[n:]) for n in range(min(6, len(word) - 1), 0, -1))


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    sections = load_sections("stopwords.txt")
    return {lang: frozenset(w for line in lines for w in line.split()) for lang, lines in sections.items()}


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose function-word list holds it (one lookup per word). A word
    starting with a digit is left out: `detect_language` does not count such words."""
    index: dict[str, list[str]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            if not word[0].isdigit():
                index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def _script_vote(text: str, chars: Collection[str] | None = None) -> tuple[str, float]:
    """The non-Latin script with most letters in a sample, and the share of letters it has.
    `chars`: the distinct characters of `text` outside ASCII, where the caller has them."""
    if chars is not None and not any(c.isalpha() for c in chars if _BEYOND_LATIN.match(c)):
        # No letter beyond Latin in the text, so none in the sample: no script is counted (the
        # usual case for English, known here without the scan below).
        return "", 0.0
    step = max(1, len(text) // SCRIPT_SAMPLE)
    sample = text[::step]
    if sample.isascii():
        return "", 0.0
    counts: dict[str, int] = {}
    # Only letters beyond Latin Extended-B need a name lookup.
    for ch in _BEYOND_LATIN.findall(sample):
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, lang in _SCRIPTS.items():
            if name.startswith(prefix):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        # The usual case for English: only typographic quotes and dashes beyond Latin, so the
        # letters are not counted at all.
        return "", 0.0
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return "", 0.0
    if counts.get("ja"):
        counts["ja"] += counts.pop("zh", 0)
    lang = max(counts, key=counts.__getitem__)
    return lang, counts[lang] / letters


# A word starting with an ASCII digit, in words joined by spaces.
_DIGIT_START_RE = re.compile(" [0-9]")


def _count_digit_first(words: list[str], chars: Collection[str] | None) -> int:
    """How many of `words` (of a text whose distinct characters outside ASCII are `chars`, where
    known) start with a digit (str.isdigit). Where the text has no digit outside ASCII, counted
    by one regex scan of the words joined by spaces (a word holds no space, so " 7" is the start
    of a word): no Python step per word, half the time."""
    if chars is None or any(c.isdigit() for c in chars):
        return sum(1 for w in words if w[0].isdigit())
    return len(_DIGIT_START_RE.findall(" " + " ".join(words)))


# Template placeholders of web pages built by a front-end framework (AngularJS, Vue, Handlebars,
# Jinja, ERB, JS template strings): `{{ ctrl.content.status === "draft" ? ... }}`, `{% if %}`,
# `${user.name}`, `<%= title %>`. Their words are code and the page's other strings, not the text's
# language: they are left out of the words counted. (At most PLACEHOLDER_MAX_CHARS long; a longer
# span is not one placeholder.)
PLACEHOLDER_MAX_CHARS = 2000
_PLACEHOLDER_RE = re.compile(r"\{\{.{0,%d}?\}\}|\{%%.{0,%d}?%%\}|\$\{[^{}\n]{0,200}\}|<%%.{0,%d}?%%>"
                             % ((PLACEHOLDER_MAX_CHARS,) * 3), re.DOTALL)


def _words_outside_templates(doc: "Document") -> list[str]:
    """The document's lower-cased words, less those inside template placeholders (the text
    holds none in nearly every case: known by a substring test or two)."""
    text = doc.text
    # (each opening holds "{" or "<": a one-character test is a memchr, a tenth of the time of a
    # two-character one, so the text with neither is known at once, same answer)
    if "{" not in text and "<" not in text:
        return doc.lowers
    if "{{" not in text and "{%" not in text and "${" not in text and "<%" not in text:
        return doc.lowers
    spans = [m.span() for m in _PLACEHOLDER_RE.finditer(text)]
    if not spans:
        return doc.lowers
    out, k = [], 0
    for word, start in zip(doc.lowers, doc.token_starts):
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] <= start:
            continue
        out.append(word)
    return out


def _best_language(counts: dict[str, int], shared: list[tuple[str, ...]]) -> str:
    """The language whose function words the sample holds most of: by the plain counts, and
    where another language than English ties or leads, by counts in which a word that several
    lists hold counts 1/k for each of its k languages ("de" and "en" are Dutch, Swedish and
    Turkish function words, and French text is full of them too: shared words are weak evidence
    of any one language, and a short French page of labels went to Dutch on them)."""
    best = max(counts, key=counts.__getitem__)
    if best == "en" or not counts[best]:
        return best
    weighted = dict.fromkeys(counts, 0.0)
    for langs in shared:
        for lang in langs:
            weighted[lang] += 1.0 / len(langs)
    others = [lang for lang in counts if lang != "en"]
    return max(others, key=weighted.__getitem__)


def detect_language(doc: "Document", chars: Collection[str] | None = None) -> tuple[str, str]:
    """(language code, note) for a prepared document. `chars`: the distinct characters of its
    text outside ASCII, where the caller has them (`xlplugin.text.prepare` does)."""
    # The first SAMPLE_WORDS words, less those that start with a digit (a number is no evidence
    # of a language): n of them.
    sample = _words_outside_templates(doc)[:SAMPLE_WORDS]
    n = len(sample) - _count_digit_first(sample, chars)
    if not n:
        return "unknown", "no words to score"
    script, share = _script_vote(doc.text, chars)
    if share >= 0.5:
        return script, f"written mostly in another script ({script})"
    if _pinyin(sample, script, chars):
        return "zh", "most words are pinyin: Chinese written in Latin letters"
    counts = {lang: 0 for lang in _stopwords()}
    # each word's languages in one C-level pass (most words are in no list: None, dropped)
    # (over the whole sample: a word starting with a digit is in no list)
    shared = list(filter(None, map(_languages_of_word().get, sample)))
    counts.update(Counter(chain.from_iterable(shared)))
    best = _best_language(counts, shared)
    if counts[best] and best != "en" and counts[best] > counts["en"] * 1.5:
        return best, f"function words are mostly {best}"
    if n >= SHORT_TEXT_WORDS:
        if counts["en"] / n >= MIN_ENGLISH_FUNCTION_SHARE:
            return "en", ""
        return "unknown", "too few English function words to be English prose"
    vocab = syllables.english_words()
    known = sum(1 for w in sample if w in vocab and not w[0].isdigit())
    if counts["en"] or known / n >= MIN_DICTIONARY_SHARE:
        return "en", ""
    return "unknown", "too few English words"
