package org.gatehouse.notification;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.UserKind;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.mail.MailOutbox;

/**
 * Mails about case events. The recipients are chosen when the event is dispatched, from the access model as
 * it is then: the requester, contacts whose category read access covers the requester, partner users who
 * opted in, and the assigned staff user; each is kept only if {@link RecordSight} finds that they see the
 * case (and the comment) under their own scope, and nobody is mailed about their own action. An internal
 * comment goes to the assigned staff user only, an assignment to the assignee only.
 */
final class CaseNotifications implements Notifications {

    private final EntityManager em;
    private final RecordSight sight;
    private final MailOutbox outbox;
    private final URI backofficeUrl;
    private final URI portalUrl;

    /** @param em the persistence context of the caller's transaction, in which the mails are written */
    CaseNotifications(EntityManager em, RecordSight sight, MailOutbox outbox, URI backofficeUrl, URI portalUrl) {
        this.em = em;
        this.sight = sight;
        this.outbox = outbox;
        this.backofficeUrl = backofficeUrl;
        this.portalUrl = portalUrl;
    }

    @Override
    public String recordType() {
        return "SupportCase";
    }

    @Override
    public void mail(RecordEvent event) {
        String actor = event.getActorId() == null ? null : displayName(event.getActorId());
        for (long candidate : candidates(event)) {
            RecordSight.Look look = sight.look(candidate, event.getRecordId(), event.getCommentId());
            if (look.allowed()) {
                mail(event, actor, look);
            }
        }
    }

    private Set<Long> candidates(RecordEvent event) {
        Object[] onCase = (Object[]) em.createNativeQuery("select requester_id, assignee_id from support_case where id = ?1")
                .setParameter(1, event.getRecordId()).getSingleResult();
        Long requester = id(onCase[0]);
        Long assignee = id(onCase[1]);
        boolean internalComment = event.getCommentId() != null && (Boolean) em.createNativeQuery(
                "select audience = 'BACK_OFFICE' from case_comment where id = ?1").setParameter(1, event.getCommentId()).getSingleResult();
        Set<Long> candidates = new LinkedHashSet<>();
        if (event.getKind() != RecordEvent.Kind.ASSIGNED && !internalComment) {
            if (requester != null) {
                candidates.add(requester);
                ids(em.createNativeQuery("""
                        select a.contact_id from category_read_access a join category_member m on m.category_id = a.category_id
                        where m.contact_id = ?1 order by a.contact_id""").setParameter(1, requester).getResultList(), candidates);
            }
            // which of them the customer is granted to is the scope's answer, asked of each below
            ids(em.createNativeQuery("select id from user_account where kind = 'PARTNER' and active and case_mail order by id")
                    .getResultList(), candidates);
        }
        if (assignee != null) {
            candidates.add(assignee);
        }
        if (event.getActorId() != null) {
            candidates.remove(event.getActorId());
        }
        return candidates;
    }

    private void mail(RecordEvent event, String actor, RecordSight.Look look) {
        long caseId = event.getRecordId();
        String named = "case #" + caseId + " \"" + look.caseTitle() + "\"";
        String who = actor == null ? "Someone" : actor;
        String subject;
        StringBuilder body = new StringBuilder("Hello ").append(look.recipient().name()).append(",\n\n");
        switch (event.getKind()) {
            case CREATED -> {
                subject = "New case #" + caseId + ": " + look.caseTitle();
                body.append(who).append(" opened the new ").append(named).append(".\n");
            }
            case COMMENTED -> {
                subject = (look.internalComment() ? "New internal comment on case #" : "New comment on case #") + caseId + ": " + look.caseTitle();
                body.append(who).append(look.internalComment() ? " wrote an internal comment, seen in the back office only, on " : " commented on ")
                        .append(named).append(":\n\n").append(look.commentBody()).append("\n");
            }
            case STATUS_CHANGED -> {
                subject = "Case #" + caseId + " status changed to " + event.getDetail() + ": " + look.caseTitle();
                body.append(who).append(" changed the status of ").append(named).append(" to ").append(event.getDetail()).append(".\n");
            }
            case ASSIGNED -> {
                subject = "Case #" + caseId + " assigned to you: " + look.caseTitle();
                body.append(who).append(" assigned ").append(named).append(" to you.\n");
            }
            default -> throw new IllegalStateException("No mail for " + event.getKind());
        }
        URI application = look.recipient().kind() == UserKind.CUSTOMER ? portalUrl : backofficeUrl;
        body.append("\nOpen the case: ").append(application.resolve("case.xhtml?id=" + caseId)).append("\n\n")
                .append("You get this mail because you follow this case in Gatehouse. To stop mail about cases, switch it off under My account.\n");
        outbox.enqueueAboutRecord(look.recipient().id(), look.recipient().email(), recordType(), caseId, event.getCommentId(), subject, body.toString());
    }

    private String displayName(long userId) {
        List<?> names = em.createNativeQuery("select display_name from user_account where id = ?1").setParameter(1, userId).getResultList();
        return names.isEmpty() ? null : (String) names.get(0);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static void ids(List<?> rows, Set<Long> into) {
        rows.forEach(row -> into.add(((Number) row).longValue()));
    }
}
