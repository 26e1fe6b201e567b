"""Twilio Voice webhooks for the bilingual helpline: signature check, TwiML, call records."""
