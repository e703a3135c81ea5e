package org.gatehouse.mail;

import java.util.Optional;

/**
 * Asked by {@link MailDelivery} right before a mail about a case goes out: access can be revoked, and a
 * user deactivated, between the event and the send, and the mail must then not leave.
 */
@FunctionalInterface
public interface CaseMailCheck {

    /**
     * @param commentId the comment the mail quotes, or null
     * @return why the recipient must not get the mail now, in words for the operator; empty when they may
     */
    Optional<String> refusal(long recipientId, long caseId, Long commentId);
}
