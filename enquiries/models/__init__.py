from enquiries.models.audit import AuditEntry
from enquiries.models.contacts import Contact, ContactEmail, ContactPhone, PossibleMatch
from enquiries.models.enquiry import Enquiry, EnquiryEvent
from enquiries.models.notifications import Notification
from enquiries.models.staff import StaffProfile

__all__ = [
    "AuditEntry", "Contact", "ContactEmail", "ContactPhone", "Enquiry", "EnquiryEvent",
    "Notification", "PossibleMatch", "StaffProfile",
]
