"""Small factories for unit tests: each call makes fresh pages or people, with unique slugs and
addresses, so a test builds what it asserts about instead of borrowing the demo's.

pages.py: a page of each type, in English with its real Welsh translation.
people.py: the reference data migrations load (regions, councils, agencies), contacts and
enquiries. Only these modules name the reference-data models."""
