package org.societyflow.shared;

import jakarta.validation.ConstraintViolation;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import lombok.Getter;

/**
 * Input that fails validation, field by field. Values are message keys or already-interpolated messages;
 * the portal shows them next to the fields, the API returns them in the problem body.
 */
public class InvalidInputException extends RuntimeException {

    @Getter
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors.keySet());
        this.fieldErrors = new TreeMap<>(fieldErrors);
    }

    public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new TreeMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return new InvalidInputException(errors);
    }
}
