package org.gatehouse.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.cases.CaseRow;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A case table paged, counted and sorted on the database, within the signed-in user's scope. */
public class CaseListModel extends PagedOnDatabase<CaseRow> {

    private final CaseService caseService;
    private CaseFilter filter;

    public CaseListModel(CaseService caseService, CaseFilter filter) {
        this.caseService = caseService;
        this.filter = filter;
    }

    /** Lists what the filter asks for from the next load on. */
    public void setFilter(CaseFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(caseService.count(filter));
    }

    /** The paginator's report: counting stops at {@link CaseQueries#COUNT_LIMIT}, and then the list says so. */
    public String getPageReport() {
        return getRowCount() > CaseQueries.COUNT_LIMIT
                ? String.format(Locale.ENGLISH, "More than %,d cases", CaseQueries.COUNT_LIMIT) : "{totalRecords} cases";
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return sort == null
                ? caseService.page(filter, first, pageSize, CaseSort.UPDATED, false)
                : caseService.page(filter, first, pageSize, CaseSort.byProperty(sort.getField()), sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    protected long idOf(CaseRow row) {
        return row.getId();
    }
}
