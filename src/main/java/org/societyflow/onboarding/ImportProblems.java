package org.societyflow.onboarding;

/** An import file with problems was to be imported: nothing was stored; the plan lists them. */
class ImportProblems extends RuntimeException {

    private final transient ImportPreview plan;

    ImportProblems(ImportPreview plan) {
        super(plan.problems().size() + " problems in the import file");
        this.plan = plan;
    }

    ImportPreview plan() {
        return plan;
    }
}
