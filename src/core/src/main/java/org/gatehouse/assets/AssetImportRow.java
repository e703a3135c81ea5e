package org.gatehouse.assets;

/**
 * One row of an asset import's file, its values stripped, empty when not given.
 *
 * @param number    the row as a spreadsheet numbers it: the header is row 1
 * @param parentRow the row of the file with the parent code, or null when the parent is not in the file
 */
public record AssetImportRow(int number, String code, String name, String parentCode, Integer parentRow, String type, String make,
                             String model, String serialNumber, String location, String notes, String status) {

    AssetImportRow withParentRow(Integer row) {
        return new AssetImportRow(number, code, name, parentCode, row, type, make, model, serialNumber, location, notes, status);
    }
}
