package org.societyflow.identity;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.security.password.*}: the password policy of every account, built from Camunda's own rules
 * so that Camunda Admin and Welcome show and enforce the same policy as the portal's registration.
 */
@ConfigurationProperties("societyflow.security.password")
@Getter
public class PasswordPolicySettings {

    private int minLength = 8;
    private int minLowerCase = 1;
    private int minUpperCase;
    private int minDigits = 1;
    private int minSpecial;
    /** Refuses a password that contains the user's id, first name, last name or e-mail address. */
    private boolean noUserData = true;
    /** The length of a temporary password 学会部 gives out; never below {@code min-length}. */
    private int temporaryLength = 12;

    public void setMinLength(int v) { minLength = v; }
    public void setMinLowerCase(int v) { minLowerCase = v; }
    public void setMinUpperCase(int v) { minUpperCase = v; }
    public void setMinDigits(int v) { minDigits = v; }
    public void setMinSpecial(int v) { minSpecial = v; }
    public void setNoUserData(boolean v) { noUserData = v; }
    public void setTemporaryLength(int v) { temporaryLength = v; }
}
