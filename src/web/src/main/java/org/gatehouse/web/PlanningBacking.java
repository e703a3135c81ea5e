package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.CurrentUser;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.company.CustomerRow;
import org.gatehouse.company.CustomerService;
import org.gatehouse.company.CustomerSort;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.planning.PlanningEntry;
import org.gatehouse.planning.PlanningService;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * The planning calendar in both applications: a contact's shows the entries assigned to them, read-only; the back
 * office's shows its customers' entries, of one customer ({@code ?customer=N}) or technician ({@code ?technician=N})
 * if chosen. With WRITE on an entry's customer the back office drags it to another time, edits, assigns or removes
 * it, and adds entries: for the asset it came from ({@code ?asset=N}, "Plan a visit") or one typed by its code.
 */
@Named
@ViewScoped
public class PlanningBacking implements Serializable {

    /** The customer filter lists this many customers at most; any other is chosen from its own page. */
    static final int CUSTOMER_CHOICES = 500;

    /** The add form's inputs by the fields the planning names in a refusal. */
    private static final Map<String, String> ADD_FIELDS = Map.of("codes", "addCode", "title", "addTitle", "startsAt", "addStart",
            "minutes", "addMinutes", "technician", "addTechnician", "contacts", "addContacts");

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
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    private Long customer;
    private Long technician;
    private Long asset;
    /** The entry to open (?entry=N): the one just planned. */
    private Long entry;
    private boolean backOffice;
    private PlanningCalendar calendar;
    private LocalDate initialDate;
    private List<CustomerRow> customerChoices;
    private Map<String, Long> technicianFilterChoices;

    /** The entry clicked in the calendar, with what its details show. */
    private PlanningEntry selected;
    private Asset selectedAsset;
    private Map<Long, String> names;
    private List<Long> selectedContacts;
    private boolean selectedChangeable;
    private List<UserAccount> selectedTechnicianChoices;
    private List<Contact> selectedContactChoices;
    private String editTitle;
    private LocalDateTime editStart;
    private Integer editMinutes;
    private Long editTechnician;
    private List<Long> editContacts;

    /** The customer an entry is added for (the filter's, or the asset's from "Plan a visit"), when the user may change it. */
    private Long addCustomer;
    private List<UserAccount> addTechnicianChoices;
    private List<Contact> addContactChoices;
    private String addCode;
    private String addTitle;
    private LocalDateTime addStart;
    private Integer addMinutes = 60;
    private Long addTechnician;
    private List<Long> addContacts = new ArrayList<>();

    public void load() throws IOException {
        backOffice = activeUser.isStaff() || activeUser.isPartner();
        if (!backOffice) {
            // a contact's calendar is theirs alone: the scope leaves them the entries assigned to them
            customer = null;
            technician = null;
            asset = null;
        }
        calendar = new PlanningCalendar(planningService, customer, technician, backOffice);
        initialDate = Dates.today();
        if (entry != null) {
            try {
                show(entry);
            } catch (RecordNotFoundException notInSight) {
                entry = null;
            }
        }
        if (!backOffice) {
            return;
        }
        addCustomer = customer;
        if (asset != null) {
            try {
                Asset planned = assetService.asset(asset);
                addCustomer = planned.getCustomerId();
                addCode = planned.getCode();
            } catch (RecordNotFoundException notInSight) {
                NotFound.answer(facesContext);
                return;
            }
        }
        if (addCustomer != null && planningService.canChange(addCustomer)) {
            addTechnicianChoices = workOrderService.technicianChoices(addCustomer);
            addContactChoices = assetService.contactChoices(addCustomer);
            long me = currentUser.get().userId();
            addTechnician = addTechnicianChoices.stream().anyMatch(user -> user.getId() == me) ? me : null;
        } else {
            addCustomer = null;
        }
    }

    /** Shows the filter form's choice as the page's own address, to bookmark or send. */
    public String filter() {
        // the asset a visit was being planned for is not part of the filter
        asset = null;
        return "/planning/index?faces-redirect=true&includeViewParams=true";
    }

    /** Its details under the calendar, with the edit form when the user may change it. */
    public void select(SelectEvent<ScheduleEvent<?>> event) {
        try {
            show((Long) event.getObject().getData());
        } catch (RecordNotFoundException gone) {
            selected = null;
            PageMessages.refused("This entry is no longer there for you.");
        }
    }

    private void show(long entryId) {
        selected = planningService.entry(entryId);
        selectedAsset = planningService.assets(List.of(selected.getAssetId())).get(selected.getAssetId());
        selectedChangeable = backOffice && planningService.canChange(selected.getCustomerId());
        selectedContacts = backOffice ? planningService.contacts(entryId) : List.of();
        List<Long> people = new ArrayList<>(selectedContacts);
        people.add(selected.getTechnicianId());
        names = workOrderService.names(people);
        initialDate = Dates.local(selected.getStartsAt()).toLocalDate();
        if (selectedChangeable) {
            selectedTechnicianChoices = workOrderService.technicianChoices(selected.getCustomerId());
            selectedContactChoices = assetService.contactChoices(selected.getCustomerId());
            editTitle = selected.getTitle();
            editStart = Dates.local(selected.getStartsAt());
            editMinutes = selected.getMinutes();
            editTechnician = selected.getTechnicianId();
            editContacts = new ArrayList<>(selectedContacts);
        }
    }

    /** A drag to another time: the entry keeps its length. */
    public void moved(ScheduleEntryMoveEvent event) {
        // the calendar already moved the event it holds; its new start and end are what the person dropped
        move(event.getScheduleEvent());
    }

    /** A drag of its end (or start): another length. */
    public void resized(ScheduleEntryResizeEvent event) {
        move(event.getScheduleEvent());
    }

    private void move(ScheduleEvent<?> event) {
        try {
            long entryId = (Long) event.getData();
            int minutes = Math.toIntExact(Duration.between(event.getStartDate(), event.getEndDate()).toMinutes());
            PlanningEntry moved = planningService.move(entryId, Dates.instant(event.getStartDate()), minutes);
            PageMessages.done("\"" + moved.getTitle() + "\" moved to " + Dates.shown(moved.getStartsAt()) + ", " + moved.getMinutes() + " min.");
            if (selected != null && selected.getId() == entryId) {
                show(entryId);
            }
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This entry is no longer there for you.");
        }
        // the calendar reads the period again: a refused drag goes back to where it was
        PrimeFaces.current().executeScript("PF('planningCalendar').update()");
    }

    public void save() {
        try {
            planningService.describe(selected.getId(), editTitle, Dates.instant(editStart), editMinutes, editTechnician);
            planningService.assign(selected.getId(), editContacts);
            PageMessages.done("Entry saved.");
            show(selected.getId());
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            selected = null;
            PageMessages.refused("This entry is no longer there for you.");
        }
    }

    public void remove() {
        try {
            planningService.remove(selected.getId());
            PageMessages.done("\"" + selected.getTitle() + "\" is out of the planning.");
            selected = null;
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            selected = null;
            PageMessages.refused("This entry is no longer there for you.");
        }
    }

    /** Plans a visit: on success the page is fetched again with it open, so reloading it does not plan it twice. */
    public String add() {
        try {
            if (addCode == null || addCode.isBlank()) {
                throw new InvalidInputException("addCode", "Please give the code of the asset to visit.");
            }
            Asset visited = assetService.byCodes(addCustomer, List.of(addCode)).get(0);
            PlanningEntry added = planningService.add(visited.getId(), addTitle, Dates.instant(addStart), addMinutes, addTechnician, addContacts);
            PageMessages.doneAfterRedirect("\"" + added.getTitle() + "\" planned for " + Dates.shown(added.getStartsAt()) + ".");
            entry = added.getId();
            return "/planning/index?faces-redirect=true&includeViewParams=true";
        } catch (InvalidInputException refusal) {
            // the edit form above has fields of the same names: the refusal goes beside this form's own
            String field = refusal.getField() == null ? null : ADD_FIELDS.get(refusal.getField());
            PageMessages.refused(new InvalidInputException(field, refusal.getMessage()));
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        return null;
    }

    /** The customer filter's choices: the back office's customers by name. */
    public List<CustomerRow> getCustomerChoices() {
        if (customerChoices == null) {
            customerChoices = customerService.page(null, 0, CUSTOMER_CHOICES, CustomerSort.NAME, true);
        }
        return customerChoices;
    }

    /** The technician filter's choices, by label: those of the chosen customer; with none chosen, just the user. */
    public Map<String, Long> getTechnicianFilterChoices() {
        if (technicianFilterChoices == null) {
            technicianFilterChoices = new LinkedHashMap<>();
            if (customer == null) {
                technicianFilterChoices.put("Me", currentUser.get().userId());
            } else {
                workOrderService.technicianChoices(customer).forEach(user -> technicianFilterChoices.put(user.getDisplayName() + " (" + user.getEmail() + ")", user.getId()));
            }
        }
        return technicianFilterChoices;
    }

    public String name(Long userId) {
        return userId == null || names == null ? "" : names.getOrDefault(userId, "");
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public Long getTechnician() {
        return technician;
    }

    public void setTechnician(Long technician) {
        this.technician = technician;
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public Long getAsset() {
        return asset;
    }

    public void setAsset(Long asset) {
        this.asset = asset;
    }

    public boolean isBackOffice() {
        return backOffice;
    }

    public PlanningCalendar getCalendar() {
        return calendar;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public PlanningEntry getSelected() {
        return selected;
    }

    public Asset getSelectedAsset() {
        return selectedAsset;
    }

    public List<Long> getSelectedContacts() {
        return selectedContacts;
    }

    public boolean isSelectedChangeable() {
        return selectedChangeable;
    }

    public List<UserAccount> getSelectedTechnicianChoices() {
        return selectedTechnicianChoices;
    }

    public List<Contact> getSelectedContactChoices() {
        return selectedContactChoices;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public LocalDateTime getEditStart() {
        return editStart;
    }

    public void setEditStart(LocalDateTime editStart) {
        this.editStart = editStart;
    }

    public Integer getEditMinutes() {
        return editMinutes;
    }

    public void setEditMinutes(Integer editMinutes) {
        this.editMinutes = editMinutes;
    }

    public Long getEditTechnician() {
        return editTechnician;
    }

    public void setEditTechnician(Long editTechnician) {
        this.editTechnician = editTechnician;
    }

    public List<Long> getEditContacts() {
        return editContacts;
    }

    public void setEditContacts(List<Long> editContacts) {
        this.editContacts = editContacts;
    }

    public Long getAddCustomer() {
        return addCustomer;
    }

    public List<UserAccount> getAddTechnicianChoices() {
        return addTechnicianChoices;
    }

    public List<Contact> getAddContactChoices() {
        return addContactChoices;
    }

    public String getAddCode() {
        return addCode;
    }

    public void setAddCode(String addCode) {
        this.addCode = addCode;
    }

    public String getAddTitle() {
        return addTitle;
    }

    public void setAddTitle(String addTitle) {
        this.addTitle = addTitle;
    }

    public LocalDateTime getAddStart() {
        return addStart;
    }

    public void setAddStart(LocalDateTime addStart) {
        this.addStart = addStart;
    }

    public Integer getAddMinutes() {
        return addMinutes;
    }

    public void setAddMinutes(Integer addMinutes) {
        this.addMinutes = addMinutes;
    }

    public Long getAddTechnician() {
        return addTechnician;
    }

    public void setAddTechnician(Long addTechnician) {
        this.addTechnician = addTechnician;
    }

    public List<Long> getAddContacts() {
        return addContacts;
    }

    public void setAddContacts(List<Long> addContacts) {
        this.addContacts = addContacts;
    }
}
