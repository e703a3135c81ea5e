package org.gatehouse.mail;

import java.util.Optional;

/**
 * Asked by {@link MailDelivery} right before a mail about a customer-owned record goes out: access can be
 * revoked, a record hidden and a user deactivated between the change and the send, and the mail must then
 * not leave.
 */
@FunctionalInterface
public interface RecordMailCheck {

    /**
     * @param recordType the record's entity name, e.g. {@code SupportCase}
     * @param commentId  the comment the mail quotes, or null
     * @return why the recipient must not get the mail now, in words for the operator; empty when they may
     */
    Optional<String> refusal(long recipientId, String recordType, long recordId, Long commentId);
}
