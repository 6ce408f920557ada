package io.okrscorecard.bundle;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The jar that 'mvn package' built, as the integration tests of this package read it. */
final class PackagedBundle {
    private final File file;

    private PackagedBundle(File file) {
        this.file = file;
    }

    static PackagedBundle built() {
        File jar = new File(System.getProperty("okr.bundle.jar", "target/okr-scorecard-jira.jar"));
        assertTrue("built jar missing (run 'mvn verify'): " + jar, jar.isFile());
        return new PackagedBundle(jar);
    }

    /**
     * The jar of the other Jira variant, when this build made it (the Jira 11 jar needs a JDK 21+, the build warns
     * without one): named by {@code okr.bundle.other.jar}.
     */
    static Optional<PackagedBundle> other() {
        String path = System.getProperty("okr.bundle.other.jar");
        return path == null || !new File(path).isFile()
                ? Optional.empty()
                : Optional.of(new PackagedBundle(new File(path)));
    }

    static String pluginKey() {
        return System.getProperty("okr.plugin.key", "io.okrscorecard.okr-scorecard-jira");
    }

    File file() {
        return file;
    }

    List<String> entryNames() {
        try (JarFile jar = new JarFile(file)) {
            List<String> names = new ArrayList<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                names.add(entry.getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasEntry(String name) {
        return entryNames().contains(name);
    }

    boolean hasClass(String className) {
        return hasEntry(className.replace('.', '/') + ".class");
    }

    /** Every class of the jar, keyed by entry name. */
    Map<String, ClassFiles> classes() {
        try (JarFile jar = new JarFile(file)) {
            Map<String, ClassFiles> classes = new LinkedHashMap<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(entry.getName(), ClassFiles.read(in.readAllBytes()));
                    }
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Attributes manifest() {
        try (JarFile jar = new JarFile(file)) {
            return jar.getManifest().getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Import-Package clauses keyed by package name, each with its full attribute text. */
    Map<String, String> importedPackages() {
        Map<String, String> clauses = new LinkedHashMap<>();
        String header = manifest().getValue("Import-Package");
        if (header == null) {
            return clauses;
        }
        for (String clause : splitOutsideQuotes(header)) {
            String trimmed = clause.trim();
            int semicolon = trimmed.indexOf(';');
            String name = semicolon < 0 ? trimmed : trimmed.substring(0, semicolon);
            clauses.put(name, semicolon < 0 ? "" : trimmed.substring(semicolon + 1));
        }
        return clauses;
    }

    /**
     * The packages of the Spring wiring (Gemini Blueprint and its Spring DM predecessor) that AMPS imports optionally
     * for every transformerless plugin; the only imports allowed to be optional and unversioned.
     */
    static boolean isSpringWiring(String packageName) {
        return packageName.startsWith("org.eclipse.gemini.blueprint.")
                || packageName.startsWith("org.springframework.osgi.");
    }

    /**
     * Whether a package is the JDK's: exported, to everyone, by a {@code java.*} module of the running JVM (such as
     * {@code javax.imageio} of java.desktop or {@code org.w3c.dom} of java.xml). The system bundle exports these
     * without a version, so the bundle imports them without a range (the PDF report's libraries need them).
     */
    static boolean isJdkPackage(String packageName) {
        return ModuleLayer.boot().modules().stream()
                .filter(module -> module.getName().startsWith("java."))
                .anyMatch(module -> module.getDescriptor().exports().stream()
                        .anyMatch(export ->
                                !export.isQualified() && export.source().equals(packageName)));
    }

    boolean importsPackageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot > 0 && importedPackages().containsKey(className.substring(0, dot));
    }

    Document xml(String entryName) {
        try (JarFile jar = new JarFile(file);
                InputStream in = jar.getInputStream(jar.getEntry(entryName))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + entryName + " in " + file, e);
        }
    }

    Properties properties(String entryName) {
        try (JarFile jar = new JarFile(file);
                InputStream in = jar.getInputStream(jar.getEntry(entryName))) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> splitOutsideQuotes(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }
}
