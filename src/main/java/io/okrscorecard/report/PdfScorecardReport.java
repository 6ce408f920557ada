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
import org.w3c.dom.Document;

/**
 * The {@link ScorecardPdf} port with openhtmltopdf on PDFBox (docs/adr/0014): the reading as an HTML tree built in code
 * ({@link ReportDocument}), laid out on A4 pages with the report's stylesheet and the embedded fonts ({@link
 * ReportFonts}), the strategy map drawn as vector paths ({@link StrategyMapDrawing}). The Jira base URL is SAL's, in
 * the page header; days and times are in the app clock's zone.
 */
public final class PdfScorecardReport implements ScorecardPdf {
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
        Document document = ReportDocument.of(reading, map, scope, texts, css, baseUrl == null ? "" : baseUrl);
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
