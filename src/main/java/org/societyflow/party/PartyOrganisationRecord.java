package org.societyflow.party;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.PartyOrganisation;

/**
 * A society's line in the party organisation register: its form of organisation, when it was set up, the
 * secretary, the party members among officers and staff, a 党建工作小组, the 党建工作指导员 the party committee
 * assigned and the parent organisation. Changed only by an approved report (or by the demo and the import).
 */
@Entity
@Table(name = "party_organisation")
@Getter
public class PartyOrganisationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;

    @Enumerated(EnumType.STRING)
    private PartyOrganisation organisationForm;

    private LocalDate setUpOn;
    private String secretary;
    private Integer partyMembers;
    private boolean workGroup;
    private String instructor;
    private String parentOrganisation;
    private String applicationNo;
    private Instant updatedAt;

    @Version
    private long version;

    protected PartyOrganisationRecord() {
    }

    PartyOrganisationRecord(Long societyId) {
        this.societyId = societyId;
        this.organisationForm = PartyOrganisation.NONE;
    }

    /** Organisational coverage: a party organisation of its own, jointly or functionally set up. */
    public boolean organised() {
        return organisationForm != null && organisationForm != PartyOrganisation.NONE;
    }

    /** Work coverage: an organisation, a 党建工作小组 or a 党建工作指导员. */
    public boolean covered() {
        return organised() || workGroup || (instructor != null && !instructor.isBlank());
    }

    /** The organisation as an approved report (numbered {@code applicationNo}) describes it. */
    void apply(PartyReportForm form, String instructor, String applicationNo) {
        boolean dissolved = !form.organised();
        this.organisationForm = form.getOrganisationForm();
        this.setUpOn = dissolved ? null : form.getSetUpOn();
        this.secretary = dissolved ? null : form.getSecretary();
        this.partyMembers = form.getPartyMembers();
        this.workGroup = Boolean.TRUE.equals(form.getWorkGroup());
        this.parentOrganisation = form.getParentOrganisation();
        if (instructor != null && !instructor.isBlank()) {
            this.instructor = instructor.strip();
        }
        this.applicationNo = applicationNo;
        this.updatedAt = EngineClock.now();
    }
}
