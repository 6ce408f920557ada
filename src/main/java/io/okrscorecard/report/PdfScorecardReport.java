package io.okrscorecard.report;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import io.okrscorecard.app.ScorecardPdf;
import io.okrscorecard.app.ScorecardQuery;
import io.okrscorecard.app.ScorecardReading;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@link ScorecardPdf} port with openhtmltopdf on PDFBox (docs/adr/0014): the reading as an HTML tree built in code
 * ({@link ReportDocument}), laid out on A4 pages with the report's stylesheet and the embedded fonts ({@link
 * ReportFonts}), the strategy map drawn as vector paths ({@link StrategyMapDrawing}). The Jira base URL is SAL's, in
 * the page header; days and times are in the app clock's zone.
 */
public final class PdfScorecardReport implements ScorecardPdf {
    private static final Logger LOG = LoggerFactory.getLogger(PdfScorecardReport.class);
    /** Rows of the warm-up's table and how often it is rendered: about a second of one core at start. */
    private static final int WARM_UP_ROWS = 120;

    private static final int WARM_UP_RENDERS = 3;
    private static final String STYLESHEET = "/io/okrscorecard/report/report.css";

    private final ApplicationProperties applicationProperties;
    private final Clock clock;
    private final ReportFonts fonts;
    private final String css;

    public PdfScorecardReport(ApplicationProperties applicationProperties, Clock clock) {
        quietLibraryLog();
        this.applicationProperties = applicationProperties;
        this.clock = clock;
        this.fonts = new ReportFonts();
        this.css = stylesheet();
    }

    @Override
    public byte[] render(ScorecardReading reading, StrategyMap map, ScorecardQuery scope, Locale locale) {
        ReportTexts texts = new ReportTexts(locale, clock.getZone());
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        return rendered(ReportDocument.of(reading, map, scope, texts, css, baseUrl == null ? "" : baseUrl));
    }

    /**
     * Renders a few pages with the report's stylesheet and every font, on a background thread of low priority,
     * so that the first report somebody asks for after a start does not pay for loading the library's classes and
     * reading the fonts' metrics (several seconds on a 2-core machine, docs/performance.md). Called when the app
     * starts; a failure here only means the first report is slower, so it is logged and dropped.
     *
     * @return the thread, already started
     */
    public Thread warmUp() {
        Thread thread = new Thread(
                () -> {
                    try {
                        for (int i = 0; i < WARM_UP_RENDERS; i++) {
                            rendered(warmUpPage());
                        }
                    } catch (RuntimeException | LinkageError e) {
                        LOG.debug("The PDF report's warm-up failed; the first report is slower", e);
                    }
                },
                "okr-scorecard-report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /** How many fonts' metrics have been read since the start (each once, then kept). */
    int fontsMeasured() {
        return fonts.measured();
    }

    /**
     * Pages in every face the report uses: a table of {@value #WARM_UP_ROWS} rows in regular and bold Latin text and
     * Japanese, long enough to break across pages, so that the layout code the report runs is compiled too.
     */
    private Document warmUpPage() {
        HtmlTree html = new HtmlTree();
        Element root = html.root("html");
        html.add(html.add(root, "head", null), "style", null, css);
        Element body = html.add(root, "body", null);
        Element table = html.add(body, "table", null);
        for (int i = 0; i < WARM_UP_ROWS; i++) {
            Element row = html.add(table, "tr", null);
            html.add(row, "th", null, "Perspective " + i + " \u2014 Fortschritt");
            html.add(row, "td", null, "\u65e5\u672c\u5e02\u5834 " + i + "%");
        }
        return html.document();
    }

    private byte[] rendered(Document document) {
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(StrategyMapFigure.OBJECT_TYPE, new StrategyMapDrawing());
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        fonts.register(builder);
        builder.useObjectDrawerFactory(drawers);
        builder.withW3cDocument(document, null);
        builder.withProducer("OKR Scorecard for Jira");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF report could not be written", e);
        }
        return pdf.toByteArray();
    }

    /**
     * openhtmltopdf logs every render at INFO ("Using fast-mode renderer", each font it loads) through
     * java.util.logging; only its warnings and errors reach the log. Its loggers are the embedded copy's own.
     */
    private static void quietLibraryLog() {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private static String stylesheet() {
        try (InputStream in = PdfScorecardReport.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
