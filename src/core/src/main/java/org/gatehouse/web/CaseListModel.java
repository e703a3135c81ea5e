package org.gatehouse.web;

import java.util.List;
import java.util.Map;
import org.gatehouse.cases.CaseRow;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A case table paged, counted and sorted on the database, within the signed-in user's scope. */
public class CaseListModel extends PagedOnDatabase<CaseRow> {

    private final CaseService caseService;
    private final Long customerId;

    /** @param customerId list only this customer's cases, or null for every case in scope */
    public CaseListModel(CaseService caseService, Long customerId) {
        this.caseService = caseService;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(caseService.count(customerId));
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return sort == null
                ? caseService.page(customerId, first, pageSize, CaseSort.UPDATED, false)
                : caseService.page(customerId, first, pageSize, CaseSort.byProperty(sort.getField()), sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    protected long idOf(CaseRow row) {
        return row.getId();
    }
}
