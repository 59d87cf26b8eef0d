package org.societyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailServerHealthTest {

    @Test
    void withoutAnSmtpServerConfiguredMailDoesNotHoldReadinessBack() {
        assertThat(health(null).getStatus()).isEqualTo(Status.UP);
        assertThat(health(sender("")).getStatus()).as("SPRING_MAIL_HOST set but empty").isEqualTo(Status.UP);
    }

    @Test
    void aConfiguredSmtpServerThatDoesNotAnswerTakesTheNodeOut() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl unreachable = sender("127.0.0.1");
        unreachable.setPort(closedPort);
        assertThat(health(unreachable).getStatus()).isEqualTo(Status.DOWN);
    }

    private static JavaMailSenderImpl sender(String host) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        return sender;
    }

    private static org.springframework.boot.actuate.health.Health health(JavaMailSenderImpl sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new MailServerHealth(beans.getBeanProvider(JavaMailSenderImpl.class)).health();
    }
}
