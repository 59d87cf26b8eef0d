package org.societyflow.activity;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.activity.*}: the share of submitted activities 学会部 reviews (the rest are verified directly), the
 * counts past which a figure is taken for a typing error, the longest activity, and the length of a list's page.
 */
@ConfigurationProperties("societyflow.activity")
@Getter
public class ActivitySettings {

    /** 0 verifies every activity directly, 1 sends every one to 学会部. */
    private double verificationShare = 0.3;
    private int maxParticipants = 100_000;
    private int maxAudience = 10_000_000;
    private int maxDays = 366;
    private int pageSize = 20;

    public void setVerificationShare(double v) { verificationShare = v; }
    public void setMaxParticipants(int v) { maxParticipants = v; }
    public void setMaxAudience(int v) { maxAudience = v; }
    public void setMaxDays(int v) { maxDays = v; }
    public void setPageSize(int v) { pageSize = v; }
}
