package org.societyflow.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-process SMTP server (GreenMail) the application sends its mails to in the integration suite, on the
 * port {@code application-it.yml} gives {@code spring.mail.port}. A test class registers it with
 * {@code @RegisterExtension static GreenMailExtension mail = Mailbox.server();} — a fresh, empty server per test.
 */
public final class Mailbox {

    public static final int SMTP_PORT = 3025;

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("(\\S+/register/confirm\\?token=([A-Za-z0-9_-]+))");

    private Mailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The mails received for one address, oldest first. */
    public static List<MimeMessage> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one mail received for an address. */
    public static MimeMessage only(GreenMailExtension server, String address) {
        List<MimeMessage> mails = to(server, address);
        if (mails.size() != 1) {
            throw new AssertionError("expected one mail to " + address + ", got " + mails.size());
        }
        return mails.get(0);
    }

    /** The decoded text of a plain-text mail. */
    public static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The confirmation link of a registration mail, as the mail writes it. */
    public static String confirmationLink(MimeMessage mail) {
        Matcher link = CONFIRMATION_LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no confirmation link in: " + text(mail));
        }
        return link.group(1);
    }

    /** The token of the confirmation link of a registration mail. */
    public static String confirmationToken(MimeMessage mail) {
        Matcher link = CONFIRMATION_LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no confirmation link in: " + text(mail));
        }
        return link.group(2);
    }
}
