package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.mail.OutboxPage;
import io.okrscorecard.sandbox.mail.SandboxMailServer;
import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.NotificationsPage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The sandbox's mail loop on the demo: METRIC key results whose owners are late are "check-in due", the admin's "send
 * now" mails each owner once through the sandbox's SMTP server, and the outbox shows the mail as its recipient would.
 */
public class SandboxMailTest {

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @Test
    public void sendNowMailsTheDaysRemindersOnceAndTheOutboxShowsThem() {
        long due = countDue(DEMO.http().api("scorecard", Persona.ADMIN));
        assertTrue("the demo has check-ins due on its day: " + due, due > 0);

        JsonNode run = DEMO.http()
                .postJson(SandboxHttp.API + "admin/notifications/run", Persona.ADMIN, "{}")
                .json();
        assertTrue(run.toString(), run.get("mailAvailable").asBoolean());
        int sent = run.get("reminders").get("sent").asInt();
        assertTrue(run.toString(), sent > 0);
        JsonNode again = DEMO.http()
                .postJson(SandboxHttp.API + "admin/notifications/run", Persona.ADMIN, "{}")
                .json();
        assertEquals(0, again.get("reminders").get("sent").asInt());
        assertEquals(sent, again.get("reminders").get("alreadySent").asInt());

        List<ReceivedMail> mails = DEMO.sandbox().mailServer().received().stream()
                .filter(mail -> mail.subject().startsWith("OKR check-in due"))
                .toList();
        assertEquals(sent, mails.size());
        ReceivedMail first = mails.get(0);
        assertTrue(first.to().get(0), first.to().get(0).endsWith("@example.com"));
        assertTrue(first.subject(), first.subject().startsWith("OKR check-in due"));
        assertTrue(first.html(), first.html().contains(DEMO.sandbox().origin() + "/browse/"));
        assertTrue(first.text(), first.text().contains(DEMO.sandbox().origin() + NotificationsPage.PATH));

        SandboxHttp.Answer outbox = DEMO.http().get(OutboxPage.PATH, Persona.ADMIN);
        assertEquals(200, outbox.status());
        assertTrue(outbox.body(), outbox.body().contains(first.subject()));
        SandboxHttp.Answer view = DEMO.http().get(OutboxPage.PATH + "/" + first.number(), Persona.ADMIN);
        assertTrue(view.body(), view.body().contains("<iframe id=\"okr-outbox-html\" sandbox"));
        SandboxHttp.Answer html = DEMO.http().get(OutboxPage.PATH + "/" + first.number() + "/html", Persona.ADMIN);
        assertEquals(first.html(), html.body());
        assertEquals(
                404, DEMO.http().get(OutboxPage.PATH + "/999", Persona.ADMIN).status());
    }

    @Test
    public void theViewerMayNotSendButTurnsTheirOwnRemindersOffOnTheNotificationsPage() {
        assertEquals(
                403,
                DEMO.http()
                        .postJson(SandboxHttp.API + "admin/notifications/run", Persona.VIEWER, "{}")
                        .status());
        assertEquals(
                200, DEMO.http().get(NotificationsPage.PATH, Persona.VIEWER).status());
        assertTrue(DEMO.http()
                .api("me/notifications", Persona.VIEWER)
                .get("reminders")
                .asBoolean());

        SandboxHttp.Answer off =
                DEMO.http().putJson(SandboxHttp.API + "me/notifications", Persona.VIEWER, "{\"reminders\":false}");

        assertEquals(200, off.status());
        assertFalse(DEMO.http()
                .api("me/notifications", Persona.VIEWER)
                .get("reminders")
                .asBoolean());
        assertTrue(DEMO.http()
                .api("me/notifications", Persona.ADMIN)
                .get("reminders")
                .asBoolean());
        assertEquals(
                400,
                DEMO.http()
                        .putJson(SandboxHttp.API + "me/notifications", Persona.VIEWER, "{}")
                        .status());
    }

    @Test
    public void aDigestSubscribedForThisHourGoesOutOnSendNowWithTheReportOfItsScopeAttached() throws IOException {
        // the demo's day is Monday 2026-11-16 at 10:00 in UTC, the sandbox's time zone here: this hour's moment
        SandboxHttp.Answer subscribed = DEMO.http()
                .postJson(
                        SandboxHttp.API + "subscriptions",
                        Persona.VIEWER,
                        "{\"projects\":[],\"filter\":null,\"perspectives\":[],\"weekday\":\"MONDAY\",\"hour\":10}");
        assertEquals(subscribed.body(), 201, subscribed.status());
        JsonNode scorecard = DEMO.http().api("scorecard", Persona.VIEWER);

        JsonNode run = DEMO.http()
                .postJson(SandboxHttp.API + "admin/notifications/run", Persona.ADMIN, "{}")
                .json();
        JsonNode again = DEMO.http()
                .postJson(SandboxHttp.API + "admin/notifications/run", Persona.ADMIN, "{}")
                .json();

        assertEquals(run.toString(), 1, run.get("digests").get("sent").asInt());
        assertEquals(again.toString(), 0, again.get("digests").get("sent").asInt());
        List<ReceivedMail> digests = DEMO.sandbox().mailServer().received().stream()
                .filter(mail -> mail.subject().startsWith("Weekly OKR digest"))
                .toList();
        assertEquals(1, digests.size());
        ReceivedMail digest = digests.get(0);
        assertTrue(digest.to().get(0), digest.to().get(0).endsWith("@example.com"));
        assertTrue(
                digest.text(),
                digest.text().contains(scorecard.get("cycle").get("id").asText()));
        assertEquals(1, digest.attachments().size());
        SandboxMailServer.Attachment report = digest.attachments().get(0);
        assertEquals(
                "application/pdf", report.contentType().replaceAll(";.*", "").trim());
        try (PDDocument pdf = Loader.loadPDF(report.content())) {
            String text = new PDFTextStripper().getText(pdf);
            for (JsonNode perspective : scorecard.get("perspectives")) {
                for (JsonNode objective : perspective.get("objectives")) {
                    assertTrue(
                            objective.get("key").asText() + " in the attached report",
                            text.contains(objective.get("key").asText()));
                }
            }
        }
    }

    private static long countDue(JsonNode scorecard) {
        long due = 0;
        for (JsonNode objective : scorecard.findValues("keyResults")) {
            for (JsonNode keyResult : objective) {
                if (keyResult.hasNonNull("checkInDue")) {
                    due++;
                }
            }
        }
        return due;
    }
}
