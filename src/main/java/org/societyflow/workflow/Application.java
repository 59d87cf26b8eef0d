package org.societyflow.workflow;

/** An application of any type, as the shared lifecycle sees it: its row and its number, the process's business key. */
public interface Application {

    Long getId();

    String getApplicationNo();

    /** An application a society owns: its steps are the society's, and only it and the 科协's staff read it. */
    interface OfSociety extends Application {

        Long getSocietyId();
    }
}
