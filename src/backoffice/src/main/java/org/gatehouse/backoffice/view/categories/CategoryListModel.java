package org.gatehouse.backoffice.view.categories;

import java.util.List;
import java.util.Map;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryService;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The categories of contacts, paged and counted on the database, by name. */
public class CategoryListModel extends PagedOnDatabase<Category> {

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
    protected long idOf(Category category) {
        return category.getId();
    }
}
