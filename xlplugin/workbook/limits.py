"""The limits a workbook is read within, each with where it comes from."""

from __future__ import annotations

import zipfile
import zlib

__all__ = ["MAIN_NS", "STRICT_NS", "OLE2_SIGNATURE", "MAX_TOTAL_UNCOMPRESSED", "MAX_ENTRIES", "MAX_RATIO", "RATIO_CHECK_BYTES", "MAX_PART_BYTES", "MAX_SHARED_STRINGS_BYTES", "MAX_ROWS", "MAX_COLUMNS", "ZIP_ERRORS", "STREAM_CHUNK", "ZIP64_GUESS_LIMIT"]

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"


OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# Limits for the zip directory, checked before anything is decompressed (zipfile never hands out
# more than the size the directory declares: a part that holds more fails its checksum). A
# 100,000-row scored workbook with its evidence is about 300 MB of XML uncompressed; 2 GB
# leaves a wide margin. Spreadsheet XML compresses 5-30x in practice (repetitive sheets up to
# ~100x); a ratio above 500 on a part larger than 10 MB is what a zip bomb looks like.
MAX_TOTAL_UNCOMPRESSED = 2 * 1024**3


MAX_ENTRIES = 20_000


MAX_RATIO = 500


RATIO_CHECK_BYTES = 10 * 1024**2


# Parts that are read whole into memory (the Documents, Settings and Sources sheets, charts) may
# hold at most this much XML, and the shared strings (every text a spreadsheet program saved,
# held as Python strings while a workbook is read) at most MAX_SHARED_STRINGS_BYTES: both checked
# on the zip directory before anything is read. A sheet of 100,000 rows of 3,000-character texts
# is ~300 MB; the shared strings of such a workbook saved by Excel ~300 MB less the scores.
MAX_PART_BYTES = 512 * 1024**2


MAX_SHARED_STRINGS_BYTES = 256 * 1024**2


# A sheet's size (Excel's limits, also LibreOffice's since 7.4): a row or cell reference beyond
# them is damage, and reading a workbook must not walk through millions of empty rows for one.
MAX_ROWS = 1_048_576


MAX_COLUMNS = 16_384


# What zipfile and zlib raise on a damaged part: a bad checksum (BadZipFile), corrupt deflate
# data (zlib.error), a compression method they do not know (NotImplementedError), a part that
# ends early (EOFError), an encrypted part (RuntimeError), a broken directory (ValueError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError)


# Sheets are read in pieces of this size when streamed (a few hundred rows of a scored sheet).
STREAM_CHUNK = 1 << 20


# A part that may grow past this size gets ZIP64 headers (the zip format's 32-bit limit, halved:
# zipfile must decide before the size is known).
ZIP64_GUESS_LIMIT = 2**31
