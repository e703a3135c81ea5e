package org.gatehouse.assets;

/**
 * A row of an asset import that changed nothing, and why, for the import's report.
 *
 * @param row    the row as a spreadsheet numbers it: the header is row 1
 * @param column the column at fault, as the file names it, or null for the whole row
 */
public record AssetImportProblem(int row, String code, String column, String message) {
}
