package io.okrscorecard.sandbox.server;

import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.web.Aui;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * How to start a {@link Sandbox}.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param data the data folder, {@code null} for the default: {@value #DEFAULT_DATA} for the demo, {@value
 *     #DEFAULT_DATA}{@code /import} for an import
 * @param clock the time the app and the demo see
 * @param importPages the pages of a Jira REST export to use instead of the demo; empty for the demo
 * @param mapping the mapping file of the export, {@code null} for the default mapping
 * @param demoObjectives objectives of the demo's running cycle on a first start (more than the standard demo's are
 *     generated)
 * @param aui Jira's AUI for the stand-in pages: the one the build fetched ({@link Aui#fromClasspath}), or e.g. a
 *     missing one
 */
public record SandboxOptions(
        int port, Path data, Clock clock, List<Path> importPages, Path mapping, int demoObjectives, Aui aui) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_DATA = "sandbox-data";

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
        if (aui == null) {
            throw new IllegalArgumentException("aui is required");
        }
        importPages = List.copyOf(importPages);
        if (importPages.isEmpty() && mapping != null) {
            throw new IllegalArgumentException("a mapping file needs export pages to import");
        }
        if (demoObjectives < DemoOrganisation.STANDARD_OBJECTIVES) {
            throw new IllegalArgumentException("the demo has at least " + DemoOrganisation.STANDARD_OBJECTIVES
                    + " objectives, asked for " + demoObjectives);
        }
    }

    /** Port {@value #DEFAULT_PORT}, the default data folder, the system clock, the standard demo, the fetched AUI. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(
                DEFAULT_PORT,
                null,
                Clock.systemDefaultZone(),
                List.of(),
                null,
                DemoOrganisation.STANDARD_OBJECTIVES,
                Aui.fromClasspath());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, data, clock, importPages, mapping, demoObjectives, aui);
    }

    public SandboxOptions withData(Path folder) {
        return new SandboxOptions(port, folder, clock, importPages, mapping, demoObjectives, aui);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, data, newClock, importPages, mapping, demoObjectives, aui);
    }

    /** Imports these pages with this mapping file ({@code null}: the default mapping) instead of loading the demo. */
    public SandboxOptions importing(List<Path> pages, Path mappingFile) {
        return new SandboxOptions(port, data, clock, pages, mappingFile, demoObjectives, aui);
    }

    public SandboxOptions withDemoObjectives(int objectives) {
        return new SandboxOptions(port, data, clock, importPages, mapping, objectives, aui);
    }

    public SandboxOptions withAui(Aui other) {
        return new SandboxOptions(port, data, clock, importPages, mapping, demoObjectives, other);
    }

    public boolean imports() {
        return !importPages.isEmpty();
    }

    /** The data folder in use: the given one, else the default of the demo or of an import. */
    public Path dataFolder() {
        if (data != null) {
            return data;
        }
        return imports() ? Path.of(DEFAULT_DATA, "import") : Path.of(DEFAULT_DATA);
    }
}
