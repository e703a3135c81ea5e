package org.gatehouse.access;

/** A scoped read or write was attempted without a signed-in user: refused, never answered unfiltered. */
public class NoAccessScopeException extends IllegalStateException {

    public NoAccessScopeException() {
        super("No access scope: a customer-owned record was requested without a signed-in user");
    }
}
