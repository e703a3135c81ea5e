package org.gatehouse.assets;

/** What a person types about an asset, besides its code (which never changes) and its place in the tree. */
public record AssetDetails(String name, String type, String make, String model, String serialNumber, String location, String notes,
                           AssetStatus status) {

    public static AssetDetails named(String name) {
        return new AssetDetails(name, "", "", "", "", "", "", AssetStatus.IN_SERVICE);
    }
}
