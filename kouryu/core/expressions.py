"""Database expressions shared by several apps."""

from django.db import models


class CurrentDate(models.Func):
    """SQL CURRENT_DATE: allowed in CHECK constraints on SQLite and PostgreSQL alike.

    Django's Now() renders a non-deterministic function that SQLite refuses in a CHECK.
    """

    template = "CURRENT_DATE"
    output_field = models.DateField()

    def __init__(self):
        super().__init__()
