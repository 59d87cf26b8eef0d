package org.societyflow.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Validates a society form and collects its field errors, so rules across fields can add theirs before one refusal. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormValidator {

    private final Validator validator;

    /** Field path → message of every constraint the form breaks in the given groups (a mutable map). */
    public <T> Map<String, String> violations(T form, Class<?>... groups) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> v : validator.validate(form, groups)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return errors;
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
