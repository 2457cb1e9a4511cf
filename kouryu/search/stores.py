"""The two full-text stores behind SearchEntry: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

Both hold the analyzer's tokens, never raw text, and both are queried with an
expression built by ``analyzer.analyze_query``. User input reaches SQL only as
quoted tokens passed as a parameter, never as query syntax.
"""

from dataclasses import dataclass

from django.db import connection as default_connection

from kouryu.search.analyzer import AllOf, AnyOf, Term

TABLE = "kouryu_search_searchentry"
FTS_TABLE = "kouryu_search_fts"
VECTOR_COLUMN = "search_vector"
VECTOR_INDEX = "kouryu_search_vector_gin"
# A title hit counts as much as four in the text.
TITLE_WEIGHT = 4.0

SQLITE_TRIGGERS = ("kouryu_search_fts_ai", "kouryu_search_fts_ad", "kouryu_search_fts_au")


@dataclass(frozen=True)
class Filters:
    public: bool = True
    languages: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    content_type_ids: tuple[int, ...] = ()
    # Types whose entries count only when public: the reader may not view their others.
    public_only_content_type_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Ranked:
    """Entry ids of one page of results, best first, and the number of all matches."""

    ids: list[int]
    total: int


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
                # Registry records and places are in every language at once ("").
                values = (*values, "")
            clauses.append(f"{alias}.{column} IN ({', '.join(['%s'] * len(values))})")
            params += list(values)
    hidden = filters.public_only_content_type_ids
    if hidden and not filters.public:
        placeholders = ", ".join(["%s"] * len(hidden))
        clauses.append(f"({alias}.is_public OR {alias}.content_type_id NOT IN ({placeholders}))")
        params += list(hidden)
    return clauses, params


class SQLiteStore:
    vendor = "sqlite"

    @staticmethod
    def compile(node) -> str:
        """FTS5 query syntax; every token double-quoted so it is only ever a string."""
        if isinstance(node, Term):
            quoted = '"' + node.token.replace('"', '""') + '"'
            return quoted + "*" if node.prefix else quoted
        joiner = " AND " if isinstance(node, AllOf) else " OR "
        assert isinstance(node, AllOf | AnyOf)
        return "(" + joiner.join(SQLiteStore.compile(part) for part in node.parts) + ")"

    def rank(self, expression, filters: Filters, *, limit: int, offset: int, connection) -> Ranked:
        clauses, params = _where(filters, "e")
        where = "".join(f" AND {clause}" for clause in clauses)
        # bm25() cannot sit beside a window function, hence the subquery.
        sql = (
            f"SELECT id, score, COUNT(*) OVER () AS total FROM ("
            f"SELECT e.id AS id, bm25({FTS_TABLE}, {TITLE_WEIGHT}, 1.0) AS score"
            f" FROM {FTS_TABLE} JOIN {TABLE} AS e ON e.id = {FTS_TABLE}.rowid"
            f" WHERE {FTS_TABLE} MATCH %s{where}"
            f") ORDER BY score, id LIMIT %s OFFSET %s"
        )
        return _run(connection, sql, [self.compile(expression), *params, limit, offset])

    def count(self, expression, filters: Filters, *, connection) -> int:
        clauses, params = _where(filters, "e")
        where = "".join(f" AND {clause}" for clause in clauses)
        sql = (
            f"SELECT COUNT(*) FROM {FTS_TABLE} JOIN {TABLE} AS e ON e.id = {FTS_TABLE}.rowid"
            f" WHERE {FTS_TABLE} MATCH %s{where}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.compile(expression), *params])
            return cursor.fetchone()[0]

    def is_installed(self, connection) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
                [FTS_TABLE, *SQLITE_TRIGGERS],
            )
            return len(cursor.fetchall()) == 1 + len(SQLITE_TRIGGERS)

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
        # The materialised CTE ranks each match once and counts narrow (id, score) rows;
        # without it the window carried every vector and spilled to disk.
        sql = (
            f"WITH hits AS MATERIALIZED ("
            f"SELECT e.id, ts_rank(e.{VECTOR_COLUMN}, q, 1) AS score"
            f" FROM {TABLE} AS e, to_tsquery('simple', %s) AS q"
            f" WHERE e.{VECTOR_COLUMN} @@ q{where}"
            f") SELECT id, score, COUNT(*) OVER () AS total FROM hits"
            f" ORDER BY score DESC, id LIMIT %s OFFSET %s"
        )
        return _run(connection, sql, [self.compile(expression), *params, limit, offset])

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


def _run(connection, sql: str, params: list) -> Ranked:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return Ranked(ids=[row[0] for row in rows], total=rows[0][2] if rows else 0)


class UnsupportedDatabase(Exception):
    pass


def store_for(connection=None) -> SQLiteStore | PostgresStore:
    connection = connection or default_connection
    if connection.vendor == "sqlite":
        return SQLiteStore()
    if connection.vendor == "postgresql":
        return PostgresStore()
    raise UnsupportedDatabase(f"search has no store for {connection.vendor}")
