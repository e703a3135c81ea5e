package org.gatehouse.backoffice.view.customers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.web.PageMessages;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryService;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerService;
import org.gatehouse.user.Contact;
import org.gatehouse.user.ContactOptions;
import org.gatehouse.user.ContactService;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.ActiveUser;
import org.gatehouse.web.NotFound;

/**
 * A customer contact ({@code customers/contact.xhtml?id=N}); a contact outside the scope answers 404
 * like a missing one. Their options and, for the operator's staff, their categories; the controls only
 * with WRITE on the contact's customer, else the same facts read-only.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

    @Inject
    ContactService contactService;

    @Inject
    CustomerService customerService;

    @Inject
    CategoryService categoryService;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Contact contact;
    private Customer customer;
    private boolean changeable;

    private CaseVisibility caseVisibility;
    private boolean groupLevel;
    private boolean companyAdministrator;
    private boolean assignedWorkOrdersOnly;
    private boolean approvesDesigns;

    private List<Category> categories;
    private List<Category> categoryChoices;
    private Long[] categoryIds;
    private Category readAccess;
    private Long readAccessCategoryId;

    public void load() throws IOException {
        contact = id == null ? null : contactService.find(id).orElse(null);
        if (contact == null) {
            NotFound.answer(facesContext);
            return;
        }
        customer = customerService.find(contact.getCompanyId()).orElseThrow();
        changeable = contactService.canChange(id);
        show();
    }

    /** Reads what the page shows, again after each change. */
    private void show() {
        contact = contactService.find(id).orElseThrow();
        caseVisibility = contact.getCaseVisibility();
        groupLevel = contact.isGroupLevel();
        companyAdministrator = contact.isCompanyAdministrator();
        assignedWorkOrdersOnly = contact.isAssignedWorkOrdersOnly();
        approvesDesigns = contact.isApprovesDesigns();
        if (activeUser.isStaff()) {
            categories = categoryService.categoriesOf(id);
            categoryIds = categories.stream().map(Category::getId).toArray(Long[]::new);
            readAccess = categoryService.readAccessOf(id).orElse(null);
            readAccessCategoryId = readAccess == null ? null : readAccess.getId();
            categoryChoices = changeable ? categoryService.all() : List.of();
        }
    }

    public void saveOptions() {
        try {
            contactService.changeOptions(id, new ContactOptions(caseVisibility, groupLevel, companyAdministrator, assignedWorkOrdersOnly, approvesDesigns));
            show();
            PageMessages.done("Options saved.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void saveCategories() {
        try {
            categoryService.setCategories(id, Arrays.asList(categoryIds), readAccessCategoryId);
            show();
            PageMessages.done("Categories saved.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    /** The category whose cases the contact may view and update, or null. */
    public Category getReadAccess() {
        return readAccess;
    }

    public CaseVisibility[] getCaseVisibilities() {
        return CaseVisibility.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contact getContact() {
        return contact;
    }

    public Customer getCustomer() {
        return customer;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public CaseVisibility getCaseVisibility() {
        return caseVisibility;
    }

    public void setCaseVisibility(CaseVisibility caseVisibility) {
        this.caseVisibility = caseVisibility;
    }

    public boolean isGroupLevel() {
        return groupLevel;
    }

    public void setGroupLevel(boolean groupLevel) {
        this.groupLevel = groupLevel;
    }

    public boolean isCompanyAdministrator() {
        return companyAdministrator;
    }

    public void setCompanyAdministrator(boolean companyAdministrator) {
        this.companyAdministrator = companyAdministrator;
    }

    public boolean isApprovesDesigns() {
        return approvesDesigns;
    }

    public void setApprovesDesigns(boolean approvesDesigns) {
        this.approvesDesigns = approvesDesigns;
    }

    public boolean isAssignedWorkOrdersOnly() {
        return assignedWorkOrdersOnly;
    }

    public void setAssignedWorkOrdersOnly(boolean assignedWorkOrdersOnly) {
        this.assignedWorkOrdersOnly = assignedWorkOrdersOnly;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }

    public Long[] getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(Long[] categoryIds) {
        this.categoryIds = categoryIds;
    }

    public Long getReadAccessCategoryId() {
        return readAccessCategoryId;
    }

    public void setReadAccessCategoryId(Long readAccessCategoryId) {
        this.readAccessCategoryId = readAccessCategoryId;
    }
}
