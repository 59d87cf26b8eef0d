package org.societyflow.grant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** What a society writes in a grant application (docs/RULES.md, 项目资助). Drafts may be incomplete; submission is not. */
@Embeddable
@Getter
public class GrantForm {

    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String title;
    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private GrantCategory category;
    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String summary;
    @NotBlank(groups = Complete.class) @Size(max = 8000)
    private String plan;
    @NotNull(groups = Complete.class)
    private LocalDate startsOn;
    @NotNull(groups = Complete.class)
    private LocalDate endsOn;
    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String venue;
    @NotNull(groups = Complete.class) @Positive @Max(1_000_000)
    private Integer expectedParticipants;
    @NotNull(groups = Complete.class) @Positive @Max(100_000_000)
    private Long requestedAmount;
    /** The applicant is the first organiser (joint bids name a lead). */
    @NotNull(groups = Complete.class)
    private Boolean leadOrganiser;
    @Size(max = 1000)
    private String coOrganisers;
    /** 国际学术会议资助: the 市科协 is organiser or supporter. */
    @Column(name = "city_association_role")
    private Boolean cityAssociationRole;

    @Valid
    @NotEmpty(groups = Complete.class)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_budget_line", joinColumns = @JoinColumn(name = "grant_application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @Valid
    @NotEmpty(groups = Complete.class)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_team_member", joinColumns = @JoinColumn(name = "grant_application_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    void dropBlankRows() {
        budgetLines.removeIf(l -> l == null || l.isBlank());
        team.removeIf(m -> m == null || m.isBlank());
    }

    long budgetTotal() {
        return budgetLines.stream().mapToLong(l -> l.getAmount() == null ? 0 : l.getAmount()).sum();
    }

    public void setTitle(String v) { title = v; }
    public void setCategory(GrantCategory v) { category = v; }
    public void setSummary(String v) { summary = v; }
    public void setPlan(String v) { plan = v; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public void setVenue(String v) { venue = v; }
    public void setExpectedParticipants(Integer v) { expectedParticipants = v; }
    public void setRequestedAmount(Long v) { requestedAmount = v; }
    public void setLeadOrganiser(Boolean v) { leadOrganiser = v; }
    public void setCoOrganisers(String v) { coOrganisers = v; }
    public void setCityAssociationRole(Boolean v) { cityAssociationRole = v; }
    public void setBudgetLines(List<BudgetLine> v) { budgetLines = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setTeam(List<TeamMember> v) { team = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
