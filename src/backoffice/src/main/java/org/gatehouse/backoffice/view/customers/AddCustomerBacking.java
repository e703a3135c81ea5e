package org.gatehouse.backoffice.view.customers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.web.PageMessages;
import org.gatehouse.company.Company;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.company.CustomerService;
import org.gatehouse.validation.InvalidInputException;

/**
 * Adding a customer ({@code customers/add.xhtml}, seed 000 step 7): a company name, exactly one group
 * the user may add customers to, and optionally a parent company among the user's customers.
 */
@Named
@ViewScoped
public class AddCustomerBacking implements Serializable {

    @Inject
    CustomerService customerService;

    private List<CustomerGroup> groupChoices;
    private List<Customer> parentChoices;
    private String name;
    private Long groupId;
    private Long parentId;

    @PostConstruct
    void init() {
        groupChoices = customerService.groupChoices();
        parentChoices = customerService.parentChoices();
    }

    public String add() {
        try {
            Company added = customerService.add(name, groupId, parentId);
            return "/customers/customer?faces-redirect=true&id=" + added.getId();
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public List<CustomerGroup> getGroupChoices() {
        return groupChoices;
    }

    public List<Customer> getParentChoices() {
        return parentChoices;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
