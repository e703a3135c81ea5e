package org.gatehouse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.UserKind;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseComment;
import org.gatehouse.mail.CaseMailCheck;

/**
 * What one user sees of a case right now. The case (and comment) are read under the user's own
 * {@link AccessScope}, computed afresh, in a persistence context of their own: the access filter decides
 * exactly as on the user's screens, and nothing read for another user is reused. Asked when the recipients
 * of a case event are chosen, and again by the mail delivery right before each mail goes out.
 */
@ApplicationScoped
public class CaseSight implements CaseMailCheck {

    @PersistenceUnit(unitName = "gatehouse")
    EntityManagerFactory entityManagerFactory;

    /** For CDI. */
    protected CaseSight() {
    }

    public CaseSight(EntityManagerFactory entityManagerFactory) {
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
            List<?> rows = em.createNativeQuery("select email, display_name, kind, active, case_mail from user_account where id = ?1")
                    .setParameter(1, userId).getResultList();
            if (rows.isEmpty()) {
                return Look.refused("the recipient no longer exists");
            }
            Object[] user = (Object[]) rows.get(0);
            Recipient recipient = new Recipient(userId, (String) user[0], (String) user[1], UserKind.valueOf((String) user[2]));
            if (!(Boolean) user[3]) {
                return Look.refused("the recipient is deactivated");
            }
            if (!(Boolean) user[4]) {
                return Look.refused("the recipient does not want mail about cases");
            }
            AccessScope.compute(em, userId).bindTo(em);
            Case seen = em.find(Case.class, caseId);
            if (seen == null) {
                return Look.refused("the recipient no longer sees case #" + caseId);
            }
            if (commentId == null) {
                return new Look(null, recipient, seen.getTitle(), null, false);
            }
            CaseComment comment = em.find(CaseComment.class, commentId);
            if (comment == null) {
                return Look.refused("the recipient does not see the comment");
            }
            // partners see internal comments in the back office, but mail about them stays with the operator's staff
            if (comment.isInternal() && recipient.kind() != UserKind.INTERNAL) {
                return Look.refused("an internal comment is mailed to the operator's staff only");
            }
            return new Look(null, recipient, seen.getTitle(), comment.getBody(), comment.isInternal());
        } finally {
            em.close();
        }
    }

    @Override
    public Optional<String> refusal(long recipientId, long caseId, Long commentId) {
        return Optional.ofNullable(look(recipientId, caseId, commentId).refusal());
    }
}
