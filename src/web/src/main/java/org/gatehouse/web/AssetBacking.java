package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetDetails;
import org.gatehouse.assets.AssetGrantRow;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.Priority;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderType;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseService;
import org.gatehouse.files.Attachment;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * An asset's page in both applications: its details, the assets right below it and its work orders, as far as the
 * user sees them. With WRITE the back office also adds an asset below it and a work order, and makes it visible or
 * assigns it to the customer's contacts (seed 004's "What's next / Assign") and adds files, internal or not.
 */
@Named
@ViewScoped
public class AssetBacking implements Serializable {

    @Inject
    AssetService assetService;

    @Inject
    CaseService caseService;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Asset asset;
    private List<Asset> children;
    private List<WorkOrder> workOrders;
    private List<Attachment> files;
    private List<Case> requests;
    private List<AssetGrantRow> grants;
    private List<Contact> contactChoices;
    private boolean changeable;
    /** Whether the user sees the asset above this one: a contact shown only this subtree gets no link up. */
    private boolean parentShown;

    private String childName;
    private String childCode;
    private String orderTitle;
    private WorkOrderType orderType = WorkOrderType.CORRECTIVE;
    private Priority orderPriority = Priority.NORMAL;
    private Long grantContact;
    private boolean grantAssigned;
    private transient List<Part> newFiles;
    private boolean filesInternal;

    /** Reads the asset once, with all the page shows; one missing or out of sight answers 404. */
    public void load() throws IOException {
        if (!NotFound.read(facesContext, id, this::refresh)) {
            asset = null;
        }
    }

    private void refresh() {
        asset = assetService.asset(id);
        children = assetService.children(id);
        workOrders = assetService.workOrders(id);
        files = assetService.files(id);
        requests = caseService.aboutAsset(id);
        parentShown = asset.getParentId() != null && isShown(asset.getParentId());
        changeable = (activeUser.isStaff() || activeUser.isPartner()) && assetService.canChange(asset.getCustomerId());
        if (changeable) {
            grants = assetService.grants(id);
            contactChoices = assetService.contactChoices(asset.getCustomerId());
        }
    }

    public void addChild() {
        try {
            Asset added = assetService.add(asset.getCustomerId(), id, childCode, AssetDetails.named(childName));
            PageMessages.done("Asset " + added.getCode() + " added below " + asset.getName() + ".");
            childName = null;
            childCode = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refresh();
    }

    /** Adds a work order: on success the page is fetched again, so reloading it does not add a second one. */
    public String addWorkOrder() {
        try {
            WorkOrder added = assetService.addWorkOrder(id, orderTitle, "", orderType, orderPriority);
            PageMessages.doneAfterRedirect("Work order \"" + added.getTitle() + "\" added.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refresh();
        return null;
    }

    /** Adds files: on success the page is fetched again, so reloading it does not store them twice. */
    public String attach() {
        try {
            List<Attachment> attached = assetService.attach(id, Uploads.of(newFiles), filesInternal);
            PageMessages.doneAfterRedirect(attached.size() == 1 ? "File added." : attached.size() + " files added.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refresh();
        return null;
    }

    private String again() {
        return "/assets/asset?faces-redirect=true&id=" + id;
    }

    /** The download link of a file, from the application's root. */
    public String download(Attachment file) {
        return AttachmentDownloads.path(file.getId());
    }

    public String size(Attachment file) {
        return Uploads.size(file.getSizeBytes());
    }

    public void grant() {
        try {
            if (grantContact == null) {
                throw new InvalidInputException("grantContact", "Please choose a contact.");
            }
            assetService.grant(id, grantContact, grantAssigned);
            PageMessages.done(grantAssigned ? "Assigned: the contact sees the asset and everything below it."
                    : "Made visible: the contact sees the asset and everything below it.");
            grantContact = null;
            grantAssigned = false;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refresh();
    }

    public void revoke(long contactId) {
        try {
            assetService.revoke(id, contactId);
            PageMessages.done("The contact no longer sees this asset through it.");
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refresh();
    }

    private boolean isShown(long assetId) {
        try {
            assetService.asset(assetId);
            return true;
        } catch (RecordNotFoundException notInSight) {
            return false;
        }
    }

    public boolean isParentShown() {
        return parentShown;
    }

    public WorkOrderType[] getOrderTypes() {
        return WorkOrderType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Asset getAsset() {
        return asset;
    }

    public List<Asset> getChildren() {
        return children;
    }

    public List<WorkOrder> getWorkOrders() {
        return workOrders;
    }

    public List<Attachment> getFiles() {
        return files;
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

    public List<Case> getRequests() {
        return requests;
    }

    public List<AssetGrantRow> getGrants() {
        return grants;
    }

    public List<Contact> getContactChoices() {
        return contactChoices;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getOrderTitle() {
        return orderTitle;
    }

    public void setOrderTitle(String orderTitle) {
        this.orderTitle = orderTitle;
    }

    public WorkOrderType getOrderType() {
        return orderType;
    }

    public void setOrderType(WorkOrderType orderType) {
        this.orderType = orderType;
    }

    public Priority getOrderPriority() {
        return orderPriority;
    }

    public void setOrderPriority(Priority orderPriority) {
        this.orderPriority = orderPriority;
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
