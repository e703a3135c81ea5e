package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerService;
import org.gatehouse.planning.PlanningService;
import org.gatehouse.planning.Tour;
import org.gatehouse.planning.TourStopRow;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * A tour's page in both applications, printable to take along: its day, technician and stops in order (those at
 * assets the reader sees). The back office also lists the contacts it is assigned to and, with WRITE, changes its
 * stops (typed as asset codes, one per line) and its contacts.
 */
@Named
@ViewScoped
public class TourBacking implements Serializable {

    @Inject
    PlanningService planningService;

    @Inject
    AssetService assetService;

    @Inject
    WorkOrderService workOrderService;

    @Inject
    CustomerService customerService;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Tour tour;
    private List<TourStopRow> stops;
    private String technicianName;
    private boolean backOffice;
    private String customerName;
    private List<Long> contacts;
    private Map<Long, String> contactNames;
    private boolean changeable;
    private List<Contact> contactChoices;

    private String stopCodes;
    private List<Long> chosenContacts;

    /** Reads the tour once, with all the page shows; one missing or out of sight answers 404. */
    public void load() throws IOException {
        if (!NotFound.read(facesContext, id, this::refresh)) {
            tour = null;
        }
    }

    private void refresh() {
        tour = planningService.tour(id);
        stops = planningService.stops(id);
        technicianName = workOrderService.names(List.of(tour.getTechnicianId())).getOrDefault(tour.getTechnicianId(), "");
        backOffice = activeUser.isStaff() || activeUser.isPartner();
        if (backOffice) {
            customerName = customerService.find(tour.getCustomerId()).map(Customer::getName).orElse("");
            contacts = planningService.tourContacts(id);
            contactNames = workOrderService.names(contacts);
            changeable = planningService.canChange(tour.getCustomerId());
        }
        if (changeable) {
            contactChoices = assetService.contactChoices(tour.getCustomerId());
            stopCodes = stops.stream().map(TourStopRow::code).collect(Collectors.joining("\n"));
            chosenContacts = new ArrayList<>(contacts);
        }
    }

    public void saveStops() {
        try {
            List<Long> assets = assetService.byCodes(tour.getCustomerId(), ToursBacking.lines(stopCodes)).stream().map(Asset::getId).toList();
            planningService.stops(id, assets);
            PageMessages.done("The stops are saved, in this order.");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(new InvalidInputException("stopCodes", refusal.getMessage()));
            return;
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    public void assign() {
        try {
            planningService.assignTour(id, chosenContacts);
            PageMessages.done(chosenContacts.isEmpty() ? "The tour is assigned to nobody of the customer." : "Saved: the contacts ticked see the tour.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    private void refreshOrGone() {
        try {
            refresh();
        } catch (RecordNotFoundException gone) {
            tour = null;
        }
    }

    public String contactName(Long contactId) {
        return contactNames.getOrDefault(contactId, "");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tour getTour() {
        return tour;
    }

    public List<TourStopRow> getStops() {
        return stops;
    }

    public String getTechnicianName() {
        return technicianName;
    }

    public boolean isBackOffice() {
        return backOffice;
    }

    public String getCustomerName() {
        return customerName;
    }

    public List<Long> getContacts() {
        return contacts;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public List<Contact> getContactChoices() {
        return contactChoices;
    }

    public String getStopCodes() {
        return stopCodes;
    }

    public void setStopCodes(String stopCodes) {
        this.stopCodes = stopCodes;
    }

    public List<Long> getChosenContacts() {
        return chosenContacts;
    }

    public void setChosenContacts(List<Long> chosenContacts) {
        this.chosenContacts = chosenContacts;
    }
}
