package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.company.CustomerRow;
import org.gatehouse.company.CustomerService;
import org.gatehouse.company.CustomerSort;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.planning.PlanningService;
import org.gatehouse.planning.Tour;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * The tours list in both applications, of a period (by default the past week and the coming month): a contact's are
 * the tours assigned to them; the back office lists one customer's ({@code ?customer=N}) or all its customers', and
 * with WRITE on the chosen customer lays out a new tour.
 */
@Named
@ViewScoped
public class ToursBacking implements Serializable {

    @Inject
    PlanningService planningService;

    @Inject
    WorkOrderService workOrderService;

    @Inject
    AssetService assetService;

    @Inject
    CustomerService customerService;

    @Inject
    ActiveUser activeUser;

    private Long customer;
    private LocalDate from;
    private LocalDate to;
    private boolean backOffice;
    private TourListModel tours;
    private boolean changeable;
    private List<CustomerRow> customerChoices;
    private List<UserAccount> technicianChoices;
    private List<Contact> contactChoices;

    private LocalDate day;
    private String name;
    private Long technician;
    private String codes;
    private List<Long> contacts = new ArrayList<>();

    public void load() {
        backOffice = activeUser.isStaff() || activeUser.isPartner();
        if (!backOffice) {
            customer = null;
        }
        LocalDate today = Dates.today();
        from = from == null ? today.minusDays(7) : from;
        to = to == null ? today.plusDays(30) : to;
        tours = new TourListModel(planningService, workOrderService, backOffice ? customerService : null, customer, from, to);
        changeable = backOffice && customer != null && planningService.canChange(customer);
        if (changeable) {
            technicianChoices = workOrderService.technicianChoices(customer);
            contactChoices = assetService.contactChoices(customer);
            day = today.plusDays(1);
        }
    }

    /** Shows the filter form's choice as the page's own address, to bookmark or send. */
    public String filter() {
        return "/planning/tours?faces-redirect=true&includeViewParams=true";
    }

    public String add() {
        try {
            List<Long> stops = assetService.byCodes(customer, lines(codes)).stream().map(Asset::getId).toList();
            Tour added = planningService.addTour(customer, day, name, technician, stops, contacts);
            PageMessages.doneAfterRedirect("Tour \"" + added.getName() + "\" added.");
            return "/planning/tour?faces-redirect=true&id=" + added.getId();
        } catch (InvalidInputException refusal) {
            // the stops are typed as codes: a refusal of either goes beside the codes
            boolean aboutStops = "codes".equals(refusal.getField()) || "stops".equals(refusal.getField());
            PageMessages.refused(aboutStops ? new InvalidInputException("tourCodes", refusal.getMessage()) : refusal);
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        return null;
    }

    /** The codes typed one per line (commas and blanks between them are taken as well). */
    static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\r\\n,;]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** The customer filter's choices: the back office's customers by name. */
    public List<CustomerRow> getCustomerChoices() {
        if (customerChoices == null) {
            customerChoices = customerService.page(null, 0, PlanningBacking.CUSTOMER_CHOICES, CustomerSort.NAME, true);
        }
        return customerChoices;
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isBackOffice() {
        return backOffice;
    }

    public TourListModel getTours() {
        return tours;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public List<UserAccount> getTechnicianChoices() {
        return technicianChoices;
    }

    public List<Contact> getContactChoices() {
        return contactChoices;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTechnician() {
        return technician;
    }

    public void setTechnician(Long technician) {
        this.technician = technician;
    }

    public String getCodes() {
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }

    public List<Long> getContacts() {
        return contacts;
    }

    public void setContacts(List<Long> contacts) {
        this.contacts = contacts;
    }
}
