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
import org.societyflow.shared.ChineseTexts;

/** A 学会 in the register. Registered particulars change only through the register's service. */
@Entity
public class Society {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String englishName;
    private String creditCode;

    @Enumerated(EnumType.STRING)
    private Discipline discipline;

    @Enumerated(EnumType.STRING)
    private SupervisionMode supervisionMode;

    @Enumerated(EnumType.STRING)
    private SocietyStatus status;

    private boolean weak;
    private boolean abnormalActivity;
    private String businessScope;
    private String address;
    private String contactPhone;
    private LocalDate registeredOn;
    private Integer termNumber;
    private LocalDate termStart;
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    private PartyOrganisation partyOrganisation;

    private int membersIndividual;
    private int membersUnit;
    private java.math.BigDecimal registeredFunds;
    private String supervisingUnit;
    private LocalDate charterAdoptedOn;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "society_id", nullable = false)
    @OrderBy("role, id")
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
    public boolean termOverdueOn(LocalDate day) {
        return termEnd != null && termEnd.isBefore(day);
    }

    public boolean hasOfficerOlderThan(int years, LocalDate day) {
        return officers.stream().anyMatch(o -> o.ageOn(day) > years);
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

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getEnglishName() { return englishName; }
    public String getCreditCode() { return creditCode; }
    public Discipline getDiscipline() { return discipline; }
    public SupervisionMode getSupervisionMode() { return supervisionMode; }
    public SocietyStatus getStatus() { return status; }
    public boolean isWeak() { return weak; }
    public boolean isAbnormalActivity() { return abnormalActivity; }
    public String getBusinessScope() { return businessScope; }
    public String getAddress() { return address; }
    public String getContactPhone() { return contactPhone; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public Integer getTermNumber() { return termNumber; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public PartyOrganisation getPartyOrganisation() { return partyOrganisation; }
    public int getMembersIndividual() { return membersIndividual; }
    public int getMembersUnit() { return membersUnit; }
    public List<Officer> getOfficers() { return officers; }
    public java.math.BigDecimal getRegisteredFunds() { return registeredFunds; }
    public String getSupervisingUnit() { return supervisingUnit; }
    public LocalDate getCharterAdoptedOn() { return charterAdoptedOn; }

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
