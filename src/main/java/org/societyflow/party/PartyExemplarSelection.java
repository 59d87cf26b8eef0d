package org.societyflow.party;

import jakarta.persistence.Column;
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

/**
 * One yearly selection of 党建典型 ("同心炬会 科耀江城", docs/RULES.md G): the call the party committee opens, and where
 * {@code party-exemplar-selection} (business key {@code DX-<year>-<seq>}, kept as {@code applicationNo}) has got to.
 */
@Entity
@Table(name = "party_exemplar_selection")
@Getter
public class PartyExemplarSelection {

    /** OPEN for nominations; REVIEW while the committee ranks; APPROVAL with leadership; NOTICE during the 公示. */
    public enum SelectionStatus {
        OPEN, REVIEW, APPROVAL, NOTICE, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNo;
    @Column(name = "selection_year")
    private int year;
    private String title;
    private String callText;
    private LocalDate closesOn;
    private int quota;
    private int noticeWorkingDays;

    @Enumerated(EnumType.STRING)
    private SelectionStatus status;

    private LocalDate noticeEndsOn;
    /** The objection under the committee's consideration during the 公示, with the objecting society's name. */
    private String objection;
    private String createdBy;
    private Instant createdAt;
    private Instant publishedAt;

    @Version
    private long version;

    protected PartyExemplarSelection() {
    }

    PartyExemplarSelection(PartyExemplarForm.Selection form, String createdBy) {
        this.year = form.getYear();
        this.title = form.getTitle().strip();
        this.callText = form.getCallText().strip();
        this.closesOn = form.getClosesOn();
        this.quota = form.getQuota();
        this.noticeWorkingDays = form.getNoticeWorkingDays();
        this.status = SelectionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = EngineClock.now();
    }

    /** Nominations are taken until the end of the closing day, while the process has not closed the call. */
    public boolean openForNominations() {
        return status == SelectionStatus.OPEN && !EngineClock.today().isAfter(closesOn);
    }

    void numbered(String applicationNo) {
        this.applicationNo = applicationNo;
    }

    void moveTo(SelectionStatus next) {
        this.status = next;
    }

    void noticeUntil(LocalDate last) {
        this.status = SelectionStatus.NOTICE;
        this.noticeEndsOn = last;
    }

    void objected(String objection) {
        this.objection = objection;
    }

    void published() {
        this.status = SelectionStatus.PUBLISHED;
        this.publishedAt = EngineClock.now();
        this.objection = null;
    }
}
