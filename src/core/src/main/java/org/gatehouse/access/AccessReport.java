package org.gatehouse.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** "What can this user see?": the user's scope, customer by customer, each with its reasons. For administrators. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AccessReport {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** Whether the user sees every customer (an administrator): then {@link #customersOf} lists none one by one. */
    public boolean seesEverything(long userId) {
        return AccessScope.compute(em, userId).everything();
    }

    /** The customers in the user's scope, by name, with the reasons; empty for an administrator or an inactive user. */
    public List<CustomerAccess> customersOf(long userId) {
        AccessScope scope = AccessScope.compute(em, userId);
        Set<Long> customers = new HashSet<>(scope.customers().keySet());
        customers.addAll(scope.breadth());
        if (scope.everything() || customers.isEmpty()) {
            return List.of();
        }
        AccessExplainer explainer = new AccessExplainer(em);
        List<CustomerAccess> access = new ArrayList<>();
        for (Object row : em.createQuery("select c.id, c.name from Company c where c.id in :ids order by c.name")
                .setParameter("ids", customers).getResultList()) {
            Object[] customer = (Object[]) row;
            long customerId = (Long) customer[0];
            access.add(new CustomerAccess(customerId, (String) customer[1], explainer.explainCustomer(userId, customerId)));
        }
        return access;
    }
}
