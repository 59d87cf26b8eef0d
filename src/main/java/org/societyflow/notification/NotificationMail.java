package org.societyflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The service task of {@code notification-mail}: sends the one mail its variables hold over the SMTP server of
 * {@code spring.mail.*}. Any failure fails the job: the engine retries it ({@code societyflow.notification.retry-cycle})
 * and raises an incident in Cockpit when no retry is left.
 */
@Component("notificationMail")
class NotificationMail implements JavaDelegate {

    static final String TO = "mailTo";
    static final String SUBJECT = "mailSubject";
    static final String TEXT = "mailText";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    NotificationMail(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.getMailFrom());
        message.setTo((String) execution.getVariable(TO));
        message.setSubject((String) execution.getVariable(SUBJECT));
        message.setText((String) execution.getVariable(TEXT));
        sender.send(message);
    }
}
