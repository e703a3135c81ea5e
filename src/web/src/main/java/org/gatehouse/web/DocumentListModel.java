package org.gatehouse.web;

import java.util.List;
import java.util.Map;
import org.gatehouse.documents.DocumentFilter;
import org.gatehouse.documents.DocumentService;
import org.gatehouse.documents.VersionRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Document versions paged and counted on the database, newest first, within the signed-in user's scope. */
public class DocumentListModel extends PagedOnDatabase<VersionRow> {

    private final DocumentService documentService;
    private DocumentFilter filter;

    public DocumentListModel(DocumentService documentService, DocumentFilter filter) {
        this.documentService = documentService;
        this.filter = filter;
    }

    /** Lists what the filter asks for from the next load on. */
    public void setFilter(DocumentFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(documentService.count(filter));
    }

    @Override
    public List<VersionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return documentService.page(filter, first, pageSize);
    }

    @Override
    protected long idOf(VersionRow row) {
        return row.id();
    }

    /** The download link of the version's file, relative to the application's root. */
    public String download(VersionRow row) {
        return AttachmentDownloads.path(row.fileId());
    }

    /** "1.2 MB", "340 KB". */
    public String size(VersionRow row) {
        return Uploads.size(row.sizeBytes());
    }
}
