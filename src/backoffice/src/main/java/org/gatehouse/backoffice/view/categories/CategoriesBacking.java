package org.gatehouse.backoffice.view.categories;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.web.PageMessages;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryService;
import org.gatehouse.validation.InvalidInputException;

/** The categories page ({@code categories/index.xhtml}, "Manage User Categories", seed 003): the list and a new category. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    @Inject
    CategoryService categoryService;

    private CategoryListModel categories;
    private String name;

    @PostConstruct
    void init() {
        categories = new CategoryListModel(categoryService);
    }

    public void create() {
        try {
            Category created = categoryService.create(name);
            PageMessages.done("Category " + created.getName() + " created. Put contacts in it on their contact page.");
            name = null;
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public CategoryListModel getCategories() {
        return categories;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
