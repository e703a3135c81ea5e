package org.gatehouse.designs;

import jakarta.persistence.EntityManager;

/**
 * The one place that turns statuses and settings into who sees a design and what hangs from it; every audience of
 * these records is derived here, with set-based updates, in the transaction of the change that can alter it:
 * <ul>
 * <li>a design is for its customer's contacts ({@code CUSTOMER}) exactly while its status is one their customer group
 * shows (the group's own list when it has one, else the installation's), otherwise for the back office alone;</li>
 * <li>a layer, while its design is and its type is allowed for the design's customer or a company above it; its
 * revisions and their files (file and preview) follow it;</li>
 * <li>a decision follows its design; an annotation its revision, unless it is internal.</li>
 * </ul>
 */
public final class DesignVisibility {

    private static final String DESIGNS = """
            update design d set audience = case when exists (
                    select 1 from company c join customer_group g on g.id = c.customer_group_id
                    where c.id = d.customer_id and (
                        (g.own_design_statuses and exists (select 1 from customer_group_design_status s
                                                           where s.customer_group_id = g.id and s.status = d.status))
                        or (not g.own_design_statuses and exists (select 1 from design_visible_status v where v.status = d.status))))
                then 'CUSTOMER' else 'BACK_OFFICE' end
            where %s""";
    /** Each company of the chosen designs with itself and every company above it: whose allowed layer types hold. */
    private static final String LAYERS = """
            with recursive up(company_id, above_id) as (
                select id, id from company where id in (select d.customer_id from design d where %1$s)
                union
                select up.company_id, c.parent_id from up join company c on c.id = up.above_id where c.parent_id is not null
            )
            update design_layer l set audience = case when d.audience = 'CUSTOMER' and exists (
                    select 1 from up join customer_layer_type a on a.customer_id = up.above_id
                    where up.company_id = d.customer_id and a.layer_type_id = l.layer_type_id)
                then 'CUSTOMER' else 'BACK_OFFICE' end
            from design d where d.id = l.design_id and %1$s""";
    private static final String REVISIONS = """
            update layer_revision r set audience = l.audience
            from design_layer l join design d on d.id = l.design_id
            where l.id = r.layer_id and r.audience <> l.audience and %s""";
    private static final String FILES = """
            update attachment f set audience = r.audience
            from layer_revision r join design_layer l on l.id = r.layer_id join design d on d.id = l.design_id
            where f.record_type = 'LayerRevision' and f.record_id = r.id and f.audience <> r.audience and %s""";
    private static final String DECISIONS = """
            update design_decision x set audience = d.audience
            from design d where d.id = x.design_id and x.audience <> d.audience and %s""";
    private static final String ANNOTATIONS = """
            update layer_annotation n set audience = case when n.internal then 'BACK_OFFICE' else r.audience end
            from layer_revision r join design_layer l on l.id = r.layer_id join design d on d.id = l.design_id
            where r.id = n.revision_id and %s""";

    private DesignVisibility() {
    }

    /** After a change of one design: its status, a new layer, revision, decision or annotation. */
    public static void ofDesign(EntityManager em, long designId) {
        refresh(em, "d.id = ?1", designId);
    }

    /** After a change of a customer group's own statuses, or of which group a customer is in. */
    public static void ofGroup(EntityManager em, long customerGroupId) {
        refresh(em, "d.customer_id in (select id from company where customer_group_id = ?1)", customerGroupId);
    }

    /**
     * After a change of the company's allowed layer types, of its group, or of its place in the company tree: its
     * designs and those of every company below it.
     */
    public static void ofTree(EntityManager em, long companyId) {
        refresh(em, """
                d.customer_id in (with recursive below(id) as (
                    select cast(?1 as bigint) union select c.id from company c join below b on c.parent_id = b.id)
                select id from below)""", companyId);
    }

    /** After a change of the installation's statuses: every design. */
    public static void ofAll(EntityManager em) {
        refresh(em, "1 = 1", null);
    }

    private static void refresh(EntityManager em, String designs, Long parameter) {
        em.flush();
        for (String update : new String[] {DESIGNS, LAYERS, REVISIONS, FILES, DECISIONS, ANNOTATIONS}) {
            var query = em.createNativeQuery(update.formatted(designs));
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            query.executeUpdate();
        }
    }
}
