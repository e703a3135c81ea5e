package org.gatehouse.backoffice.view.groups;

import java.util.List;
import java.util.Map;
import org.gatehouse.customergroup.CustomerGroupRow;
import org.gatehouse.customergroup.CustomerGroupService;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The customer groups, paged and counted on the database, by name. */
public class CustomerGroupListModel extends PagedOnDatabase<CustomerGroupRow> {

    private final CustomerGroupService groupService;

    public CustomerGroupListModel(CustomerGroupService groupService) {
        this.groupService = groupService;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(groupService.count());
    }

    @Override
    public List<CustomerGroupRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return groupService.page(first, pageSize);
    }

    @Override
    protected long idOf(CustomerGroupRow row) {
        return row.getId();
    }
}
