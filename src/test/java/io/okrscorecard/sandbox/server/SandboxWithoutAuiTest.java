package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.Aui;
import io.okrscorecard.sandbox.web.DashboardPage;
import io.okrscorecard.sandbox.web.IssuePage;
import io.okrscorecard.sandbox.web.PluginResources;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A sandbox built where npm could not fetch AUI: it starts, works, and says which look its pages lack. */
public class SandboxWithoutAuiTest {
    private static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T10:00:00Z"), ZoneOffset.UTC);

    @Rule
    public final TemporaryFolder folders = new TemporaryFolder();

    @Test
    public void startsWithoutAuiAndEveryStandInPageSaysItIsUnstyledAndHowToFetchIt() throws Exception {
        String note = PluginTexts.load().text("okr.sandbox.aui.missing").replace("{0}", Aui.FETCH_COMMAND);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withData(folders.newFolder("demo").toPath())
                .withClock(MID_Q4)
                .withAui(Aui.onClasspath("sandbox/no-aui-here/")))) {
            SandboxHttp http = new SandboxHttp(sandbox);

            assertEquals("the line the start prints", note, sandbox.missingLook());
            for (String page : List.of(AdminPage.PATH, DashboardPage.PATH, IssuePage.PATH + "OKR-1")) {
                Answer answer = http.get(page, Persona.ADMIN);
                assertEquals(page, 200, answer.status());
                assertTrue(page, answer.body().contains("<div id=\"okr-sandbox-aui-missing\" role=\"note\""));
                assertTrue(page, answer.body().contains(note.replace("'", "&#39;")));
                assertFalse(page, answer.body().contains(Aui.WEB_RESOURCE));
                assertTrue(page, answer.body().contains("/download/resources/okr-common-resources/okr-dom.js"));
            }
            assertEquals(
                    404,
                    http.get(PluginResources.DOWNLOAD_PATH + Aui.WEB_RESOURCE + "/aui-prototyping.css", Persona.ADMIN)
                            .status());
            assertEquals(4, http.api("admin/perspectives", Persona.ADMIN).size());
        }
    }
}
