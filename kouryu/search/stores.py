"""The two full-text stores behind SearchEntry: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

Both hold the analyzer's tokens, never raw text, and both are queried with an
expression built by ``analyzer.analyze_query``. User input reaches SQL only as
quoted tokens passed as a parameter, never as query syntax.
"""

from dataclasses import dataclass, field

from django.db import connection as default_connection

from kouryu.search.analyzer import AllOf, AnyOf, Term

TABLE = "kouryu_search_searchentry"
FTS_TABLE = "kouryu_search_fts"
VECTOR_COLUMN = "search_vector"
VECTOR_INDEX = "kouryu_search_vector_gin"
# A title hit counts as much as four in the text.
TITLE_WEIGHT = 4.0

FTS_COLUMNS = ("title_tokens", "body_tokens", "reading_tokens", "facets")
SQLITE_TRIGGERS = ("kouryu_search_fts_ai", "kouryu_search_fts_ad", "kouryu_search_fts_au")


@dataclass(frozen=True)
class Filters:
    public: bool = True
    languages: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    content_type_ids: tuple[int, ...] = ()
    # Types whose entries count only when public: the reader may not view their others.
    public_only_content_type_ids: tuple[int, ...] = ()
    # Without a language filter, an object with one entry per language is found through
    # its entry in this language only (once, not three times).
    reader_language: str = ""


@dataclass(frozen=True)
class Ranked:
    """Entries of one page of results, best first, and the number of all matches.

    ``kinds`` are the entries' kinds, in the same order."""

    ids: list[int]
    total: int
    kinds: list[str] = field(default_factory=list)


def facet(prefix: str, value) -> str:
    """A filter value as the one word the SQLite store holds for it (see migration 0003):
    letters and digits only, 'langnone' for no language."""
    text = str(value).lower().replace("-", "").replace("_", "")
    return prefix + (text or "none")


def _reader_language(filters: Filters) -> str:
    return "" if filters.languages else filters.reader_language


def _where(filters: Filters, alias: str) -> tuple[list[str], list]:
    clauses, params = [], []
    if filters.public:
        clauses.append(f"{alias}.is_public")
    for column, values in (
        ("language", filters.languages),
        ("kind", filters.kinds),
        ("content_type_id", filters.content_type_ids),
    ):
        if values:
            if column == "language":
                # Entries in no single language ("") match every language.
                values = (*values, "")
            clauses.append(f"{alias}.{column} IN ({', '.join(['%s'] * len(values))})")
            params += list(values)
    if reader := _reader_language(filters):
        clauses.append(f"(NOT {alias}.per_language OR {alias}.language = %s)")
        params.append(reader)
    hidden = filters.public_only_content_type_ids
    if hidden and not filters.public:
        placeholders = ", ".join(["%s"] * len(hidden))
        clauses.append(f"({alias}.is_public OR {alias}.content_type_id NOT IN ({placeholders}))")
        params += list(hidden)
    return clauses, params


class SQLiteStore:
    """FTS5 does the matching and the filtering: the filters are words of the store's
    ``facets`` column, so a query never reads the entry rows of its matches (that join
    was most of a search's time); ranking is FTS5's bm25 over the three text fields."""

    vendor = "sqlite"
    TEXT_COLUMNS = "{title_tokens body_tokens reading_tokens}"
    # title, text, readings, facets
    WEIGHTS = f"{TITLE_WEIGHT}, 1.0, 0.5, 0.0"

    @staticmethod
    def compile(node) -> str:
        """FTS5 query syntax; every token double-quoted so it is only ever a string."""
        if isinstance(node, Term):
            quoted = '"' + node.token.replace('"', '""') + '"'
            return quoted + "*" if node.prefix else quoted
        joiner = " AND " if isinstance(node, AllOf) else " OR "
        assert isinstance(node, AllOf | AnyOf)
        return "(" + joiner.join(SQLiteStore.compile(part) for part in node.parts) + ")"

    @staticmethod
    def _any_facet(prefix: str, values) -> str:
        return "facets : (" + " OR ".join(f'"{facet(prefix, v)}"' for v in values) + ")"

    def match(self, expression, filters: Filters) -> str:
        """The whole MATCH expression: the query in the text fields, AND the filters."""
        parts = [f"{self.TEXT_COLUMNS} : {self.compile(expression)}"]
        if filters.public:
            parts.append('facets : "public"')
        if filters.languages:
            parts.append(self._any_facet("lang", (*filters.languages, "")))
        if filters.kinds:
            parts.append(self._any_facet("kind", filters.kinds))
        if filters.content_type_ids:
            parts.append(self._any_facet("ct", filters.content_type_ids))
        if reader := _reader_language(filters):
            parts.append(f'facets : ("single" OR "{facet("lang", reader)}")')
        text = " AND ".join(f"({part})" for part in parts)
        hidden = filters.public_only_content_type_ids
        if hidden and not filters.public:
            text = f'({text}) NOT (({self._any_facet("ct", hidden)}) NOT facets : "public")'
        return text

    def rank(self, expression, filters: Filters, *, limit: int, offset: int, connection) -> Ranked:
        match = self.match(expression, filters)
        sql = (
            f"SELECT r.id, e.kind FROM ("
            f"SELECT rowid AS id, bm25({FTS_TABLE}, {self.WEIGHTS}) AS score"
            f" FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
            f" ORDER BY score, rowid LIMIT %s OFFSET %s"
            f") AS r JOIN {TABLE} AS e ON e.id = r.id ORDER BY r.score, r.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, limit, offset])
            rows = cursor.fetchall()
        total = self._count(match, connection) if rows or offset else 0
        return Ranked(ids=[row[0] for row in rows], kinds=[row[1] for row in rows], total=total)

    def _count(self, match: str, connection) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])
            return cursor.fetchone()[0]

    def count(self, expression, filters: Filters, *, connection) -> int:
        return self._count(self.match(expression, filters), connection)

    def is_installed(self, connection) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
                [FTS_TABLE, *SQLITE_TRIGGERS],
            )
            if len(cursor.fetchall()) != 1 + len(SQLITE_TRIGGERS):
                return False
            cursor.execute(f"SELECT * FROM {FTS_TABLE} WHERE 0")
            return [column[0] for column in cursor.description] == list(FTS_COLUMNS)

    def optimize(self, connection) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


class PostgresStore:
    vendor = "postgresql"

    @staticmethod
    def compile(node) -> str:
        """tsquery syntax; every token single-quoted so it is only ever a lexeme."""
        if isinstance(node, Term):
            quoted = "'" + node.token.replace("\\", "\\\\").replace("'", "''") + "'"
            return quoted + ":*" if node.prefix else quoted
        joiner = " & " if isinstance(node, AllOf) else " | "
        assert isinstance(node, AllOf | AnyOf)
        return "(" + joiner.join(PostgresStore.compile(part) for part in node.parts) + ")"

    def rank(self, expression, filters: Filters, *, limit: int, offset: int, connection) -> Ranked:
        clauses, params = _where(filters, "e")
        where = "".join(f" AND {clause}" for clause in clauses)
        # Normalisation 1 divides by 1 + log(length), so long texts do not win by size.
        sql = (
            f"SELECT e.id, e.kind FROM {TABLE} AS e, to_tsquery('simple', %s) AS q"
            f" WHERE e.{VECTOR_COLUMN} @@ q{where}"
            f" ORDER BY ts_rank(e.{VECTOR_COLUMN}, q, 1) DESC, e.id LIMIT %s OFFSET %s"
        )
        query = self.compile(expression)
        with connection.cursor() as cursor:
            cursor.execute(sql, [query, *params, limit, offset])
            rows = cursor.fetchall()
        total = self.count(expression, filters, connection=connection) if rows or offset else 0
        return Ranked(ids=[row[0] for row in rows], kinds=[row[1] for row in rows], total=total)

    def count(self, expression, filters: Filters, *, connection) -> int:
        clauses, params = _where(filters, "e")
        where = "".join(f" AND {clause}" for clause in clauses)
        sql = (
            f"SELECT COUNT(*) FROM {TABLE} AS e"
            f" WHERE e.{VECTOR_COLUMN} @@ to_tsquery('simple', %s){where}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.compile(expression), *params])
            return cursor.fetchone()[0]

    def is_installed(self, connection) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT COUNT(*) FROM information_schema.columns"
                " WHERE table_name = %s AND column_name = %s"
                " AND table_schema = ANY(current_schemas(false))",
                [TABLE, VECTOR_COLUMN],
            )
            column = cursor.fetchone()[0] == 1
            cursor.execute("SELECT COUNT(*) FROM pg_indexes WHERE indexname = %s", [VECTOR_INDEX])
            return column and cursor.fetchone()[0] == 1

    def optimize(self, connection) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {TABLE}")


class UnsupportedDatabase(Exception):
    pass


def store_for(connection=None) -> SQLiteStore | PostgresStore:
    connection = connection or default_connection
    if connection.vendor == "sqlite":
        return SQLiteStore()
    if connection.vendor == "postgresql":
        return PostgresStore()
    raise UnsupportedDatabase(f"search has no store for {connection.vendor}")
