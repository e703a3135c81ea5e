package org.gatehouse.backoffice.view.designs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.web.PageMessages;

/** On a customer group's page: the design statuses its customers' contacts see, the installation's or the group's own. */
@Named
@ViewScoped
public class GroupDesignStatusesBacking implements Serializable {

    @Inject
    DesignService designService;

    private Long groupId;
    private boolean own;
    private DesignStatus[] shown = {};
    private Set<DesignStatus> installation;

    /** After the group page's own load, which answers 404 for a group that is not there. */
    public void load() {
        if (groupId == null) {
            return;
        }
        installation = designService.installationStatuses();
        Optional<Set<DesignStatus>> ofGroup = designService.groupStatuses(groupId);
        own = ofGroup.isPresent();
        shown = ofGroup.orElse(installation).toArray(DesignStatus[]::new);
    }

    public void save() {
        try {
            designService.showToGroup(groupId, own ? Set.of(shown) : null);
            PageMessages.done(own ? "Saved: this group's customers see designs in the statuses ticked here."
                    : "Saved: this group's customers see designs in the installation's statuses.");
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        load();
    }

    public String getInstallationLabels() {
        return installation.isEmpty() ? "none" : installation.stream().map(DesignStatus::getLabel).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    public DesignStatus[] getStatuses() {
        return DesignStatus.values();
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public boolean isOwn() {
        return own;
    }

    public void setOwn(boolean own) {
        this.own = own;
    }

    public DesignStatus[] getShown() {
        return shown;
    }

    public void setShown(DesignStatus[] shown) {
        this.shown = shown;
    }
}
