package org.societyflow.onboarding;

/** A register file with problems was to be imported: nothing was stored; the plan lists them. */
class ImportProblems extends RuntimeException {

    private final transient ImportPlan plan;

    ImportProblems(ImportPlan plan) {
        super(plan.problems().size() + " problems in the register file");
        this.plan = plan;
    }

    ImportPlan plan() {
        return plan;
    }
}
