package org.gatehouse.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the embedded database before anything else of the test class, e.g. before Arquillian boots a server on it. */
public class EmbeddedDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedDatabase.dataSource();
    }
}
