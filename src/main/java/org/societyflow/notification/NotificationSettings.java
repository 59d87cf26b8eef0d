package org.societyflow.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code societyflow.notification.*}: whether notifications are also mailed (only when an SMTP server is configured
 * in {@code spring.mail.*}), the mails' sender, the reminders the deadline scan sends before a task's due date
 * ({@code lead-times}, ISO-8601) and its {@code scan-cron}, and the retries of a mail that cannot be sent
 * ({@code retry-cycle}, a Camunda retry time cycle the model {@code notification-mail} reads as
 * {@code ${notificationSettings.retryCycle}} when a send fails).
 */
@Component("notificationSettings")
@ConfigurationProperties("societyflow.notification")
@Getter
public class NotificationSettings {

    private boolean mail = true;
    private String mailFrom = "noreply@localhost";
    private List<Duration> leadTimes = new ArrayList<>(List.of(Duration.ofDays(3), Duration.ofDays(1)));
    private String scanCron = "0 0 * * * *";
    private String retryCycle = "R3/PT1M";

    public void setMail(boolean v) { mail = v; }
    public void setMailFrom(String v) { mailFrom = v; }
    public void setLeadTimes(List<Duration> v) { leadTimes = v; }
    public void setScanCron(String v) { scanCron = v; }
    public void setRetryCycle(String v) { retryCycle = v; }
}
