package org.societyflow.society;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;

/** What 学会部 enters for an attempt to reach a society (portal form and JSON body). */
@Getter
public class ContactAttemptForm {

    @NotNull
    private LocalDate attemptedOn;
    @NotNull
    private ContactAttempt.Channel channel;
    @NotNull
    private ContactAttempt.Outcome outcome;
    @Size(max = 2000)
    private String note;

    public void setAttemptedOn(LocalDate v) { attemptedOn = v; }
    public void setChannel(ContactAttempt.Channel v) { channel = v; }
    public void setOutcome(ContactAttempt.Outcome v) { outcome = v; }
    public void setNote(String v) { note = v; }
}
