package org.gatehouse.backoffice.view.partners;

import java.util.List;
import java.util.Map;
import org.gatehouse.partner.PartnerRow;
import org.gatehouse.partner.PartnerService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The partner companies, paged and counted on the database, by name. */
public class PartnerListModel extends LazyDataModel<PartnerRow> {

    private final PartnerService partnerService;

    public PartnerListModel(PartnerService partnerService) {
        this.partnerService = partnerService;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(partnerService.count());
    }

    @Override
    public List<PartnerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return partnerService.page(first, pageSize);
    }

    @Override
    public String getRowKey(PartnerRow row) {
        return Long.toString(row.getId());
    }

    @Override
    public PartnerRow getRowData(String rowKey) {
        long id = Long.parseLong(rowKey);
        return getWrappedData() == null ? null : getWrappedData().stream().filter(row -> row.getId() == id).findFirst().orElse(null);
    }
}
