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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Fetches the fonts the PDF report embeds (docs/adr/0014): DejaVu Sans and DejaVu Sans Bold (Latin, Greek, Cyrillic,
 * the German umlauts, the dash and arrows the report prints) from the npm package {@code dejavu-fonts-ttf}, and Noto
 * Sans JP Regular (Japanese) from {@code @expo-google-fonts/noto-sans-jp}, with their licence texts. Run by the build as
 * a single-file program ({@code exec:exec@fetch-fonts}, phase generate-resources):
 *
 * <pre>java src/build/FetchFonts.java DEST offline=BOOLEAN</pre>
 *
 * <p>It asks npm for the exact versions pinned below ({@code npm pack}, which reads npm's cache first), checks each
 * tarball's sha512 against the integrity its registry gives and each font file's sha256 against the one pinned here,
 * and writes them into {@code DEST/io/okrscorecard/report/fonts/} (a resource folder of the jar), writing {@code
 * versions.properties} last. Nothing happens when that file already names the versions, so offline rebuilds work. The
 * jar cannot do without its fonts: a failed fetch fails the build, saying why.
 */
public final class FetchFonts {
    private static final String FOLDER = "io/okrscorecard/report/fonts";
    private static final String MARKER = "versions.properties";
    private static final long NPM_TIMEOUT_SECONDS = 600;

    /** What is fetched: each package at its version and integrity, and the files taken from it. */
    private static final List<Package> PACKAGES = List.of(
            new Package(
                    "dejavu-fonts-ttf",
                    "2.37.3",
                    "sha512-f1hd7jJbeQa1VWcw+K2KrTXS50zTMaHpVC4XIKJpNcDeYR5ajMtj/iLlQDYNvLOKamUB3ARVVCf79lNwNVztSQ==",
                    List.of(
                            new Taken(
                                    "package/ttf/DejaVuSans.ttf",
                                    "DejaVuSans.ttf",
                                    "7da195a74c55bef988d0d48f9508bd5d849425c1770dba5d7bfc6ce9ed848954"),
                            new Taken(
                                    "package/ttf/DejaVuSans-Bold.ttf",
                                    "DejaVuSans-Bold.ttf",
                                    "e6476c1b80502924294eed40894c5b18e06c181444ca953e5334262df9c27724"),
                            new Taken("package/LICENSE", "LICENSE-DejaVu.txt", null))),
            new Package(
                    "@expo-google-fonts/noto-sans-jp",
                    "0.4.3",
                    "sha512-Fl+Z6vtD24HFAYsvzB0S9Nery1ly16B9PesdY0wBd+wEHAvkNglnkTUspU0HqGOubkmoa8zusJrKv6vDx1o70A==",
                    List.of(
                            new Taken(
                                    "package/400Regular/NotoSansJP_400Regular.ttf",
                                    "NotoSansJP-Regular.ttf",
                                    "d930d5d52d15231c283089760f84584272ad5e37e14607ba0d19c798e7a9caec"),
                            new Taken("package/LICENSE_FONT", "LICENSE-NotoSansJP.txt", null))));

    private FetchFonts() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FetchFonts DEST offline=BOOLEAN");
        }
        Path dest = Path.of(args[0]);
        boolean offline = args[1].equals("offline=true");
        StringBuilder versions = new StringBuilder();
        PACKAGES.forEach(
                pkg -> versions.append(pkg.name).append('=').append(pkg.version).append('\n'));
        Path folder = dest.resolve(FOLDER);
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).contentEquals(versions)) {
            return;
        }
        try {
            fetch(dest, folder, offline);
            Files.writeString(marker, versions);
            System.out.println("Fetched the PDF report's fonts " + PACKAGES + " into " + folder);
        } catch (FetchFailed e) {
            System.err.println(
                    "[ERROR] The PDF report's fonts were not fetched (" + e.getMessage() + "). The jar embeds"
                            + " them: run the build where npm reaches its registry once (npm keeps them in its cache).");
            System.exit(1);
        }
    }

    private static void fetch(Path dest, Path folder, boolean offline)
            throws IOException, InterruptedException, FetchFailed {
        Path work = dest.resolve("npm-pack");
        delete(work);
        Files.createDirectories(work);
        Path partial = dest.resolve("fonts.partial");
        delete(partial);
        Files.createDirectories(partial);
        for (Package pkg : PACKAGES) {
            Path tarball = pack(pkg, work, offline);
            Map<String, Taken> wanted = new LinkedHashMap<>();
            pkg.taken.forEach(taken -> wanted.put(taken.entry, taken));
            extract(tarball, wanted, partial);
            if (!wanted.isEmpty()) {
                throw new FetchFailed(pkg + " holds no " + wanted.keySet());
            }
        }
        delete(folder);
        Files.createDirectories(folder.getParent());
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        delete(work);
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
        Path tarball = work.resolve(pkg.tarballName());
        if (!Files.isRegularFile(tarball)) {
            throw new FetchFailed("npm pack " + pkg + " wrote no " + tarball.getFileName() + ", see " + log);
        }
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tarball));
        if (!integrity.equals(pkg.integrity)) {
            throw new FetchFailed(pkg + " has the integrity " + integrity + ", FetchFonts pins " + pkg.integrity);
        }
        return tarball;
    }

    /**
     * Writes the wanted regular files of a gzipped tar into {@code folder}, checking each pinned sha256, and removes
     * them from {@code wanted}; the tar is ustar as npm writes it (512-byte header blocks, the name in bytes 0-99 after
     * the prefix in bytes 345-499, the size in octal in bytes 124-135, the type in byte 156).
     */
    private static void extract(Path tarball, Map<String, Taken> wanted, Path folder) throws IOException, FetchFailed {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, header.length) == header.length && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String octalSize = field(header, 124, 12).trim();
                long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                byte type = header[156];
                Taken taken = (type == '0' || type == 0) ? wanted.remove(path) : null;
                if (taken != null) {
                    byte[] content = in.readNBytes(Math.toIntExact(size));
                    if (content.length != size) {
                        throw new FetchFailed(tarball.getFileName() + " ends inside " + path);
                    }
                    taken.check(content);
                    Files.write(folder.resolve(taken.name), content);
                } else {
                    in.skipNBytes(size);
                }
                in.skipNBytes((512 - size % 512) % 512);
            }
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    private static byte[] digest(String algorithm, Path file) throws IOException {
        return digest(algorithm, Files.readAllBytes(file));
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
    private record Package(String name, String version, String integrity, List<Taken> taken) {
        /** How npm pack names its tarball: the scope's {@code @} dropped and its {@code /} turned into {@code -}. */
        String tarballName() {
            return name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
        }

        @Override
        public String toString() {
            return name + "@" + version;
        }
    }

    /**
     * A file taken from a tarball: its path there, its name in the jar, and its sha256 in hex (null for a licence
     * text, which the tarball's integrity covers).
     */
    private record Taken(String entry, String name, String sha256) {
        void check(byte[] content) throws FetchFailed {
            if (sha256 == null) {
                return;
            }
            String actual = HexFormat.of().formatHex(digest("SHA-256", content));
            if (!actual.equals(sha256)) {
                throw new FetchFailed(entry + " has the sha256 " + actual + ", FetchFonts pins " + sha256);
            }
        }
    }

    /** Why the fonts could not be fetched. */
    private static final class FetchFailed extends Exception {
        FetchFailed(String message) {
            super(message);
        }
    }
}
