package org.gatehouse.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection outside a transaction, up to 3 times and 5 seconds apart:
 * while the database is down, a page then waits 10 seconds or more before it fails. Gatehouse retries nothing; the
 * request fails at once with the "cannot reach its database" page, and the connection pool, which checks every
 * connection before use, starts afresh when the database is back.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
