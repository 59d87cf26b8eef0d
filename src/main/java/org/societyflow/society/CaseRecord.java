package org.societyflow.society;

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
 * One line of a society's 处罚与案件记录, kept by 学会部: what happened, when, on whose finding. The 年检 grade table
 * reads the lines of the inspected year (docs/RULES.md, C); the kinds it reads are settings
 * ({@code societyflow.inspection.serious-case-kinds}, {@code uncooperative-kinds}).
 */
@Entity
@Table(name = "society_case_record")
@Getter
public class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;

    @Enumerated(EnumType.STRING)
    private CaseKind kind;

    private LocalDate occurredOn;
    private String source;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected CaseRecord() {
    }

    CaseRecord(Long societyId, CaseKind kind, LocalDate occurredOn, String source, String note, String recordedBy) {
        this.societyId = societyId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.source = source;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = EngineClock.now();
    }
}
