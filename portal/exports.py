"""Wagtail listings' CSV export in the reader's language.

Wagtail streams a CSV after the view has returned, when the admin's language (the reader's
choice) is no longer active, so lazy headings and labels would come out in the default
language. This mixin writes each chunk with the reader's language active again."""

from django.utils import translation


class ExportInReadersLanguage:
    def stream_csv(self, queryset):
        language = translation.get_language()  # now, in the view: the reader's
        chunks = super().stream_csv(queryset)

        def in_readers_language():
            while True:
                with translation.override(language):
                    chunk = next(chunks, None)
                if chunk is None:
                    return
                yield chunk

        return in_readers_language()
