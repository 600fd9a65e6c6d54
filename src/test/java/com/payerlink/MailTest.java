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

    /** The public address the portal's mails link to in these tests (not where the test portal listens). */
    public static final String BASE_URL = "https://portal.example.test";

    @RegisterExtension
    protected static final GreenMailExtension greenMail = greenMailAt(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtpAt(registry, SMTP_PORT);
    }

    /** A GreenMail SMTP server on the port, for a test class that cannot extend this one (a browser test). */
    public static GreenMailExtension greenMailAt(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Points the portal's SMTP at the port, mails wait for the test to send them, links use {@link #BASE_URL}. */
    public static void smtpAt(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("payerlink.mail.poll-interval", () -> "P1D");
        registry.add("payerlink.base-url", () -> BASE_URL);
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

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
