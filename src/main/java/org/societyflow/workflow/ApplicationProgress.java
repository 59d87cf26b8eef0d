package org.societyflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Where an application stands, for the society and for staff: the steps done (from the engine's history),
 * the open steps with who holds them and their deadlines, every review opinion, and what to mark on its diagram.
 */
public record ApplicationProgress(String businessKey, boolean ended, List<Step> done, List<Step> current,
                                  List<ReviewOpinion> opinions, Diagram diagram, List<Target> sendBackTo,
                                  ApplicantSide applicant) {

    /** A reviewer step the application has passed and may be sent back to (退回). */
    public record Target(String activityId, String name) {
    }

    /** The process definition, the elements passed and current, and the sequence flows taken, for the diagram. */
    public record Diagram(String definitionId, List<String> completed, List<String> current, List<String> taken) {
    }

    /** One step of the process; {@code holder} is the assignee or else the candidate groups. */
    public record Step(String activityId, String name, String type, Instant started, Instant ended,
                       String holder, Instant due) {
    }
}
