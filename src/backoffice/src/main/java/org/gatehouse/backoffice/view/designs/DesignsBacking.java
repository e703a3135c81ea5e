package org.gatehouse.backoffice.view.designs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.web.DesignListModel;

/** The back office's Designs page: every design of the user's customers, by name, of one status or all, searchable. */
@Named
@ViewScoped
public class DesignsBacking implements Serializable {

    @Inject
    DesignService designService;

    private String q;
    private DesignStatus status;
    private DesignListModel designs;

    public void load() {
        designs = new DesignListModel(designService, new DesignFilter(null, status, q));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public DesignStatus getStatus() {
        return status;
    }

    public void setStatus(DesignStatus status) {
        this.status = status;
    }

    public DesignStatus[] getStatuses() {
        return DesignStatus.values();
    }

    public DesignListModel getDesigns() {
        return designs;
    }
}
