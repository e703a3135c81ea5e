package org.gatehouse.company;

import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * The one way from a {@link Customer}, read through the access scope, to its writable twin {@link Company}
 * (the same row, unfiltered). Whoever holds the {@code Customer} has already passed the filter, so the
 * customer is in scope; whether the change is allowed (WRITE) stays the caller's check. Code elsewhere
 * does not load a {@code Company} (PackageRulesTest holds the line and names the exceptions).
 */
public final class CompanyGate {

    private CompanyGate() {
    }

    /** @param visible a customer read through the scope, in the persistence context {@code em} */
    public static Company writable(EntityManager em, Customer visible) {
        return em.find(Company.class, Objects.requireNonNull(visible, "a customer read through the scope").getId());
    }
}
