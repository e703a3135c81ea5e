package org.gatehouse.access;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or exists outside the caller's scope: the two answer exactly alike,
 * so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
