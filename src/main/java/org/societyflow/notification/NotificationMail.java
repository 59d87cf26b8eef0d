package org.societyflow.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.societyflow.shared.ProcessVariables;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationMail implements JavaDelegate {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.getMailFrom());
        message.setTo(ProcessVariables.Mail.TO.of(execution));
        message.setSubject(ProcessVariables.Mail.SUBJECT.of(execution));
        message.setText(ProcessVariables.Mail.TEXT.of(execution));
        sender.send(message);
    }
}
