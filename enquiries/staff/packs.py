"""A service's own information pack, attached by its own staff: regional staff their region's,
agency staff their agency's, nobody else's (docs/information-pack.md). The screen names no
record: the service is the user's wall (`access.own_service`), so there is no other one to ask
for; national staff have none here and keep every service's pack in the snippets.

An upload becomes a Wagtail document in the "Information packs" collection and replaces the
link; the old document is kept, so confirmations already sent still open."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.documents import get_document_model
from wagtail.models import Collection

from enquiries import access
from enquiries.audit import audit

ATTACH = "directory.attach_own_pack"
COLLECTION = "Information packs"  # made by helpline/migrations/0017
MAX_MEGABYTES = 20
FIELDS = {"en": "information_pack", "cy": "information_pack_cy"}
TITLES = {"en": "%(name)s: information pack (English)",  # the document's title, in its language
          "cy": "%(name)s: pecyn gwybodaeth (Cymraeg)"}


class PackField(forms.FileField):
    """A PDF, not empty, not too big; left empty, the current pack stays."""

    def __init__(self, **kwargs):
        super().__init__(required=False, error_messages={
            "empty": gettext_lazy("The file you chose is empty. Choose the pack's PDF."),
            "invalid": gettext_lazy("The file did not arrive. Choose the pack's PDF again."),
        }, widget=forms.FileInput(attrs={"accept": ".pdf,application/pdf"}), **kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return None
        if upload.size > MAX_MEGABYTES * 1024 * 1024:
            raise forms.ValidationError(
                _("The pack must be smaller than %(size)d MB.") % {"size": MAX_MEGABYTES})
        upload.seek(0)
        looks_like_pdf = upload.read(5) == b"%PDF-"
        upload.seek(0)
        if not (upload.name.lower().endswith(".pdf") and looks_like_pdf):
            raise forms.ValidationError(_("The pack must be a PDF file (ending .pdf)."))
        return upload


class PackForm(forms.Form):
    en = PackField(label=gettext_lazy("New pack in English"),
                   help_text=gettext_lazy("A PDF. Leave empty to keep the current pack."))
    cy = PackField(label=gettext_lazy("New pack in Welsh"),
                   help_text=gettext_lazy("A PDF. Leave empty to keep the current pack."))

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("en") or data.get("cy")):
            raise forms.ValidationError(
                _("Choose a PDF to upload, in English or in Welsh (or both)."), code="nothing")
        return data


def _service(request):
    service = access.own_service(request.user)
    if service is None:
        raise Http404  # national staff: every service's pack is in the snippets
    return type(service).objects.select_related("information_pack", "information_pack_cy").get(
        pk=service.pk)


def _document(service, language, upload, user):
    folder = (Collection.objects.filter(depth=2, name=COLLECTION).first()
              or Collection.get_first_root_node())
    title = TITLES[language] % {"name": service.name_in(language)}
    document = get_document_model()(title=title, collection=folder, uploaded_by_user=user)
    document.file = upload
    document._set_document_file_metadata()  # size and hash, as Wagtail's own upload does
    document.save()
    return document


@access.staff_view(get=ATTACH, post=ATTACH)
def own_pack(request):
    service = _service(request)
    posted = request.method == "POST"
    form = PackForm(request.POST, request.FILES) if posted else PackForm()
    if posted and form.is_valid():
        uploads = {lang: form.cleaned_data[lang] for lang in FIELDS if form.cleaned_data[lang]}
        with transaction.atomic():
            service = type(service).objects.select_for_update().get(pk=service.pk)
            for language, upload in uploads.items():
                setattr(service, FIELDS[language],
                        _document(service, language, upload, request.user))
            service.save(update_fields=[FIELDS[language] for language in uploads])
            audit(request, "pack", service, detail=", ".join(
                f"{language}:{getattr(service, FIELDS[language] + '_id')}"
                for language in uploads))
        messages.success(request, _("Information pack saved."))
        return redirect("own_information_pack")
    current = [(_("English"), service.information_pack), (_("Welsh"), service.information_pack_cy)]
    return render(request, "enquiries/staff/pack.html", {
        "service": service, "form": form, "current": current})
