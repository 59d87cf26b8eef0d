package org.societyflow.reelection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** The assembly's results: when, who attended, minutes, the new term and the elected officers. */
@Embeddable
@Getter
public class ReelectionResults {

    /** Not after today nor before the approved assembly: checked at submission against the engine's clock. */
    @NotNull(groups = Complete.class)
    private LocalDate electedOn;
    @NotNull(groups = Complete.class) @Min(0) @Max(1_000_000)
    private Integer attendees;
    @NotNull(groups = Complete.class) @Min(1) @Max(1_000_000)
    private Integer eligibleVoters;
    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String minutes;
    @NotNull(groups = Complete.class)
    private Boolean newCharter;
    @NotNull(groups = Complete.class)
    private LocalDate newTermStart;
    @NotNull(groups = Complete.class)
    private LocalDate newTermEnd;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reelection_elected", joinColumns = @JoinColumn(name = "reelection_id"))
    @OrderColumn(name = "position")
    private List<ElectedOfficer> officers = new ArrayList<>();

    void dropBlankOfficers() {
        officers.removeIf(o -> o == null || o.isBlank());
    }

    public void setElectedOn(LocalDate v) { electedOn = v; }
    public void setAttendees(Integer v) { attendees = v; }
    public void setEligibleVoters(Integer v) { eligibleVoters = v; }
    public void setMinutes(String v) { minutes = v; }
    public void setNewCharter(Boolean v) { newCharter = v; }
    public void setNewTermStart(LocalDate v) { newTermStart = v; }
    public void setNewTermEnd(LocalDate v) { newTermEnd = v; }
    public void setOfficers(List<ElectedOfficer> v) { officers = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
