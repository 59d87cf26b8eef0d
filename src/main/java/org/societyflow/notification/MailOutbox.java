package org.societyflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.shared.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a notification to every recipient with an e-mail address (a group's: each member's) by starting one
 * {@code notification-mail} process per address, in the caller's transaction: the mail leaves after the business
 * transaction committed, from a job the job executor retries, never inside a review. Mails only when
 * {@code societyflow.notification.mail} is on and an SMTP server is configured ({@code spring.mail.host}).
 */
@Component
class MailOutbox {

    static final String PROCESS = "notification-mail";
    /** Mails are written in the portal's default language. */
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ProcessEngine engine;
    private final NotificationSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String baseUrl;

    MailOutbox(ProcessEngine engine, NotificationSettings settings, ObjectProvider<JavaMailSender> mailSender,
               MessageSource messages, @Value("${societyflow.base-url:http://localhost:8080}") String baseUrl) {
        this.engine = engine;
        this.settings = settings;
        this.mailSender = mailSender;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return settings.isMail() && mailSender.getIfAvailable() != null;
    }

    /** Starts the mail processes of one notification; returns the addresses it mails to. */
    List<String> queue(Notification notification) {
        if (!enabled()) {
            return List.of();
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> withoutAuthorization(context, () -> {
            List<String> addresses = new ArrayList<>();
            for (User user : recipients(notification)) {
                start(notification, user);
                addresses.add(user.getEmail());
            }
            return addresses;
        }));
    }

    /**
     * Whoever's action caused the notification may neither read every user nor start processes: the outbox does
     * both for them, as the engine does for listeners.
     */
    private static <T> T withoutAuthorization(CommandContext context, java.util.function.Supplier<T> work) {
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            if (checking) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private List<User> recipients(Notification notification) {
        IdentityService identity = engine.getIdentityService();
        List<User> users = notification.getRecipientUser() != null
                ? identity.createUserQuery().userId(notification.getRecipientUser()).list()
                : identity.createUserQuery().memberOfGroup(notification.getRecipientGroup()).list();
        return users.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
    }

    private void start(Notification notification, User user) {
        RuntimeService runtime = engine.getRuntimeService();
        String link = baseUrl + (notification.getLink() == null ? NotificationController.PAGE : notification.getLink());
        runtime.startProcessInstanceByKey(PROCESS, Variables.createVariables()
                .putValue(ProcessVariables.Mail.NOTIFICATION_ID.name(), notification.getId())
                .putValue(ProcessVariables.Mail.RECIPIENT.name(), user.getId())
                .putValue(ProcessVariables.Mail.TO.name(), user.getEmail())
                .putValue(ProcessVariables.Mail.SUBJECT.name(), messages.getMessage("notification.mail.subject",
                        new Object[] {notification.getTitle()}, LOCALE))
                .putValue(ProcessVariables.Mail.TEXT.name(), messages.getMessage("notification.mail.body",
                        new Object[] {notification.getTitle(), link}, LOCALE)));
    }
}
