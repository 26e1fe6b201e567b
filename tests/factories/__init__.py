"""Small factories for unit tests: each call makes fresh pages or people, with unique slugs and
addresses, so a test builds what it asserts about instead of borrowing the demo's.

pages.py: a page of each type, in English with its real Welsh translation.
people.py: contacts and routed enquiries, and look-ups of the reference data the migrations
load (regions, councils, agencies).
packs.py: information packs (a real PDF as a Wagtail document) for a region or agency."""
