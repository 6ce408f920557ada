package io.okrscorecard.report;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts the report embeds, read once from the jar (the build fetched them, src/build/FetchFonts.java): DejaVu Sans
 * regular and bold for Latin, Greek and Cyrillic text (the German umlauts among it), then Noto Sans JP for what DejaVu
 * lacks (Japanese). openhtmltopdf takes each glyph from the first family of the CSS list that has it and embeds only
 * the glyphs used (a subset per font). The fonts' metrics parsed by one report are kept for the next.
 */
final class ReportFonts {
    /** The CSS {@code font-family} list the report's stylesheet names. */
    static final String FAMILIES = "'DejaVu Sans', 'Noto Sans JP'";

    private static final String FOLDER = "/io/okrscorecard/report/fonts/";

    private record Face(String file, String family, int weight) {}

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new Face("NotoSansJP-Regular.ttf", "Noto Sans JP", 400));

    private final List<byte[]> files;
    private final MetricsCache metrics = new MetricsCache();

    ReportFonts() {
        this.files = FACES.stream().map(face -> read(face.file)).toList();
    }

    /** Registers the fonts (subset when embedded) and the kept metrics with a builder. */
    void register(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] file = files.get(i);
            builder.useFont(() -> new ByteArrayInputStream(file), face.family, face.weight, FontStyle.NORMAL, true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    }

    /** How many fonts' metrics the cache holds. */
    int measured() {
        return metrics.values.size();
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no font " + FOLDER + file + " (see FetchFonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed metrics of the fonts by openhtmltopdf's key for them: three fonts, kept while the app runs. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, missing -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics of " + missing + " could not be read", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
