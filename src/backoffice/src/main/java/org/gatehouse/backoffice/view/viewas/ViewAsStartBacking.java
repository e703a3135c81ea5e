package org.gatehouse.backoffice.view.viewas;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.web.PageMessages;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.viewas.ViewAsService;

/** The back office's "View portal as" button: a ticket, then off to the portal with it. */
@Named
@RequestScoped
public class ViewAsStartBacking {

    @Inject
    ViewAsService viewAsService;

    @Inject
    @ConfigProperty(name = "gatehouse.portal-url", defaultValue = "http://localhost:8080/portal/")
    String portalUrl;

    public void start(long contactId) throws IOException {
        try {
            String ticket = viewAsService.issueTicket(contactId);
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(portalUrl + "view-as.xhtml?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }
}
