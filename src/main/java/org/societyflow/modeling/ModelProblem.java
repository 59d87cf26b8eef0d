package org.societyflow.modeling;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One reason a model is refused: the file, the element it concerns (when one does) and what is wrong. */
public record ModelProblem(String resource, String elementId, String message) implements Problem {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
