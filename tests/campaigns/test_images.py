"""Editors upload and choose images and documents; a campaign's hero and social image come from
the library, the same in both languages, with an absolute og:image."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.factories.pages import campaign_page, locale
from tests.staff import MARKETING, REGIONAL, TRANSLATOR, make_staff

pytestmark = pytest.mark.django_db


def png(name="family-walk.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (0, 89, 79)).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def test_marketing_editors_upload_and_choose_images_and_documents(client):
    client.force_login(make_staff(MARKETING))
    assert client.get("/admin/images/chooser/").status_code == 200
    assert client.get("/admin/documents/chooser/").status_code == 200
    response = client.post("/admin/images/add/", {"title": "Family walk", "file": png(),
                                                  "collection": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    image = Image.objects.get(title="Family walk")
    assert client.get(f"/admin/images/{image.pk}/").status_code == 200  # change
    response = client.post("/admin/documents/add/", {
        "title": "Information pack", "collection": "1",
        "file": ContentFile(b"%PDF-1.4 pack", name="pack.pdf")})
    assert response.status_code == 302
    assert Document.objects.filter(title="Information pack").exists()


@pytest.mark.parametrize("role", [TRANSLATOR, REGIONAL])
def test_roles_that_edit_no_images_are_refused(client, role):
    client.force_login(make_staff(role, region="north-wales" if role == REGIONAL else None))
    assert client.get("/admin/images/").status_code in (302, 403)
    response = client.post("/admin/images/add/", {"title": "Nope", "file": png()})
    assert response.status_code in (302, 403)
    assert not Image.objects.filter(title="Nope").exists()


def test_the_hero_and_social_image_render_in_both_languages(client):
    hero = Image.objects.create(title="Family walk", file=png())
    social = Image.objects.create(title="Share card", file=png("share.png"))
    page = campaign_page("image-week", hero_image=hero, hero_alt="A family walking on a beach",
                         social_image=social, social_image_alt="Two adopters laughing",
                         welsh={"hero_alt": "Teulu'n cerdded ar draeth",
                                "social_image_alt": "Dau fabwysiadwr yn chwerthin"})
    welsh = page.get_translation(locale("cy")).specific
    assert welsh.hero_image_id == hero.pk and welsh.social_image_id == social.pk  # synchronised
    for html, alt, social_alt in [
            (client.get(page.url).content.decode(), "A family walking on a beach",
             "Two adopters laughing"),
            (client.get(welsh.url).content.decode(), "Teulu&#x27;n cerdded ar draeth",
             "Dau fabwysiadwr yn chwerthin")]:
        hero_tag = re.search(r'<img [^>]*class="ac-hero__image"[^>]*>', html).group(0)
        assert f'alt="{alt}"' in hero_tag
        og = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
        assert og.startswith("http://localhost/") and "share" in og and "fill-1200x630" in og
        assert f'<meta property="og:image:alt" content="{social_alt}">' in html


def test_without_a_social_image_the_hero_is_shared(client):
    hero = Image.objects.create(title="Family walk", file=png())
    page = campaign_page("hero-only", hero_image=hero, hero_alt="A family walking")
    html = client.get(page.url).content.decode()
    og = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert "family-walk" in og and og.startswith("http://localhost/")
    assert '<meta property="og:image:alt" content="A family walking">' in html
    assert 'name="twitter:card" content="summary_large_image"' in html
