from django.urls import path
from django.utils.translation import gettext_lazy as _

from portal.search import views

app_name = "search"
urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("search/suggest/"), views.suggest, name="suggest"),
]
