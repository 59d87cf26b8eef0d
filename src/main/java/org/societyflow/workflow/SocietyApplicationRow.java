package org.societyflow.workflow;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * The columns every application a society owns has: its id, its number (the process's business key; a grant draft
 * has none until it is submitted) and its society. Each type's table holds them under these names.
 */
@MappedSuperclass
@Getter
public abstract class SocietyApplicationRow implements Application.OfSociety {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNo;

    private Long societyId;

    @Embedded
    private Cancellation cancellation;

    protected SocietyApplicationRow() {
    }

    protected SocietyApplicationRow(String applicationNo, Long societyId) {
        this.applicationNo = applicationNo;
        this.societyId = societyId;
    }

    /** Keeps who cancelled the application, when and why; the type's {@link #cancel} sets its status too. */
    protected void cancelled(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    /** Numbers an application that was saved before it had a number; a number once given stays. */
    protected void numberOnce(String applicationNo) {
        if (this.applicationNo == null) {
            this.applicationNo = applicationNo;
        }
    }
}
