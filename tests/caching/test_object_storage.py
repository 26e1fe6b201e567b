"""Media on object storage, against a real S3 API server (S3Proxy, from Maven Central, on local
disk): an uploaded image, its renditions and a document land in the bucket, where any other
process can read them, and the public document link still works."""

import io
import os
import shutil
import subprocess
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage

from tests.conftest import service_missing
from tests.servers import free_port, stop, wait_until_answering

ARTIFACT = "org.gaul:s3proxy:2.6.0:jar:jar-with-dependencies"
JAR = (Path.home() / ".m2/repository/org/gaul/s3proxy/2.6.0"
       / "s3proxy-2.6.0-jar-with-dependencies.jar")
IDENTITY, CREDENTIAL = "adopt-cymru-test", "adopt-cymru-test-secret"
pytestmark = pytest.mark.django_db


def s3proxy_jar():
    if not shutil.which("java") or not shutil.which("mvn"):
        service_missing("S3Proxy needs java and mvn (apt-get install default-jdk maven)")
    if not JAR.exists():
        fetched = subprocess.run(["mvn", "-q", "dependency:get", f"-Dartifact={ARTIFACT}"],
                                 capture_output=True, text=True, timeout=600)
        if fetched.returncode or not JAR.exists():
            service_missing(f"could not fetch {ARTIFACT}: {fetched.stdout[-300:]}")
    return JAR


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    jar = s3proxy_jar()
    tmp = tmp_path_factory.mktemp("s3proxy")
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    (tmp / "data").mkdir()
    (tmp / "s3proxy.conf").write_text("\n".join([
        f"s3proxy.endpoint={endpoint}", "s3proxy.authorization=aws-v2-or-v4",
        f"s3proxy.identity={IDENTITY}", f"s3proxy.credential={CREDENTIAL}",
        "jclouds.provider=filesystem", f"jclouds.filesystem.basedir={tmp / 'data'}"]))
    # The client JIT only and one GC thread: it starts in a few CPU-seconds beside the tests.
    server = subprocess.Popen(["java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                               "-jar", str(jar), "--properties",
                               str(tmp / "s3proxy.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(endpoint, server)  # anonymous requests get 403: it answers
        yield endpoint
    finally:
        stop(server)


def s3_client(endpoint):
    import boto3

    return boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=IDENTITY,
                        aws_secret_access_key=CREDENTIAL, region_name="eu-west-2")


@pytest.fixture
def bucket(settings, s3_endpoint, monkeypatch):
    # S3Proxy, like several S3-compatible stores, predates botocore's default checksums.
    monkeypatch.setenv("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")
    monkeypatch.setenv("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required")
    name = f"media-{uuid.uuid4().hex[:12]}"
    s3_client(s3_endpoint).create_bucket(Bucket=name)
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
            "bucket_name": name, "endpoint_url": s3_endpoint, "region_name": "eu-west-2",
            "access_key": IDENTITY, "secret_key": CREDENTIAL,
            "file_overwrite": False, "default_acl": None}}}
    return name


def stored_keys(endpoint, bucket):
    listing = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in listing.get("Contents", [])]


def png(width=300, height=200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (0, 89, 79)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_and_its_renditions_are_stored_in_the_bucket(bucket, s3_endpoint, settings):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Family walk",
                                 file=ImageFile(io.BytesIO(png()), name="family-walk.png"))
    rendition = image.get_rendition("fill-120x80")
    keys = stored_keys(s3_endpoint, bucket)
    assert image.file.name in keys and rendition.file.name in keys
    assert rendition.url.startswith(f"{s3_endpoint}/{bucket}/")
    # Another process (a fresh client) reads exactly what was uploaded.
    body = s3_client(s3_endpoint).get_object(Bucket=bucket, Key=image.file.name)["Body"].read()
    assert body == png()
    assert not os.path.exists(Path(settings.MEDIA_ROOT) / image.file.name)  # not on local disk


def test_a_public_document_link_reaches_the_file_in_the_bucket(bucket, s3_endpoint, client):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document.objects.create(
        title="Adoption leaflet", file=ContentFile(b"Mabwysiadu: taflen", name="taflen.txt"))
    assert document.file.name in stored_keys(s3_endpoint, bucket)
    response = client.get(document.url)
    assert response.status_code == 302  # Wagtail checks privacy, then sends the reader on
    with urllib.request.urlopen(response["Location"], timeout=10) as download:
        assert download.read() == b"Mabwysiadu: taflen"
