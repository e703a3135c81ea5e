package org.gatehouse.backoffice.view.customers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.company.CustomerService;

/**
 * The customers page ({@code customers/index.xhtml}): the customers in scope, searched by name; the
 * way to "Add customer" for admins and staff with WRITE on a group.
 */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    @Inject
    CustomerService customerService;

    private CustomerListModel customers;
    private String search;
    private boolean adding;

    @PostConstruct
    void init() {
        customers = new CustomerListModel(customerService);
        adding = !customerService.groupChoices().isEmpty();
    }

    public void applySearch() {
        customers.setSearch(search);
    }

    /** Whether the user may add customers at all: some group takes them. */
    public boolean isAdding() {
        return adding;
    }

    public CustomerListModel getCustomers() {
        return customers;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
