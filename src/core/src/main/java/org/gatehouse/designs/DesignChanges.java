package org.gatehouse.designs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.Previews;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.AccountGate;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to designs, made by the user whose scope is bound to the persistence context: staff and partners with
 * WRITE add designs, move them along their statuses, upload layers and resolve annotations; contacts who may approve
 * decide on designs under review; whoever sees a layer annotates it; only an administrator changes what customers
 * see installation-wide and keeps the list of layer types. Each change leaves every audience right
 * ({@link DesignVisibility}) and writes its event, which is the design's history.
 */
public class DesignChanges {

    /** Uploads change a design only while it is being worked on: what is reviewed or approved stays what it was. */
    static final Set<DesignStatus> UPLOADS_ALLOWED = EnumSet.of(DesignStatus.DRAFT, DesignStatus.IN_PROGRESS, DesignStatus.UNDER_MODIFICATION);

    private final EntityManager em;
    private final AccessScope scope;

    public DesignChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** A new design of the customer (or site), in draft, owned by the user who adds it. */
    public Design add(long customerId, String name, String code, String description, Instant now) {
        if (em.find(Customer.class, customerId) == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        writable(customerId);
        String validCode = text("code", code, Design.CODE_LENGTH, "design", "a code");
        if (!em.createQuery("select d.id from Design d where d.customerId = :customer and d.code = :code", Long.class)
                .setParameter("customer", customerId).setParameter("code", validCode).getResultList().isEmpty()) {
            throw new InvalidInputException("code", "This customer already has a design with the code " + validCode + ".");
        }
        String validDescription = description == null ? "" : description.strip();
        if (validDescription.length() > Design.DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "A design's description has at most " + Design.DESCRIPTION_LENGTH + " characters.");
        }
        Design design = new Design(customerId, text("name", name, Design.NAME_LENGTH, "design", "a name"), validCode, validDescription,
                scope.userId(), now);
        em.persist(design);
        DesignVisibility.ofDesign(em, design.getId());
        em.refresh(design);
        event(design, RecordEvent.Kind.CREATED, design.getStatus().getLabel(), now);
        return design;
    }

    /** Moves the design to the next status, if that step is allowed from where it is. */
    public Design move(long designId, DesignStatus next, Instant now) {
        Design design = design(designId);
        writable(design.getCustomerId());
        DesignStatus was = design.getStatus();
        if (!was.next().contains(next)) {
            throw new InvalidInputException("status", "A design " + was.getLabel().toLowerCase() + " cannot become "
                    + next.getLabel().toLowerCase() + ".");
        }
        design.moveTo(next, now);
        DesignVisibility.ofDesign(em, designId);
        em.refresh(design);
        event(design, RecordEvent.Kind.STATUS_CHANGED, was.getLabel() + " → " + next.getLabel(), now);
        return design;
    }

    /**
     * A new revision of the design's layer of this type (the layer is made when there is none), with a preview when
     * the file's format has one. Only while the design is being worked on.
     */
    public LayerRevision upload(long designId, long layerTypeId, String fileName, InputStream content, String note,
                                long maxFileBytes, Instant now) {
        Design design = design(designId);
        writable(design.getCustomerId());
        if (!UPLOADS_ALLOWED.contains(design.getStatus())) {
            throw new InvalidInputException("status", "The design is " + design.getStatus().getLabel().toLowerCase()
                    + ": move it to in progress or under modification before uploading, so that what was reviewed stays as it was.");
        }
        LayerType type = em.find(LayerType.class, layerTypeId);
        if (type == null) {
            throw new InvalidInputException("type", "Please choose the layer's type.");
        }
        String validNote = note == null ? "" : note.strip();
        if (validNote.length() > LayerRevision.NOTE_LENGTH) {
            throw new InvalidInputException("note", "A note has at most " + LayerRevision.NOTE_LENGTH + " characters.");
        }
        if (content == null) {
            throw new InvalidInputException("file", "Please choose the layer's file.");
        }
        // one upload at a time per design: the revision numbers stay whole
        em.lock(design, LockModeType.PESSIMISTIC_WRITE);
        DesignLayer layer = new DesignQueries(em).layer(designId, layerTypeId);
        if (layer == null) {
            layer = new DesignLayer(design, type, now);
            em.persist(layer);
        }
        UserAccount author = AccountGate.own(em, scope);
        LayerRevision revision = new LayerRevision(layer, new DesignQueries(em).nextRevision(layer), validNote, author, now);
        em.persist(revision);
        String name = FileNames.sanitized(fileName);
        AttachmentStore store = new AttachmentStore(em);
        AttachmentStore.Stored stored = store.write(name, content, maxFileBytes);
        Attachment file = new Attachment(revision, null, revision.getAudience(), author, name, stored, now);
        em.persist(file);
        Attachment preview = Previews.of(store.stream(stored.oid(), stored.size()), stored.contentType())
                .map(png -> store.write(previewName(name), new ByteArrayInputStream(png), Long.MAX_VALUE))
                .map(png -> new Attachment(revision, null, revision.getAudience(), author, previewName(name), png, now))
                .orElse(null);
        if (preview != null) {
            em.persist(preview);
        }
        em.flush();
        revision.files(file.getId(), preview == null ? null : preview.getId());
        design.touched(now);
        DesignVisibility.ofDesign(em, designId);
        em.refresh(revision);
        event(design, RecordEvent.Kind.UPLOADED, type.getName() + ", revision " + revision.getNumber() + " (" + name + ")", now);
        return revision;
    }

    /**
     * A contact's decision on a design ready for review: approved, or a modification requested with a comment. It is
     * recorded against the layer revisions the contact sees now, which must be those of the page they decided on
     * ({@code seenVersion} is the design's version shown to them).
     *
     * @return the design's new status
     */
    public DesignStatus decide(long designId, DesignDecision.Decision decision, String comment, int seenVersion, Instant now) {
        if (scope.kind() != UserKind.CUSTOMER || scope.isReadOnly()) {
            throw new WriteNotAllowedException("Only a customer's contacts decide on their designs.");
        }
        Design design = design(designId);
        UserAccount contact = AccountGate.own(em, scope);
        if (!contact.isApprovesDesigns()) {
            throw new WriteNotAllowedException("You may look at this design, but not approve it: ask your company's administrator.");
        }
        em.lock(design, LockModeType.PESSIMISTIC_WRITE);
        if (design.getStatus() != DesignStatus.READY_FOR_REVIEW) {
            throw new InvalidInputException("status", "This design is not waiting for a review: it is " + design.getStatus().getLabel().toLowerCase() + ".");
        }
        if (design.getVersion() != seenVersion) {
            throw new InvalidInputException("design", "The design changed while you were looking at it. Please look at it again before you decide.");
        }
        String validComment = comment == null ? "" : comment.strip();
        if (validComment.length() > DesignDecision.COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "A comment has at most " + DesignDecision.COMMENT_LENGTH + " characters.");
        }
        if (decision == DesignDecision.Decision.MODIFICATION_REQUESTED && validComment.isEmpty()) {
            throw new InvalidInputException("comment", "Please say what should be modified.");
        }
        List<Long> reviewed = new DesignQueries(em).latestRevisions(designId);
        if (reviewed.isEmpty()) {
            throw new InvalidInputException("design", "This design has no layer you may view yet, so there is nothing to approve.");
        }
        em.persist(new DesignDecision(design, decision, validComment, contact, Set.copyOf(reviewed), now));
        design.moveTo(decision == DesignDecision.Decision.APPROVED ? DesignStatus.APPROVED : DesignStatus.UNDER_MODIFICATION, now);
        event(design, RecordEvent.Kind.DECIDED, decision.getLabel() + (validComment.isEmpty() ? "" : ": " + validComment), now);
        // not read again: under modification, the design is usually out of the contact's sight from here on
        DesignVisibility.ofDesign(em, designId);
        return design.getStatus();
    }

    /**
     * An annotation on a revision's preview: whoever sees the revision (contacts, and staff and partners with WRITE);
     * staff-only annotations by the back office alone.
     */
    public LayerAnnotation annotate(long revisionId, String drawn, String comment, boolean staffOnly, Instant now) {
        LayerRevision revision = em.find(LayerRevision.class, revisionId);
        if (revision == null || revision.getPreviewId() == null) {
            throw new RecordNotFoundException("Layer revision", revisionId);
        }
        boolean contact = scope.kind() == UserKind.CUSTOMER;
        if (contact ? scope.isReadOnly() : !scope.canWrite(revision.getCustomerId())) {
            throw new WriteNotAllowedException("You may look at this design but not annotate it.");
        }
        if (staffOnly && contact) {
            throw new WriteNotAllowedException("Only the back office writes internal annotations.");
        }
        String validComment = comment == null ? "" : comment.strip();
        if (validComment.isEmpty()) {
            throw new InvalidInputException("comment", "Please write what the annotation is about.");
        }
        if (validComment.length() > LayerAnnotation.COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "A comment has at most " + LayerAnnotation.COMMENT_LENGTH + " characters.");
        }
        String body = W3cAnnotations.of(drawn, validComment, "files/" + revision.getPreviewId());
        em.lock(revision, LockModeType.PESSIMISTIC_WRITE);
        LayerAnnotation annotation = new LayerAnnotation(revision, new DesignQueries(em).nextAnnotation(revision), body, validComment,
                staffOnly, AccountGate.own(em, scope), now);
        em.persist(annotation);
        DesignLayer layer = revision.getLayer();
        event(layer.getDesign(), RecordEvent.Kind.ANNOTATED, (staffOnly ? "Internal annotation " : "Annotation ") + annotation.getNumber()
                + " on " + layer.getType().getName() + ", revision " + revision.getNumber() + ": " + validComment, now);
        return annotation;
    }

    /** Marks an annotation as dealt with: staff and partners with WRITE. */
    public LayerAnnotation resolve(long annotationId, Instant now) {
        LayerAnnotation annotation = em.find(LayerAnnotation.class, annotationId);
        if (annotation == null) {
            throw new RecordNotFoundException("Annotation", annotationId);
        }
        writable(annotation.getCustomerId());
        if (!annotation.isResolved()) {
            annotation.resolve(AccountGate.own(em, scope), now);
            LayerRevision revision = annotation.getRevision();
            event(revision.getLayer().getDesign(), RecordEvent.Kind.RESOLVED, "Annotation " + annotation.getNumber() + " on "
                    + revision.getLayer().getType().getName() + ", revision " + revision.getNumber(), now);
        }
        return annotation;
    }

    /** The statuses customers see, unless their group has its own: an administrator's setting. */
    public void showInstallationWide(Set<DesignStatus> statuses) {
        administrator();
        em.createNativeQuery("delete from design_visible_status").executeUpdate();
        for (DesignStatus status : statuses) {
            em.createNativeQuery("insert into design_visible_status (status) values (?1)").setParameter(1, status.name()).executeUpdate();
        }
        DesignVisibility.ofAll(em);
    }

    /** The statuses the group's customers see instead of the installation's, or null to follow the installation again. */
    public void showToGroup(long customerGroupId, Set<DesignStatus> statuses) {
        administrator();
        em.createNativeQuery("delete from customer_group_design_status where customer_group_id = ?1").setParameter(1, customerGroupId).executeUpdate();
        em.createNativeQuery("update customer_group set own_design_statuses = ?2 where id = ?1")
                .setParameter(1, customerGroupId).setParameter(2, statuses != null).executeUpdate();
        for (DesignStatus status : statuses == null ? Set.<DesignStatus>of() : statuses) {
            em.createNativeQuery("insert into customer_group_design_status (customer_group_id, status) values (?1, ?2)")
                    .setParameter(1, customerGroupId).setParameter(2, status.name()).executeUpdate();
        }
        DesignVisibility.ofGroup(em, customerGroupId);
    }

    /**
     * The layer types the customer's contacts, and those of the companies below it, may view: WRITE on the customer
     * and on every company below it, which the choice reaches too.
     */
    public void allowLayerTypes(long customerId, Collection<Long> layerTypeIds) {
        if (em.find(Customer.class, customerId) == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!AccessScope.breadthOf(em, customerId, true).stream().allMatch(scope::canWrite)) {
            throw new WriteNotAllowedException("The layer types a customer's contacts see hold for the companies below it too,"
                    + " so only someone who may change them all chooses them.");
        }
        em.createNativeQuery("delete from customer_layer_type where customer_id = ?1").setParameter(1, customerId).executeUpdate();
        for (Long typeId : Set.copyOf(layerTypeIds)) {
            if (em.find(LayerType.class, typeId) == null) {
                throw new InvalidInputException("types", "That layer type no longer exists; please choose again.");
            }
            em.createNativeQuery("insert into customer_layer_type (customer_id, layer_type_id) values (?1, ?2)")
                    .setParameter(1, customerId).setParameter(2, typeId).executeUpdate();
        }
        DesignVisibility.ofTree(em, customerId);
    }

    /** A new layer type for every customer's designs: an administrator's list. */
    public LayerType addLayerType(String name) {
        administrator();
        LayerType type = new LayerType(layerTypeName(name, null));
        em.persist(type);
        return type;
    }

    public LayerType renameLayerType(long layerTypeId, String name) {
        administrator();
        LayerType type = em.find(LayerType.class, layerTypeId);
        if (type == null) {
            throw new RecordNotFoundException("Layer type", layerTypeId);
        }
        type.rename(layerTypeName(name, layerTypeId));
        return type;
    }

    private String layerTypeName(String name, Long except) {
        String valid = text("name", name, LayerType.NAME_LENGTH, "layer type", "a name");
        if (!em.createQuery("select t.id from LayerType t where lower(t.name) = lower(:name) and t.id <> :except", Long.class)
                .setParameter("name", valid).setParameter("except", except == null ? -1L : except).getResultList().isEmpty()) {
            throw new InvalidInputException("name", "There is a layer type called " + valid + " already.");
        }
        return valid;
    }

    private Design design(long designId) {
        Design design = em.find(Design.class, designId);
        if (design == null) {
            throw new RecordNotFoundException("Design", designId);
        }
        return design;
    }

    private void event(Design design, RecordEvent.Kind kind, String detail, Instant now) {
        String shortened = detail.length() > RecordEvent.DETAIL_LENGTH ? detail.substring(0, RecordEvent.DETAIL_LENGTH - 1) + "…" : detail;
        em.persist(new RecordEvent(design, kind, null, scope.userId(), shortened, now));
    }

    private void writable(long customerId) {
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's designs but not change them.");
        }
    }

    private void administrator() {
        if (scope.isReadOnly() || !scope.everything()) {
            throw new WriteNotAllowedException("Only an administrator changes what customers see of designs.");
        }
    }

    private static String previewName(String fileName) {
        return FileNames.sanitized(fileName.replaceFirst("\\.[^.]*$", "") + " (preview).png");
    }

    private static String text(String field, String value, int length, String whose, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "Please give the " + whose + " " + what + ".");
        }
        if (text.length() > length) {
            throw new InvalidInputException(field, "A " + whose + "'s " + field + " has at most " + length + " characters.");
        }
        return text;
    }
}
