package com.payerlink;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * Base of the tests that deliver e-mail: the portal's SMTP points at a GreenMail server. Mails are
 * sent when a test calls the outbox sender (the send-outbox task waits a day here, as in every test context).
 */
public abstract class MailTest extends IntegrationTest {

    protected static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("payerlink.mail.poll-interval", () -> "P1D");
        registry.add("payerlink.base-url", () -> "https://portal.example.test");
    }

    /** The mails GreenMail received for one address (other tests' tenants may have mail due too). */
    protected static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The plain-text part of a mail, decoded. */
    public static String textOf(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        }
        catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
