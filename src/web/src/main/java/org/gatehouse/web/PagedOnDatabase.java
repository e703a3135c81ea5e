package org.gatehouse.web;

import org.primefaces.model.LazyDataModel;

/**
 * A PrimeFaces table model whose pages, counts and order come from the database; rows are found
 * again by their id, among the page on screen.
 */
public abstract class PagedOnDatabase<T> extends LazyDataModel<T> {

    protected abstract long idOf(T row);

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        long id = Long.parseLong(rowKey);
        return getWrappedData() == null ? null : getWrappedData().stream().filter(row -> idOf(row) == id).findFirst().orElse(null);
    }
}
