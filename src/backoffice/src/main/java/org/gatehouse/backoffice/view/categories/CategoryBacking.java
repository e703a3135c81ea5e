package org.gatehouse.backoffice.view.categories;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.gatehouse.web.PageMessages;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryMail;
import org.gatehouse.category.CategoryService;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.NotFound;

/**
 * One category ({@code categories/category.xhtml?id=N}): its name, and a mail to its contacts. The
 * mail is previewed first with the number of contacts it will reach, then sent.
 */
@Named
@ViewScoped
public class CategoryBacking implements Serializable {

    @Inject
    CategoryService categoryService;

    @Inject
    CategoryMail categoryMail;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Category category;
    private String name;
    private String subject;
    private String body;
    /** The recipients a previewed mail will reach; null before the preview and after any change to the mail. */
    private Long recipientCount;

    public void load() throws IOException {
        category = id == null ? null : categoryService.find(id).orElse(null);
        if (category == null) {
            NotFound.answer(facesContext);
        } else {
            name = category.getName();
        }
    }

    public void rename() {
        try {
            category = categoryService.rename(id, name);
            PageMessages.done("Renamed to " + category.getName() + ".");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void preview() {
        recipientCount = categoryMail.recipientCount(id);
    }

    /** Back to the mail form, to change the mail before sending it. */
    public void edit() {
        recipientCount = null;
    }

    public void send() {
        try {
            int sent = categoryMail.send(id, subject, body);
            PageMessages.done("Mail sent to " + sent + (sent == 1 ? " contact." : " contacts."));
            subject = null;
            body = null;
            recipientCount = null;
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Category getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getRecipientCount() {
        return recipientCount;
    }

    public boolean isPreviewed() {
        return recipientCount != null;
    }
}
