package org.gatehouse.backoffice.view.designs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.designs.LayerType;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.PageMessages;

/** An administrator's design settings: the statuses customers see (unless their group has its own) and the layer types. */
@Named
@ViewScoped
public class DesignSettingsBacking implements Serializable {

    @Inject
    DesignService designService;

    private DesignStatus[] shown = {};
    private List<LayerType> layerTypes;
    private Map<Long, String> names = new HashMap<>();
    private String newLayerType;

    public void load() {
        shown = designService.installationStatuses().toArray(DesignStatus[]::new);
        layerTypes = designService.layerTypes();
        names = new HashMap<>();
        layerTypes.forEach(type -> names.put(type.getId(), type.getName()));
    }

    public void saveStatuses() {
        try {
            designService.showInstallationWide(Set.of(shown));
            PageMessages.done("Saved: customers see designs in the statuses ticked here, unless their group has its own.");
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        load();
    }

    public void addLayerType() {
        try {
            LayerType added = designService.addLayerType(newLayerType);
            PageMessages.done("Layer type " + added.getName() + " added.");
            newLayerType = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        load();
    }

    public void rename(long layerTypeId) {
        try {
            designService.renameLayerType(layerTypeId, names.get(layerTypeId));
            PageMessages.done("Layer type renamed.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("That layer type is no longer there.");
        }
        load();
    }

    public DesignStatus[] getStatuses() {
        return DesignStatus.values();
    }

    public DesignStatus[] getShown() {
        return shown;
    }

    public void setShown(DesignStatus[] shown) {
        this.shown = shown;
    }

    public List<LayerType> getLayerTypes() {
        return layerTypes;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getNewLayerType() {
        return newLayerType;
    }

    public void setNewLayerType(String newLayerType) {
        this.newLayerType = newLayerType;
    }
}
