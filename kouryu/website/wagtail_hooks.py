"""The website's own demo pages, loaded by setup_site --demo after the office data."""

from wagtail import hooks

from kouryu.core.hooks import DEMO


@hooks.register(DEMO, order=20)
def website_demo(out):
    from kouryu.website.demo.loader import demo_load

    if demo_load():
        out.write("Demo pages loaded in ja, zh-hans and en.")
    else:
        out.write("The site already has pages; the demo pages were not loaded again.")
