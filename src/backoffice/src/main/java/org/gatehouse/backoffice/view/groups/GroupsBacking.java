package org.gatehouse.backoffice.view.groups;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.web.PageMessages;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.customergroup.CustomerGroupService;
import org.gatehouse.validation.InvalidInputException;

/** The customer groups page ({@code groups/index.xhtml}, "Add / manage groups"): the list and a new group. */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    @Inject
    CustomerGroupService groupService;

    private CustomerGroupListModel groups;
    private String name;

    @PostConstruct
    void init() {
        groups = new CustomerGroupListModel(groupService);
    }

    public void create() {
        try {
            CustomerGroup created = groupService.create(name);
            PageMessages.done("Customer group " + created.getCode() + " created. New customers join it with this code.");
            name = null;
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public CustomerGroupListModel getGroups() {
        return groups;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
