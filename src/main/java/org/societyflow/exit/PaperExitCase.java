package org.societyflow.exit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * A 软弱涣散 case run on paper until SocietyFlow went live, entered at 学会部评估整改情况 (迁入): what it was identified
 * for, when the reminder letter went out, the period it gave, and the plan and report the society sent.
 */
@Getter
@Setter
public class PaperExitCase {

    @NotBlank @Size(max = 2000)
    private String indicators;
    @NotNull @PastOrPresent
    private LocalDate letterSentOn;
    @NotNull
    private LocalDate rectificationDue;
    @NotBlank @Size(max = 4000)
    private String plan;
    @NotBlank @Size(max = 4000)
    private String report;

    CaseSubmission submission() {
        CaseSubmission submission = new CaseSubmission();
        submission.setPlan(plan.strip());
        submission.setReport(report.strip());
        return submission;
    }
}
