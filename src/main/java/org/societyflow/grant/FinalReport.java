package org.societyflow.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** 结题报告: what was held, how many took part, what was spent (yuan). */
@Embeddable
@Getter
public class FinalReport {

    @NotBlank(groups = Complete.class) @Size(max = 8000)
    @Column(name = "report_summary")
    private String summary;
    @NotNull(groups = Complete.class) @PositiveOrZero @Max(1_000_000)
    @Column(name = "report_participants")
    private Integer participants;
    @NotNull(groups = Complete.class) @PositiveOrZero @Max(100_000_000)
    @Column(name = "report_spent")
    private Long spent;

    public void setSummary(String v) { summary = v; }
    public void setParticipants(Integer v) { participants = v; }
    public void setSpent(Long v) { spent = v; }
}
