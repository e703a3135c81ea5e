package org.gatehouse.access;

/** What a membership or grant allows on the customers it covers. WRITE includes READ. */
public enum AccessLevel {
    READ, WRITE;

    public AccessLevel max(AccessLevel other) {
        return other == null || this == WRITE ? this : other;
    }
}
