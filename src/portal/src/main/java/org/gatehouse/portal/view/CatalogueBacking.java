package org.gatehouse.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.company.Customer;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.web.DesignListModel;

/**
 * The specification catalogue (seed 002): the contact's active designs, each with the previews and downloads of the
 * layers they may view, searchable by name and code and paged on the database; a group-level contact sees those of
 * every site of their company tree and may keep to one site.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    @Inject
    DesignService designService;

    /** The search text ({@code catalogue.xhtml?q=...}). */
    private String q;
    /** The chosen site ({@code catalogue.xhtml?site=N}); null for all. */
    private Long site;
    private List<Customer> sites;
    private DesignListModel designs;

    public void load() {
        sites = designService.sites();
        if (site != null && sites.stream().noneMatch(s -> s.getId().equals(site))) {
            // a site out of sight lists nothing, like a site without designs
            site = -1L;
        }
        designs = new DesignListModel(designService, filter());
    }

    public void search() {
        designs.setFilter(filter());
    }

    private DesignFilter filter() {
        return new DesignFilter(site, DesignStatus.ACTIVE, q);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    /** The sites to choose from: only for a contact who sees more than one company. */
    public List<Customer> getSites() {
        return sites.size() > 1 ? sites : List.of();
    }

    public DesignListModel getDesigns() {
        return designs;
    }
}
