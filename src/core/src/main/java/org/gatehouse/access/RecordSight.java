package org.gatehouse.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A contact who sees a record of audience {@link Audience#CONTACTS}, named by its entity name and id: derived from the
 * grants of its kind of record (assets made visible to a contact) by the code that owns them, and read only by the
 * access rule ({@link AccessScope#SIGHT_CRITERIA}).
 */
@Entity
@Table(name = "record_sight")
@IdClass(RecordSight.Key.class)
public class RecordSight implements Serializable {

    /** The composite key, as JPA wants it. */
    public static class Key implements Serializable {
        private Long contactId;
        private String recordType;
        private Long recordId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(contactId, key.contactId) && Objects.equals(recordType, key.recordType)
                    && Objects.equals(recordId, key.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contactId, recordType, recordId);
        }
    }

    @Id
    @Column(name = "contact_id")
    private Long contactId;

    @Id
    @Column(name = "record_type", length = 40)
    private String recordType;

    @Id
    @Column(name = "record_id")
    private Long recordId;

    protected RecordSight() {
    }
}
