package org.gatehouse.backoffice.view.designs;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignRow;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.LayerType;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.DesignListModel;
import org.gatehouse.web.PageMessages;

/**
 * The Designs tab of the customer page: the customer's designs, a new one (with WRITE), and the layer types its
 * contacts, and those of the companies below it, may view.
 */
@Named
@ViewScoped
public class CustomerDesignsBacking implements Serializable {

    @Inject
    DesignService designService;

    @Inject
    FacesContext facesContext;

    private Long customerId;
    private boolean changeable;
    private DesignListModel designs;
    private List<LayerType> layerTypes;
    private Long[] allowedLayerTypes = {};

    private String name;
    private String code;
    private String description;
    /** Whether something was done on the tab: the customer page then stays on it. */
    private boolean acted;

    /** After the customer page's own load, which answers 404 for a customer outside the scope. */
    public void load() {
        if (customerId == null) {
            return;
        }
        changeable = designService.canChange(customerId);
        designs = new DesignListModel(designService, new DesignFilter(customerId, null, null));
        layerTypes = designService.layerTypes();
        allowedLayerTypes = designService.allowedLayerTypes(customerId).toArray(Long[]::new);
    }

    public void add() throws IOException {
        acted = true;
        try {
            DesignRow added = designService.add(customerId, name, code, description);
            PageMessages.doneAfterRedirect("Design " + added.code() + " added, in draft.");
            facesContext.getExternalContext().redirect(facesContext.getExternalContext().getRequestContextPath()
                    + "/designs/design.xhtml?id=" + added.id());
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void saveLayerTypes() {
        acted = true;
        try {
            designService.allowLayerTypes(customerId, List.of(allowedLayerTypes));
            PageMessages.done("Saved: the customer's contacts see the layer types ticked here.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        allowedLayerTypes = designService.allowedLayerTypes(customerId).toArray(Long[]::new);
    }

    public boolean isActed() {
        return acted;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public DesignListModel getDesigns() {
        return designs;
    }

    public List<LayerType> getLayerTypes() {
        return layerTypes;
    }

    public Long[] getAllowedLayerTypes() {
        return allowedLayerTypes;
    }

    public void setAllowedLayerTypes(Long[] allowedLayerTypes) {
        this.allowedLayerTypes = allowedLayerTypes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
