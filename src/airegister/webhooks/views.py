"""Admin-only pages: the endpoints, each with its delivery log, and a test event."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import View

from airegister.core.permissions import POLICY_EDITORS, RoleRequiredMixin

from .choices import DeliveryStatusChoices, EventTypeChoices
from .forms import WebhookEndpointForm
from .models import WebhookEndpoint
from .services import send_test_event

RECENT_DELIVERIES = 50


class AdminOnlyMixin(LoginRequiredMixin, RoleRequiredMixin):
    """Signed out: to the sign-in page; signed in without the admin role: 403."""

    edit_roles = POLICY_EDITORS


class EndpointListView(AdminOnlyMixin, View):
    def get(self, request):
        endpoints = WebhookEndpoint.objects.annotate(
            delivered=Count("deliveries", filter=Q(deliveries__status=DeliveryStatusChoices.DELIVERED)),
            pending=Count("deliveries", filter=Q(deliveries__status=DeliveryStatusChoices.PENDING)),
            failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatusChoices.FAILED)),
        )
        return render(request, "webhooks/endpoint_list.html", {
            "endpoints": endpoints, "event_labels": dict(EventTypeChoices.choices()),
        })


class EndpointView(AdminOnlyMixin, View):
    def get(self, request, pk):
        endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        return render(request, "webhooks/endpoint.html", {
            "endpoint": endpoint,
            "events": [label for value, label in EventTypeChoices.choices() if endpoint.subscribes_to(value)],
            "deliveries": endpoint.deliveries.all()[:RECENT_DELIVERIES],
            "status_choices": DeliveryStatusChoices,
        })


class EndpointEditView(AdminOnlyMixin, View):
    template_name = "webhooks/endpoint_edit.html"

    def get_object(self, pk):
        return get_object_or_404(WebhookEndpoint, pk=pk) if pk else WebhookEndpoint()

    def get(self, request, pk=None):
        endpoint = self.get_object(pk)
        form = WebhookEndpointForm(instance=endpoint)
        return render(request, self.template_name, {"form": form, "endpoint": endpoint})

    def post(self, request, pk=None):
        endpoint = self.get_object(pk)
        form = WebhookEndpointForm(request.POST, instance=endpoint)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form, "endpoint": endpoint}, status=400)
        with transaction.atomic():
            endpoint = form.save()
        return redirect(endpoint)


class SendTestEventView(AdminOnlyMixin, View):
    def post(self, request, pk):
        endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        send_test_event(endpoint, request.user.get_username())
        return redirect(endpoint)
