package org.societyflow.exit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.societyflow.shared.EngineClock;

/**
 * A society the identification table flags, with the indicators that fired. The fingerprint (the indicator
 * codes) tells whether a later scan finds something new after a dismissal.
 */
@Entity
public class ExitProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long societyId;
    private String indicators;
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
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

    public Long getId() { return id; }
    public Long getSocietyId() { return societyId; }
    public String getIndicators() { return indicators; }
    public String getFingerprint() { return fingerprint; }
    public ProposalStatus getStatus() { return status; }
    public Instant getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getCaseNo() { return caseNo; }
}
