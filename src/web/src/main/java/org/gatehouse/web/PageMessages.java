package org.gatehouse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import org.gatehouse.validation.InvalidInputException;

/** The one way pages tell a person what happened: beside the field it concerns, or at the top of the form. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void done(String sentence) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(sentence));
    }

    /** Done, said on the page a redirect leads to (a page that reads its record again after the change). */
    public static void doneAfterRedirect(String sentence) {
        done(sentence);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A refusal in the page's own words, at the top of the form. */
    public static void refused(String sentence) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, null));
        faces.validationFailed();
    }

    /** A refusal the person can act on; beside its field when it names one, wherever the field sits (a tab, a form). */
    public static void refused(RuntimeException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String field = refusal instanceof InvalidInputException invalid ? invalid.getField() : null;
        faces.addMessage(field == null ? null : clientId(faces, field), new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        faces.validationFailed();
    }

    /**
     * The client id of the page's input with this id: inside a tab view it carries the tab view's prefix. Null when the
     * page has no such input: the refusal then shows at the top instead of nowhere.
     */
    private static String clientId(FacesContext faces, String id) {
        String[] found = {null};
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (id.equals(component.getId())) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
