package org.societyflow.founding;

import java.time.Period;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code societyflow.founding.*}: who supervises the new societies, how long a first term runs, when to reapply. */
@ConfigurationProperties("societyflow.founding")
@Getter
public class FoundingSettings {

    private String supervisingUnit = "武汉市科学技术协会";
    private Period firstTerm = Period.ofYears(5);
    /** After a lapsed application the same applicant waits this long before applying again (docs/RULES.md, 成立). */
    private Period reapplyAfter = Period.ofYears(1);

    public void setSupervisingUnit(String v) { supervisingUnit = v; }
    public void setFirstTerm(Period v) { firstTerm = v; }
    public void setReapplyAfter(Period v) { reapplyAfter = v; }
}
