package org.gatehouse.assets;

/** A contact an asset was made visible or assigned to, as the asset's page lists them. */
public record AssetGrantRow(long contactId, String name, String email, boolean assigned) {
}
