package org.societyflow.shared;

import lombok.Getter;

/**
 * A request that is well-formed but not allowed in the current state (a second submit, a wrong year …).
 * The message key is resolved in the user's language; the field, if any, names the input concerned.
 */
public class BusinessRuleException extends RuntimeException {

    @Getter
    private final String messageKey;
    @Getter
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public Object[] getArguments() { return arguments; }
}
