"""Test data shared by the governance tests and the end-to-end browser run: one completed due diligence's answers."""

DUE_DILIGENCE = "ai-vendor-due-diligence"
# The AI Vendor Due Diligence control's answers as its form posts them (answer__<question slug>).
ANSWERS = {
    "answer__security-certifications": "yes",
    "answer__certification-evidence": "SOC 2 Type II report, 2026",
    "answer__training-on-our-data": "No",
    "answer__data-processing-agreement": "yes",
    "answer__incident-history": "None known.",
    "answer__hipaa-baa": "no",
    "answer__zero-retention": "no",
    "answer__default-retention": "30 days",
}
