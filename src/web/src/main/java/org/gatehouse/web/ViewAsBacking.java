package org.gatehouse.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.identity.ViewAsCredential;
import org.gatehouse.access.ViewAsGrant;
import org.gatehouse.viewas.ViewAsService;

/** The portal's end of "view as": redeems the ticket, opens the contact's read-only session, and ends it. */
@Named
@RequestScoped
public class ViewAsBacking {

    @Inject
    ViewAsService viewAsService;

    @Inject
    SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = "gatehouse.backoffice-url", defaultValue = "http://localhost:8080/backoffice/")
    String backOfficeUrl;

    private String ticket;
    private boolean refused;

    public void enter() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<ViewAsGrant> grant = viewAsService.redeem(ticket);
        if (grant.isEmpty()) {
            refused = true;
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new ViewAsCredential(grant.get())));
        if (status != AuthenticationStatus.SUCCESS) {
            refused = true;
            return;
        }
        external.redirect(external.getRequestContextPath() + "/");
    }

    /** Ends the "view as" session and returns to the back office. */
    public void leave() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(backOfficeUrl);
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public boolean isRefused() {
        return refused;
    }
}
