package org.societyflow.identity;

/** The confirmation mail of a registration could not be sent; the registration is rolled back with it. */
public class RegistrationMailException extends RuntimeException {

    RegistrationMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
