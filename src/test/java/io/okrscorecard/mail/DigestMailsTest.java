package io.okrscorecard.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.okrscorecard.app.Digest;
import io.okrscorecard.app.DigestMails;
import io.okrscorecard.app.DigestWorld;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.sandbox.web.JiraStyleVelocity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.Test;

/**
 * The digest mail as Jira would render it: the real template through the real Velocity with Jira's escaping
 * ({@link JiraStyleVelocity}), the real texts of the bundle, over the digest of {@link DigestWorld}.
 */
public class DigestMailsTest {
    private static final String BASE = "https://jira.example.com";

    private final I18nResolver i18n = i18n();
    private final DigestWorld world = new DigestWorld();
    private final VelocityDigestMails mails = new VelocityDigestMails(velocity(), i18n, application());

    /** Jira's texts: the bundle's, whatever the language (the app ships English only). */
    static I18nResolver i18n() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getAllTranslationsForPrefix(anyString(), org.mockito.ArgumentMatchers.any(Locale.class)))
                .thenReturn(bundle());
        return i18n;
    }

    @Test
    public void theSubjectNamesTheCycleAndBothPartsCarryTheDigest() {
        DigestMails.Written mail = write(DigestWorld.PMO, Locale.ENGLISH);

        assertEquals("Weekly OKR digest: 2026-Q4", mail.subject());
        for (String part : List.of(mail.html(), mail.text())) {
            assertTrue(part, part.contains("O-1"));
            assertTrue(part, part.contains("-22 points"));
            assertTrue(part, part.contains(BASE + "/browse/KR-1"));
            assertTrue(part, part.contains("Top movers"));
        }
        assertTrue(mail.text(), mail.text().contains("- Customer: 43%, Amber, -22 points"));
        assertTrue(
                mail.text(),
                mail.text().contains("- Learning & Growth: 100%, Green, \u2014 (not measured on both days)"));
        assertTrue(mail.text(), mail.text().contains("turned red: Green \u2192 Red (80% \u2192 30%)"));
    }

    @Test
    public void aHostileSummaryIsEscapedInTheHtmlPartAndPlainInTheTextPart() {
        DigestMails.Written mail = write(DigestWorld.PMO, Locale.ENGLISH);

        assertFalse(mail.html(), mail.html().contains("<script>"));
        assertFalse(mail.html(), mail.html().contains("<b>co</b>"));
        assertTrue(
                mail.html(),
                mail.html()
                        .contains(
                                "Answer faster &lt;script&gt;alert(&#39;digest&#39;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;"));
        assertTrue(mail.text(), mail.text().contains(DigestWorld.HOSTILE_SUMMARY));
    }

    @Test
    public void anObjectiveTheRecipientCannotBrowseIsCountedButNeverNamed() {
        DigestMails.Written mail = write(DigestWorld.MIA, Locale.ENGLISH);

        for (String part : List.of(mail.html(), mail.text(), mail.subject())) {
            assertFalse(part, part.contains("O-3"));
            assertFalse(part, part.contains("KR-3"));
            assertFalse(part, part.contains("Initech"));
        }
        assertTrue(
                mail.text(),
                mail.text().contains("1 objectives in this scope are counted in the scores but not listed"));
    }

    @Test
    public void textsAreReadInTheRecipientsLanguageAndDatesWrittenInIt() {
        DigestMails.Written mail = write(DigestWorld.MIA, Locale.GERMAN);

        verify(i18n).getAllTranslationsForPrefix("okr.digest.", Locale.GERMAN);
        assertTrue(mail.text(), mail.text().contains("Cycle 2026-Q4 (01.10.2026 to 31.12.2026)"));
        assertTrue(mail.text(), mail.text().contains("every Monday at 08:00"));
    }

    @Test
    public void aScopeIsPutIntoWordsWithItsProjectsOrFilterAndPerspectives() {
        Digest digest = world.composing.compose(
                subscription(
                        DigestWorld.PMO,
                        new DigestScope(
                                List.of(),
                                Optional.empty(),
                                List.of(io.okrscorecard.core.PerspectiveKey.of("customer")))),
                DigestWorld.MONDAY);

        DigestMails.Written mail = mails.write(digest, recipient(DigestWorld.PMO, Locale.ENGLISH));

        assertTrue(mail.html(), mail.html().contains("all projects \u00b7 perspectives Customer"));
    }

    private DigestMails.Written write(String subscriber, Locale locale) {
        Digest digest = world.composing.compose(subscription(subscriber, DigestScope.everything()), DigestWorld.MONDAY);
        return mails.write(digest, recipient(subscriber, locale));
    }

    private static Subscription subscription(String subscriber, DigestScope scope) {
        return new Subscription(
                new SubscriptionId(3),
                subscriber,
                scope,
                new DigestSchedule(DayOfWeek.MONDAY, 8),
                Instant.parse("2026-10-01T00:00:00Z"));
    }

    private static Recipient recipient(String userKey, Locale locale) {
        return new Recipient(new Person(userKey, "Someone"), "someone@example.com", locale);
    }

    /** The bundle's okr.digest.* texts. */
    static Map<String, String> bundle() {
        Properties properties = new Properties();
        try (InputStream in =
                DigestMailsTest.class.getClassLoader().getResourceAsStream("i18n/okr-scorecard.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith(VelocityDigestMails.PREFIX))
                .forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** Jira's template renderer as the sandbox's Velocity with Jira's escaping. */
    static TemplateRenderer velocity() {
        JiraStyleVelocity velocity = new JiraStyleVelocity();
        return new TemplateRenderer() {
            @Override
            public void render(String templateName, Writer writer) throws IOException {
                render(templateName, Map.of(), writer);
            }

            @Override
            public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
                writer.write(velocity.render(templateName, context));
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException("the digest renders templates only");
            }

            @Override
            public boolean resolve(String templateName) {
                return true;
            }
        };
    }

    static ApplicationProperties application() {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(BASE);
        return application;
    }
}
