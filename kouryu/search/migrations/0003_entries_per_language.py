"""Entries per language, a readings field, and filter tokens in the full-text store.

A registry record or place now has one entry per language (``per_language``), so an
object may have several entries: the unique key becomes (type, object, language). Its
other names and readings go into ``reading_tokens``, a field of its own with a lower
weight. The full-text store is made again with that field and, on SQLite, with the
filters as tokens of a fourth column (``facets``), so that FTS5 filters matches itself
instead of reading every matching entry row.

Entries are derived data and the analyzer changed too, so they are all removed here;
``setup_site`` (its search hook finds registered objects without an entry) or
``manage.py search_rebuild`` writes them again.

The SQL is written out here, not imported, so that this migration stays as it was run.
"""

from django.db import migrations, models

OLD_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS kouryu_search_fts_au",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ad",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ai",
    "DROP TABLE IF EXISTS kouryu_search_fts",
]
OLD_POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS kouryu_search_vector_gin",
    "ALTER TABLE kouryu_search_searchentry DROP COLUMN IF EXISTS search_vector",
]

# The filters as words of letters and digits (unicode61 splits at '_' and '-'):
# "public", "lang" + the language without its dash ("langnone" for no language),
# "kind" + the kind, "ct" + the content type, and "single" for an entry that is its
# object's only one. The view is the store's content, so that 'rebuild' sees them too.
FACETS = (
    "(CASE WHEN {t}.is_public THEN 'public ' ELSE '' END)"
    " || 'lang' || CASE WHEN {t}.language = '' THEN 'none'"
    " ELSE lower(replace(replace({t}.language, '-', ''), '_', '')) END"
    " || ' kind' || lower(replace(replace({t}.kind, '-', ''), '_', ''))"
    " || ' ct' || {t}.content_type_id"
    " || CASE WHEN {t}.per_language THEN '' ELSE ' single' END"
)
COLUMNS = "title_tokens, body_tokens, reading_tokens, facets"


def _row(t):
    return f"{t}.title_tokens, {t}.body_tokens, {t}.reading_tokens, {FACETS.format(t=t)}"


SQLITE_FORWARD = [
    f"""
    CREATE VIEW kouryu_search_fts_source AS
    SELECT e.id AS id, e.title_tokens AS title_tokens, e.body_tokens AS body_tokens,
           e.reading_tokens AS reading_tokens, {FACETS.format(t="e")} AS facets
    FROM kouryu_search_searchentry AS e
    """,
    f"""
    CREATE VIRTUAL TABLE kouryu_search_fts USING fts5(
        {COLUMNS},
        content='kouryu_search_fts_source', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    f"""
    CREATE TRIGGER kouryu_search_fts_ai AFTER INSERT ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(rowid, {COLUMNS}) VALUES (new.id, {_row("new")});
    END
    """,
    f"""
    CREATE TRIGGER kouryu_search_fts_ad AFTER DELETE ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(kouryu_search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {_row("old")});
    END
    """,
    f"""
    CREATE TRIGGER kouryu_search_fts_au AFTER UPDATE ON kouryu_search_searchentry BEGIN
        INSERT INTO kouryu_search_fts(kouryu_search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {_row("old")});
        INSERT INTO kouryu_search_fts(rowid, {COLUMNS}) VALUES (new.id, {_row("new")});
    END
    """,
    "INSERT INTO kouryu_search_fts(kouryu_search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS kouryu_search_fts_au",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ad",
    "DROP TRIGGER IF EXISTS kouryu_search_fts_ai",
    "DROP TABLE IF EXISTS kouryu_search_fts",
    "DROP VIEW IF EXISTS kouryu_search_fts_source",
]
# Weights: title A, text B, readings C (ts_rank's defaults: 1.0, 0.4, 0.2).
POSTGRESQL_FORWARD = [
    """
    ALTER TABLE kouryu_search_searchentry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_tokens), 'B')
        || setweight(to_tsvector('simple'::regconfig, reading_tokens), 'C')
    ) STORED
    """,
    "ALTER TABLE kouryu_search_searchentry ALTER COLUMN search_vector SET STORAGE MAIN",
    "CREATE INDEX kouryu_search_vector_gin ON kouryu_search_searchentry USING GIN (search_vector)",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def store_drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, [*SQLITE_BACKWARD, *OLD_SQLITE_DROP])
    elif vendor == "postgresql":
        _run(schema_editor, OLD_POSTGRESQL_DROP)


def entries_remove(apps, schema_editor):
    apps.get_model("kouryu_search", "SearchEntry").objects.all().delete()


def store_create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_FORWARD)


def store_drop_new(apps, schema_editor):
    """Going back: entries per language would break the old unique key, so they go too."""
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARD)
    elif vendor == "postgresql":
        _run(schema_editor, OLD_POSTGRESQL_DROP)
    entries_remove(apps, schema_editor)


def store_create_0002(apps, schema_editor):
    """Going back: the store of migration 0002, from that migration's own SQL."""
    import importlib

    previous = importlib.import_module("kouryu.search.migrations.0002_full_text_store")
    previous.forward(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("kouryu_search", "0002_full_text_store")]

    operations = [
        migrations.RunPython(store_drop, store_create_0002, elidable=False),
        migrations.RunPython(entries_remove, migrations.RunPython.noop, elidable=False),
        migrations.RemoveConstraint(
            model_name="searchentry", name="kouryu_search_entry_unique_object"
        ),
        migrations.AddField(
            model_name="searchentry",
            name="per_language",
            field=models.BooleanField(
                default=False,
                help_text="The object has one entry per language; this is one of them.",
                verbose_name="one of its languages",
            ),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="reading_tokens",
            field=models.TextField(blank=True, verbose_name="reading tokens"),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="readings",
            field=models.TextField(blank=True, verbose_name="readings"),
        ),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.UniqueConstraint(
                fields=("content_type", "object_id", "language"),
                name="kouryu_search_entry_unique_object_language",
            ),
        ),
        migrations.RunPython(store_create, store_drop_new, elidable=False),
    ]
