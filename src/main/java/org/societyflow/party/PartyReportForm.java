package org.societyflow.party;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.Complete;
import org.societyflow.society.PartyOrganisation;

/**
 * What a society reports about its party organisation (docs/RULES.md, 党建): what changed, the organisation as it
 * stands after the change, and an explanation. Drafts may be incomplete; {@link Complete} marks what submission
 * needs, and {@code PartyOrganisationService} adds the rules that depend on the form of organisation.
 */
@Embeddable
@Getter
public class PartyReportForm {

    /** What the report is about; the kinds of 材料 a report carries are listed with it. */
    public enum PartyChangeKind { ESTABLISHED, SECRETARY, RESTRUCTURED, DISSOLVED, INITIAL }

    public enum PartyAttachmentKind { APPROVAL, MEMBER_LIST, OTHER }

    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private PartyChangeKind changeKind;

    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private PartyOrganisation organisationForm;

    private LocalDate setUpOn;

    @Size(max = 50)
    private String secretary;

    @Min(0) @Max(100000)
    private Integer partyMembers;

    private Boolean workGroup;

    @Size(max = 200)
    private String parentOrganisation;

    @NotBlank(groups = Complete.class) @Size(max = 2000)
    private String description;

    boolean organised() {
        return organisationForm != null && organisationForm != PartyOrganisation.NONE;
    }

    public void setChangeKind(PartyChangeKind v) { changeKind = v; }
    public void setOrganisationForm(PartyOrganisation v) { organisationForm = v; }
    public void setSetUpOn(LocalDate v) { setUpOn = v; }
    public void setSecretary(String v) { secretary = v == null ? null : v.strip(); }
    public void setPartyMembers(Integer v) { partyMembers = v; }
    public void setWorkGroup(Boolean v) { workGroup = v; }
    public void setParentOrganisation(String v) { parentOrganisation = v == null ? null : v.strip(); }
    public void setDescription(String v) { description = v; }
}
