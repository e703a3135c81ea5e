package org.gatehouse.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.web.DesignListModel;

/** Designs ready for review, for a contact who may approve them (seed 002); others are told who can. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    @Inject
    DesignService designService;

    private boolean mayApprove;
    private DesignListModel designs;

    public void load() {
        mayApprove = designService.mayApprove();
        designs = new DesignListModel(designService, new DesignFilter(null, DesignStatus.READY_FOR_REVIEW, null));
    }

    public boolean isMayApprove() {
        return mayApprove;
    }

    public DesignListModel getDesigns() {
        return designs;
    }
}
