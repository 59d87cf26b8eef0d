package org.societyflow.grant;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** A station's yearly work report: what it did and the figures the assessment looks at. */
@Embeddable
@Getter
public class StationReport {

    @NotBlank(groups = Complete.class) @Size(max = 8000)
    private String workSummary;
    @NotNull(groups = Complete.class) @PositiveOrZero @Max(100_000)
    private Integer talentsIntroduced;
    @NotNull(groups = Complete.class) @PositiveOrZero @Max(100_000)
    private Integer projectsLanded;
    @NotNull(groups = Complete.class) @PositiveOrZero @Max(100_000)
    private Integer eventsHeld;

    public void setWorkSummary(String v) { workSummary = v; }
    public void setTalentsIntroduced(Integer v) { talentsIntroduced = v; }
    public void setProjectsLanded(Integer v) { projectsLanded = v; }
    public void setEventsHeld(Integer v) { eventsHeld = v; }
}
