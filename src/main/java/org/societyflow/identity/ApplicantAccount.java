package org.societyflow.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/**
 * What an initiator (学会发起人) registered besides the Camunda user: phone and employer, and — when the
 * e-mail address must be confirmed — the hash of the confirmation token, its expiry and the confirmation.
 */
@Entity
@Getter
public class ApplicantAccount {

    @Id
    private String userId;

    private String phone;
    private String employer;
    private Instant registeredAt;
    /** SHA-256 of the token in the confirmation mail (hex); null when no confirmation was asked for. */
    private String confirmationToken;
    private Instant tokenExpiresAt;
    private Instant confirmedAt;

    protected ApplicantAccount() {
    }

    ApplicantAccount(String userId, String phone, String employer, Instant registeredAt) {
        this.userId = userId;
        this.phone = phone;
        this.employer = employer;
        this.registeredAt = registeredAt;
    }

    void awaitConfirmation(String tokenHash, Instant expiresAt) {
        this.confirmationToken = tokenHash;
        this.tokenExpiresAt = expiresAt;
    }

    void confirm(Instant at) {
        this.confirmedAt = at;
    }

    /** Registered with a confirmation mail whose link was not followed yet: the account cannot log in. */
    public boolean awaitsConfirmation() {
        return confirmationToken != null && confirmedAt == null;
    }

    /** Never confirmed, and the link has expired: the user id and e-mail address are free again. */
    boolean lapsed(Instant now) {
        return awaitsConfirmation() && tokenExpiresAt != null && !tokenExpiresAt.isAfter(now);
    }

    String getConfirmationToken() { return confirmationToken; }
}
