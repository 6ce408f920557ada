package io.okrscorecard.core;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** The core imports only java.* and itself (source-level check, complementing the ArchUnit rules). */
public class CoreDependenciesTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    public void coreImportsOnlyJavaAndCore() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "io", "okrscorecard", "core"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    String imported = matcher.group(2);
                    if (!imported.startsWith("java.") && !imported.startsWith("io.okrscorecard.core.")) {
                        offending.add(file.getFileName() + ": " + imported);
                    }
                }
            }
        }
        assertTrue("non-java imports in core: " + offending, offending.isEmpty());
    }
}
