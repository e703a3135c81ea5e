package org.gatehouse.validation;

import jakarta.ejb.ApplicationException;

/**
 * Input a person can correct: the message says what is wrong in their words, and the field names
 * the input it belongs to (null for the whole form). The transaction is rolled back: nothing changed.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The id of the input the message belongs beside, or null. */
    public String getField() {
        return field;
    }
}
