"""Reading articles and their optional publication metadata from disk.

This is the only pipeline module that touches the file system on the input side; everything
after it works on the plain values it returns.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md")
SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("file", "title", "outlet", "url", "published", "date_basis", "notes")
# A long news article is under 100 kB; anything far larger is a dump or a mistake.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]{2,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class RawArticle:
    """One input file, decoded. ``text`` is the canonical text that all offsets index into."""

    source_file: str
    text: str
    sha256: str
    encoding: str
    problems: tuple[str, ...] = ()
    fatal: str = ""
    origin: str = "corpus"


@dataclass(frozen=True)
class SourceMetadata:
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    date_basis: str = ""
    notes: str = ""


@dataclass
class SourcesTable:
    by_file: dict[str, SourceMetadata] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def decode_article(source_file: str, data: bytes, origin: str = "corpus") -> RawArticle:
    """Decode bytes into canonical text, recording every repair as a problem message."""
    sha256 = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_ARTICLE_BYTES:
        return RawArticle(source_file, "", sha256, "", origin=origin, fatal=_too_large(len(data)))
    if not data.strip():
        reason = "empty file" if not data else "file holds only whitespace"
        return RawArticle(source_file, "", sha256, "", fatal=reason, origin=origin)
    if _looks_binary(data):
        return RawArticle(
            source_file, "", sha256, "", fatal="binary data, not a text article", origin=origin
        )
    text, encoding, problems = _decode(data)
    if "\r" in text:
        problems.append("Windows (CRLF) or old Mac line endings normalised to \\n")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stripped = _CONTROL_CHARS.sub("", text)
    if len(stripped) != len(text):
        problems.append(f"removed {len(text) - len(stripped)} control character(s)")
    text = unicodedata.normalize("NFC", stripped)
    if not text.strip():
        return RawArticle(
            source_file,
            "",
            sha256,
            encoding,
            tuple(problems),
            fatal="no readable text after decoding",
            origin=origin,
        )
    if _looks_like_html(text):
        return RawArticle(
            source_file,
            text,
            sha256,
            encoding,
            tuple(problems),
            fatal="looks like an HTML page, not a plain-text article; "
            "save the article's text instead",
            origin=origin,
        )
    return RawArticle(source_file, text, sha256, encoding, tuple(problems), origin=origin)


def _too_large(size: int) -> str:
    limit = MAX_ARTICLE_BYTES // 1_048_576
    return f"file is {size / 1_048_576:.1f} MB, over the {limit} MB limit for one article"


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ["UTF-8 byte-order mark removed"]
        except UnicodeDecodeError:
            data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    as_cyrillic = data.decode("cp1251", errors="replace")
    cyrillic = len(_CYRILLIC.findall(as_cyrillic))
    in_words = sum(len(run) for run in _CYRILLIC_RUN.findall(as_cyrillic))
    # Russian text decodes to whole Cyrillic words; Western accents decode to lone letters ("Cafй").
    if cyrillic and in_words / cyrillic > 0.7:
        encoding = "cp1251"
        text = as_cyrillic
    else:
        encoding = "cp1252"
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            encoding = "latin-1"
            text = data.decode("latin-1")
    return text, encoding, [f"not valid UTF-8; decoded as {encoding}"]


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    tags = len(
        re.findall(
            r"</?(?:div|p|span|a|script|head|body|meta|link|li|ul|table)\b", text[:20000], re.I
        )
    )
    return tags >= 10


def read_article_file(path: Path, origin: str = "corpus") -> RawArticle:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return RawArticle(path.name, "", "", "", origin=origin, fatal=_too_large(size))
        data = path.read_bytes()
    except OSError as error:
        return RawArticle(
            path.name, "", "", "", fatal=f"cannot read file: {error.strerror}", origin=origin
        )
    return decode_article(path.name, data, origin)


def list_article_files(folder: Path) -> list[Path]:
    return sorted(
        (
            path
            for path in folder.iterdir()
            if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
        ),
        key=lambda path: path.name,
    )


def read_sources(folder: Path) -> SourcesTable:
    path = folder / SOURCES_FILE
    if not path.exists():
        return SourcesTable()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return SourcesTable(problems=[f"{SOURCES_FILE}: cannot read ({error}); metadata ignored"])
    return parse_sources(text)


def parse_sources(text: str) -> SourcesTable:
    """Parse ``sources.csv``; a bad row is reported and skipped, never fatal for the corpus."""
    table = SourcesTable()
    try:
        rows = list(csv.DictReader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"))))
    except csv.Error as error:
        table.problems.append(
            f"{SOURCES_FILE}: not a readable CSV file ({error}); metadata ignored"
        )
        return table
    header = _column_names(rows, text)
    # Without a 'file' column no row can be matched to an article.
    if "file" not in header:
        table.problems.append(
            f"{SOURCES_FILE}: no 'file' column (found {header}); metadata ignored"
        )
        return table
    missing = [name for name in SOURCES_COLUMNS if name not in header]
    if missing:
        table.problems.append(f"{SOURCES_FILE}: missing column(s) {', '.join(missing)}")
    # The header is line 1, so rows are numbered from 2.
    for line_number, row in enumerate(rows, start=2):
        entry = _source_entry(_cleaned(row), f"{SOURCES_FILE} line {line_number}", table.problems)
        if entry:
            file_name, metadata = entry
            table.by_file[file_name] = metadata
    return table


# A row as csv.DictReader gives it: a short row's missing cells are None, and a long row's
# extra cells are a list under the key None.
_CsvRow = dict[str | None, str | list[str] | None]


def _column_names(rows: list[_CsvRow], text: str) -> list[str]:
    """The header's column names, trimmed and lower-cased."""
    # With no data rows there is no row to take the names from: read the header line itself.
    names = rows[0].keys() if rows else _header_only(text)
    return [name.strip().lower() for name in names if isinstance(name, str)]


def _cleaned(row: _CsvRow) -> dict[str, str]:
    """A row keyed by trimmed, lower-cased column name, with trimmed values; a short row's
    missing cells and a long row's extra cells are dropped."""
    return {
        (key or "").strip().lower(): (value or "").strip()
        for key, value in row.items()
        if isinstance(value, str)
    }


def _source_entry(
    cleaned: dict[str, str], where: str, problems: list[str]
) -> tuple[str, SourceMetadata] | None:
    """The file name and metadata of one row, or None when the row names no file.

    ``where`` ("sources.csv line 3") starts each problem message appended to ``problems``.
    """
    file_name = cleaned.get("file", "")
    if not file_name:
        problems.append(f"{where}: empty 'file'; row skipped")
        return None
    published = _checked_published(cleaned.get("published", ""), file_name, where, problems)
    basis = _checked_date_basis(cleaned.get("date_basis", ""), file_name, where, problems)
    return file_name, SourceMetadata(
        title=cleaned.get("title", ""),
        outlet=cleaned.get("outlet", ""),
        url=cleaned.get("url", ""),
        published=published,
        # A publication date given in the metadata is by default a metadata date.
        date_basis=basis or ("metadata" if published else ""),
        notes=cleaned.get("notes", ""),
    )


def _checked_published(published: str, file_name: str, where: str, problems: list[str]) -> str:
    """``published`` if empty or a valid ISO date; otherwise reported and dropped."""
    if published and not is_iso_date(published):
        problems.append(
            f"{where}: published '{published}' for {file_name} "
            "is not a valid YYYY-MM-DD date; ignored"
        )
        return ""
    return published


def _checked_date_basis(basis: str, file_name: str, where: str, problems: list[str]) -> str:
    """``basis`` if empty or a known value; otherwise reported and dropped (so the default
    applies)."""
    if basis not in ("", "metadata", "inferred"):
        problems.append(
            f"{where}: date_basis '{basis}' for {file_name} "
            "should be 'metadata' or 'inferred'; using 'metadata'"
        )
        return ""
    return basis


def _header_only(text: str) -> list[str]:
    first_line = text.replace("\r", "\n").split("\n", 1)[0]
    return next(csv.reader([first_line]), [])


def is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
