package org.societyflow.workflow;

/**
 * The applicant's side of an application's progress: the service time with the clock paused while the applicant has
 * the case, the open 补正 (null when none), the step a reviewer could ask to correct (null when none), and whether the
 * society may still withdraw it (撤回).
 */
public record ApplicantSide(ServiceTime serviceTime, CorrectionNotice correction, CorrectionTarget correctable,
                            boolean withdrawable) {
}
