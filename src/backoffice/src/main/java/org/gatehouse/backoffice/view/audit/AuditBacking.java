package org.gatehouse.backoffice.view.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gatehouse.audit.AuditFilter;
import org.gatehouse.audit.AuditRow;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The audit log screen ({@code audit/index.xhtml}): filter by actor, customer and days; export what is shown. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    AuditTrail auditTrail;

    private String actor;
    private String customer;
    private LocalDate from;
    private LocalDate to;

    private final PagedOnDatabase<AuditRow> entries = new PagedOnDatabase<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditTrail.count(filter()));
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditTrail.page(filter(), first, pageSize);
        }

        @Override
        protected long idOf(AuditRow row) {
            return row.getId();
        }
    };

    public AuditFilter filter() {
        return new AuditFilter(actor, customer, from, to);
    }

    /** Sends the matching lines as a CSV download instead of a page. */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"gatehouse-audit-log.csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        auditTrail.exportCsv(filter(), out);
        out.flush();
        faces.responseComplete();
    }

    public PagedOnDatabase<AuditRow> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
