package org.gatehouse.backoffice.view.partners;

import java.util.List;
import java.util.Map;
import org.gatehouse.partner.PartnerRow;
import org.gatehouse.partner.PartnerService;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The partner companies, paged and counted on the database, by name. */
public class PartnerListModel extends PagedOnDatabase<PartnerRow> {

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
    protected long idOf(PartnerRow row) {
        return row.getId();
    }
}
