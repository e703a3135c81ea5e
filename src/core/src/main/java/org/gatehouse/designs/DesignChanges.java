package org.gatehouse.designs;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to designs and to which statuses customers see, made by the user whose scope is bound to the
 * persistence context: staff and partners with WRITE add designs and move them along their statuses; only an
 * administrator changes what customers see. Each change leaves every design's audience right ({@link DesignVisibility}).
 */
public class DesignChanges {

    private final EntityManager em;
    private final AccessScope scope;

    public DesignChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** A new design of the customer (or site), in draft. */
    public Design add(long customerId, String name, String code, String description, Instant now) {
        if (em.find(Customer.class, customerId) == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        writable(customerId);
        String validCode = text("code", code, Design.CODE_LENGTH, "a code");
        if (!em.createQuery("select d.id from Design d where d.customerId = :customer and d.code = :code", Long.class)
                .setParameter("customer", customerId).setParameter("code", validCode).getResultList().isEmpty()) {
            throw new InvalidInputException("code", "This customer already has a design with the code " + validCode + ".");
        }
        String validDescription = description == null ? "" : description.strip();
        if (validDescription.length() > Design.DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "A design's description has at most " + Design.DESCRIPTION_LENGTH + " characters.");
        }
        Design design = new Design(customerId, text("name", name, Design.NAME_LENGTH, "a name"), validCode, validDescription, now);
        em.persist(design);
        DesignVisibility.ofDesign(em, design.getId());
        em.refresh(design);
        return design;
    }

    /** Moves the design to the next status, if that step is allowed from where it is. */
    public Design move(long designId, DesignStatus next, Instant now) {
        Design design = em.find(Design.class, designId);
        if (design == null) {
            throw new RecordNotFoundException("Design", designId);
        }
        writable(design.getCustomerId());
        if (!design.getStatus().next().contains(next)) {
            throw new InvalidInputException("status", "A design " + design.getStatus().getLabel().toLowerCase() + " cannot become "
                    + next.getLabel().toLowerCase() + ".");
        }
        design.moveTo(next, now);
        DesignVisibility.ofDesign(em, designId);
        em.refresh(design);
        return design;
    }

    /** The statuses customers see, unless their group has its own: an administrator's setting. */
    public void showInstallationWide(Set<DesignStatus> statuses) {
        administrator();
        em.createNativeQuery("delete from design_visible_status").executeUpdate();
        for (DesignStatus status : statuses) {
            em.createNativeQuery("insert into design_visible_status (status) values (?1)").setParameter(1, status.name()).executeUpdate();
        }
        DesignVisibility.ofAll(em);
    }

    /** The statuses the group's customers see instead of the installation's, or null to follow the installation again. */
    public void showToGroup(long customerGroupId, Set<DesignStatus> statuses) {
        administrator();
        em.createNativeQuery("delete from customer_group_design_status where customer_group_id = ?1").setParameter(1, customerGroupId).executeUpdate();
        em.createNativeQuery("update customer_group set own_design_statuses = ?2 where id = ?1")
                .setParameter(1, customerGroupId).setParameter(2, statuses != null).executeUpdate();
        for (DesignStatus status : statuses == null ? Set.<DesignStatus>of() : statuses) {
            em.createNativeQuery("insert into customer_group_design_status (customer_group_id, status) values (?1, ?2)")
                    .setParameter(1, customerGroupId).setParameter(2, status.name()).executeUpdate();
        }
        DesignVisibility.ofGroup(em, customerGroupId);
    }

    private void writable(long customerId) {
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's designs but not change them.");
        }
    }

    private void administrator() {
        if (scope.isReadOnly() || !scope.everything()) {
            throw new WriteNotAllowedException("Only an administrator decides which design statuses customers see.");
        }
    }

    private static String text(String field, String value, int length, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "Please give the design " + what + ".");
        }
        if (text.length() > length) {
            throw new InvalidInputException(field, "A design's " + field + " has at most " + length + " characters.");
        }
        return text;
    }
}
