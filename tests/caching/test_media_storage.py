"""Media go to object storage when MEDIA_BUCKET is set, so that every app process sees every
upload; the CSP then allows images from our own media host and nowhere else."""

import json
import os
import subprocess
import sys

from tests.servers import ROOT

SHOW = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default_storage = storages["default"]
from portal.security import ContentSecurityPolicyMiddleware
policy = ContentSecurityPolicyMiddleware(lambda request: None).public_policy
print(json.dumps({"class": type(default_storage).__name__,
                  "url": default_storage.url("images/leaflet.jpg"),
                  "img_src": [p for p in policy.split("; ") if p.startswith("img-src")][0]}))
"""


def settings_with(**env):
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", **env}
    for name in ("MEDIA_BUCKET", "MEDIA_ORIGIN"):
        if name not in env:
            environ.pop(name, None)
    out = subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT, env=environ, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def test_media_on_local_disk_by_default():
    shown = settings_with()
    assert shown["class"] == "FileSystemStorage"
    assert shown["url"] == "/media/images/leaflet.jpg"
    assert shown["img_src"] == "img-src 'self' data:"


def test_media_on_object_storage_from_our_own_media_host():
    shown = settings_with(MEDIA_BUCKET="adopt-cymru-media",
                          MEDIA_ORIGIN="https://media.adopt.example.org",
                          AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test")
    assert shown["class"] == "S3Storage"
    assert shown["url"] == "https://media.adopt.example.org/images/leaflet.jpg"
    assert shown["img_src"] == "img-src 'self' data: https://media.adopt.example.org"
