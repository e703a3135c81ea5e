package org.gatehouse.planning;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetChanges;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderChanges;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to the planning and the tours, by the user whose scope is bound to the persistence context: staff and
 * partners with WRITE on the customer plan visits to its assets (a work order's visit is its plan: its planned time
 * follows the entry), move them, assign them to contacts, and lay out tours. Each change of an assignment leaves who
 * sees what right ({@link AssignedSight}).
 */
public class PlanningChanges {

    /** A tour visits this many stops at most: a day's work. */
    static final int MAX_STOPS = 50;

    private final EntityManager em;
    private final AccessScope scope;

    public PlanningChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** A visit to an asset, not for a work order. */
    public PlanningEntry add(long assetId, String title, Instant startsAt, Integer minutes, Long technicianId, Collection<Long> contactIds, Instant now) {
        Asset asset = asset(assetId);
        writable(asset.getCustomerId());
        PlanningEntry entry = new PlanningEntry(asset.getCustomerId(), assetId, null, validTitle(title), when(startsAt), validMinutes(minutes),
                technician(technicianId, asset.getCustomerId()), now);
        em.persist(entry);
        em.flush();
        assign(entry, contactIds);
        return entry;
    }

    /** Plans the work order: its visit in the calendar, made now or moved, and the work order's planned time with it. */
    public PlanningEntry planWorkOrder(long workOrderId, Instant startsAt, Integer minutes, Long technicianId, Instant now) {
        WorkOrder order = em.find(WorkOrder.class, workOrderId);
        if (order == null) {
            throw new RecordNotFoundException("Work order", workOrderId);
        }
        writable(order.getCustomerId());
        Instant at = when(startsAt);
        int length = validMinutes(minutes);
        long technician = technician(technicianId, order.getCustomerId());
        PlanningEntry entry = new PlanningQueries(em).ofWorkOrder(workOrderId);
        if (entry == null) {
            entry = new PlanningEntry(order.getCustomerId(), order.getAssetId(), workOrderId, order.getTitle(), at, length, technician, now);
            em.persist(entry);
            em.flush();
            AssignedSight.ofPlanningEntry(em, entry.getId());
        } else {
            entry.planned(order.getTitle(), at, length, technician, now);
        }
        order.planned(at, length, technician, now);
        return entry;
    }

    /** Another time (a drag in the calendar), or another length; a work order's planned time moves with it. */
    public PlanningEntry move(long entryId, Instant startsAt, Integer minutes, Instant now) {
        PlanningEntry entry = entry(entryId);
        writable(entry.getCustomerId());
        entry.planned(entry.getTitle(), when(startsAt), validMinutes(minutes), entry.getTechnicianId(), now);
        followedByWorkOrder(entry, now);
        return entry;
    }

    /** The entry's title, time, length and technician, edited on its form. */
    public PlanningEntry describe(long entryId, String title, Instant startsAt, Integer minutes, Long technicianId, Instant now) {
        PlanningEntry entry = entry(entryId);
        writable(entry.getCustomerId());
        String validTitle = entry.getWorkOrderId() == null ? validTitle(title) : entry.getTitle();
        entry.planned(validTitle, when(startsAt), validMinutes(minutes), technician(technicianId, entry.getCustomerId()), now);
        followedByWorkOrder(entry, now);
        return entry;
    }

    /** The contacts who see the entry: exactly these, from now on. */
    public void assign(long entryId, Collection<Long> contactIds) {
        PlanningEntry entry = entry(entryId);
        writable(entry.getCustomerId());
        assign(entry, contactIds);
    }

    /** Out of the calendar; a work order it planned is no longer planned. */
    public void remove(long entryId, Instant now) {
        PlanningEntry entry = entry(entryId);
        writable(entry.getCustomerId());
        if (entry.getWorkOrderId() != null) {
            WorkOrder order = em.find(WorkOrder.class, entry.getWorkOrderId());
            if (order != null) {
                order.unplanned(now);
            }
        }
        em.remove(entry);
    }

    /** A new tour of the customer: a day, a name, a technician and its stops, in order. */
    public Tour addTour(long customerId, LocalDate day, String name, Long technicianId, List<Long> assetIds, Collection<Long> contactIds, Instant now) {
        writable(customerId);
        if (day == null) {
            throw new InvalidInputException("day", "Please choose the tour's day.");
        }
        String validName = name == null ? "" : name.strip();
        if (validName.isEmpty() || validName.length() > Tour.NAME_LENGTH) {
            throw new InvalidInputException("name", "Please give the tour a name of at most " + Tour.NAME_LENGTH + " characters.");
        }
        Tour tour = new Tour(customerId, day, validName, technician(technicianId, customerId), now);
        em.persist(tour);
        em.flush();
        stops(tour, assetIds, now);
        assignTour(tour, contactIds);
        return tour;
    }

    /** The tour's stops, in this order: the assets, each once, all of the tour's customer. */
    public void stops(long tourId, List<Long> assetIds, Instant now) {
        Tour tour = tour(tourId);
        writable(tour.getCustomerId());
        stops(tour, assetIds, now);
    }

    public void assignTour(long tourId, Collection<Long> contactIds) {
        Tour tour = tour(tourId);
        writable(tour.getCustomerId());
        assignTour(tour, contactIds);
    }

    private void stops(Tour tour, List<Long> assetIds, Instant now) {
        Set<Long> distinct = new LinkedHashSet<>(assetIds == null ? List.of() : assetIds);
        if (distinct.isEmpty()) {
            throw new InvalidInputException("stops", "Please choose the assets the tour visits.");
        }
        if (distinct.size() > MAX_STOPS) {
            throw new InvalidInputException("stops", "A tour visits at most " + MAX_STOPS + " assets.");
        }
        for (Long assetId : distinct) {
            Asset asset = em.find(Asset.class, assetId);
            if (asset == null || !asset.getCustomerId().equals(tour.getCustomerId())) {
                throw new InvalidInputException("stops", "A tour visits the assets of its own customer only.");
            }
        }
        em.createNativeQuery("delete from tour_stop where tour_id = ?1").setParameter(1, tour.getId()).executeUpdate();
        int position = 0;
        for (Long assetId : distinct) {
            em.createNativeQuery("insert into tour_stop (tour_id, position, asset_id) values (?1, ?2, ?3)")
                    .setParameter(1, tour.getId()).setParameter(2, position++).setParameter(3, assetId).executeUpdate();
        }
        tour.touched(now);
    }

    private void assign(PlanningEntry entry, Collection<Long> contactIds) {
        assign("planning_entry_contact", "planning_entry_id", entry.getId(), contactIds, entry.getCustomerId());
        AssignedSight.ofPlanningEntry(em, entry.getId());
    }

    private void assignTour(Tour tour, Collection<Long> contactIds) {
        assign("tour_contact", "tour_id", tour.getId(), contactIds, tour.getCustomerId());
        AssignedSight.ofTour(em, tour.getId());
    }

    /**
     * Exactly these contacts of the customer in the record's assignment table (one of the two above, never typed), in
     * place of those it had.
     */
    private void assign(String table, String column, long recordId, Collection<Long> contactIds, long customerId) {
        Set<Long> contacts = new LinkedHashSet<>(contactIds == null ? List.of() : contactIds);
        for (Long contactId : contacts) {
            if (contactId == null || !AssetChanges.isContactOf(em, contactId, customerId)) {
                throw new InvalidInputException("contacts", "Please choose contacts of the customer.");
            }
        }
        em.createNativeQuery("delete from " + table + " where " + column + " = ?1").setParameter(1, recordId).executeUpdate();
        for (Long contactId : contacts) {
            em.createNativeQuery("insert into " + table + " (" + column + ", contact_id) values (?1, ?2)")
                    .setParameter(1, recordId).setParameter(2, contactId).executeUpdate();
        }
    }

    private void followedByWorkOrder(PlanningEntry entry, Instant now) {
        if (entry.getWorkOrderId() != null) {
            WorkOrder order = em.find(WorkOrder.class, entry.getWorkOrderId());
            if (order != null) {
                order.planned(entry.getStartsAt(), entry.getMinutes(), entry.getTechnicianId(), now);
            }
        }
    }


    private long technician(Long technicianId, long customerId) {
        if (technicianId == null || !WorkOrderChanges.isTechnicianOf(em, technicianId, customerId)) {
            throw new InvalidInputException("technician", "Please choose a technician who works for this customer.");
        }
        return technicianId;
    }

    private static Instant when(Instant startsAt) {
        if (startsAt == null) {
            throw new InvalidInputException("startsAt", "Please give the date and time of the visit.");
        }
        return startsAt;
    }

    private static int validMinutes(Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > PlanningEntry.MAX_MINUTES) {
            throw new InvalidInputException("minutes", "Please give the visit's length in minutes, from 1 to " + PlanningEntry.MAX_MINUTES + ".");
        }
        return minutes;
    }

    private static String validTitle(String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty() || text.length() > PlanningEntry.TITLE_LENGTH) {
            throw new InvalidInputException("title", "Please give the visit a title of at most " + PlanningEntry.TITLE_LENGTH + " characters.");
        }
        return text;
    }

    private Asset asset(long assetId) {
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null) {
            throw new RecordNotFoundException("Asset", assetId);
        }
        return asset;
    }

    private PlanningEntry entry(long entryId) {
        PlanningEntry entry = em.find(PlanningEntry.class, entryId);
        if (entry == null) {
            throw new RecordNotFoundException("Planning entry", entryId);
        }
        return entry;
    }

    private Tour tour(long tourId) {
        Tour tour = em.find(Tour.class, tourId);
        if (tour == null) {
            throw new RecordNotFoundException("Tour", tourId);
        }
        return tour;
    }

    private void writable(long customerId) {
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's planning but not change it.");
        }
    }
}
