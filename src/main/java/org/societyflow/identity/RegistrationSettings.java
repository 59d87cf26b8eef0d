package org.societyflow.identity;

import java.time.Duration;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.registration.*}: whether a new initiator account must confirm its e-mail address before
 * it can log in, how long the link in the confirmation mail stays valid, and the mail's sender. With the
 * {@code mysql} profile the confirmation is on whatever {@code confirm-email} says ({@link RegistrationService}).
 */
@ConfigurationProperties("societyflow.registration")
@Getter
public class RegistrationSettings {

    private boolean confirmEmail;
    private Duration confirmationValidFor = Duration.ofDays(3);
    private String mailFrom = "noreply@localhost";

    public void setConfirmEmail(boolean v) { confirmEmail = v; }
    public void setConfirmationValidFor(Duration v) { confirmationValidFor = v; }
    public void setMailFrom(String v) { mailFrom = v; }
}
