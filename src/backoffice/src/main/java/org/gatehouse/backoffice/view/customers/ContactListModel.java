package org.gatehouse.backoffice.view.customers;

import java.util.List;
import java.util.Map;
import org.gatehouse.company.CustomerService;
import org.gatehouse.user.Contact;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** One customer's contacts as the signed-in user may see them, paged on the database, by name. */
public class ContactListModel extends PagedOnDatabase<Contact> {

    private final CustomerService customerService;
    private final long customerId;

    public ContactListModel(CustomerService customerService, long customerId) {
        this.customerService = customerService;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(customerService.contactCount(customerId));
    }

    @Override
    public List<Contact> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return customerService.contacts(customerId, first, pageSize);
    }

    @Override
    protected long idOf(Contact contact) {
        return contact.getId();
    }
}
