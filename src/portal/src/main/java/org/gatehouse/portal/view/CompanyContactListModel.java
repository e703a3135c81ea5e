package org.gatehouse.portal.view;

import java.util.List;
import java.util.Map;
import org.gatehouse.user.CompanyContactService;
import org.gatehouse.user.Contact;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The contacts of the administrator's company matching the search, paged and counted on the database, by name. */
public class CompanyContactListModel extends PagedOnDatabase<Contact> {

    private final CompanyContactService companyContactService;
    private final String search;

    public CompanyContactListModel(CompanyContactService companyContactService, String search) {
        this.companyContactService = companyContactService;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(companyContactService.count(search));
    }

    @Override
    public List<Contact> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return companyContactService.page(search, first, pageSize);
    }

    @Override
    protected long idOf(Contact contact) {
        return contact.getId();
    }
}
