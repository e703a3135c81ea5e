package org.gatehouse.browser;

import org.gatehouse.launcher.GatehouseServer;
import org.gatehouse.launcher.Options;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a {@link GatehouseServer} parameter: one server with a fresh database and the demo data, started when a
 * test first asks for it and shared by every test of the JVM run, because starting one takes half a minute.
 * JUnit closes it after the last test.
 */
public final class RunningGatehouse implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningGatehouse.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GatehouseServer.class;
    }

    @Override
    public GatehouseServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(GatehouseServer.class, key -> start(), GatehouseServer.class);
    }

    private static GatehouseServer start() {
        try {
            // under target/, so that the server's log is still there to read when a test has failed
            Path target = Files.createDirectories(Path.of("target"));
            Path dataDirectory = Files.createTempDirectory(target, "browser-test-gatehouse-");
            return GatehouseServer.start(Options.temporary(dataDirectory), System.out);
        } catch (IOException e) {
            throw new UncheckedIOException("No data directory for the browser tests' Gatehouse", e);
        }
    }
}
