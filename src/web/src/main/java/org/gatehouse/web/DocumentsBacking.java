package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.documents.DocumentFilter;
import org.gatehouse.documents.DocumentService;
import org.gatehouse.documents.SnapshotJob;
import org.gatehouse.documents.VersionRow;
import org.gatehouse.files.NewFile;
import org.gatehouse.validation.InvalidInputException;

/**
 * A customer's All documentation tab in the back office: every version, hidden or shared, with one click to
 * share or hide; with WRITE a new version (uploaded) or a documentation snapshot (generated in the background,
 * its progress polled by the page).
 */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    @Inject
    DocumentService documentService;

    private Long customerId;
    private boolean changeable;
    private DocumentListModel versions;

    private String title;
    private String note;
    private boolean shareNew;
    private transient Part file;

    private boolean shareSnapshot;
    private String snapshotJobId;
    /** Whether something was done on the tab: the customer page then stays on it. */
    private boolean acted;

    /** After the customer page's own load, which answers 404 for a customer outside the scope. */
    public void load() {
        if (customerId == null) {
            return;
        }
        changeable = documentService.canChange(customerId);
        versions = new DocumentListModel(documentService, DocumentFilter.ofCustomer(customerId));
    }

    public void upload() {
        acted = true;
        List<NewFile> chosen = Uploads.of(file == null ? null : List.of(file));
        try {
            VersionRow added = documentService.upload(customerId, title, chosen.isEmpty() ? null : chosen.get(0), note, shareNew);
            PageMessages.done("Version " + added.number() + " of \"" + added.title() + "\" added, "
                    + (added.shared() ? "shared with the customer." : "hidden from the customer."));
            title = null;
            note = null;
            shareNew = false;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    /** One click on a version's share icon: hidden becomes shared and shared hidden. */
    public void toggle(VersionRow row) {
        acted = true;
        try {
            VersionRow now = documentService.share(row.id(), !row.shared());
            PageMessages.done("Version " + now.number() + " of \"" + now.title() + "\" is "
                    + (now.shared() ? "shared with the customer." : "hidden from the customer."));
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This version is no longer there for you.");
        }
    }

    public void generateSnapshot() {
        acted = true;
        try {
            snapshotJobId = documentService.startSnapshot(customerId, shareSnapshot).getId();
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    /** The snapshot being made from this page, while it runs and once it ended; null when there is none. */
    public SnapshotJob getSnapshot() {
        return snapshotJobId == null ? null : documentService.snapshot(snapshotJobId).orElse(null);
    }

    /** Polled: once the snapshot ended, the page says so and stops polling. */
    public void followSnapshot() {
        acted = true;
        SnapshotJob job = getSnapshot();
        if (job != null && job.isFinished()) {
            snapshotJobId = null;
            if (job.getFailure() == null) {
                PageMessages.done("The documentation snapshot is ready: the newest version of \"Documentation snapshot\".");
            } else {
                PageMessages.refused("The documentation snapshot could not be made: " + job.getFailure() + ".");
            }
        }
    }

    public boolean isActed() {
        return acted;
    }

    public boolean isSnapshotRunning() {
        return snapshotJobId != null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    /** The customer's document titles: a new version of one of them goes to that document. */
    public List<String> getTitles() {
        return changeable ? documentService.titles(customerId) : List.of();
    }

    public boolean isChangeable() {
        return changeable;
    }

    public DocumentListModel getVersions() {
        return versions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShareNew() {
        return shareNew;
    }

    public void setShareNew(boolean shareNew) {
        this.shareNew = shareNew;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isShareSnapshot() {
        return shareSnapshot;
    }

    public void setShareSnapshot(boolean shareSnapshot) {
        this.shareSnapshot = shareSnapshot;
    }
}
