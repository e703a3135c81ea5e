package org.gatehouse.notification;

import org.gatehouse.events.RecordEvent;

/**
 * The mails about one type of customer-owned record's events. Who hears of an event is chosen when it is
 * dispatched, from the access model as it is then, and each recipient must see the record under their own
 * scope ({@link RecordSight}); nobody is mailed about their own action.
 */
interface Notifications {

    /** The record type whose events these are: its entity name, as {@code CustomerRecord.recordType()} gives it. */
    String recordType();

    /** Writes the event's mails to the outbox, in the caller's transaction. */
    void mail(RecordEvent event);
}
