package org.societyflow.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Readiness' {@code mail} in place of Spring Boot's: the SMTP server must answer only where one is configured. An empty
 * {@code spring.mail.host} (docker-compose passes {@code SPRING_MAIL_HOST} through, empty by default) still makes Boot
 * build a mail sender, whose check would keep such a node out of traffic for a server nobody set.
 */
@Component("mailHealthIndicator")
@ConditionalOnEnabledHealthIndicator("mail")
class MailServerHealth extends AbstractHealthIndicator {

    private final ObjectProvider<JavaMailSenderImpl> sender;

    MailServerHealth(ObjectProvider<JavaMailSenderImpl> sender) {
        this.sender = sender;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JavaMailSenderImpl mail = sender.getIfAvailable();
        if (mail == null || mail.getHost() == null || mail.getHost().isBlank()) {
            builder.up().withDetail("smtp", "not configured");
            return;
        }
        Health server = new MailHealthIndicator(mail).health();
        builder.status(server.getStatus()).withDetails(server.getDetails());
    }
}
