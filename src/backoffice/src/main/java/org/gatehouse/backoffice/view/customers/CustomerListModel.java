package org.gatehouse.backoffice.view.customers;

import java.util.List;
import java.util.Map;
import org.gatehouse.company.CustomerRow;
import org.gatehouse.company.CustomerService;
import org.gatehouse.company.CustomerSort;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A customer table searched by name, paged, counted and sorted on the database, within the signed-in user's scope. */
public class CustomerListModel extends PagedOnDatabase<CustomerRow> {

    private final CustomerService customerService;
    private String search;

    public CustomerListModel(CustomerService customerService) {
        this.customerService = customerService;
    }

    /** Only customers whose name contains this text, in any case; blank for all. */
    public void setSearch(String search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(customerService.count(search));
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return sort == null
                ? customerService.page(search, first, pageSize, CustomerSort.NAME, true)
                : customerService.page(search, first, pageSize, CustomerSort.byProperty(sort.getField()), sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    protected long idOf(CustomerRow row) {
        return row.getId();
    }
}
