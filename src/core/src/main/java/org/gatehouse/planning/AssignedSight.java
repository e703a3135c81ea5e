package org.gatehouse.planning;

import jakarta.persistence.EntityManager;

/**
 * Who among the contacts sees a planning entry or a tour: exactly those it is assigned to (seed 004: "only entries
 * that are assigned to them"). Written into the record's sight from its assignment table in the transaction of every
 * change of the assignment.
 */
public final class AssignedSight {

    private static final String ENTRIES = """
            update planning_entry p set sight = coalesce((
                select ',' || string_agg(c.contact_id::text, ',' order by c.contact_id) || ','
                from planning_entry_contact c where c.planning_entry_id = p.id), '')
            where %s""";
    private static final String TOURS = """
            update tour t set sight = coalesce((
                select ',' || string_agg(c.contact_id::text, ',' order by c.contact_id) || ','
                from tour_contact c where c.tour_id = t.id), '')
            where %s""";

    private AssignedSight() {
    }

    static void ofPlanningEntry(EntityManager em, long entryId) {
        em.flush();
        em.createNativeQuery(ENTRIES.formatted("p.id = ?1")).setParameter(1, entryId).executeUpdate();
    }

    static void ofTour(EntityManager em, long tourId) {
        em.flush();
        em.createNativeQuery(TOURS.formatted("t.id = ?1")).setParameter(1, tourId).executeUpdate();
    }

    /** Every entry's and tour's: after data written around the application (a test's world). */
    public static void ofAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(ENTRIES.formatted("1 = 1")).executeUpdate();
        em.createNativeQuery(TOURS.formatted("1 = 1")).executeUpdate();
    }
}
