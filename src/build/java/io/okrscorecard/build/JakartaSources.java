package io.okrscorecard.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Jira 11 (Platform 8, Jakarta EE 10) variant of Java sources: a copy in which the Java EE namespaces the app uses
 * are renamed to their Jakarta successors, {@code javax.ws.rs} (RESTful Web Services 3.1), {@code javax.servlet}
 * (Servlet 6.0) and {@code javax.inject} (Dependency Injection 2.0) ("Preparing for Jira 11.0",
 * confluence.atlassian.com/adminjiraserver/preparing-for-jira-11-0-1557069833.html), and {@code javax.mail} with
 * {@code javax.activation} (Jakarta Mail 2.1, which Jira 11's atlassian-mail 8 is built on: docs/adr/0015). Every other
 * {@code javax}
 * package (JDK packages such as {@code javax.xml}) is left alone. Run by the build as a single-file program (see
 * docs/adr/0011-jira11-artifact-by-source-rewrite.md):
 *
 * <pre>java JakartaSources.java OUTPUT_DIR SOURCE_ROOT...</pre>
 *
 * It empties OUTPUT_DIR, writes the rewritten tree of every SOURCE_ROOT into it (later roots win on equal paths, so
 * a Platform 8 shim root can replace a shim file) and lists the written {@code .java} files in {@code
 * OUTPUT_DIR/sources.txt}, a javac argument file.
 */
public final class JakartaSources {
    /** A Java EE package name that Jakarta EE 9+ renamed; the boundary keeps {@code javax.servletx} untouched. */
    static final Pattern JAVA_EE = Pattern.compile("\\bjavax\\.(ws\\.rs|servlet|inject|mail|activation)\\b");

    private JakartaSources() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java JakartaSources.java OUTPUT_DIR SOURCE_ROOT...");
            System.exit(2);
        }
        List<Path> roots = Stream.of(args).skip(1).map(Path::of).collect(Collectors.toList());
        int written = rewriteTree(Path.of(args[0]), roots);
        System.out.println("JakartaSources: " + written + " Java sources for Jakarta EE written to " + args[0]);
    }

    /** The source text with the Java EE package names replaced by their Jakarta names. */
    static String rewrite(String source) {
        Matcher matcher = JAVA_EE.matcher(source);
        return matcher.replaceAll(match -> "jakarta." + match.group(1));
    }

    /** Writes the rewritten copy of every root into output, returns how many Java sources it wrote. */
    static int rewriteTree(Path output, List<Path> roots) throws IOException {
        deleteTree(output);
        Files.createDirectories(output);
        List<String> javaFiles = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                Path target = output.resolve(root.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (file.toString().endsWith(".java")) {
                    Files.writeString(target, rewrite(Files.readString(file, StandardCharsets.UTF_8)));
                    String listed = target.toAbsolutePath().toString();
                    if (!javaFiles.contains(listed)) {
                        javaFiles.add(listed);
                    }
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.write(
                output.resolve("sources.txt"),
                javaFiles.stream()
                        .map(name -> '"' + name.replace("\\", "\\\\") + '"')
                        .collect(Collectors.toList()),
                StandardCharsets.UTF_8);
        return javaFiles.size();
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
