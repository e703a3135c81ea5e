package org.gatehouse.persistence;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock held until the caller's transaction ends, keyed by a text: counts that must not
 * be passed by parallel requests (sign-in failures, wrong group codes, requested mails) take one per key, so
 * two requests with the same key are counted one after the other, on every server.
 */
public final class TransactionLock {

    private TransactionLock() {
    }

    /** Waits for and takes the lock of this key; it is released at commit or rollback. */
    public static void lock(EntityManager em, String key) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) locked").setParameter(1, key).getSingleResult();
    }
}
