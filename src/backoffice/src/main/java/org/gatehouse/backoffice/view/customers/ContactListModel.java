package org.gatehouse.backoffice.view.customers;

import java.util.List;
import java.util.Map;
import org.gatehouse.user.Contact;
import org.gatehouse.user.ContactService;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** One customer's contacts as the signed-in user may see them, paged on the database, by name. */
public class ContactListModel extends PagedOnDatabase<Contact> {

    private final ContactService contactService;
    private final long customerId;

    public ContactListModel(ContactService contactService, long customerId) {
        this.contactService = contactService;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(contactService.countOfCustomer(customerId));
    }

    @Override
    public List<Contact> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return contactService.ofCustomer(customerId, first, pageSize);
    }

    @Override
    protected long idOf(Contact contact) {
        return contact.getId();
    }
}
