package org.gatehouse.web;

import java.util.List;
import java.util.Map;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Assets paged and counted on the database in tree order, within the signed-in user's scope. */
public class AssetListModel extends PagedOnDatabase<Asset> {

    private final AssetService assetService;
    private final Long customerId;
    private String text;
    /** The open work orders under each asset of the page on screen, read with the page. */
    private Map<Long, Long> openWorkOrders = Map.of();

    public AssetListModel(AssetService assetService, Long customerId, String text) {
        this.assetService = assetService;
        this.customerId = customerId;
        this.text = text;
    }

    public void setText(String text) {
        this.text = text;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(assetService.count(customerId, text));
    }

    @Override
    public List<Asset> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<Asset> page = assetService.page(customerId, text, first, pageSize);
        openWorkOrders = assetService.openWorkOrders(page.stream().map(Asset::getId).toList());
        return page;
    }

    @Override
    protected long idOf(Asset row) {
        return row.getId();
    }

    /** The open work orders the user sees under the asset, one of the page on screen. */
    public long openWorkOrders(Asset asset) {
        return openWorkOrders.getOrDefault(asset.getId(), 0L);
    }

    /** How deep in its customer's tree the asset is (0 at the top), for the list's indentation. */
    public int depth(Asset asset) {
        return (int) asset.getPath().chars().filter(c -> c == '/').count() - 2;
    }
}
