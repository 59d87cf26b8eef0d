package org.societyflow.workflow;

/** An application of any type, as the shared lifecycle sees it: its row and its number, the process's business key. */
public interface Application {

    Long getId();

    String getApplicationNo();

    /** Who ended it early, when and why; null unless it was cancelled. */
    Cancellation getCancellation();

    /**
     * Ends it early (已终止): its status becomes its type's {@code CANCELLED} and it keeps who, when and why. From then
     * on it is read-only and leaves every count, board and ranking of its type.
     */
    void cancel(Cancellation cancellation);

    default boolean isCancelled() {
        return getCancellation() != null && getCancellation().getCancelledAt() != null;
    }

    /** An application a society owns: its steps are the society's, and only it and the 科协's staff read it. */
    interface OfSociety extends Application {

        Long getSocietyId();
    }
}
