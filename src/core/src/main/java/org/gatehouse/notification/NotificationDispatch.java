package org.gatehouse.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.mail.MailOutbox;

/** One record event dispatched per transaction, so that one that fails leaves the others' mails alone. */
@Stateless
public class NotificationDispatch {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    RecordSight sight;

    @Inject
    @ConfigProperty(name = "gatehouse.backoffice-url", defaultValue = "http://localhost:8080/backoffice/")
    URI backofficeUrl;

    @Inject
    @ConfigProperty(name = "gatehouse.portal-url", defaultValue = "http://localhost:8080/portal/")
    URI portalUrl;

    /** @return false when no event was waiting */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean dispatchNext() {
        return new RecordNotifications(em, sight, outbox, backofficeUrl, portalUrl, Clock.systemUTC()).dispatchNext();
    }
}
