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
import lombok.Getter;

/** A funding programme's call for one year (专项 / 项目指南), managed by 学会部. */
@Entity
@Table(name = "grant_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String code;
    @Enumerated(EnumType.STRING)
    @Getter
    private ProgrammeType type;
    @Column(name = "programme_year")
    @Getter
    private int year;
    @Getter
    private String title;
    @Getter
    private String callText;
    @Getter
    private LocalDate opensOn;
    @Getter
    private LocalDate closesOn;
    @Getter
    private long totalBudget;
    @Getter
    private long capPerProject;
    private String categories;
    @Getter
    private int expertsPerApplication;
    @Getter
    private int noticeWorkingDays;
    @Enumerated(EnumType.STRING)
    @Getter
    private ProgrammeStatus status;
    private String proposedList;
    private String fundedList;
    @Getter
    private String adjustmentReason;
    @Getter
    private LocalDate noticeStarts;
    @Getter
    private LocalDate noticeEnds;
    @Getter
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
}
