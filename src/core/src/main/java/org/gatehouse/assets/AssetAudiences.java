package org.gatehouse.assets;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatehouse.user.ContactOptionsChanged;

/** Keeps the sight of work orders right when a contact's "assigned work orders only" changes (the user package cannot see assets). */
@Stateless
public class AssetAudiences {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** In the changer's transaction: the option and the sight it implies commit together. */
    public void optionsChanged(@Observes ContactOptionsChanged changed) {
        WorkOrderSight.ofContact(em, changed.contactId());
    }
}
