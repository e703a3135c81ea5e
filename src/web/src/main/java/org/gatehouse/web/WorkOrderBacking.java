package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetGrantRow;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.Priority;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderNote;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.assets.WorkOrderStatus;
import org.gatehouse.assets.WorkOrderType;
import org.gatehouse.files.Attachment;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.planning.PlanningEntry;
import org.gatehouse.planning.PlanningService;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * A work order's page in both applications: what it is, where it stands, when it is planned, its notes and files, as
 * far as the user sees them (a contact: the public notes and files). With WRITE the back office moves it along its
 * statuses, plans it, logs time, writes notes, adds files and assigns it, or makes it visible, to contacts.
 */
@Named
@ViewScoped
public class WorkOrderBacking implements Serializable {

    @Inject
    WorkOrderService workOrderService;

    @Inject
    AssetService assetService;

    @Inject
    PlanningService planningService;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private Long id;
    private WorkOrder order;
    /** Its asset, when the user sees it (the page links to it). */
    private Asset asset;
    private List<WorkOrderNote> notes;
    private List<Attachment> files;
    private Map<Long, String> names;
    private boolean backOffice;
    private boolean changeable;
    private List<AssetGrantRow> grants;
    private List<Contact> contactChoices;
    private List<UserAccount> technicianChoices;

    private WorkOrderStatus status;
    private String title;
    private String description;
    private WorkOrderType type;
    private Priority priority;
    private LocalDateTime planStart;
    private Integer planMinutes;
    private Long planTechnician;
    private Integer loggedMinutes;
    private String noteBody;
    private boolean noteInternal;
    private transient List<Part> newFiles;
    private boolean filesInternal;
    private Long grantContact;
    private boolean grantAssigned;

    /** Reads the work order once, with all the page shows; one missing or out of sight answers 404. */
    public void load() throws IOException {
        if (!NotFound.read(facesContext, id, this::refresh)) {
            order = null;
        }
    }

    private void refresh() {
        order = workOrderService.workOrder(id);
        asset = shownAsset(order.getAssetId());
        notes = workOrderService.notes(id);
        files = workOrderService.files(id);
        List<Long> people = new ArrayList<>(notes.stream().map(WorkOrderNote::getAuthorId).toList());
        if (order.getAssigneeId() != null) {
            people.add(order.getAssigneeId());
        }
        names = workOrderService.names(people);
        backOffice = activeUser.isStaff() || activeUser.isPartner();
        changeable = backOffice && workOrderService.canChange(id);
        status = order.getStatus();
        if (changeable) {
            title = order.getTitle();
            description = order.getDescription();
            type = order.getType();
            priority = order.getPriority();
            grants = workOrderService.grants(id);
            contactChoices = assetService.contactChoices(order.getCustomerId());
            technicianChoices = workOrderService.technicianChoices(order.getCustomerId());
            PlanningEntry plan = planningService.ofWorkOrder(id);
            planStart = Dates.local(plan == null ? order.getPlannedAt() : plan.getStartsAt());
            planMinutes = plan == null ? order.getPlannedMinutes() : Integer.valueOf(plan.getMinutes());
            planTechnician = plan == null ? order.getAssigneeId() : plan.getTechnicianId();
        }
    }

    /** Its title, description, type and priority, as the form says. */
    public void describe() {
        try {
            workOrderService.describe(id, title, description, type, priority);
            PageMessages.done("Work order saved.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    public void saveStatus() {
        try {
            workOrderService.moveTo(id, status);
            PageMessages.done("The work order is now " + status.getLabel().toLowerCase() + ".");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    /** Its visit in the planning: made now, or moved; the work order's planned date follows it. */
    public void plan() {
        try {
            planningService.planWorkOrder(id, Dates.instant(planStart), planMinutes, planTechnician);
            PageMessages.done("Planned for " + Dates.shown(Dates.instant(planStart)) + ", " + planMinutes + " min.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    /** Adds time: on success the page is fetched again, so reloading it does not log the time twice. */
    public String logTime() {
        try {
            WorkOrder logged = workOrderService.logTime(id, loggedMinutes);
            PageMessages.doneAfterRedirect(loggedMinutes + " min logged; " + logged.getMinutesSpent() + " min in all.");
            return again();
        } catch (InvalidInputException refusal) {
            // the plan's length is "minutes" too: the refusal goes beside this form's field
            PageMessages.refused(new InvalidInputException("loggedMinutes", refusal.getMessage()));
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
        return null;
    }

    /** Adds a note: on success the page is fetched again, so reloading it does not add it twice. */
    public String addNote() {
        try {
            workOrderService.note(id, noteBody, noteInternal);
            PageMessages.doneAfterRedirect(noteInternal ? "Internal note added: only the back office reads it."
                    : "Note added: the contacts who see the work order read it.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
        return null;
    }

    /** Adds files: on success the page is fetched again, so reloading it does not store them twice. */
    public String attach() {
        try {
            List<Attachment> attached = workOrderService.attach(id, Uploads.of(newFiles), filesInternal);
            PageMessages.doneAfterRedirect(attached.size() == 1 ? "File added." : attached.size() + " files added.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
        return null;
    }

    private String again() {
        return "/assets/work-order?faces-redirect=true&id=" + id;
    }

    public void grant() {
        try {
            if (grantContact == null) {
                throw new InvalidInputException("grantContact", "Please choose a contact.");
            }
            workOrderService.grant(id, grantContact, grantAssigned);
            PageMessages.done(grantAssigned ? "Assigned: the contact sees the work order." : "Made visible: the contact sees the work order.");
            grantContact = null;
            grantAssigned = false;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    public void revoke(long contactId) {
        try {
            workOrderService.revoke(id, contactId);
            PageMessages.done("The contact no longer sees this work order through it.");
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    /** After a change: the page shows the work order as it is now, or says it is gone. */
    private void refreshOrGone() {
        try {
            refresh();
        } catch (RecordNotFoundException gone) {
            order = null;
        }
    }

    private Asset shownAsset(long assetId) {
        try {
            return assetService.asset(assetId);
        } catch (RecordNotFoundException notInSight) {
            return null;
        }
    }

    /** The name of a note's author or of the technician; blank for someone the page was not told about. */
    public String name(Long userId) {
        return userId == null ? "" : names.getOrDefault(userId, "");
    }

    /** The download link of a file, from the application's root. */
    public String download(Attachment file) {
        return AttachmentDownloads.path(file.getId());
    }

    public String size(Attachment file) {
        return Uploads.size(file.getSizeBytes());
    }

    public WorkOrderType[] getTypes() {
        return WorkOrderType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public WorkOrderType getType() {
        return type;
    }

    public void setType(WorkOrderType type) {
        this.type = type;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public WorkOrderStatus[] getStatuses() {
        return WorkOrderStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WorkOrder getOrder() {
        return order;
    }

    public Asset getAsset() {
        return asset;
    }

    public List<WorkOrderNote> getNotes() {
        return notes;
    }

    public List<Attachment> getFiles() {
        return files;
    }

    public boolean isBackOffice() {
        return backOffice;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public List<AssetGrantRow> getGrants() {
        return grants;
    }

    public List<Contact> getContactChoices() {
        return contactChoices;
    }

    public List<UserAccount> getTechnicianChoices() {
        return technicianChoices;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public void setStatus(WorkOrderStatus status) {
        this.status = status;
    }

    public LocalDateTime getPlanStart() {
        return planStart;
    }

    public void setPlanStart(LocalDateTime planStart) {
        this.planStart = planStart;
    }

    public Integer getPlanMinutes() {
        return planMinutes;
    }

    public void setPlanMinutes(Integer planMinutes) {
        this.planMinutes = planMinutes;
    }

    public Long getPlanTechnician() {
        return planTechnician;
    }

    public void setPlanTechnician(Long planTechnician) {
        this.planTechnician = planTechnician;
    }

    public Integer getLoggedMinutes() {
        return loggedMinutes;
    }

    public void setLoggedMinutes(Integer loggedMinutes) {
        this.loggedMinutes = loggedMinutes;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public boolean isNoteInternal() {
        return noteInternal;
    }

    public void setNoteInternal(boolean noteInternal) {
        this.noteInternal = noteInternal;
    }

    public List<Part> getNewFiles() {
        return newFiles;
    }

    public void setNewFiles(List<Part> newFiles) {
        this.newFiles = newFiles;
    }

    public boolean isFilesInternal() {
        return filesInternal;
    }

    public void setFilesInternal(boolean filesInternal) {
        this.filesInternal = filesInternal;
    }

    public Long getGrantContact() {
        return grantContact;
    }

    public void setGrantContact(Long grantContact) {
        this.grantContact = grantContact;
    }

    public boolean isGrantAssigned() {
        return grantAssigned;
    }

    public void setGrantAssigned(boolean grantAssigned) {
        this.grantAssigned = grantAssigned;
    }
}
