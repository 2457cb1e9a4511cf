"""The requester's portal, under /<lang>/portal/."""

from django.urls import path

from kouryu.cases.views import public

app_name = "cases"

urlpatterns = [
    path("", public.portal_home, name="home"),
    path("guide/", public.portal_guide, name="guide"),
    path("join/", public.portal_join, name="join"),
    path("new/", public.case_new, name="new"),
    path("cases/<int:case_id>/", public.case_detail, name="case"),
    path("cases/<int:case_id>/message/", public.case_message, name="message"),
    path("cases/<int:case_id>/reopen/", public.case_reopen, name="reopen"),
    path("files/<int:attachment_id>/", public.attachment_download, name="attachment"),
]
