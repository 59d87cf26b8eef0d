package org.societyflow.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A funding programme's call for one year (专项 / 项目指南), managed by 学会部. */
@Entity
@Table(name = "grant_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    @Enumerated(EnumType.STRING)
    private ProgrammeType type;
    @Column(name = "programme_year")
    private int year;
    private String title;
    private String callText;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private long totalBudget;
    private long capPerProject;
    private int quotaPerSociety;
    private String categories;
    private int expertsPerApplication;
    private int noticeWorkingDays;
    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;
    private String proposedList;
    private String fundedList;
    private String adjustmentReason;
    private LocalDate noticeStarts;
    private LocalDate noticeEnds;
    private String createdBy;

    @Version
    private long version;

    protected Programme() {
    }

    Programme(ProgrammeForm form, String createdBy) {
        this.status = ProgrammeStatus.DRAFT;
        this.createdBy = createdBy;
        update(form);
    }

    void update(ProgrammeForm f) {
        type = f.getType();
        year = f.getYear();
        title = f.getTitle().strip();
        callText = f.getCallText();
        opensOn = f.getOpensOn();
        closesOn = f.getClosesOn();
        totalBudget = f.getTotalBudget();
        capPerProject = f.getCapPerProject();
        quotaPerSociety = f.getQuotaPerSociety();
        categories = f.getCategories().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        expertsPerApplication = f.getExpertsPerApplication();
        noticeWorkingDays = f.getNoticeWorkingDays();
    }

    void published(String code) {
        this.code = code;
        this.status = ProgrammeStatus.OPEN;
    }

    void closed() {
        status = ProgrammeStatus.REVIEWING;
    }

    void proposed(List<String> list) {
        status = ProgrammeStatus.RANKING;
        proposedList = String.join(",", list);
        fundedList = proposedList;
        adjustmentReason = null;
    }

    void settleList(List<String> list, String reason) {
        fundedList = String.join(",", list);
        adjustmentReason = reason;
    }

    void noticePublished(LocalDate starts, LocalDate ends) {
        status = ProgrammeStatus.NOTICE;
        noticeStarts = starts;
        noticeEnds = ends;
    }

    void decided() {
        status = ProgrammeStatus.DECIDED;
    }

    public List<GrantCategory> categoryList() {
        return categories == null || categories.isBlank() ? List.of()
                : Arrays.stream(categories.split(",")).map(GrantCategory::valueOf).toList();
    }

    public List<String> fundedNumbers() {
        return numbers(fundedList);
    }

    public List<String> proposedNumbers() {
        return numbers(proposedList);
    }

    static List<String> numbers(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean openOn(LocalDate day) {
        return status == ProgrammeStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public ProgrammeType getType() { return type; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public String getCallText() { return callText; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public long getTotalBudget() { return totalBudget; }
    public long getCapPerProject() { return capPerProject; }
    public int getQuotaPerSociety() { return quotaPerSociety; }
    public int getExpertsPerApplication() { return expertsPerApplication; }
    public int getNoticeWorkingDays() { return noticeWorkingDays; }
    public ProgrammeStatus getStatus() { return status; }
    public String getAdjustmentReason() { return adjustmentReason; }
    public LocalDate getNoticeStarts() { return noticeStarts; }
    public LocalDate getNoticeEnds() { return noticeEnds; }
    public String getCreatedBy() { return createdBy; }
}
