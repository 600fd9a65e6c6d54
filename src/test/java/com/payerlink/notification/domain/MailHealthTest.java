package com.payerlink.notification.domain;

import com.payerlink.MailTest;
import com.payerlink.core.PlatformNotice.Notice;
import com.payerlink.core.PlatformNoticeSettings;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.dashboard.DashboardSeed;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail part of the platform notice, with a mail server (GreenMail) configured and without one. */
class MailHealthTest extends MailTest {

    @Autowired
    MailBacklogDAO backlogDAO;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    ScopedTransactions scoped;

    @Autowired
    MailHealth mailHealth;

    @Test
    void with_a_mail_server_and_nothing_overdue_there_is_no_notice() {
        // other tests' tenants leave queued mail in the shared database: nothing is ten years overdue
        MailHealth health = new MailHealth(backlogDAO, mailSender, settings(Duration.ofDays(3650)), scoped);

        assertThat(health.now()).isNull();
    }

    @Test
    void mail_due_for_longer_than_the_threshold_means_the_outbox_is_stalled() {
        Tenant t = newTenant();
        DashboardSeed.mail(t, "QUEUED", Duration.ofDays(40));
        MailHealth health = new MailHealth(backlogDAO, mailSender, settings(Duration.ofDays(30)), scoped);

        Notice notice = health.now();

        assertThat(notice).isNotNull();
        assertThat(notice.message()).contains("waited more than 43200 minutes past their time: the outbox is stalled");
        assertThat(notice.userMessage()).startsWith("E-mails are delayed").doesNotContain(t.name());
    }

    @Test
    void without_a_mail_server_the_notice_names_the_setting() {
        MailHealth health = new MailHealth(backlogDAO, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                settings(Duration.ofMinutes(15)), scoped);

        Notice notice = health.now();

        assertThat(notice).isNotNull();
        assertThat(notice.message()).contains("spring.mail.host (SPRING_MAIL_HOST)");
        assertThat(notice.userMessage()).contains("copy the invitation link");
        assertThat(mailHealth.now() == null ? "" : mailHealth.now().message()).doesNotContain("no mail server");
    }

    private static PlatformNoticeSettings settings(Duration stalledAfter) {
        return new PlatformNoticeSettings(Duration.ofMinutes(1), stalledAfter, 3);
    }

}
