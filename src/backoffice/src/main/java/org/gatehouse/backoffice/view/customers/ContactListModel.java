package org.gatehouse.backoffice.view.customers;

import java.util.List;
import java.util.Map;
import org.gatehouse.company.CustomerService;
import org.gatehouse.user.Contact;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One customer's contacts as the signed-in user may see them, paged on the database, by name. */
public class ContactListModel extends LazyDataModel<Contact> {

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
    public String getRowKey(Contact contact) {
        return Long.toString(contact.getId());
    }

    @Override
    public Contact getRowData(String rowKey) {
        long id = Long.parseLong(rowKey);
        return getWrappedData() == null ? null : getWrappedData().stream().filter(row -> row.getId() == id).findFirst().orElse(null);
    }
}
