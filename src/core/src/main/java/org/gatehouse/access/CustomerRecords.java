package org.gatehouse.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/** Customer-owned records named by type and id, as files, mail and the explainer name them. */
public final class CustomerRecords {

    private CustomerRecords() {
    }

    /**
     * Whether the record exists for the scope bound to the persistence context: read through its entity's
     * filter like every other read, whatever its type.
     *
     * @param recordType the entity name ({@link CustomerRecord#recordType()})
     */
    public static boolean visible(EntityManager em, String recordType, long id) {
        return em.createQuery("select count(r) from " + type(em, recordType).getName() + " r where r.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** The entity of that name; only a customer-owned record's name is taken, so no other text reaches a query. */
    static EntityType<?> type(EntityManager em, String recordType) {
        return em.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getName().equals(recordType) && CustomerRecord.class.isAssignableFrom(entity.getJavaType()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No kind of customer-owned record is called " + recordType));
    }
}
