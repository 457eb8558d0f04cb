"""Web archives (.mhtml, as browsers save "a page, single file"): the saved page's HTML part."""

from __future__ import annotations

from etl.readers.base import Extracted, InputError
from etl.readers.text import decode_bytes

MAX_MULTIPARTS = 20     # a saved page has one or two; thousands nested make the MIME parser recurse


def is_mhtml(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def read_mhtml(data: bytes) -> Extracted:
    """The saved page's HTML part, decoded (quoted-printable or base64, its own charset)."""
    import email
    from email import policy

    nested = data.lower().count(b"multipart/")
    if nested > MAX_MULTIPARTS:
        raise InputError(f"a saved web page with {nested} nested MIME parts (more than {MAX_MULTIPARTS})")
    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:
                try:
                    return Extracted(payload.decode(charset), encoding="mhtml")
                except (LookupError, UnicodeDecodeError):
                    pass
            return Extracted(decode_bytes(payload)[0], encoding="mhtml")     # the charset is in the page's own <meta>: sniffed
    raise InputError("a saved web page (.mhtml) with no HTML part")
