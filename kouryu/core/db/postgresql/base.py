"""PostgreSQL backend whose test databases use the C.UTF-8 collation and character type."""

from django.db.backends.postgresql import base, creation


class DatabaseCreation(creation.DatabaseCreation):
    def sql_table_creation_suffix(self):
        # Django has no collation option for PostgreSQL test databases; with 'C' a
        # trigram or case function treats CJK characters as non-letters.
        suffix = super().sql_table_creation_suffix() or "WITH"
        return f"{suffix} LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"


class DatabaseWrapper(base.DatabaseWrapper):
    creation_class = DatabaseCreation
