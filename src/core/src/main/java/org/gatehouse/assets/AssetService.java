package org.gatehouse.assets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.NewFile;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * Assets and their work orders as the signed-in user may see and change them: the back office lists and searches its
 * customers' assets, adds and moves them, makes them visible or assigns them to contacts and adds work orders; a
 * contact sees the assets made visible to them, with their work orders. Every change is in the audit log.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class AssetService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    AttachmentSettings attachmentSettings;

    @Inject
    AssetImportJobs importJobs;

    @Inject
    AssetImporter assetImporter;

    public List<Asset> page(Long customerId, String text, int first, int size) {
        return queries().page(customerId, text, first, size);
    }

    public long count(Long customerId, String text) {
        return queries().count(customerId, text);
    }

    /** The asset; not found when out of sight. */
    public Asset asset(long assetId) {
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null) {
            throw new RecordNotFoundException("Asset", assetId);
        }
        return asset;
    }

    /** The assets right below this one that the user sees. */
    public List<Asset> children(long assetId) {
        return em.createQuery("select a from Asset a where a.parentId = :parent order by a.name, a.id", Asset.class)
                .setParameter("parent", asset(assetId).getId()).getResultList();
    }

    /** The asset's work orders the user sees. */
    public List<WorkOrder> workOrders(long assetId) {
        return queries().workOrders(asset(assetId).getId());
    }

    /** The contacts the asset was made visible or assigned to (the back office's list on the asset's page). */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<AssetGrantRow> grants(long assetId) {
        asset(assetId);
        return queries().assetGrants(assetId);
    }

    /** The contacts an asset of the customer may be given to: those whose companies include it (the user sees them). */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Contact> contactChoices(long customerId) {
        List<Long> above = ((List<?>) em.createNativeQuery("""
                with recursive up(id) as (
                    select parent_id from company where id = ?1 and parent_id is not null
                    union
                    select c.parent_id from company c join up on c.id = up.id where c.parent_id is not null
                )
                select id from up""").setParameter(1, customerId).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return em.createQuery("select c from Contact c where c.active = true and (c.companyId = :customer or (c.groupLevel = true and c.companyId in :above))"
                        + " order by c.displayName", Contact.class)
                .setParameter("customer", customerId).setParameter("above", above.isEmpty() ? List.of(-1L) : above).getResultList();
    }

    /** The asset's files the user sees (contacts: those not internal). */
    public List<Attachment> files(long assetId) {
        return queries().files(asset(assetId));
    }

    /**
     * The customer's assets with these codes, in the order given (a tour's stops, typed one per line); a code no asset
     * of the customer has, or one the user does not see, is named in the refusal.
     */
    public List<Asset> byCodes(long customerId, List<String> codes) {
        List<String> typed = codes.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        Map<String, Asset> found = queries().byCodes(customerId, typed);
        List<String> unknown = typed.stream().filter(code -> !found.containsKey(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("codes", (unknown.size() == 1 ? "No asset of this customer has the code " : "No asset of this customer has the codes ")
                    + String.join(", ", unknown) + ".");
        }
        return typed.stream().map(found::get).toList();
    }

    /** For a page of assets: the open work orders the user sees under each (done and cancelled ones left out). */
    public Map<Long, Long> openWorkOrders(List<Long> assetIds) {
        return queries().openWorkOrders(assetIds);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Attachment> attach(long assetId, List<NewFile> files, boolean internal) {
        Asset asset = asset(assetId);
        List<Attachment> attached = changes().attach(asset, files, internal, attachmentSettings.maxBytes(), Instant.now());
        auditLog.record("asset.attach", asset.getCustomerId(), subject(asset), null,
                attached.stream().map(Attachment::getFileName).collect(Collectors.joining(", ")));
        return attached;
    }

    public boolean canChange(long customerId) {
        return currentScope.get().canWrite(customerId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Asset add(long customerId, Long parentId, String code, AssetDetails details) {
        Asset asset = changes().add(customerId, parentId, code, details, Instant.now());
        auditLog.record("asset.add", customerId, subject(asset), null, asset.getName());
        return asset;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Asset describe(long assetId, AssetDetails details) {
        Asset asset = changes().describe(assetId, details, Instant.now());
        auditLog.record("asset.describe", asset.getCustomerId(), subject(asset), null, asset.getName() + ", " + asset.getStatus().getLabel());
        return asset;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Asset move(long assetId, Long parentId) {
        String before = asset(assetId).getPath();
        Asset asset = changes().move(assetId, parentId, Instant.now());
        auditLog.record("asset.move", asset.getCustomerId(), subject(asset), before, asset.getPath());
        return asset;
    }

    /**
     * Moves the asset, with everything below it and their work orders, below the customer's asset with this code, or
     * to the top when the code is empty.
     */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Asset moveBelow(long assetId, String parentCode) {
        Asset asset = asset(assetId);
        String code = parentCode == null ? "" : parentCode.strip();
        Long parentId = code.isEmpty() ? null : queries().byCode(asset.getCustomerId(), code).map(Asset::getId)
                .orElseThrow(() -> new InvalidInputException("parentCode", "The customer has no asset with the code " + code + "."));
        return move(assetId, parentId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void grant(long assetId, long contactId, boolean assigned) {
        changes().grant(assetId, contactId, assigned);
        Asset asset = asset(assetId);
        auditLog.record("asset.grant", asset.getCustomerId(), subject(asset), null,
                (assigned ? "assigned to contact " : "made visible to contact ") + contactId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void revoke(long assetId, long contactId) {
        changes().revoke(assetId, contactId);
        Asset asset = asset(assetId);
        auditLog.record("asset.revoke", asset.getCustomerId(), subject(asset), "contact " + contactId, null);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public WorkOrder addWorkOrder(long assetId, String title, String description, WorkOrderType type, Priority priority) {
        WorkOrder order = new WorkOrderChanges(em, currentScope.get()).add(assetId, title, description, type, priority, Instant.now());
        auditLog.record("work-order.add", order.getCustomerId(), "Work order " + order.getId() + " \"" + order.getTitle() + "\"", null,
                order.getType().getLabel());
        return order;
    }

    /**
     * Starts an import of the customer's assets from a CSV file in the background; the page follows it with
     * {@link #importJob(String)}. A file Gatehouse cannot read is refused here, and nothing of it is imported.
     */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public AssetImportJob startImport(long customerId, NewFile file) {
        AssetImportFile rows = new AssetImport(em, currentScope.get()).read(customerId, file);
        AssetImportJob job = importJobs.start(currentScope.get().userId(), customerId, FileNames.sanitized(file.name()), rows.size(), Instant.now());
        assetImporter.run(job, rows);
        return job;
    }

    /** The signed-in user's asset import, while this server remembers it. */
    public Optional<AssetImportJob> importJob(String jobId) {
        return importJobs.of(currentScope.get().userId(), jobId);
    }

    private AssetQueries queries() {
        return new AssetQueries(em);
    }

    private AssetChanges changes() {
        return new AssetChanges(em, currentScope.get());
    }

    /** How the audit log names an asset, e.g. {@code Asset 7 "Press 1" (PRESS-1)}. */
    static String subject(Asset asset) {
        return "Asset " + asset.getId() + " \"" + asset.getName() + "\" (" + asset.getCode() + ")";
    }
}
