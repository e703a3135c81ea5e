package org.gatehouse.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file someone attaches, as the browser sent it: the name it claims (sanitized before it is stored) and its
 * bytes, opened once by the service inside the transaction that stores them.
 */
public record NewFile(String name, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
