package org.gatehouse.backoffice.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.gatehouse.validation.InvalidInputException;

/** The one way back-office pages tell a person what happened: beside the field it concerns, or at the top of the form. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void done(String sentence) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(sentence));
    }

    /** A refusal the person can act on; beside its field when it names one (forms use {@code prependId="false"}). */
    public static void refused(RuntimeException refusal) {
        String field = refusal instanceof InvalidInputException invalid ? invalid.getField() : null;
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
