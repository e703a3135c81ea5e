package org.gatehouse.designs;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatehouse.company.CustomerMoved;

/** Keeps the audiences of a moved customer's designs, and of its sites', right (the company package cannot see designs). */
@Stateless
public class DesignAudiences {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** In the mover's transaction: the move and the audiences it implies commit together. */
    public void moved(@Observes CustomerMoved moved) {
        DesignVisibility.ofTree(em, moved.customerId());
    }
}
