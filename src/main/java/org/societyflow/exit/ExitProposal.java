package org.societyflow.exit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/**
 * A society the identification table flags, with the indicators that fired. The fingerprint (the indicator
 * codes) tells whether a later scan finds something new after a dismissal.
 */
@Entity
public class ExitProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private Long societyId;
    @Getter
    private String indicators;
    @Getter
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Getter
    private ProposalStatus status;

    @Getter
    private Instant proposedAt;
    @Getter
    private String decidedBy;
    @Getter
    private Instant decidedAt;
    @Getter
    private String decisionReason;
    @Getter
    private String caseNo;

    @Version
    private long version;

    protected ExitProposal() {
    }

    ExitProposal(Long societyId, Indicators indicators) {
        this.societyId = societyId;
        this.indicators = indicators.text();
        this.fingerprint = indicators.fingerprint();
        this.status = ProposalStatus.PROPOSED;
        this.proposedAt = EngineClock.now();
    }

    void confirm(String by, String caseNo) {
        decide(ProposalStatus.CONFIRMED, by, null);
        this.caseNo = caseNo;
    }

    void dismiss(String by, String reason) {
        decide(ProposalStatus.DISMISSED, by, reason);
    }

    private void decide(ProposalStatus outcome, String by, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = EngineClock.now();
        this.decisionReason = reason;
    }
}
