package org.gatehouse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CustomerRecords;
import org.gatehouse.access.UserKind;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseComment;
import org.gatehouse.mail.RecordMailCheck;

/**
 * What one user sees of a case, or of any customer-owned record, right now. The record is read under the user's own
 * {@link AccessScope}, computed afresh, in a persistence context of their own: the access filter decides
 * exactly as on the user's screens, and nothing read for another user is reused. Asked when the recipients
 * of a record event are chosen, and again by the mail delivery right before each mail goes out.
 */
@ApplicationScoped
public class RecordSight implements RecordMailCheck {

    @PersistenceUnit(unitName = "gatehouse")
    EntityManagerFactory entityManagerFactory;

    /** For CDI. */
    protected RecordSight() {
    }

    public RecordSight(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** A user who may be mailed about a case. */
    public record Recipient(long id, String email, String name, UserKind kind) {
    }

    /**
     * What the recipient sees: the case's title and, for a comment, its text; or why they may not be mailed.
     *
     * @param refusal null when the recipient may be mailed
     */
    public record Look(String refusal, Recipient recipient, String caseTitle, String commentBody, boolean internalComment) {

        static Look refused(String reason) {
            return new Look(reason, null, null, null, false);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** @param commentId the comment the mail would quote, or null */
    public Look look(long userId, long caseId, Long commentId) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Look recipient = recipient(em, userId);
            if (!recipient.allowed()) {
                return recipient;
            }
            Case seen = em.find(Case.class, caseId);
            if (seen == null) {
                return Look.refused("the recipient no longer sees case #" + caseId);
            }
            if (commentId == null) {
                return new Look(null, recipient.recipient(), seen.getTitle(), null, false);
            }
            CaseComment comment = em.find(CaseComment.class, commentId);
            if (comment == null) {
                return Look.refused("the recipient does not see the comment");
            }
            // partners see internal comments in the back office, but mail about them stays with the operator's staff
            if (comment.isInternal() && recipient.recipient().kind() != UserKind.INTERNAL) {
                return Look.refused("an internal comment is mailed to the operator's staff only");
            }
            return new Look(null, recipient.recipient(), seen.getTitle(), comment.getBody(), comment.isInternal());
        } finally {
            em.close();
        }
    }

    /**
     * Whether the user may be mailed at all (exists, active, wants mail about records), with their scope bound
     * to the persistence context when they may.
     */
    private static Look recipient(EntityManager em, long userId) {
        List<?> rows = em.createNativeQuery("select email, display_name, kind, active, case_mail from user_account where id = ?1")
                .setParameter(1, userId).getResultList();
        if (rows.isEmpty()) {
            return Look.refused("the recipient no longer exists");
        }
        Object[] user = (Object[]) rows.get(0);
        if (!(Boolean) user[3]) {
            return Look.refused("the recipient is deactivated");
        }
        if (!(Boolean) user[4]) {
            return Look.refused("the recipient does not want mail about cases and documents");
        }
        AccessScope.compute(em, userId).bindTo(em);
        return new Look(null, new Recipient(userId, (String) user[0], (String) user[1], UserKind.valueOf((String) user[2])), null, null, false);
    }

    /** A record of another type than a case: the recipient may be mailed, and sees it now. */
    private Optional<String> refusalForRecord(long userId, String recordType, long recordId) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Look recipient = recipient(em, userId);
            if (!recipient.allowed()) {
                return Optional.of(recipient.refusal());
            }
            return CustomerRecords.visible(em, recordType, recordId) ? Optional.empty()
                    : Optional.of("the recipient no longer sees " + recordType + " #" + recordId);
        } finally {
            em.close();
        }
    }

    @Override
    public Optional<String> refusal(long recipientId, String recordType, long recordId, Long commentId) {
        return "SupportCase".equals(recordType) ? Optional.ofNullable(look(recipientId, recordId, commentId).refusal())
                : refusalForRecord(recipientId, recordType, recordId);
    }
}
