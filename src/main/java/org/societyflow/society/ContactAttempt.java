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
 * One attempt of 学会部 to reach a society: when, how, whether it answered, who recorded it. The 软弱涣散 scan counts
 * the failed attempts since the latest that reached it (docs/RULES.md, E: unreachable).
 */
@Entity
@Table(name = "society_contact_attempt")
@Getter
public class ContactAttempt {

    /** How 学会部 tried: at the registered address, by the registered phone, by letter, through the 法定代表人. */
    public enum Channel { ADDRESS_VISIT, PHONE, LETTER, LEGAL_REPRESENTATIVE }

    public enum Outcome { REACHED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;
    private LocalDate attemptedOn;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String note;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected ContactAttempt() {
    }

    ContactAttempt(Long societyId, LocalDate attemptedOn, Channel channel, Outcome outcome, String note,
                   String recordedBy) {
        this.societyId = societyId;
        this.attemptedOn = attemptedOn;
        this.channel = channel;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = EngineClock.now();
    }
}
