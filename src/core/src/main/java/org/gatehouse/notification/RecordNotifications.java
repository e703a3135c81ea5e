package org.gatehouse.notification;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.mail.MailOutbox;

/**
 * Turns record events into mails: claims the oldest event waiting and hands it to the {@link Notifications}
 * of its record type (cases, document versions).
 */
public final class RecordNotifications {

    private final EntityManager em;
    private final Clock clock;
    private final Map<String, Notifications> byRecordType;

    /** @param em the persistence context of the caller's transaction, in which mails and the dispatch are written */
    public RecordNotifications(EntityManager em, RecordSight sight, MailOutbox outbox, URI backofficeUrl, URI portalUrl, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.byRecordType = Stream.of(new CaseNotifications(em, sight, outbox, backofficeUrl, portalUrl),
                        new DocumentNotifications(em, sight, outbox, portalUrl), new DesignNotifications(em, sight, outbox, backofficeUrl))
                .collect(Collectors.toMap(Notifications::recordType, Function.identity()));
    }

    /**
     * Dispatches the oldest event that is neither dispatched nor being dispatched by someone else, in the
     * caller's transaction: its mails and its dispatch commit together, so it is dispatched exactly once.
     * Only events of the record types named here are claimed: while servers are updated one by one, an
     * event of a type only the newer ones know waits for them.
     *
     * @return false when no event was left
     */
    public boolean dispatchNext() {
        // the types are entity names, never input
        String known = byRecordType.keySet().stream().sorted().map(type -> "'" + type + "'").collect(Collectors.joining(", "));
        List<?> claimed = em.createNativeQuery("select id from record_event where dispatched_at is null and record_type in (" + known + ")"
                + " order by id limit 1 for update skip locked").getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        RecordEvent event = em.find(RecordEvent.class, ((Number) claimed.get(0)).longValue());
        byRecordType.get(event.getRecordType()).mail(event);
        event.dispatched(clock.instant());
        em.flush();
        return true;
    }
}
