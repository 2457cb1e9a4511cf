"""The full-text store for SearchEntry, by database vendor; not part of the model state.

SQLite: an external-content FTS5 table over the token columns, kept in step by
triggers (the unicode61 tokenizer: our analyzer has already split CJK text, and
two-character words such as 北京 stay findable, which the trigram tokenizer misses).
PostgreSQL: a generated tsvector column ('simple' configuration, title weighted A,
text B), stored in the row, with a GIN index.

The SQL is written out here, not imported, so that this migration stays as it was
run. A later migration that makes Django rebuild the table on SQLite (altering a
column) drops the triggers and must create them again.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE kouryu_search_fts USING fts5(
        title_tokens, body_tokens,
        content='kouryu_search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER kouryu_search_fts_ai AFTER INSERT ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(rowid, title_tokens, body_tokens)
        VALUES (new.id, new.title_tokens, new.body_tokens);
    END
    """,
    """
    CREATE TRIGGER kouryu_search_fts_ad AFTER DELETE ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(kouryu_search_fts, rowid, title_tokens, body_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.body_tokens);
    END
    """,
    """
    CREATE TRIGGER kouryu_search_fts_au AFTER UPDATE ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(kouryu_search_fts, rowid, title_tokens, body_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.body_tokens);
        INSERT INTO kouryu_search_fts(rowid, title_tokens, body_tokens)
        VALUES (new.id, new.title_tokens, new.body_tokens);
    END
    """,
    # Entries written before this migration (none in a fresh database).
    "INSERT INTO kouryu_search_fts(kouryu_search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS kouryu_search_fts_au",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ad",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ai",
    "DROP TABLE IF EXISTS kouryu_search_fts",
]

POSTGRESQL_FORWARD = [
    """
    ALTER TABLE kouryu_search_searchentry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_tokens), 'B')
    ) STORED
    """,
    # Keep the vector in the row (compressed) rather than in TOAST: ranking reads the
    # vector of every match, and a TOAST fetch per row made it three times slower.
    "ALTER TABLE kouryu_search_searchentry ALTER COLUMN search_vector SET STORAGE MAIN",
    "CREATE INDEX kouryu_search_vector_gin ON kouryu_search_searchentry USING GIN (search_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS kouryu_search_vector_gin",
    "ALTER TABLE kouryu_search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_FORWARD)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("kouryu_search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
