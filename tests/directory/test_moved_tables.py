"""The reference data moved from enquiries to directory without moving a row (docs/directory.md)."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from directory.models import Agency, LocalAuthority, Region, RegionCoverage

pytestmark = pytest.mark.django_db
MOVED = [Agency, LocalAuthority, Region, RegionCoverage]


def test_the_tables_keep_their_enquiries_names():
    tables = set(connection.introspection.table_names())
    for model in MOVED:
        assert model._meta.db_table == f"enquiries_{model._meta.model_name}"
        assert model._meta.db_table in tables
        # no copy was made; models new to directory (its NextStep) have directory_ tables
        assert f"directory_{model._meta.model_name}" not in tables
    assert Region.objects.count() == 5 and LocalAuthority.objects.count() == 22


def test_content_types_were_renamed_so_group_permissions_carry_over():
    names = [model._meta.model_name for model in MOVED]
    assert not ContentType.objects.filter(app_label="enquiries", model__in=names).exists()
    managers = Group.objects.get(name="Managers").permissions.filter(
        content_type__model__in=names)
    assert {p.content_type.app_label for p in managers} == {"directory"}
    assert {p.codename for p in managers} >= {"change_region", "add_agency",
                                               "view_regioncoverage", "change_localauthority"}
