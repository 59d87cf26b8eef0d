package org.societyflow.society;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.Complete;

/**
 * A candidate for 理事长, 副理事长 or 秘书长 — in a 换届 or a 变更 of officers — with what the officer eligibility
 * rules need (docs/RULES.md, 换届). {@code flags} is set by the eligibility check, never by the client.
 */
@Embeddable
@Getter
public class Candidate {

    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private OfficerRole role;
    @NotBlank(groups = Complete.class) @Size(max = 50)
    private String name;
    @NotNull(groups = Complete.class) @Past
    private LocalDate birthDate;
    @NotNull(groups = Complete.class)
    private Boolean partyMember;
    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String currentJob;
    @NotNull(groups = Complete.class) @Enumerated(EnumType.STRING)
    private OfficialStatus officialStatus;
    @NotNull(groups = Complete.class)
    private Boolean cadreApproval;
    @NotNull(groups = Complete.class) @Min(0) @Max(20)
    private Integer termsServed;
    @NotNull(groups = Complete.class) @Min(0) @Max(50)
    private Integer otherSocietyOffices;
    @NotNull(groups = Complete.class)
    private Boolean legalRepresentative;
    @NotNull(groups = Complete.class)
    private Boolean legalRepresentativeElsewhere;
    @NotNull(groups = Complete.class)
    private Boolean fullTime;
    /** Set by the eligibility check, never by the client. */
    private String flags;

    /**
     * A registered officer as a candidate, for the eligibility rules when they take a new office (say, become
     * 法定代表人). The register does not hold their official status or offices elsewhere: those count as none.
     */
    public static Candidate of(Officer officer) {
        Candidate c = new Candidate();
        c.role = officer.getRole();
        c.name = officer.getName();
        c.birthDate = officer.getBirthDate();
        c.termsServed = officer.getTermsServed();
        c.fullTime = officer.isFullTime();
        c.legalRepresentative = true;
        c.officialStatus = OfficialStatus.NONE;
        c.cadreApproval = false;
        c.otherSocietyOffices = 0;
        c.legalRepresentativeElsewhere = false;
        c.partyMember = false;
        return c;
    }

    public boolean isBlank() {
        return (name == null || name.isBlank()) && role == null;
    }

    public void setRole(OfficerRole v) { role = v; }
    public void setName(String v) { name = v; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public void setPartyMember(Boolean v) { partyMember = v; }
    public void setCurrentJob(String v) { currentJob = v; }
    public void setOfficialStatus(OfficialStatus v) { officialStatus = v; }
    public void setCadreApproval(Boolean v) { cadreApproval = v; }
    public void setTermsServed(Integer v) { termsServed = v; }
    public void setOtherSocietyOffices(Integer v) { otherSocietyOffices = v; }
    public void setLegalRepresentative(Boolean v) { legalRepresentative = v; }
    public void setLegalRepresentativeElsewhere(Boolean v) { legalRepresentativeElsewhere = v; }
    public void setFullTime(Boolean v) { fullTime = v; }
    public void setFlags(String v) { flags = v; }
}
