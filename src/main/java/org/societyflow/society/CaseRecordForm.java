package org.societyflow.society;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;

/** What 学会部 enters for a line of the 处罚与案件记录 (portal form and JSON body). */
@Getter
public class CaseRecordForm {

    @NotNull
    private CaseKind kind;
    @NotNull
    private LocalDate occurredOn;
    @NotBlank @Size(max = 200)
    private String source;
    @Size(max = 2000)
    private String note;

    public void setKind(CaseKind v) { kind = v; }
    public void setOccurredOn(LocalDate v) { occurredOn = v; }
    public void setSource(String v) { source = v; }
    public void setNote(String v) { note = v; }
}
