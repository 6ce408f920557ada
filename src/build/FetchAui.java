import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Fetches Jira's look for the sandbox's stand-in pages: the real AUI ({@code @atlassian/aui}, its prototyping bundle's
 * CSS, script, fonts and icons) and the jQuery 3 it needs before it (AUI's peer dependency; Jira loads both before any
 * app's web-resources). Run by the build as a single-file program ({@code exec:exec@fetch-aui}, phase
 * generate-test-resources):
 *
 * <pre>java src/build/FetchAui.java DEST offline=BOOLEAN AUI_VERSION AUI_INTEGRITY JQUERY_VERSION JQUERY_INTEGRITY</pre>
 *
 * <p>It asks npm for the exact versions ({@code npm pack}, which reads npm's cache first), checks each tarball's sha512
 * against the integrity the pom records, and unpacks the files the sandbox serves into {@code
 * DEST/okr-sandbox-aui/} (a test resource folder, so they are on the sandbox's classpath), writing {@code
 * versions.properties} last. Nothing happens when that file already names the versions, so offline rebuilds work.
 * Without npm or the registry it says so and ends normally: the sandbox then starts unstyled and says which look is
 * missing. With the environment variable {@code OKR_REQUIRE_AUI=true} (CI's {@code .ci/run}) a failed fetch fails the
 * build instead.
 */
public final class FetchAui {
    private static final String FOLDER = "okr-sandbox-aui";
    private static final String MARKER = "versions.properties";
    private static final String AUI_DIST = "package/dist/aui/";
    private static final long NPM_TIMEOUT_SECONDS = 300;

    private FetchAui() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 6) {
            throw new IllegalArgumentException(
                    "usage: FetchAui DEST offline=BOOLEAN AUI_VERSION AUI_INTEGRITY JQUERY_VERSION JQUERY_INTEGRITY");
        }
        Path dest = Path.of(args[0]);
        boolean offline = args[1].equals("offline=true");
        Package aui = new Package("@atlassian/aui", args[2], args[3]);
        Package jquery = new Package("jquery", args[4], args[5]);
        String versions = "aui=" + aui.version + "\njquery=" + jquery.version + "\n";
        Path folder = dest.resolve(FOLDER);
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(versions)) {
            return;
        }
        try {
            fetch(dest, folder, offline, aui, jquery);
            Files.writeString(marker, versions);
            System.out.println("Fetched " + aui + " and " + jquery + " for the sandbox's pages into " + folder);
        } catch (FetchFailed e) {
            String message = "AUI not fetched (" + e.getMessage() + "): the sandbox's pages will be unstyled."
                    + " Run 'mvn generate-test-resources' where npm reaches its registry to fetch " + aui + ".";
            if ("true".equalsIgnoreCase(System.getenv("OKR_REQUIRE_AUI"))) {
                System.err.println("[ERROR] " + message);
                System.exit(1);
            }
            System.out.println("[WARNING] " + message);
        }
    }

    private static void fetch(Path dest, Path folder, boolean offline, Package aui, Package jquery)
            throws IOException, InterruptedException, FetchFailed {
        Path work = dest.resolve("npm-pack");
        delete(work);
        Files.createDirectories(work);
        Path auiTarball = pack(aui, work, offline);
        Path jqueryTarball = pack(jquery, work, offline);
        Path partial = dest.resolve(FOLDER + ".partial");
        delete(partial);
        Files.createDirectories(partial);
        for (Entry entry : entries(auiTarball)) {
            if (entry.name.startsWith(AUI_DIST) && isServed(entry.name.substring(AUI_DIST.length()))) {
                write(partial, entry.name.substring(AUI_DIST.length()), entry.content);
            }
        }
        for (Entry entry : entries(jqueryTarball)) {
            if (entry.name.equals("package/dist/jquery.min.js")) {
                write(partial, "jquery.min.js", entry.content);
            }
        }
        for (String required : List.of("aui-prototyping.css", "aui-prototyping.js", "jquery.min.js")) {
            if (!Files.isRegularFile(partial.resolve(required))) {
                throw new FetchFailed("the packages hold no " + required);
            }
        }
        delete(folder);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        delete(work);
    }

    /** The prototyping bundle (CSS and script, without source maps) and the fonts and icons its CSS refers to. */
    private static boolean isServed(String name) {
        return name.equals("aui-prototyping.css")
                || name.equals("aui-prototyping.js")
                || (name.startsWith("fonts/") || name.startsWith("images/")) && !name.endsWith(".map");
    }

    /** {@code npm pack name@version} into {@code work}; the tarball, once its sha512 is the one pinned. */
    private static Path pack(Package pkg, Path work, boolean offline)
            throws IOException, InterruptedException, FetchFailed {
        Path log = work.resolve("npm.log");
        List<String> command = new ArrayList<>(List.of(
                npm(),
                "pack",
                pkg.toString(),
                "--pack-destination",
                work.toAbsolutePath().toString(),
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                offline ? "--offline" : "--prefer-offline"));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new FetchFailed("npm is not installed: " + e.getMessage());
        }
        if (!process.waitFor(NPM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new FetchFailed("npm pack " + pkg + " took more than " + NPM_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new FetchFailed("npm pack " + pkg + " failed" + (offline ? " offline" : "") + ", see " + log);
        }
        Path tarball;
        try (Stream<Path> files = Files.list(work)) {
            tarball = files.filter(file -> file.getFileName().toString().endsWith(pkg.tarballSuffix()))
                    .findFirst()
                    .orElseThrow(() -> new FetchFailed("npm pack " + pkg + " wrote no tarball, see " + log));
        }
        String integrity = sha512(tarball);
        if (!integrity.equals(pkg.integrity)) {
            throw new FetchFailed(pkg + " has the integrity " + integrity + ", the pom pins " + pkg.integrity);
        }
        return tarball;
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    private static String sha512(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            return "sha512-" + Base64.getEncoder().encodeToString(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of a tarball. */
    private record Entry(String name, byte[] content) {}

    /**
     * The regular files of a gzipped tar (ustar: 512-byte header blocks, the name in bytes 0-99 after the prefix in
     * bytes 345-499, the size in octal in bytes 124-135, the type in byte 156), as npm writes them.
     */
    private static List<Entry> entries(Path tarball) throws IOException, FetchFailed {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (readFully(in, header)) {
                if (header[0] == 0) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String octalSize = field(header, 124, 12).trim();
                long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
                byte type = header[156];
                byte[] content = new byte[Math.toIntExact(size)];
                if (!readFully(in, content)) {
                    throw new FetchFailed(tarball.getFileName() + " ends inside " + name);
                }
                long padding = (512 - size % 512) % 512;
                in.skipNBytes(padding);
                if (type == '0' || type == 0) {
                    entries.add(new Entry(prefix.isEmpty() ? name : prefix + "/" + name, content));
                }
            }
        }
        return entries;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        return read == buffer.length;
    }

    private static void write(Path folder, String name, byte[] content) throws IOException, FetchFailed {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            throw new FetchFailed("the tarball names a file outside its folder: " + name);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** An npm package at an exact version with the integrity (sha512 of its tarball) the registry gives for it. */
    private record Package(String name, String version, String integrity) {
        /** How npm pack names its tarball: the scope's {@code @} dropped and its {@code /} turned into {@code -}. */
        String tarballSuffix() {
            return name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
        }

        @Override
        public String toString() {
            return name + "@" + version;
        }
    }

    /** Why the look could not be fetched. */
    private static final class FetchFailed extends Exception {
        FetchFailed(String message) {
            super(message);
        }
    }
}
