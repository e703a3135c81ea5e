package org.gatehouse.portal.view;

import org.gatehouse.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gatehouse.registration.RegistrationForm;
import org.gatehouse.registration.RegistrationService;
import org.gatehouse.validation.InvalidInputException;

/**
 * The registration page ({@code register.xhtml}, seed 000 step 14). Wrong codes are counted per client
 * address: the request's remote address, which behind a proxy is the proxy's own unless Payara is told
 * the client's (see the README); a client-supplied X-Forwarded-For is not trusted here.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    RegistrationService registrationService;

    @Inject
    FacesContext facesContext;

    private String companyName;
    private String name;
    private String email;
    private String password;
    private String groupCode;
    private boolean done;

    public void submit() {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        try {
            registrationService.register(new RegistrationForm(companyName, name, email, password, groupCode), request.getRemoteAddr());
            done = true;
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    /** True once registered, and equally when the address already had an account: the page must not tell the two apart. */
    public boolean isDone() {
        return done;
    }
}
