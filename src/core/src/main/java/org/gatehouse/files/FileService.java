package org.gatehouse.files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatehouse.access.CustomerRecords;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;

/**
 * Downloads of files of any customer-owned record ({@code /files/{id}} in both applications). A file is given
 * only when the reader's scope shows both the file and its owner: a missing file, one outside the scope, one
 * the reader's audience does not include (an internal note's, a hidden version's) and one whose owner they no
 * longer see all answer the same "not found".
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class FileService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    /**
     * Starts a download: the file as the scope shows it, and the download recorded in the audit log.
     *
     * @throws RecordNotFoundException when the file or its owner is missing or outside the reader's scope
     */
    public Attachment download(long id) {
        Attachment file = visible(id);
        auditLog.record("attachment.download", file.getCustomerId(), file.getRecordType() + " " + file.getRecordId()
                + ", file " + file.getId() + " \"" + file.getFileName() + "\"", null, null);
        return file;
    }

    /**
     * One piece of a file's bytes ({@link AttachmentStore#PIECE} at most) from the offset, read through the scope
     * again: a download in pieces never reaches a file the reader no longer sees.
     */
    public byte[] piece(long id, long offset) {
        return new AttachmentStore(em).read(visible(id).getContent(), offset, AttachmentStore.PIECE);
    }

    private Attachment visible(long id) {
        Attachment file = em.find(Attachment.class, id);
        if (file == null || !CustomerRecords.visible(em, file.getRecordType(), file.getRecordId())) {
            throw new RecordNotFoundException("File", id);
        }
        return file;
    }
}
