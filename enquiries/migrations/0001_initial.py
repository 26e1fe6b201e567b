from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Region",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("slug", models.SlugField(unique=True)),
                ("name_en", models.CharField(max_length=150, verbose_name="name (English)")),
                ("name_cy", models.CharField(max_length=150, verbose_name="name (Welsh)")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="contact email")),
                ("phone", models.CharField(blank=True, max_length=30, verbose_name="contact phone")),
            ],
            options={"ordering": ["name_en"], "verbose_name": "region"},
        ),
    ]
