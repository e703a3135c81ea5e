package org.gatehouse.backoffice.view.customers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.web.PageMessages;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseService;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.company.CustomerService;
import org.gatehouse.user.ContactService;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.CaseListModel;
import org.gatehouse.web.NotFound;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The customer page ({@code customers/customer.xhtml?id=N}); a customer outside the scope answers
 * 404 like a missing one. Details, company tree, contacts and cases for everyone who sees the
 * customer; the edit controls only for those whose change the service would accept.
 */
@Named
@ViewScoped
public class CustomerBacking implements Serializable {

    @Inject
    CustomerService customerService;

    @Inject
    CaseService caseService;

    @Inject
    ContactService contactService;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Customer customer;
    private String parentName;
    private TreeNode<Customer> tree;
    private boolean changeable;
    private boolean movable;
    private ContactListModel contacts;
    private CaseListModel cases;
    private WhoCanSee whoCanSee;

    private String name;
    private Long parentId;
    private Long groupId;
    private List<SelectItem> parentChoices;
    private List<CustomerGroup> groupChoices;

    public void load() throws IOException {
        customer = id == null ? null : customerService.find(id).orElse(null);
        if (customer == null) {
            NotFound.answer(facesContext);
            return;
        }
        show();
        changeable = customerService.canChange(id);
        movable = customerService.canMove(id);
        contacts = new ContactListModel(contactService, id);
        cases = new CaseListModel(caseService, CaseFilter.ofCustomer(id));
        if (changeable) {
            parentChoices = new ArrayList<>();
            List<Customer> writable = customerService.parentChoices();
            // keeping the present parent is no change, so it is offered even when the user may not put customers below it
            if (customer.getParentId() != null && writable.stream().noneMatch(choice -> choice.getId().equals(customer.getParentId()))) {
                parentChoices.add(new SelectItem(customer.getParentId(), isParentHidden() ? "Keep the present one (not among your customers)" : parentName));
            }
            writable.stream().filter(choice -> !choice.getId().equals(id))
                    .forEach(choice -> parentChoices.add(new SelectItem(choice.getId(), choice.getName())));
        }
        if (movable) {
            groupChoices = customerService.groupChoices();
        }
    }

    /** Reads what the page shows, again after each change. */
    private void show() {
        customer = customerService.find(id).orElseThrow();
        parentName = customer.getParentId() == null ? null : customerService.find(customer.getParentId()).map(Customer::getName).orElse(null);
        name = customer.getName();
        parentId = customer.getParentId();
        groupId = customer.getCustomerGroup().getId();
        tree = tree(customerService.tree(id));
    }

    /** The company tree for p:tree, every node open; the companies come parents first. */
    private TreeNode<Customer> tree(List<Customer> companies) {
        TreeNode<Customer> root = new DefaultTreeNode<>();
        Map<Long, TreeNode<Customer>> nodes = new HashMap<>();
        for (Customer company : companies) {
            TreeNode<Customer> node = new DefaultTreeNode<>(company, nodes.getOrDefault(company.getParentId(), root));
            node.setExpanded(true);
            nodes.put(company.getId(), node);
        }
        return root;
    }

    public void saveDetails() {
        try {
            customerService.changeDetails(id, name, parentId);
            show();
            PageMessages.done("Details saved.");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void move() {
        try {
            customerService.move(id, groupId);
            show();
            PageMessages.done("Moved to " + customer.getCustomerGroup().getCode() + ".");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Whether the customer has a parent the user cannot see: the page offers to keep it without naming it. */
    public boolean isParentHidden() {
        return customer.getParentId() != null && parentName == null;
    }

    /** The parent's name, or null when there is none or it is outside the scope. */
    public String getParentName() {
        return parentName;
    }

    public TreeNode<Customer> getTree() {
        return tree;
    }

    /** Loaded when the tab shows it (operator staff only). */
    public WhoCanSee getWhoCanSee() {
        if (whoCanSee == null) {
            whoCanSee = customerService.whoCanSee(id);
        }
        return whoCanSee;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public boolean isMovable() {
        return movable;
    }

    public ContactListModel getContacts() {
        return contacts;
    }

    public CaseListModel getCases() {
        return cases;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public List<SelectItem> getParentChoices() {
        return parentChoices;
    }

    public List<CustomerGroup> getGroupChoices() {
        return groupChoices;
    }
}
