package com.payerlink.webhook.ui;

import com.payerlink.core.ui.FormDialog;
import com.payerlink.webhook.domain.Webhook;
import com.payerlink.webhook.domain.WebhookEventType;
import com.payerlink.webhook.domain.WebhookInput;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.HashSet;

/** The form of a webhook: its URL, its events and whether it is on. It fires a save event; the view saves. */
class WebhookDialog extends FormDialog<WebhookInput> {

    final TextField url = new TextField("URL");

    final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>("Events");

    final Checkbox enabled = new Checkbox("On: send events to this URL");

    WebhookDialog(@Nullable Webhook existing) {
        super(existing == null ? "Add webhook" : "Change webhook", "min(40rem, 95vw)",
                existing == null ? "Add webhook" : "Save");
        url.setRequired(true);
        url.setWidthFull();
        url.setPlaceholder("https://hooks.example.com/payerlink");
        url.setHelperText("Payerlink POSTs signed JSON here; only public addresses are allowed");
        events.setItems(WebhookEventType.subscribable());
        events.setItemLabelGenerator(t -> t.label() + " (" + t.type() + ")");
        events.addClassName("webhook-events");
        if (existing == null) {
            events.setValue(EnumSet.copyOf(WebhookEventType.subscribable()));
            enabled.setValue(true);
        }
        else {
            url.setValue(existing.url());
            events.setValue(existing.events());
            enabled.setValue(existing.enabled());
        }
        FormLayout form = new FormLayout(url, events, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        field("url", url);
        field("events", events);
        url.focus();
    }

    @Override
    protected WebhookInput value() {
        return new WebhookInput(url.getValue(), new HashSet<>(events.getValue()), enabled.getValue());
    }

}
