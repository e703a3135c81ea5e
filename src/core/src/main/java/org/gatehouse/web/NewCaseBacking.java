package org.gatehouse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseType;
import org.gatehouse.validation.InvalidInputException;

/** The portal's "New case" page: a contact submits a case for their company, with files, and lands on its page. */
@Named
@ViewScoped
public class NewCaseBacking implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    FacesContext facesContext;

    private CaseType type = CaseType.CASE;
    private String title;
    private String description;
    private transient List<Part> files;

    public String submit() {
        try {
            Case created = caseService.submit(type, title, description, Uploads.of(files));
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            facesContext.addMessage(null, new FacesMessage("Thank you: your " + created.getType().getLabel().toLowerCase()
                    + " is submitted as #" + created.getId() + "."));
            return "/case?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            facesContext.validationFailed();
            return null;
        }
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
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

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
