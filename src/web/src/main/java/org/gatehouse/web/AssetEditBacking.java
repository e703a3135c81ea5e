package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetDetails;
import org.gatehouse.assets.AssetService;
import org.gatehouse.assets.AssetStatus;
import org.gatehouse.validation.InvalidInputException;

/**
 * The back office's forms that change an asset itself: its details and status, and its place in the tree (moved with
 * everything below it and their work orders). Filled from the asset the page shows; a refusal changes nothing.
 */
@Named
@ViewScoped
public class AssetEditBacking implements Serializable {

    @Inject
    AssetService assetService;

    private Long id;
    private String name;
    private String type;
    private String make;
    private String model;
    private String serialNumber;
    private String location;
    private String notes;
    private AssetStatus status;
    private String parentCode;

    /** Fills the forms from the asset the page read. */
    public void fill(Asset asset) {
        if (asset == null || asset.getId().equals(id)) {
            return;
        }
        id = asset.getId();
        name = asset.getName();
        type = asset.getType();
        make = asset.getMake();
        model = asset.getModel();
        serialNumber = asset.getSerialNumber();
        location = asset.getLocation();
        notes = asset.getNotes();
        status = asset.getStatus();
    }

    public String save() {
        try {
            assetService.describe(id, new AssetDetails(name, type, make, model, serialNumber, location, notes, status));
            PageMessages.doneAfterRedirect("Asset saved.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public String move() {
        try {
            Asset moved = assetService.moveBelow(id, parentCode);
            PageMessages.doneAfterRedirect(moved.getParentId() == null ? "Moved to the top of the tree, with everything below it."
                    : "Moved below " + parentCode.strip() + ", with everything below it.");
            return again();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public AssetStatus[] getStatuses() {
        return AssetStatus.values();
    }

    private String again() {
        return "/assets/asset?faces-redirect=true&id=" + id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMake() {
        return make;
    }

    public void setMake(String make) {
        this.make = make;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public void setStatus(AssetStatus status) {
        this.status = status;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
