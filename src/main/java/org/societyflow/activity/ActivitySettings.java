package org.societyflow.activity;

import java.util.EnumSet;
import java.util.Set;
import lombok.Getter;
import org.societyflow.activity.ActivityForm.ActivityType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.activity.*}: the share of submitted activities 学会部 reviews (the rest are verified directly), the
 * counts past which a figure is taken for a typing error, the longest activity, the length of a list's page, and the
 * types of activity that carry out a 学会章程's business scope (学术交流, 科普, 培训 and services: the 软弱涣散 scan's "no
 * activity within the charter's scope"; party building and 其他 are not the charter's business).
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
    private Set<ActivityType> charterScopeTypes = EnumSet.of(ActivityType.ACADEMIC_CONFERENCE,
            ActivityType.ACADEMIC_SALON, ActivityType.YOUNG_SCIENTIST_FORUM, ActivityType.POPULAR_SCIENCE,
            ActivityType.VOLUNTEER_SERVICE, ActivityType.TRAINING);

    public void setVerificationShare(double v) { verificationShare = v; }
    public void setMaxParticipants(int v) { maxParticipants = v; }
    public void setMaxAudience(int v) { maxAudience = v; }
    public void setMaxDays(int v) { maxDays = v; }
    public void setPageSize(int v) { pageSize = v; }
    public void setCharterScopeTypes(Set<ActivityType> v) { charterScopeTypes = v; }
}
