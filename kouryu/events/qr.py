"""The QR code that staff scan at the door: it holds the registration's short code."""

import io

import segno


def qr_png(code: str, *, scale: int = 8) -> bytes:
    out = io.BytesIO()
    segno.make(code, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
