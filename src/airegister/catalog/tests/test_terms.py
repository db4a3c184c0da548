"""One resolution of inherited data terms (`catalog.terms`): model on the channel → model on every channel →
vendor on the channel → vendor on every channel, over rows of either shape."""

from types import SimpleNamespace

import pytest

from ..terms import INSTANCES, TermShape, applicable_terms, resolve_term, split_terms

MODEL, OTHER_MODEL, ATTR, BEDROCK, API = 7, 8, 1, 10, 11


def term(name, model=None, channel=None, attribute=ATTR):
    return SimpleNamespace(name=name, model_id=model, channel_id=channel, attribute_id=attribute)


def as_tuple(t):
    return (t.name, t.model_id, t.channel_id, t.attribute_id)


TUPLES = TermShape.of_tuples(attribute=3, channel=2, model=1)

MODEL_CHANNEL = term("model-channel", MODEL, BEDROCK)
MODEL_ALL = term("model-all", MODEL)
VENDOR_CHANNEL = term("vendor-channel", None, BEDROCK)
VENDOR_ALL = term("vendor-all", None)


@pytest.mark.parametrize(("rows", "on_bedrock", "everywhere"), [
    ([MODEL_CHANNEL, MODEL_ALL, VENDOR_CHANNEL, VENDOR_ALL], "model-channel", "model-all"),
    ([MODEL_ALL, VENDOR_CHANNEL, VENDOR_ALL], "model-all", "model-all"),
    # The model's own all-channel term outranks the vendor's term for the channel.
    ([MODEL_ALL, VENDOR_CHANNEL], "model-all", "model-all"),
    ([MODEL_CHANNEL, VENDOR_ALL], "model-channel", "vendor-all"),
    ([VENDOR_CHANNEL, VENDOR_ALL], "vendor-channel", "vendor-all"),
    ([VENDOR_ALL], "vendor-all", "vendor-all"),
    ([VENDOR_CHANNEL], "vendor-channel", None),
    ([], None, None),
])
@pytest.mark.parametrize("shape", ["instances", "tuples"])
def test_the_order_of_inheritance(rows, on_bedrock, everywhere, shape):
    rows = [*rows, term("another model's", OTHER_MODEL, BEDROCK), term("other attribute", MODEL, BEDROCK, 2)]
    if shape == "tuples":
        own, inherited = split_terms([as_tuple(r) for r in rows], MODEL, TUPLES)
    else:
        own, inherited = split_terms(rows, MODEL, INSTANCES)

    def name(row):
        return None if row is None else row[0] if shape == "tuples" else row.name
    assert name(resolve_term(own, inherited, ATTR, BEDROCK)) == on_bedrock
    assert name(resolve_term(own, inherited, ATTR, None)) == everywhere
    # A channel no term names: the all-channel answer.
    assert name(resolve_term(own, inherited, ATTR, API)) == everywhere


def test_applicable_terms_lists_a_channel_only_where_it_differs_from_every_channel():
    own, inherited = split_terms([MODEL_ALL, VENDOR_CHANNEL, term("vendor-api", None, API)], MODEL)
    applied = {key: t.name for key, t in applicable_terms(own, inherited).items()}
    # The vendor's Bedrock and API terms are overridden by the model's all-channel term: one row.
    assert applied == {(ATTR, None): "model-all"}
    own, inherited = split_terms([MODEL_CHANNEL, VENDOR_ALL, term("vendor-api", None, API)], MODEL)
    applied = {key: t.name for key, t in applicable_terms(own, inherited).items()}
    assert applied == {(ATTR, None): "vendor-all", (ATTR, BEDROCK): "model-channel", (ATTR, API): "vendor-api"}


def test_a_vendor_alone():
    own, inherited = split_terms([VENDOR_CHANNEL, MODEL_ALL], None)
    assert own == {} and resolve_term(own, inherited, ATTR, BEDROCK).name == "vendor-channel"
