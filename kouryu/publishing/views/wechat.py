"""Staff views: the WeChat-ready version of a page, and pushing it to the WeChat draft box."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kouryu.publishing.wechat import (
    MAX_BYTE_SIZE,
    MAX_TEXT_LENGTH,
    WeChatPushError,
    wechat_article_export,
    wechat_page_get_for_user,
    wechat_push_draft,
    wechat_push_enabled,
    wechat_user_can_push,
)


@require_GET
def wechat_export(request, page_id):
    page = wechat_page_get_for_user(page_id=page_id, user=request.user)
    export = wechat_article_export(page=page)
    return TemplateResponse(
        request,
        "publishing/staff/wechat.html",
        {
            "page": page,
            "export": export,
            "max_text_length": MAX_TEXT_LENGTH,
            "max_byte_size": MAX_BYTE_SIZE,
            "over_text_length": export.text_length > MAX_TEXT_LENGTH,
            "over_byte_size": export.byte_size > MAX_BYTE_SIZE,
            "push_enabled": wechat_push_enabled(),
            "can_push": wechat_user_can_push(page=page, user=request.user),
        },
    )


@require_POST
def wechat_push(request, page_id):
    page = wechat_page_get_for_user(page_id=page_id, user=request.user, to_publish=True)
    if not wechat_push_enabled():
        messages.error(request, _("Pushing to WeChat is not configured."))
    else:
        try:
            media_id = wechat_push_draft(export=wechat_article_export(page=page))
        except WeChatPushError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("The article is in the WeChat draft box (media_id %(media_id)s).")
                % {"media_id": media_id},
            )
    return redirect("publishing_wechat_export", page_id=page.pk)
