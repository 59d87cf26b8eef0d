package org.societyflow.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account holding a temporary password: it must choose its own before it works. */
@Entity
@Table(name = "account_password_change")
class PasswordChangeRequired {

    @Id
    private String userId;

    private Instant requiredSince;

    protected PasswordChangeRequired() {
    }

    PasswordChangeRequired(String userId, Instant requiredSince) {
        this.userId = userId;
        this.requiredSince = requiredSince;
    }
}
