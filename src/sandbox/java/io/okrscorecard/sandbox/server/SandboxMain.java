package io.okrscorecard.sandbox.server;

import io.okrscorecard.sandbox.ImportException;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the sandbox from the command line ({@code mvn -B -q test-compile exec:java@sandbox}, arguments in {@code
 * -Dexec.args="..."}) and prints the URL it listens on. It runs until the JVM stops: Ctrl-C runs the shutdown hook,
 * which stops the HTTP server and closes the database. Exit status 2 for bad arguments or an export that cannot be
 * imported (nothing is written then), 1 when it cannot start for another reason.
 */
public final class SandboxMain {
    /**
     * Jersey's start-up warnings (no JAXB for WADL, resource instances "ignored" as providers, which they are not
     * meant to be) say nothing to someone starting the sandbox; kept in a field because JUL holds loggers weakly.
     */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    static final String USAGE = String.join(
            "\n",
            "Usage: SandboxMain [--port N] [--data DIR] [--import PAGE.json ... [--mapping MAPPING.json]]",
            "",
            "Runs OKR Scorecard without Jira on http://127.0.0.1:PORT/ until Ctrl-C.",
            "",
            "  --port N               port on 127.0.0.1 (default " + SandboxOptions.DEFAULT_PORT
                    + "; 0: any free port)",
            "  --data DIR             data folder: the H2 database and the Jira side (default "
                    + SandboxOptions.DEFAULT_DATA + ", or " + SandboxOptions.DEFAULT_DATA + "/import with --import);",
            "                         the first start loads it, later starts reuse it",
            "  --import PAGE.json     a page of a Jira REST export (GET /rest/api/2/search?fields=*all&expand=names)",
            "                         to show instead of the demo; repeat it for every page",
            "  --mapping MAPPING.json the export's mapping file (see docs/sandbox.md; default: the app's names)",
            "  --demo-objectives N    objectives of the demo's running cycle on its first start (default "
                    + DemoOrganisation.STANDARD_OBJECTIVES + "; more are generated)",
            "  --help                 this text");

    private SandboxMain() {}

    public static void main(String[] args) {
        JERSEY.setLevel(Level.SEVERE);
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Parses the arguments and starts the sandbox, which keeps running after this returns (until the shutdown hook
     * closes it).
     *
     * @return the exit status: 0 when it started (or printed the help), else what {@link SandboxMain} ends with
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Run with --help for the options.");
            return SandboxException.BAD_INPUT;
        }
        if (arguments.help) {
            out.println(USAGE);
            return 0;
        }
        Sandbox sandbox;
        try {
            sandbox = start(arguments);
        } catch (ImportException e) {
            err.println(e.getMessage());
            return SandboxException.BAD_INPUT;
        } catch (SandboxException e) {
            err.println(e.getMessage());
            return e.exitStatus();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(sandbox, out), "okr-sandbox-shutdown"));
        out.println("OKR Scorecard sandbox: " + sandbox.url());
        out.println((sandbox.loadedNow() ? "Loaded " : "Reusing ") + sandbox.dataFolder() + ". Ctrl-C stops it.");
        if (!sandbox.missingLook().isEmpty()) {
            out.println(sandbox.missingLook());
        }
        List<String> notes = sandbox.importNotes();
        if (!notes.isEmpty()) {
            out.println(notes.size() + (notes.size() == 1 ? " note" : " notes") + " on the export:");
            notes.stream().limit(10).forEach(note -> out.println("  " + note));
            if (notes.size() > 10) {
                out.println("  ... and " + (notes.size() - 10) + " more");
            }
        }
        return 0;
    }

    /** Starts the sandbox that the parsed arguments describe, once the files they name exist. */
    static Sandbox start(Arguments arguments) {
        for (Path page : arguments.importPages) {
            requireFile("--import", page);
        }
        if (arguments.mapping != null) {
            requireFile("--mapping", arguments.mapping);
        }
        return Sandbox.start(arguments.options());
    }

    private static void requireFile(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SandboxException(option + " " + file + ": no such file", SandboxException.BAD_INPUT);
        }
    }

    private static void stop(Sandbox sandbox, PrintStream out) {
        sandbox.close();
        out.println("OKR Scorecard sandbox stopped; its data is in " + sandbox.dataFolder());
    }

    /** The command line, checked: each problem is an {@link IllegalArgumentException} with a message to show. */
    static final class Arguments {
        boolean help;
        int port = SandboxOptions.DEFAULT_PORT;
        Path data;
        final List<Path> importPages = new ArrayList<>();
        Path mapping;
        Integer demoObjectives;

        static Arguments parse(String... args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--help", "-h" -> parsed.help = true;
                    case "--port" -> parsed.port = number(option, value(args, ++i, option), 0, 65_535);
                    case "--data" -> parsed.data = Path.of(value(args, ++i, option));
                    case "--import" -> parsed.importPages.add(Path.of(value(args, ++i, option)));
                    case "--mapping" -> {
                        if (parsed.mapping != null) {
                            throw new IllegalArgumentException(
                                    "--mapping is given twice: an export has one mapping file");
                        }
                        parsed.mapping = Path.of(value(args, ++i, option));
                    }
                    case "--demo-objectives" ->
                        parsed.demoObjectives =
                                number(option, value(args, ++i, option), DemoOrganisation.STANDARD_OBJECTIVES, 10_000);
                    default ->
                        throw new IllegalArgumentException(
                                option.startsWith("-")
                                        ? "unknown option " + option
                                        : "unexpected argument " + option + ": options start with --");
                }
            }
            if (parsed.mapping != null && parsed.importPages.isEmpty()) {
                throw new IllegalArgumentException("--mapping needs the export's pages: add --import PAGE.json");
            }
            if (parsed.demoObjectives != null && !parsed.importPages.isEmpty()) {
                throw new IllegalArgumentException(
                        "--demo-objectives is for the demo; an import shows its own objectives");
            }
            return parsed;
        }

        SandboxOptions options() {
            SandboxOptions options = SandboxOptions.defaults().withPort(port).withData(data);
            if (!importPages.isEmpty()) {
                options = options.importing(importPages, mapping);
            }
            return demoObjectives == null ? options : options.withDemoObjectives(demoObjectives);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int number(String option, String text, int min, int max) {
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, was \"" + text + "\"");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        option + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        }
    }
}
