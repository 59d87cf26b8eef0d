package org.societyflow.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/** The latest invitation to set an account's password: its token's hash, expiry, when sent and when used. */
@Entity
@Getter
public class AccountInvitation {

    @Id
    private String userId;

    private String tokenHash;
    private Instant expiresAt;
    private Instant sentAt;
    private Instant usedAt;

    protected AccountInvitation() {
    }

    AccountInvitation(String userId) {
        this.userId = userId;
    }

    /** A new link: the last one stops working. */
    void renew(String tokenHash, Instant sentAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
        this.usedAt = null;
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
