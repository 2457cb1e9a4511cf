from django.db import models


class Notice(models.Model):
    title = models.CharField(max_length=100)
    text = models.TextField(blank=True)

    def __str__(self):
        return self.title
