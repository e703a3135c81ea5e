package org.gatehouse.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignRow;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.LayerRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Designs paged and counted on the database by name, within the signed-in user's scope; each page brings the
 * latest revision of the layers the user may view of its designs, for their previews and downloads.
 */
public class DesignListModel extends PagedOnDatabase<DesignRow> {

    private final DesignService designService;
    private DesignFilter filter;
    private Map<Long, List<LayerRow>> layers = Map.of();

    public DesignListModel(DesignService designService, DesignFilter filter) {
        this.designService = designService;
        this.filter = filter;
    }

    /** Lists what the filter asks for from the next load on. */
    public void setFilter(DesignFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(designService.count(filter));
    }

    @Override
    public List<DesignRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<DesignRow> page = designService.page(filter, first, pageSize);
        layers = designService.latestLayers(page.stream().map(DesignRow::id).toList()).stream()
                .collect(Collectors.groupingBy(LayerRow::designId));
        return page;
    }

    @Override
    protected long idOf(DesignRow row) {
        return row.id();
    }

    /** The latest revision of each layer of the design the user may view. */
    public List<LayerRow> layers(DesignRow row) {
        return layers.getOrDefault(row.id(), List.of());
    }
}
