from django.urls import path

from campaigns import views

app_name = "campaigns"
urlpatterns = [path("c/<str:code>/", views.short_link, name="short_link")]
