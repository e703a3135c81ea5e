package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.documents.DocumentFilter;
import org.gatehouse.documents.DocumentService;

/**
 * The portal's Documentation page: the versions shared with the contact's companies (a group-level contact's
 * whole tree), searchable by title, file name and note, paged on the database.
 */
@Named
@ViewScoped
public class DocumentationBacking implements Serializable {

    @Inject
    DocumentService documentService;

    private String text;
    private DocumentListModel versions;

    public void load() {
        versions = new DocumentListModel(documentService, new DocumentFilter(null, text));
    }

    public void search() {
        versions.setFilter(new DocumentFilter(null, text));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DocumentListModel getVersions() {
        return versions;
    }
}
