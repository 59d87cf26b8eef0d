package org.societyflow.founding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.Complete;
import org.societyflow.society.Candidate;
import org.societyflow.society.Discipline;
import org.societyflow.society.PartyOrganisation;

/**
 * What initiators submit to found a society (docs/RULES.md, 成立): the society they propose, its members, funds and
 * premises, the initiators and the proposed officers. Drafts may be incomplete; {@link Complete} marks what a
 * submission needs.
 */
@Embeddable
@Getter
public class FoundingForm {

    @NotBlank(groups = Complete.class) @Size(max = 100)
    private String proposedName;
    @Size(max = 200)
    private String englishName;
    /** The short code of the society's account and groups, e.g. {@code whcsa}. */
    @NotBlank(groups = Complete.class)
    @Pattern(regexp = "^$|^[a-z][a-z0-9]{1,15}$", message = "{founding.codeFormat}")
    private String proposedCode;
    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private Discipline discipline;
    @NotBlank(groups = Complete.class) @Size(max = 2000)
    private String businessScope;
    @NotBlank(groups = Complete.class) @Size(max = 1000)
    private String sponsoringUnits;
    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String address;
    @NotBlank(groups = Complete.class) @Size(max = 1000)
    private String premises;
    @NotBlank(groups = Complete.class) @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{founding.phoneFormat}")
    private String contactPhone;
    @NotNull(groups = Complete.class) @Min(0) @Max(1_000_000)
    private Integer membersIndividual;
    @NotNull(groups = Complete.class) @Min(0) @Max(100_000)
    private Integer membersUnit;
    @NotNull(groups = Complete.class) @DecimalMin("0") @Digits(integer = 13, fraction = 2)
    private BigDecimal funds;
    @NotBlank(groups = Complete.class) @Size(max = 1000)
    private String fundsSource;
    @NotNull(groups = Complete.class) @Min(0) @Max(1000)
    private Integer fullTimeStaff;
    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private PartyOrganisation partyOrganisation;
    @NotBlank(groups = Complete.class) @Size(max = 2000)
    private String partyBuildingPlan;
    /** Why the city needs it: the disciplinary value and how it differs from existing societies. */
    @NotBlank(groups = Complete.class) @Size(max = 4000)
    private String necessity;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "founding_initiator", joinColumns = @JoinColumn(name = "founding_application_id"))
    @OrderColumn(name = "position")
    private List<Initiator> initiators = new ArrayList<>();

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "founding_officer", joinColumns = @JoinColumn(name = "founding_application_id"))
    @OrderColumn(name = "position")
    private List<Candidate> officers = new ArrayList<>();

    void dropBlankRows() {
        initiators.removeIf(i -> i == null || i.isBlank());
        officers.removeIf(o -> o == null || o.isBlank());
    }

    public void setProposedName(String v) { proposedName = v; }
    public void setEnglishName(String v) { englishName = v; }
    public void setProposedCode(String v) { proposedCode = v; }
    public void setDiscipline(Discipline v) { discipline = v; }
    public void setBusinessScope(String v) { businessScope = v; }
    public void setSponsoringUnits(String v) { sponsoringUnits = v; }
    public void setAddress(String v) { address = v; }
    public void setPremises(String v) { premises = v; }
    public void setContactPhone(String v) { contactPhone = v; }
    public void setMembersIndividual(Integer v) { membersIndividual = v; }
    public void setMembersUnit(Integer v) { membersUnit = v; }
    public void setFunds(BigDecimal v) { funds = v; }
    public void setFundsSource(String v) { fundsSource = v; }
    public void setFullTimeStaff(Integer v) { fullTimeStaff = v; }
    public void setPartyOrganisation(PartyOrganisation v) { partyOrganisation = v; }
    public void setPartyBuildingPlan(String v) { partyBuildingPlan = v; }
    public void setNecessity(String v) { necessity = v; }
    public void setInitiators(List<Initiator> v) { initiators = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setOfficers(List<Candidate> v) { officers = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
