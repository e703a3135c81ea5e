package org.gatehouse.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetService;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseType;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerService;
import org.gatehouse.validation.InvalidInputException;

/**
 * The "New case" page: in the portal a contact submits a case for their company; in the back office
 * ({@code new-case.xhtml?customer=N}) staff or a partner with WRITE open one for the customer. With its files;
 * then the case's page. The form carries a one-time token: sent twice (a double click, a replayed POST, a retry
 * after a failure), it still makes one case.
 */
@Named
@ViewScoped
public class NewCaseBacking implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    AssetService assetService;

    @Inject
    FacesContext facesContext;

    @Inject
    CustomerService customerService;

    /** The asset a contact raises the request about (its page's "Raise a request"); null otherwise. */
    private Long assetId;
    private Asset asset;
    /** The customer a back-office user opens the case for; null in the portal. */
    private Long customerId;
    private Customer customer;
    private CaseType type = CaseType.CASE;
    private String title;
    private String description;
    private transient List<Part> files;
    private String formToken = UUID.randomUUID().toString();

    /** Back office: the customer must be in scope and writable, else the page answers 404 like a missing one. */
    public void loadCustomer() throws IOException {
        customer = customerId == null ? null : customerService.find(customerId).orElse(null);
        if (customer == null || !customerService.canChange(customerId)) {
            NotFound.answer(facesContext);
        }
    }

    /** Portal, from an asset's page: the asset must be in sight, else the page answers 404 like a missing one. */
    public void loadAsset() throws IOException {
        if (assetId == null) {
            return;
        }
        try {
            asset = assetService.asset(assetId);
            if (type == CaseType.CASE) {
                type = CaseType.SERVICE_REQUEST;
            }
        } catch (RecordNotFoundException notInSight) {
            NotFound.answer(facesContext);
        }
    }

    public String submit() {
        try {
            Case created;
            try {
                created = customerId != null ? caseService.open(customerId, type, title, description, Uploads.of(files), formToken)
                        : assetId != null ? caseService.raiseAbout(assetId, type, title, description, Uploads.of(files), formToken)
                        : caseService.submit(type, title, description, Uploads.of(files), formToken);
            } catch (EJBException failure) {
                // e.g. the same form sent twice at once, the second refused by the unique token: the first one counts
                created = caseService.caseSentFrom(formToken).orElseThrow(() -> failure);
            }
            PageMessages.doneAfterRedirect(customerId == null
                    ? "Thank you: your " + created.getType().getLabel().toLowerCase() + " is submitted as #" + created.getId() + "."
                    : "The " + created.getType().getLabel().toLowerCase() + " is opened as #" + created.getId() + ".");
            return "/case?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public Long getAssetId() {
        return assetId;
    }

    public void setAssetId(Long assetId) {
        this.assetId = assetId;
    }

    public Asset getAsset() {
        return asset;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Customer getCustomer() {
        return customer;
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
