package org.gatehouse.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerService;
import org.gatehouse.planning.PlanningService;
import org.gatehouse.planning.Tour;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Tours of a period paged and counted on the database, the latest day first, within the signed-in user's scope. */
public class TourListModel extends PagedOnDatabase<Tour> {

    private final PlanningService planningService;
    private final WorkOrderService workOrderService;
    /** The back office names each tour's customer; null in the portal, where a contact's tours are all of their own. */
    private final CustomerService customerService;
    private final Long customerId;
    private final LocalDate from;
    private final LocalDate to;
    private Map<Long, String> technicians = Map.of();
    private Map<Long, String> customers = Map.of();

    public TourListModel(PlanningService planningService, WorkOrderService workOrderService, CustomerService customerService,
            Long customerId, LocalDate from, LocalDate to) {
        this.planningService = planningService;
        this.workOrderService = workOrderService;
        this.customerService = customerService;
        this.customerId = customerId;
        this.from = from;
        this.to = to;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(planningService.countTours(customerId, from, to));
    }

    @Override
    public List<Tour> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<Tour> page = planningService.tours(customerId, from, to, first, pageSize);
        technicians = workOrderService.names(page.stream().map(Tour::getTechnicianId).toList());
        if (customerService != null) {
            customers = page.stream().map(Tour::getCustomerId).distinct().map(customerService::find).flatMap(Optional::stream)
                    .collect(Collectors.toMap(Customer::getId, Customer::getName));
        }
        return page;
    }

    @Override
    protected long idOf(Tour row) {
        return row.getId();
    }

    public String technician(Tour tour) {
        return technicians.getOrDefault(tour.getTechnicianId(), "");
    }

    public String customer(Tour tour) {
        return customers.getOrDefault(tour.getCustomerId(), "");
    }
}
