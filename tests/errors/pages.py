"""What every error page must be: the status, the page's language, the portal's layout, the
other language offered, and nothing from Django's debug pages."""

OTHER = {"en": "Cymraeg", "cy": "English"}


def assert_error_page(response, status, language, heading):
    assert response.status_code == status
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert heading in html
    assert 'class="ac-header"' in html and "govuk-footer" in html
    assert f">{OTHER[language]}</a>" in html  # the language toggle
    for leak in ("DEBUG", "Traceback", "CSRF verification failed", "Request aborted"):
        assert leak not in html
    assert response["Cache-Control"] == "private, no-store"
    return html
