package org.gatehouse.registration;

import jakarta.ejb.ApplicationException;
import org.gatehouse.validation.InvalidInputException;

/**
 * A registration refused for its customer-group code, or because its address is throttled. Unlike other
 * invalid input the transaction commits: the refusal must be counted and audited, or codes could be guessed.
 */
@ApplicationException(rollback = false)
public class RegistrationRefusedException extends InvalidInputException {

    public RegistrationRefusedException(String field, String message) {
        super(field, message);
    }
}
