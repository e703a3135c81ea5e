package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetDetails;
import org.gatehouse.assets.AssetService;
import org.gatehouse.validation.InvalidInputException;

/**
 * The assets list in both applications, in tree order, searchable: a contact's are those made visible to them; the
 * back office lists one customer's ({@code ?customer=N}) or all its customers', and with WRITE adds a top-level asset.
 */
@Named
@ViewScoped
public class AssetsBacking implements Serializable {

    @Inject
    AssetService assetService;

    private Long customer;
    private String q;
    private AssetListModel assets;
    private String name;
    private String code;

    public void load() {
        assets = new AssetListModel(assetService, customer, q);
    }

    public void search() {
        assets.setText(q);
    }

    public void add() {
        try {
            Asset added = assetService.add(customer, null, code, AssetDetails.named(name));
            PageMessages.done("Asset " + added.getCode() + " added.");
            name = null;
            code = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public boolean isChangeable() {
        return customer != null && assetService.canChange(customer);
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public AssetListModel getAssets() {
        return assets;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
