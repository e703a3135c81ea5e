package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.UserAccess;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseStatus;

/**
 * The case page ({@code case.xhtml?id=N}); a case outside the scope answers 404 like a missing one.
 * Users with WRITE on the customer may change its status; READ users see no controls.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    CurrentScope currentScope;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Case found;
    private CaseStatus status;
    private List<UserAccess> whoCanSee;

    public void load() throws IOException {
        found = id == null ? null : caseService.find(id).orElse(null);
        if (found == null) {
            NotFound.answer(facesContext);
        } else {
            status = found.getStatus();
        }
    }

    public boolean isChangeable() {
        return found != null && currentScope.get().canWrite(found.getCustomerId());
    }

    public void changeStatus() {
        try {
            found = caseService.changeStatus(id, status);
            facesContext.addMessage(null, new FacesMessage("Status changed to " + status.getLabel() + "."));
        } catch (WriteNotAllowedException e) {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Loaded when the page shows it (back office, operator staff only). */
    public List<UserAccess> getWhoCanSee() {
        if (whoCanSee == null) {
            whoCanSee = caseService.whoCanSee(id);
        }
        return whoCanSee;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Case getFound() {
        return found;
    }
}
