package org.societyflow.society;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.ChineseTexts;

/** A 学会 in the register. Registered particulars change only through the register's service. */
@Entity
public class Society {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String code;
    @Getter
    private String name;
    @Getter
    private String englishName;
    @Getter
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Getter
    private Discipline discipline;

    @Enumerated(EnumType.STRING)
    @Getter
    private SupervisionMode supervisionMode;

    @Enumerated(EnumType.STRING)
    @Getter
    private SocietyStatus status;

    @Getter
    private boolean weak;
    @Getter
    private boolean abnormalActivity;
    @Getter
    private String businessScope;
    @Getter
    private String address;
    @Getter
    private String contactPhone;
    @Getter
    private LocalDate registeredOn;
    @Getter
    private Integer termNumber;
    @Getter
    private LocalDate termStart;
    @Getter
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Getter
    private PartyOrganisation partyOrganisation;

    @Getter
    private int membersIndividual;
    @Getter
    private int membersUnit;
    @Getter
    private java.math.BigDecimal registeredFunds;
    @Getter
    private String supervisingUnit;
    @Getter
    private LocalDate charterAdoptedOn;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "society_id", nullable = false)
    @OrderBy("role, id")
    @Getter
    private List<Officer> officers = new ArrayList<>();

    protected Society() {
    }

    public Society(String code, String name, Discipline discipline, SupervisionMode supervisionMode,
                   SocietyStatus status, PartyOrganisation partyOrganisation) {
        this.code = code;
        this.name = name;
        this.discipline = discipline;
        this.supervisionMode = supervisionMode;
        this.status = status;
        this.partyOrganisation = partyOrganisation;
    }

    /** Whether the term has ended by the given day (换届 overdue). */
    void partyOrganisation(PartyOrganisation form) {
        this.partyOrganisation = form;
    }

    public boolean termOverdueOn(LocalDate day) {
        return termEnd != null && termEnd.isBefore(day);
    }

    public boolean hasOfficerOlderThan(int years, LocalDate day) {
        return officers.stream().anyMatch(o -> o.ageOn(day) > years);
    }

    /** Whether the 理事长 has served more terms than {@code maxTerms} (the current one included). */
    public boolean hasPresidentBeyondTerms(int maxTerms) {
        return officers.stream().anyMatch(o -> o.getRole() == OfficerRole.PRESIDENT && o.getTermsServed() > maxTerms);
    }

    void replaceOfficers(List<Officer> newOfficers) {
        officers.clear();
        officers.addAll(newOfficers);
    }

    /** The officers as one line, for the change log: 理事长 陈立新（法定代表人）; 秘书长 … */
    public String officersSummary() {
        return officers.stream().map(Officer::summary).collect(java.util.stream.Collectors.joining("；"));
    }

    String termSummary() {
        return termNumber == null ? "" : ChineseTexts.format("society.term.summary", String.valueOf(termNumber),
                String.valueOf(termStart), String.valueOf(termEnd));
    }

    void flagWeak(boolean weak) {
        this.weak = weak;
    }

    void listAbnormalActivity(boolean listed) {
        this.abnormalActivity = listed;
    }

    void changeStatus(SocietyStatus newStatus) {
        this.status = newStatus;
    }

    /** Sets one registered particular from its requested value (an approved 变更). */
    void change(RegisteredField field, String value) {
        switch (field) {
            case NAME -> this.name = value;
            case ADDRESS -> this.address = value;
            case BUSINESS_SCOPE -> this.businessScope = value;
            case CHARTER -> this.charterAdoptedOn = LocalDate.parse(value);
            case FUNDS -> this.registeredFunds = RegisteredField.funds(value);
            case SUPERVISING_UNIT -> this.supervisingUnit = value;
            case LEGAL_REPRESENTATIVE -> officers.forEach(o -> o.setLegalRepresentative(o.getName().equals(value)));
            case OFFICERS -> throw new IllegalArgumentException("officers change as a list, not as text");
        }
    }

    /** 更正: a particular the register got wrong takes the value it should have had (the caller logs old → new). */
    void correct(CorrectableField field, Object value) {
        switch (field) {
            case ADDRESS -> this.address = (String) value;
            case BUSINESS_SCOPE -> this.businessScope = (String) value;
            case CONTACT_PHONE -> this.contactPhone = (String) value;
            case REGISTERED_ON -> this.registeredOn = (LocalDate) value;
            case FUNDS -> this.registeredFunds = (java.math.BigDecimal) value;
            case MEMBERS_INDIVIDUAL -> this.membersIndividual = (Integer) value;
            case MEMBERS_UNIT -> this.membersUnit = (Integer) value;
        }
    }

    /** Takes one imported particular from {@code imported}, a society the register import read from its file. */
    void adopt(ImportedField field, Society imported) {
        switch (field) {
            case NAME -> this.name = imported.name;
            case ENGLISH_NAME -> this.englishName = imported.englishName;
            case DISCIPLINE -> this.discipline = imported.discipline;
            case SUPERVISION_MODE -> this.supervisionMode = imported.supervisionMode;
            case REGISTERED_ON -> this.registeredOn = imported.registeredOn;
            case ADDRESS -> this.address = imported.address;
            case CONTACT_PHONE -> this.contactPhone = imported.contactPhone;
            case BUSINESS_SCOPE -> this.businessScope = imported.businessScope;
            case FUNDS -> this.registeredFunds = imported.registeredFunds;
            case TERM -> term(imported.termNumber, imported.termStart, imported.termEnd);
            case MEMBERS -> members(imported.membersIndividual, imported.membersUnit);
            case OFFICERS -> replaceOfficers(List.copyOf(imported.officers));
        }
    }

    public Society funds(java.math.BigDecimal funds, String supervisingUnit, LocalDate charterAdoptedOn) {
        this.registeredFunds = funds;
        this.supervisingUnit = supervisingUnit;
        this.charterAdoptedOn = charterAdoptedOn;
        return this;
    }

    /** Registration particulars, set when the society enters the register. */
    public Society registered(String creditCode, LocalDate registeredOn, String englishName, String businessScope,
                              String address, String contactPhone) {
        this.creditCode = creditCode;
        this.registeredOn = registeredOn;
        this.englishName = englishName;
        this.businessScope = businessScope;
        this.address = address;
        this.contactPhone = contactPhone;
        return this;
    }

    /** 民政局 registered the society: it is in the register with its credit code from that day. */
    void enterRegister(String creditCode, LocalDate registeredOn) {
        this.creditCode = creditCode;
        this.registeredOn = registeredOn;
    }

    public Society term(int number, LocalDate start, LocalDate end) {
        this.termNumber = number;
        this.termStart = start;
        this.termEnd = end;
        return this;
    }

    public Society members(int individual, int unit) {
        this.membersIndividual = individual;
        this.membersUnit = unit;
        return this;
    }

    public Society officer(Officer officer) {
        officers.add(officer);
        return this;
    }
}
