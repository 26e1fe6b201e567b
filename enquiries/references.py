"""Human-friendly enquiry references: short, unambiguous when read aloud or typed."""

import secrets

# Crockford-style: no 0/O, 1/I/L, U, so a reference survives a phone call.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8


def new_reference() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"AC-{body[:4]}-{body[4:]}"
