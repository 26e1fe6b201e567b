from django import template

from cms import sign_off

register = template.Library()


@register.inclusion_tag("cms/admin/sign_off_panel.html", takes_context=True)
def sign_off_panel(context, page):
    return {"panel": sign_off.panel(page, context["request"].user), "page": page,
            "csrf_token": context.get("csrf_token")}
