package com.payerlink.webhook.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.notification.domain.DigestService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.webhook.WebhookReceiver;
import com.payerlink.webhook.domain.DeliveryStatus;
import com.payerlink.webhook.domain.Webhook;
import com.payerlink.webhook.domain.WebhookDelivery;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    private DigestService digests;

    @Test
    void an_org_admin_switches_the_digest_off_and_on_again() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = (NotificationsView) currentView();

        assertThat(view.digest.getValue()).isTrue();
        _setValue(view.digest, false);
        assertThat(digests.receivesDigest()).isFalse();
        _setValue(view.digest, true);
        assertThat(digests.receivesDigest()).isTrue();
    }

    @Test
    void an_org_admin_adds_a_webhook_sends_a_test_event_and_sees_it_in_the_log() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = (NotificationsView) currentView();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            WebhookDialog dialog = view.openDialog(null);
            dialog.url.setValue("ftp://hooks.example.com/x");
            _get(dialog, Button.class, spec -> spec.withText("Add webhook")).click();

            assertThat(dialog.url.isInvalid()).isTrue();
            assertThat(dialog.url.getErrorMessage()).contains("https://");
            assertThat(dialog.isOpened()).isTrue();

            dialog.url.setValue(receiver.url());
            _get(dialog, Button.class, spec -> spec.withText("Add webhook")).click();

            assertThat(dialog.isOpened()).isFalse();
            Webhook hook = _findAll(view.grid).get(0);
            assertThat(hook.url()).isEqualTo(receiver.url());
            view.sendTest(hook);
            assertThat(receiver.received()).hasSize(1);
            assertThat(view.log.isVisible()).isTrue();
            assertThat(_findAll(view.log.deliveries)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
                assertThat(d.lastStatusCode()).isEqualTo(200);
            });
            assertThat(_findAll(view.log.deliveries)).extracting(WebhookDelivery::eventType).containsExactly("webhook.test");
        }
    }

    @Test
    void operators_cannot_open_notifications() {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());

        UI.getCurrent().navigate(NotificationsView.class);

        assertThat(currentView()).isNotInstanceOf(NotificationsView.class);
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
