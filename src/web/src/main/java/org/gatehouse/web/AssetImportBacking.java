package org.gatehouse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.AssetImportJob;
import org.gatehouse.assets.AssetService;
import org.gatehouse.files.NewFile;
import org.gatehouse.validation.InvalidInputException;

/**
 * Import from CSV on a customer's assets list in the back office ({@code assets/index.xhtml?customer=N}), with WRITE:
 * the file is read at once (one it cannot read is refused whole), its rows are imported in the background while the
 * page polls the progress, and the report stays on the page once the import ended.
 */
@Named
@ViewScoped
public class AssetImportBacking implements Serializable {

    @Inject
    AssetService assetService;

    private Long customer;
    private transient Part file;
    private String jobId;

    public void start() {
        List<NewFile> chosen = Uploads.of(file == null ? null : List.of(file));
        try {
            jobId = assetService.startImport(customer, chosen.isEmpty() ? null : chosen.get(0)).getId();
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This customer is no longer there for you.");
        }
    }

    /** The import started from this page, while it runs and once it ended; null when there is none. */
    public AssetImportJob getJob() {
        return jobId == null ? null : assetService.importJob(jobId).orElse(null);
    }

    /** Polled: once the import ended, the page says so and stops polling; the report stays. */
    public void follow() {
        AssetImportJob job = getJob();
        if (job == null || !job.isFinished()) {
            return;
        }
        String counts = job.getImported() + " imported, " + job.getAlreadyThere() + " already there, " + job.getRefused() + " refused.";
        if (job.getFailure() == null) {
            PageMessages.done("The import of " + job.getFileName() + " has ended: " + counts);
        } else {
            PageMessages.refused("The import of " + job.getFileName() + " stopped after " + job.getDone() + " of " + job.getTotal() + " rows. "
                    + job.getFailure() + " So far: " + counts);
        }
    }

    public boolean isRunning() {
        AssetImportJob job = getJob();
        return job != null && !job.isFinished();
    }

    public boolean isEnded() {
        AssetImportJob job = getJob();
        return job != null && job.isFinished();
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
