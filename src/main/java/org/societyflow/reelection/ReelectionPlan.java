package org.societyflow.reelection;

import lombok.Getter;
import org.societyflow.society.Candidate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.societyflow.shared.Complete;

/**
 * The 换届工作方案 with its candidate list. Field constraints hold for a draft too; the rules across fields
 * (timing, assembly form, officers, the exception vote) are checked when it is submitted.
 */
@Embeddable
@Getter
public class ReelectionPlan {

    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private Timing timing;
    @Size(max = 1000)
    private String timingReason;
    @NotNull(groups = Complete.class)
    private LocalDate assemblyDate;
    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private AssemblyForm assemblyForm;
    @NotNull(groups = Complete.class) @Min(3) @Max(1000)
    private Integer councilSize;
    @Min(0) @Max(100_000)
    private Integer delegateCount;
    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String planSummary;
    /** Why the 法定代表人 is not the 理事长, who normally is (docs/RULES.md, 换届). */
    @Size(max = 1000)
    private String legalRepresentativeReason;
    /**
     * The members' vote behind an exception for a flagged candidate: how many voted for it, how many were present.
     * Both or neither; leadership grants an exception only on a recorded vote.
     */
    @Min(0) @Max(1_000_000)
    private Integer exceptionVotesFor;
    @Min(1) @Max(1_000_000)
    private Integer exceptionMembersPresent;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reelection_candidate", joinColumns = @JoinColumn(name = "reelection_id"))
    @OrderColumn(name = "position")
    private List<Candidate> candidates = new ArrayList<>();

    /** Drops the rows a form left empty. */
    void dropBlankCandidates() {
        candidates.removeIf(c -> c == null || c.isBlank());
    }

    public void setTiming(Timing v) { timing = v; }
    public void setTimingReason(String v) { timingReason = v; }
    public void setAssemblyDate(LocalDate v) { assemblyDate = v; }
    public void setAssemblyForm(AssemblyForm v) { assemblyForm = v; }
    public void setCouncilSize(Integer v) { councilSize = v; }
    public void setDelegateCount(Integer v) { delegateCount = v; }
    public void setPlanSummary(String v) { planSummary = v; }
    public void setLegalRepresentativeReason(String v) { legalRepresentativeReason = v; }
    public void setExceptionVotesFor(Integer v) { exceptionVotesFor = v; }
    public void setExceptionMembersPresent(Integer v) { exceptionMembersPresent = v; }
    public void setCandidates(List<Candidate> v) { candidates = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
