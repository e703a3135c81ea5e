package org.gatehouse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseService;

/** The case page ({@code case.xhtml?id=N}); a case outside the scope answers 404 like a missing one. */
@Named
@RequestScoped
public class CaseBacking {

    @Inject
    CaseService caseService;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Case found;

    public void load() throws IOException {
        found = id == null ? null : caseService.find(id).orElse(null);
        if (found == null) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
            facesContext.responseComplete();
        }
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
