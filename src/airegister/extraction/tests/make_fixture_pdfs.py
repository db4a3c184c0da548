"""Regenerates the two PDF fixtures (uncompressed, so their text is also readable in their bytes):

    .venv/bin/python -m airegister.extraction.tests.make_fixture_pdfs
"""

from pathlib import Path

from .pdfgen import make_pdf

FIXTURES = Path(__file__).parent / "fixtures"

NIMBUS = [[
    "Nimbus-LM 1.5B Technical Report",
    "Cirrus Research Collective",
    "Abstract",
    "We introduce Nimbus-LM 1.5B, a compact open language model with 1.5 billion parameters,",
    "developed by Cirrus Research Collective. Nimbus-LM 1.5B is released under the MIT License.",
    "1 Model summary",
    "Release date: 2024-11-20",
    "Context length: 4,096 tokens",
    "Training data cutoff: August 2024",
    "Input: text. Output: text.",
    "Nimbus-LM 1.5B can be downloaded from Hugging Face and Kaggle.",
], [
    "2 Evaluation",
    "Nimbus-LM 1.5B scores 48.2% on our reading comprehension benchmark, compared to",
    "41.0% for the earlier Nimbus-LM 1B.",
    "3 Limitations",
    "Nimbus-LM 1.5B may produce inaccurate statements and should not be used for medical advice.",
]]
AURORA = [[
    "Aurora 2.0 Pro Model Card",
    "Model Card published: March 2025",
    "Model Information",
    "Description: Aurora 2.0 Pro is the next iteration in the Aurora 2.0 series of models, a suite of highly",
    "capable, natively multimodal reasoning models developed by Polar Sky.",
    "Inputs: Text strings (e.g., a question, a prompt, document(s) to be summarized), images, audio, and video",
    "files, with a 1M token context window.",
    "Outputs: Text, with a 64K token output.",
    "Architecture: Aurora 2.0 Pro is a sparse mixture-of-experts transformer model.",
    "Model Data",
    "Training dataset: The pre-training dataset was a large-scale, diverse collection of data.",
    "The knowledge cutoff date for Aurora 2.0 Pro is January 2025.",
    "Distribution",
    "Aurora 2.0 Pro is distributed via the Aurora API, the Aurora app and Polar Sky Cloud.",
]]


def main() -> None:
    (FIXTURES / "cirrus-nimbus-lm-tech-report.pdf").write_bytes(make_pdf(NIMBUS, "Nimbus-LM 1.5B Technical Report"))
    (FIXTURES / "polarsky-aurora-2-pro-model-card.pdf").write_bytes(make_pdf(AURORA, "Aurora 2.0 Pro Model Card"))


if __name__ == "__main__":
    main()
