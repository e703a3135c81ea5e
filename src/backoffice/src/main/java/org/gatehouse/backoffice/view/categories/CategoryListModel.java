package org.gatehouse.backoffice.view.categories;

import java.util.List;
import java.util.Map;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The categories of contacts, paged and counted on the database, by name. */
public class CategoryListModel extends LazyDataModel<Category> {

    private final CategoryService categoryService;

    public CategoryListModel(CategoryService categoryService) {
        this.categoryService = categoryService;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(categoryService.count());
    }

    @Override
    public List<Category> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return categoryService.page(first, pageSize);
    }

    @Override
    public String getRowKey(Category category) {
        return Long.toString(category.getId());
    }

    @Override
    public Category getRowData(String rowKey) {
        long id = Long.parseLong(rowKey);
        return getWrappedData() == null ? null : getWrappedData().stream().filter(row -> row.getId() == id).findFirst().orElse(null);
    }
}
