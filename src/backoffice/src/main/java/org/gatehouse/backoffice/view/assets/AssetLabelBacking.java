package org.gatehouse.backoffice.view.assets;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetLabels;
import org.gatehouse.assets.AssetService;
import org.gatehouse.web.NotFound;

/**
 * The printable label of an asset (seed 004): its name and code, and a QR code that opens its page in the portal. A
 * page without postbacks: request-scoped, which the configured portal address needs (it cannot be passivated).
 */
@Named
@RequestScoped
public class AssetLabelBacking {

    @Inject
    AssetService assetService;

    @Inject
    FacesContext facesContext;

    @Inject
    @ConfigProperty(name = "gatehouse.portal-url", defaultValue = "http://localhost:8080/portal/")
    String portalUrl;

    private Long id;
    private Asset asset;
    private String portalPage;
    private String qrCode;

    public void load() throws IOException {
        try {
            asset = id == null ? null : assetService.asset(id);
        } catch (RecordNotFoundException notInSight) {
            asset = null;
        }
        if (asset == null) {
            NotFound.answer(facesContext);
            return;
        }
        URI page = AssetLabels.portalPage(URI.create(portalUrl), asset.getId());
        portalPage = page.toString();
        // in the page itself: the label prints as one piece, without a second request
        qrCode = "data:image/png;base64," + Base64.getEncoder().encodeToString(AssetLabels.qrPng(page, 360));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Asset getAsset() {
        return asset;
    }

    public String getPortalPage() {
        return portalPage;
    }

    public String getQrCode() {
        return qrCode;
    }
}
