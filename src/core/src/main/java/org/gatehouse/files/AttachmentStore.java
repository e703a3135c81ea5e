package org.gatehouse.files;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * Attachment bytes as PostgreSQL large objects, written and read in pieces through the persistence context's
 * connection: they belong to the business transaction, so a rolled-back change leaves no half-written file.
 * Access is not checked here: callers pass the oid of an {@link Attachment} they read through the scope.
 */
public class AttachmentStore {

    /** How much is written or read at a time: a file never has to fit in memory. */
    public static final int PIECE = 1024 * 1024;

    private final EntityManager em;

    public AttachmentStore(EntityManager em) {
        this.em = em;
    }

    /** What was stored: the large object, its size and the content type its first bytes show. */
    public record Stored(long oid, long size, String contentType) {
    }

    /**
     * Stores the file on its owner, for the given audience of the owner's customer, in this transaction: a file too
     * large rolls everything back.
     */
    public Attachment attach(CustomerRecord owner, Long commentId, Audience audience, UserAccount uploader, NewFile file, long maxBytes,
                             Instant now) {
        String name = FileNames.sanitized(file.name());
        Stored stored;
        try {
            stored = write(name, file.content().open(), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + name, e);
        }
        Attachment attachment = new Attachment(owner, commentId, audience, uploader, name, stored, now);
        em.persist(attachment);
        return attachment;
    }

    /**
     * Stores the stream as a new large object.
     *
     * @throws InvalidInputException when the file is larger than {@code maxBytes} (the transaction then rolls back)
     */
    public Stored write(String fileName, InputStream content, long maxBytes) {
        long oid = ((Number) em.createNativeQuery("select lo_create(0)").getSingleResult()).longValue();
        byte[] piece = new byte[PIECE];
        long size = 0;
        String contentType = null;
        try (content) {
            int length;
            while ((length = content.readNBytes(piece, 0, PIECE)) > 0) {
                if (size + length > maxBytes) {
                    throw new InvalidInputException("files", fileName + " is larger than " + megabytes(maxBytes)
                            + ", the largest file Gatehouse takes. Nothing was saved.");
                }
                if (contentType == null) {
                    contentType = ContentTypes.detect(piece, length, fileName);
                }
                em.createNativeQuery("select lo_put(cast(?1 as oid), ?2, ?3)")
                        .setParameter(1, oid).setParameter(2, size)
                        .setParameter(3, length == PIECE ? piece : Arrays.copyOf(piece, length)).getResultList();
                size += length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + fileName, e);
        }
        return new Stored(oid, size, contentType == null ? ContentTypes.OCTET_STREAM : contentType);
    }

    /** Up to {@code length} bytes of the large object from {@code offset}; fewer (or none) at its end. */
    public byte[] read(long oid, long offset, int length) {
        return (byte[]) em.createNativeQuery("select lo_get(cast(?1 as oid), ?2, ?3)")
                .setParameter(1, oid).setParameter(2, offset).setParameter(3, length).getSingleResult();
    }

    /** The large object's bytes as a stream, read a piece at a time (e.g. to make a preview of a stored file). */
    public InputStream stream(long oid, long size) {
        return new InputStream() {
            private byte[] piece = new byte[0];
            private int next;
            private long offset;

            @Override
            public int read() {
                if (next == piece.length && !fill()) {
                    return -1;
                }
                return piece[next++] & 0xff;
            }

            @Override
            public int read(byte[] into, int from, int length) {
                if (length == 0) {
                    return 0;
                }
                if (next == piece.length && !fill()) {
                    return -1;
                }
                int count = Math.min(length, piece.length - next);
                System.arraycopy(piece, next, into, from, count);
                next += count;
                return count;
            }

            private boolean fill() {
                if (offset >= size) {
                    return false;
                }
                piece = AttachmentStore.this.read(oid, offset, PIECE);
                next = 0;
                offset += piece.length;
                return piece.length > 0;
            }
        };
    }

    /** "25 MB", "512 KB": a limit as people read it. */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024)) : Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
