package org.societyflow.identity;

import java.time.Instant;
import java.util.Locale;
import org.societyflow.shared.DisplayTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mail with the link that activates a new initiator account, sent over the SMTP server of
 * {@code spring.mail.*}; the link starts with {@code societyflow.base-url}, the address users reach the portal at.
 */
@Component
class ConfirmationMail {

    static final String CONFIRM_PATH = "/register/confirm";
    static final String INVITATION_PATH = "/account/invitation";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final RegistrationSettings settings;
    private final String baseUrl;
    private final DisplayTime times;

    ConfirmationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, RegistrationSettings settings,
                     @Value("${societyflow.base-url:http://localhost:8080}") String baseUrl, DisplayTime times) {
        this.times = times;
        this.mailSender = mailSender;
        this.messages = messages;
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether an SMTP server is configured at all ({@code spring.mail.host}). */
    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    String link(String token) {
        return baseUrl + CONFIRM_PATH + "?token=" + token;
    }

    /** Sends the mail now; any failure is a {@link RegistrationMailException}. */
    void send(String userId, String name, String email, String token, Instant expiresAt, Locale locale) {
        deliver(email, "registration.mail", new Object[] {name, userId, link(token),
                times.minute(expiresAt) + " " + times.zoneLabel()}, locale);
    }

    /** The subject of the invitation to set the password of an account someone else opened. */
    String invitationSubject(Locale locale) {
        return messages.getMessage("invitation.mail.subject", null, locale);
    }

    /** The invitation's text, with its link; it leaves through the mail queue, retried there. */
    String invitationText(String userId, String name, String token, Instant expiresAt, Locale locale) {
        return messages.getMessage("invitation.mail.body", new Object[] {name, userId,
                baseUrl + INVITATION_PATH + "?token=" + token, times.minute(expiresAt) + " " + times.zoneLabel()}, locale);
    }

    /** The mail of {@code key}: its subject {@code <key>.subject} and body {@code <key>.body} with the arguments. */
    private void deliver(String email, String key, Object[] args, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new RegistrationMailException("no SMTP server configured (spring.mail.host)", null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.getMailFrom());
        message.setTo(email);
        message.setSubject(messages.getMessage(key + ".subject", null, locale));
        message.setText(messages.getMessage(key + ".body", args, locale));
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new RegistrationMailException("the confirmation mail to " + email + " could not be sent", e);
        }
    }
}
