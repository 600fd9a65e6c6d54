package com.payerlink.core;

import com.payerlink.verification.domain.VerificationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortalSettingsTest {

    @Test
    void unset_settings_get_their_documented_defaults() {
        Binder empty = new Binder(new MapConfigurationPropertySource(Map.of("payerlink.other", "x")));

        PortalSettings portal = empty.bindOrCreate("payerlink", PortalSettings.class);
        VerificationSettings verification = empty.bindOrCreate("payerlink.verification", VerificationSettings.class);

        assertThat(portal.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(portal.dataDir().toAbsolutePath().normalize()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(portal.adminPassword()).isEmpty();
        assertThat(portal.adminEmail()).isEqualTo("admin@payerlink.local");
        assertThat(verification.verifyOnRegistration()).isTrue();
        assertThat(verification.deliveryCheckInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void set_settings_bind_and_the_admin_password_stays_out_of_logs() {
        Binder set = new Binder(new MapConfigurationPropertySource(Map.of("payerlink.base-url", "https://portal.example",
                "payerlink.admin-password", "s3cret-first-start", "payerlink.admin-email", "ops@msp.example",
                "payerlink.verification.verify-on-registration", "false",
                "payerlink.verification.delivery-check-interval", "PT5M")));

        PortalSettings portal = set.bindOrCreate("payerlink", PortalSettings.class);
        VerificationSettings verification = set.bindOrCreate("payerlink.verification", VerificationSettings.class);

        assertThat(portal.baseUrl()).isEqualTo("https://portal.example");
        assertThat(portal.adminPassword()).isEqualTo("s3cret-first-start");
        assertThat(portal.adminEmail()).isEqualTo("ops@msp.example");
        assertThat(portal.toString()).doesNotContain("s3cret").contains("adminPassword=***");
        assertThat(verification.verifyOnRegistration()).isFalse();
        assertThat(verification.deliveryCheckInterval()).isEqualTo(Duration.ofMinutes(5));
    }

}
