package org.societyflow.identity;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.security.login.*}: Camunda's login-attempt settings, which its identity service enforces on
 * every password check (portal form, HTTP Basic on {@code /api/v1} and {@code /engine-rest}, the webapps' login).
 * After {@code max-attempts} failures in a row the account stays locked until an admin unlocks it; a correct
 * password resets the count. Each failure before that may also lock the account for
 * {@code delay-base × delay-factor^(failures-1)} seconds, at most {@code delay-max-time}: off by default
 * ({@code delay-base: 0}), since during that delay even the right password is refused.
 */
@ConfigurationProperties("societyflow.security.login")
@Getter
public class LoginSecuritySettings {

    private int maxAttempts = 5;
    private int delayBase;
    private int delayFactor = 2;
    private int delayMaxTime = 60;

    public void setMaxAttempts(int v) { maxAttempts = v; }
    public void setDelayBase(int v) { delayBase = v; }
    public void setDelayFactor(int v) { delayFactor = v; }
    public void setDelayMaxTime(int v) { delayMaxTime = v; }
}
