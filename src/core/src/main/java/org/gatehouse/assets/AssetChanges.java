package org.gatehouse.assets;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.NewFile;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.AccountGate;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to a customer's assets, by the user whose scope is bound to the persistence context: staff and partners
 * with WRITE on the customer add assets, describe them, move subtrees, and make them visible or assign them to the
 * customer's contacts. Each change leaves who sees what right ({@link AssetSight}).
 */
public class AssetChanges {

    private final EntityManager em;
    private final AccessScope scope;

    public AssetChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** A new asset of the customer, at the top of its tree or below another of its assets. */
    public Asset add(long customerId, Long parentId, String code, AssetDetails details, Instant now) {
        writableCustomer(customerId);
        Asset parent = parentId == null ? null : asset(parentId);
        if (parent != null && parent.getCustomerId() != customerId) {
            throw new InvalidInputException("parent", "An asset goes below another asset of the same customer.");
        }
        String validCode = text("code", code, Asset.CODE_LENGTH, true);
        if (new AssetQueries(em).byCode(customerId, validCode).isPresent()) {
            throw new InvalidInputException("code", "This customer already has an asset with the code " + validCode + ".");
        }
        Asset asset = new Asset(customerId, null, "", validCode, now);
        asset.describe(valid(details), now);
        em.persist(asset);
        em.flush();
        asset.placedBelow(parent);
        AssetSight.ofSubtree(em, customerId, asset.getPath());
        return asset;
    }

    public Asset describe(long assetId, AssetDetails details, Instant now) {
        Asset asset = asset(assetId);
        writable(asset.getCustomerId());
        asset.describe(valid(details), now);
        return asset;
    }

    /** Puts the asset, with everything below it, below another asset of its customer, or at the top (null). */
    public Asset move(long assetId, Long parentId, Instant now) {
        Asset asset = asset(assetId);
        writable(asset.getCustomerId());
        Asset parent = parentId == null ? null : asset(parentId);
        if (parent != null && parent.getCustomerId() != asset.getCustomerId().longValue()) {
            throw new InvalidInputException("parent", "An asset goes below another asset of the same customer.");
        }
        if (parent != null && parent.getPath().startsWith(asset.getPath())) {
            throw new InvalidInputException("parent", parent.getName() + " is below " + asset.getName() + ", so it cannot be its parent too.");
        }
        String before = asset.getPath();
        asset.placedBelow(parent);
        em.flush();
        // the subtree keeps its work orders and grants; only the paths below change
        em.createNativeQuery("update asset set path = ?1 || substring(path from ?2) where path like ?3 and id <> ?4")
                .setParameter(1, asset.getPath()).setParameter(2, before.length() + 1).setParameter(3, before + "%")
                .setParameter(4, assetId).executeUpdate();
        AssetSight.ofSubtree(em, asset.getCustomerId(), asset.getPath());
        em.refresh(asset);
        return asset;
    }

    /**
     * Makes the asset, and everything below it, visible to a contact of its customer (a group-level contact above it
     * too), assigned to them or not (seed 004: "Only make visible, no assignment").
     */
    public void grant(long assetId, long contactId, boolean assigned) {
        Asset asset = asset(assetId);
        writable(asset.getCustomerId());
        if (!isContactOf(em, contactId, asset.getCustomerId())) {
            throw new InvalidInputException("contact", "Please choose a contact of " + customerName(asset) + ".");
        }
        em.createNativeQuery("""
                insert into asset_grant (asset_id, contact_id, assigned) values (?1, ?2, ?3)
                on conflict (asset_id, contact_id) do update set assigned = excluded.assigned""")
                .setParameter(1, assetId).setParameter(2, contactId).setParameter(3, assigned).executeUpdate();
        AssetSight.ofSubtree(em, asset.getCustomerId(), asset.getPath());
    }

    public void revoke(long assetId, long contactId) {
        Asset asset = asset(assetId);
        writable(asset.getCustomerId());
        em.createNativeQuery("delete from asset_grant where asset_id = ?1 and contact_id = ?2")
                .setParameter(1, assetId).setParameter(2, contactId).executeUpdate();
        AssetSight.ofSubtree(em, asset.getCustomerId(), asset.getPath());
    }

    /**
     * Files on an asset or a work order of a customer the user may change: seen by the contacts who see their owner,
     * or internal (the back office only). Stored in this transaction; a file too large saves none of them.
     */
    public List<Attachment> attach(CustomerRecord owner, List<NewFile> files, boolean internal, long maxBytes, Instant now) {
        writable(owner.getCustomerId());
        if (files == null || files.isEmpty()) {
            throw new InvalidInputException("files", "Please choose a file.");
        }
        AttachmentStore store = new AttachmentStore(em);
        UserAccount uploader = AccountGate.own(em, scope);
        return files.stream().map(file -> store.attach(owner, null, internal ? Audience.BACK_OFFICE : Audience.CONTACTS, uploader, file, maxBytes, now))
                .toList();
    }

    /** Whether the contact is one the user sees and whose companies include the customer: whom its assets may be given. */
    public static boolean isContactOf(EntityManager em, long contactId, long customerId) {
        return em.find(Contact.class, contactId) != null && AccessScope.compute(em, contactId).breadth().contains(customerId);
    }

    private String customerName(Asset asset) {
        Customer customer = em.find(Customer.class, asset.getCustomerId());
        return customer == null ? "its customer" : customer.getName();
    }

    private Asset asset(long assetId) {
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null) {
            throw new RecordNotFoundException("Asset", assetId);
        }
        return asset;
    }

    /** Not found when out of sight; refused with READ only. */
    void writableCustomer(long customerId) {
        if (em.find(Customer.class, customerId) == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        writable(customerId);
    }

    private void writable(long customerId) {
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's assets but not change them.");
        }
    }

    private static AssetDetails valid(AssetDetails details) {
        if (details.status() == null) {
            throw new InvalidInputException("status", "Please choose the asset's status.");
        }
        return new AssetDetails(text("name", details.name(), Asset.NAME_LENGTH, true), text("type", details.type(), Asset.FIELD_LENGTH, false),
                text("make", details.make(), Asset.FIELD_LENGTH, false), text("model", details.model(), Asset.FIELD_LENGTH, false),
                text("serialNumber", details.serialNumber(), Asset.FIELD_LENGTH, false),
                text("location", details.location(), Asset.LOCATION_LENGTH, false), text("notes", details.notes(), Asset.NOTES_LENGTH, false),
                details.status());
    }

    private static String text(String field, String value, int length, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, "Please give the asset a " + field + ".");
        }
        if (text.length() > length) {
            throw new InvalidInputException(field, "An asset's " + field + " has at most " + length + " characters.");
        }
        return text;
    }
}
