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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.shared.MailQueue;
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
class MailOutbox implements MailQueue {

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

    /** A mail of its own (an account invitation), under the same switch as the notifications' mails. */
    @Override
    public boolean queue(String recipientUserId, String to, String subject, String text) {
        if (!enabled()) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> withoutAuthorization(context, () -> {
            start(Variables.createVariables(), recipientUserId, to, subject, text);
            return null;
        }));
        return true;
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
        String link = baseUrl + (notification.getLink() == null ? NotificationController.PAGE : notification.getLink());
        start(Variables.createVariables().putValue(ProcessVariables.Mail.NOTIFICATION_ID.name(), notification.getId()),
                user.getId(), user.getEmail(),
                messages.getMessage("notification.mail.subject", new Object[] {notification.getTitle()}, LOCALE),
                messages.getMessage("notification.mail.body", new Object[] {notification.getTitle(), link}, LOCALE));
    }

    private void start(VariableMap variables, String recipientUserId, String to,
                       String subject, String text) {
        RuntimeService runtime = engine.getRuntimeService();
        runtime.startProcessInstanceByKey(PROCESS, variables
                .putValue(ProcessVariables.Mail.RECIPIENT.name(), recipientUserId)
                .putValue(ProcessVariables.Mail.TO.name(), to)
                .putValue(ProcessVariables.Mail.SUBJECT.name(), subject)
                .putValue(ProcessVariables.Mail.TEXT.name(), text));
    }
}
