package org.gatehouse.designs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.access.AccessExplainer;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Customer;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.files.NewFile;
import org.gatehouse.user.AccountGate;
import org.gatehouse.validation.InvalidInputException;

/**
 * Designs as the signed-in user may see and change them: the back office lists its customers' designs, adds them,
 * moves them along their statuses, uploads layers and resolves annotations; a contact sees the catalogue of their
 * active designs and, if they may approve, the designs ready for review, and annotates what they see. Every change is
 * in the audit log; each design's history is its events.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class DesignService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    AttachmentSettings attachmentSettings;

    public List<DesignRow> page(DesignFilter filter, int first, int size) {
        return queries().page(filter, first, size);
    }

    public long count(DesignFilter filter) {
        return queries().count(filter);
    }

    /** The design as pages show it; not found when out of sight. */
    public DesignRow design(long designId) {
        return queries().row(designId).orElseThrow(() -> new RecordNotFoundException("Design", designId));
    }

    /** The latest revision of each layer the user may view, for each of these designs. */
    public List<LayerRow> latestLayers(Collection<Long> designIds) {
        return queries().latestLayers(designIds);
    }

    /** Every revision of the design's layers, newest first (the back office's uploads). */
    public List<LayerRow> revisions(long designId) {
        return queries().revisions(design(designId).id());
    }

    public List<AnnotationRow> annotations(Collection<Long> revisionIds) {
        return queries().annotations(revisionIds);
    }

    public List<DecisionRow> decisions(long designId) {
        return queries().decisions(design(designId).id());
    }

    /** The design's history, oldest first: its events, read once the design is found in sight. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<HistoryRow> history(long designId) {
        design(designId);
        List<?> rows = em.createNativeQuery("""
                select e.kind, e.detail, u.display_name, e.created_at from record_event e left join user_account u on u.id = e.actor_id
                where e.record_type = 'Design' and e.record_id = ?1 order by e.created_at, e.id""").setParameter(1, designId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new HistoryRow(RecordEvent.Kind.valueOf((String) c[0]), (String) c[1],
                c[2] == null ? "Gatehouse" : (String) c[2], ((Timestamp) c[3]).toInstant())).toList();
    }

    /** "Who can see this?" for a design: the users who see it, with their reasons, as far as the viewer may know them. */
    @RolesAllowed(Role.STAFF)
    public WhoCanSee whoCanSee(long designId) {
        design(designId);
        return new AccessExplainer(em, currentScope.get()).whoCanSeeRecord("Design", designId);
    }

    /** The companies whose designs the user sees, A to Z: a group-level contact's sites to filter the catalogue by. */
    public List<Customer> sites() {
        return em.createQuery("select c from Customer c order by c.name, c.id", Customer.class).getResultList();
    }

    public List<LayerType> layerTypes() {
        return queries().layerTypes();
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Long> allowedLayerTypes(long customerId) {
        return queries().allowedLayerTypes(customerId);
    }

    /** The statuses contacts see unless their group has its own. */
    public Set<DesignStatus> installationStatuses() {
        return statuses(em.createNativeQuery("select status from design_visible_status").getResultList());
    }

    /** The group's own statuses, or empty when it follows the installation. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Optional<Set<DesignStatus>> groupStatuses(long customerGroupId) {
        List<?> own = em.createNativeQuery("select own_design_statuses from customer_group where id = ?1").setParameter(1, customerGroupId).getResultList();
        if (own.isEmpty() || !(Boolean) own.get(0)) {
            return Optional.empty();
        }
        return Optional.of(statuses(em.createNativeQuery("select status from customer_group_design_status where customer_group_id = ?1")
                .setParameter(1, customerGroupId).getResultList()));
    }

    public boolean canChange(long customerId) {
        return currentScope.get().canWrite(customerId);
    }

    /** Whether the signed-in contact may approve designs and request modifications (never in "view as"). */
    public boolean mayApprove() {
        AccessScope scope = currentScope.get();
        return scope.kind() == UserKind.CUSTOMER && !scope.isReadOnly() && AccountGate.own(em, scope).isApprovesDesigns();
    }

    /** Whether the user may annotate what they see of the customer's designs: contacts (not in "view as"), and WRITE. */
    public boolean mayAnnotate(long customerId) {
        AccessScope scope = currentScope.get();
        return scope.kind() == UserKind.CUSTOMER ? !scope.isReadOnly() : scope.canWrite(customerId);
    }

    public boolean isAdministrator() {
        AccessScope scope = currentScope.get();
        return scope.everything() && !scope.isReadOnly();
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public DesignRow add(long customerId, String name, String code, String description) {
        Design design = changes().add(customerId, name, code, description, Instant.now());
        auditLog.record("design.add", design.getCustomerId(), subject(design), null, design.getStatus().getLabel());
        return design(design.getId());
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public DesignRow move(long designId, DesignStatus next) {
        String before = design(designId).status().getLabel();
        Design design = changes().move(designId, next, Instant.now());
        auditLog.record("design.status", design.getCustomerId(), subject(design), before, design.getStatus().getLabel());
        return design(designId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public LayerRevision upload(long designId, Long layerTypeId, NewFile file, String note) {
        if (layerTypeId == null) {
            throw new InvalidInputException("type", "Please choose the layer's type.");
        }
        if (file == null) {
            throw new InvalidInputException("file", "Please choose the layer's file.");
        }
        LayerRevision revision = changes().upload(designId, layerTypeId, file.name(), opened(file), note, attachmentSettings.maxBytes(), Instant.now());
        DesignLayer layer = revision.getLayer();
        auditLog.record("design.upload", revision.getCustomerId(), subject(layer.getDesign()), null,
                layer.getType().getName() + ", revision " + revision.getNumber());
        return revision;
    }

    /** @return the design's new status; it may have taken the design out of the contact's sight */
    @RolesAllowed(Role.CUSTOMER)
    public DesignStatus decide(long designId, DesignDecision.Decision decision, String comment, int seenVersion) {
        DesignRow design = design(designId);
        DesignStatus now = changes().decide(designId, decision, comment, seenVersion, Instant.now());
        auditLog.record("design.decision", design.customerId(), subject(design.id(), design.name(), design.code()),
                DesignStatus.READY_FOR_REVIEW.getLabel(), decision.getLabel());
        return now;
    }

    public LayerAnnotation annotate(long revisionId, String drawn, String comment, boolean staffOnly) {
        LayerAnnotation annotation = changes().annotate(revisionId, drawn, comment, staffOnly, Instant.now());
        auditLog.record("design.annotate", annotation.getCustomerId(), subject(annotation.getRevision().getLayer().getDesign()), null,
                "annotation " + annotation.getNumber() + (staffOnly ? " (internal)" : ""));
        return annotation;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void resolve(long annotationId) {
        LayerAnnotation annotation = changes().resolve(annotationId, Instant.now());
        auditLog.record("design.resolve", annotation.getCustomerId(), subject(annotation.getRevision().getLayer().getDesign()), null,
                "annotation " + annotation.getNumber());
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void allowLayerTypes(long customerId, Collection<Long> layerTypeIds) {
        String before = names(queries().allowedLayerTypes(customerId));
        changes().allowLayerTypes(customerId, layerTypeIds);
        auditLog.record("design.layer-types", customerId, "Customer " + customerId, before, names(queries().allowedLayerTypes(customerId)));
    }

    @RolesAllowed(Role.STAFF)
    public void showInstallationWide(Set<DesignStatus> statuses) {
        String before = labels(installationStatuses());
        changes().showInstallationWide(statuses);
        auditLog.record("design.statuses", null, "Installation", before, labels(statuses));
    }

    /** @param statuses null: the group follows the installation again */
    @RolesAllowed(Role.STAFF)
    public void showToGroup(long customerGroupId, Set<DesignStatus> statuses) {
        String before = groupStatuses(customerGroupId).map(DesignService::labels).orElse("as the installation");
        changes().showToGroup(customerGroupId, statuses);
        auditLog.record("design.statuses", null, "Customer group " + customerGroupId, before, statuses == null ? "as the installation" : labels(statuses));
    }

    @RolesAllowed(Role.STAFF)
    public LayerType addLayerType(String name) {
        LayerType type = changes().addLayerType(name);
        auditLog.record("design.layer-type", null, "Layer type " + type.getId(), null, type.getName());
        return type;
    }

    @RolesAllowed(Role.STAFF)
    public LayerType renameLayerType(long layerTypeId, String name) {
        LayerType found = em.find(LayerType.class, layerTypeId);
        String before = found == null ? null : found.getName();
        LayerType type = changes().renameLayerType(layerTypeId, name);
        auditLog.record("design.layer-type", null, "Layer type " + type.getId(), before, type.getName());
        return type;
    }

    private DesignQueries queries() {
        return new DesignQueries(em);
    }

    private DesignChanges changes() {
        return new DesignChanges(em, currentScope.get());
    }

    private String names(List<Long> layerTypeIds) {
        return queries().layerTypes().stream().filter(t -> layerTypeIds.contains(t.getId())).map(LayerType::getName)
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static String labels(Set<DesignStatus> statuses) {
        return statuses.isEmpty() ? "none" : EnumSet.copyOf(statuses).stream().map(DesignStatus::getLabel).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static Set<DesignStatus> statuses(List<?> names) {
        Set<DesignStatus> statuses = EnumSet.noneOf(DesignStatus.class);
        names.forEach(name -> statuses.add(DesignStatus.valueOf((String) name)));
        return statuses;
    }

    private static InputStream opened(NewFile file) {
        try {
            return file.content().open();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file.name(), e);
        }
    }

    /** How the audit log names a design, e.g. {@code Design 7 "Cereal box" (CB-1)}. */
    static String subject(Design design) {
        return subject(design.getId(), design.getName(), design.getCode());
    }

    private static String subject(long id, String name, String code) {
        return "Design " + id + " \"" + name + "\" (" + code + ")";
    }
}
