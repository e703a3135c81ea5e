package org.gatehouse.web;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.assets.Asset;
import org.gatehouse.planning.PlanningEntry;
import org.gatehouse.planning.PlanningService;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The planning entries of the period a calendar shows, read from the database when it shows another period, within
 * the signed-in user's scope: of one customer or all, of one technician or all. An entry can be dragged only by a user
 * who may change its customer's planning; a contact's calendar never can.
 */
public class PlanningCalendar extends LazyScheduleModel {

    private final PlanningService planningService;
    private final Long customerId;
    private final Long technicianId;
    private final boolean backOffice;
    /** Whether the last period had more entries than a calendar shows. */
    private boolean tooMany;

    public PlanningCalendar(PlanningService planningService, Long customerId, Long technicianId, boolean backOffice) {
        this.planningService = planningService;
        this.customerId = customerId;
        this.technicianId = technicianId;
        this.backOffice = backOffice;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        List<PlanningEntry> entries = planningService.entries(customerId, technicianId, Dates.instant(start), Dates.instant(end));
        tooMany = entries.size() > PlanningService.MAX_ENTRIES;
        // the calendar reads its period in a request of its own, whose answer is the entries: the notice is shown or hidden by script
        PrimeFaces.current().executeScript("document.getElementById('planningTooMany').hidden = " + !tooMany + ";");
        List<PlanningEntry> shown = tooMany ? entries.subList(0, PlanningService.MAX_ENTRIES) : entries;
        Map<Long, Asset> assets = planningService.assets(shown.stream().map(PlanningEntry::getAssetId).toList());
        Map<Long, Boolean> writable = new HashMap<>();
        for (PlanningEntry entry : shown) {
            boolean editable = backOffice && writable.computeIfAbsent(entry.getCustomerId(), planningService::canChange);
            Asset asset = assets.get(entry.getAssetId());
            addEvent(DefaultScheduleEvent.<Long>builder()
                    .id(Long.toString(entry.getId()))
                    .data(entry.getId())
                    .title(asset == null ? entry.getTitle() : entry.getTitle() + " · " + asset.getName())
                    .startDate(Dates.local(entry.getStartsAt()))
                    .endDate(Dates.local(entry.getEndsAt()))
                    .editable(editable)
                    // a technician may have two visits at once (a short one within a long one), and two technicians surely
                    .overlapAllowed(true)
                    .styleClass(entry.getWorkOrderId() == null ? "planning-visit" : "planning-work-order")
                    .build());
        }
    }

    public boolean isTooMany() {
        return tooMany;
    }
}
