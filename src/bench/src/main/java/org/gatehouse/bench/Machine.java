package org.gatehouse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine the figures come from. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: the processor count and memory still say something
        }
        return "%s, %d cores available to Java, %d MiB maximum heap, %s %s, Java %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
