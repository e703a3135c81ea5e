package org.gatehouse.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.assets.Asset;
import org.gatehouse.audit.AuditLog;

/**
 * The planning calendar and the tours as the signed-in user may see and change them: the back office plans visits to
 * its customers' assets, drags them to another time with WRITE, assigns them to contacts and lays out tours; a contact
 * sees the entries and tours assigned to them. Every change is in the audit log.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class PlanningService {

    /** A calendar shows this many entries at most; a period with more asks the reader to choose a customer or technician. */
    public static final int MAX_ENTRIES = 500;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    /** The entries starting in the period ({@link #MAX_ENTRIES} and one more, so a page knows there are more). */
    public List<PlanningEntry> entries(Long customerId, Long technicianId, Instant from, Instant to) {
        return queries().entries(customerId, technicianId, from, to, MAX_ENTRIES + 1);
    }

    /** The assets among these the user sees, by id. */
    public Map<Long, Asset> assets(List<Long> assetIds) {
        return queries().assets(assetIds);
    }

    public PlanningEntry entry(long entryId) {
        PlanningEntry entry = em.find(PlanningEntry.class, entryId);
        if (entry == null) {
            throw new RecordNotFoundException("Planning entry", entryId);
        }
        return entry;
    }

    /** The work order's visit in the calendar, if it was planned and the user sees it. */
    public PlanningEntry ofWorkOrder(long workOrderId) {
        return queries().ofWorkOrder(workOrderId);
    }

    /** The contacts the entry is assigned to. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Long> contacts(long entryId) {
        return ids("select contact_id from planning_entry_contact where planning_entry_id = ?1 order by contact_id", entry(entryId).getId());
    }

    public boolean canChange(long customerId) {
        return currentScope.get().canWrite(customerId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public PlanningEntry add(long assetId, String title, Instant startsAt, Integer minutes, Long technicianId, Collection<Long> contactIds) {
        PlanningEntry entry = changes().add(assetId, title, startsAt, minutes, technicianId, contactIds, Instant.now());
        audit("planning.add", entry, null, entry.getStartsAt() + ", " + entry.getMinutes() + " min");
        return entry;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public PlanningEntry planWorkOrder(long workOrderId, Instant startsAt, Integer minutes, Long technicianId) {
        PlanningEntry entry = changes().planWorkOrder(workOrderId, startsAt, minutes, technicianId, Instant.now());
        audit("planning.work-order", entry, null, entry.getStartsAt() + ", " + entry.getMinutes() + " min");
        return entry;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public PlanningEntry move(long entryId, Instant startsAt, Integer minutes) {
        Instant before = entry(entryId).getStartsAt();
        PlanningEntry entry = changes().move(entryId, startsAt, minutes, Instant.now());
        audit("planning.move", entry, before.toString(), entry.getStartsAt() + ", " + entry.getMinutes() + " min");
        return entry;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public PlanningEntry describe(long entryId, String title, Instant startsAt, Integer minutes, Long technicianId) {
        PlanningEntry entry = changes().describe(entryId, title, startsAt, minutes, technicianId, Instant.now());
        audit("planning.describe", entry, null, entry.getStartsAt() + ", " + entry.getMinutes() + " min, technician " + entry.getTechnicianId());
        return entry;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void assign(long entryId, Collection<Long> contactIds) {
        changes().assign(entryId, contactIds);
        audit("planning.assign", entry(entryId), null, "contacts " + contactIds);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void remove(long entryId) {
        PlanningEntry entry = entry(entryId);
        audit("planning.remove", entry, entry.getStartsAt().toString(), null);
        changes().remove(entryId, Instant.now());
    }

    /** One page of tours in the period, the latest day first. */
    public List<Tour> tours(Long customerId, LocalDate from, LocalDate to, int first, int size) {
        return queries().tours(customerId, from, to, first, size);
    }

    public long countTours(Long customerId, LocalDate from, LocalDate to) {
        return queries().countTours(customerId, from, to);
    }

    public Tour tour(long tourId) {
        Tour tour = em.find(Tour.class, tourId);
        if (tour == null) {
            throw new RecordNotFoundException("Tour", tourId);
        }
        return tour;
    }

    public List<TourStopRow> stops(long tourId) {
        return queries().stops(tour(tourId).getId());
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Long> tourContacts(long tourId) {
        return ids("select contact_id from tour_contact where tour_id = ?1 order by contact_id", tour(tourId).getId());
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Tour addTour(long customerId, LocalDate day, String name, Long technicianId, List<Long> assetIds, Collection<Long> contactIds) {
        Tour tour = changes().addTour(customerId, day, name, technicianId, assetIds, contactIds, Instant.now());
        auditLog.record("tour.add", customerId, subject(tour), null, tour.getDay() + ", " + assetIds.size() + " stops");
        return tour;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void stops(long tourId, List<Long> assetIds) {
        changes().stops(tourId, assetIds, Instant.now());
        Tour tour = tour(tourId);
        auditLog.record("tour.stops", tour.getCustomerId(), subject(tour), null, "assets " + assetIds);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void assignTour(long tourId, Collection<Long> contactIds) {
        changes().assignTour(tourId, contactIds);
        Tour tour = tour(tourId);
        auditLog.record("tour.assign", tour.getCustomerId(), subject(tour), null, "contacts " + contactIds);
    }

    private List<Long> ids(String sql, long id) {
        return ((List<?>) em.createNativeQuery(sql).setParameter(1, id).getResultList()).stream().map(value -> ((Number) value).longValue()).toList();
    }

    private void audit(String action, PlanningEntry entry, String before, String after) {
        auditLog.record(action, entry.getCustomerId(), "Planning entry " + entry.getId() + " \"" + entry.getTitle() + "\"", before, after);
    }

    private static String subject(Tour tour) {
        return "Tour " + tour.getId() + " \"" + tour.getName() + "\"";
    }

    private PlanningQueries queries() {
        return new PlanningQueries(em);
    }

    private PlanningChanges changes() {
        return new PlanningChanges(em, currentScope.get());
    }
}
