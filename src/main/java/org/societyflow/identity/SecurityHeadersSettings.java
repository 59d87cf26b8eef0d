package org.societyflow.identity;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.security.headers.*}: the Content-Security-Policy and Referrer-Policy of the portal's pages
 * (the model editor included). The Camunda webapps send their own policy ({@code camunda.bpm.webapp.header-security.*}),
 * which this one does not overlay: two policies on one response would both apply.
 */
@ConfigurationProperties("societyflow.security.headers")
@Getter
public class SecurityHeadersSettings {

    private String contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private String referrerPolicy = "same-origin";

    public void setContentSecurityPolicy(String v) { contentSecurityPolicy = v; }
    public void setReferrerPolicy(String v) { referrerPolicy = v; }
}
