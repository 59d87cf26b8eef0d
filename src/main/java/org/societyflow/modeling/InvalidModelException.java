package org.societyflow.modeling;

import java.util.List;

/** A deployment refused whole: every problem names its file and, where it can, the element. */
public class InvalidModelException extends RuntimeException {

    private final transient List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super("model refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }
}
