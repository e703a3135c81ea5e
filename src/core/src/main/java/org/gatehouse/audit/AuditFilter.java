package org.gatehouse.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit log screen asks for; every part is optional.
 *
 * @param actor    part of the actor's e-mail
 * @param customer part of the customer's name
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 */
public record AuditFilter(String actor, String customer, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);
}
