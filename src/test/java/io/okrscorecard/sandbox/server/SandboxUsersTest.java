package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SandboxUsersTest {
    private final SandboxUsers users = new SandboxUsers(PluginTexts.load());

    @Test
    public void requestsWithoutTheCookieOrWithAnUnknownUserActAsTheAdministrator() {
        assertEquals(Persona.ADMIN, SandboxUsers.fromCookies(null));
        assertEquals(Persona.ADMIN, SandboxUsers.fromCookies(List.of("JSESSIONID=1")));
        assertEquals(Persona.ADMIN, SandboxUsers.fromCookies(List.of("okr-sandbox-user=root")));
    }

    @Test
    public void theCookieNamesTheViewerAmongOtherCookies() {
        assertEquals(Persona.VIEWER, SandboxUsers.fromCookies(List.of("JSESSIONID=1; okr-sandbox-user=viewer")));
        assertEquals(Persona.VIEWER, SandboxUsers.fromCookies(List.of("a=b", " okr-sandbox-user = viewer ")));
    }

    @Test
    public void administratorMayDoEverythingAndTheViewerOnlyBrowse() {
        IssueId issue = IssueId.of(10_001);
        Viewer admin = new Viewer(Persona.ADMIN.userKey());
        Viewer viewer = new Viewer(Persona.VIEWER.userKey());

        assertTrue(users.isAdministrator(admin) && users.canBrowse(admin, issue) && users.canEdit(admin, issue));
        assertTrue(users.canBrowse(viewer, issue));
        assertFalse(users.canEdit(viewer, issue));
        assertFalse(users.isAdministrator(viewer));
        assertFalse(users.canBrowse(new Viewer("stranger"), issue));
    }

    @Test
    public void theCurrentViewerIsThePersonaActedAs() {
        users.actAs(
                Persona.VIEWER,
                () -> assertEquals(
                        Persona.VIEWER.userKey(),
                        users.currentViewer().orElseThrow().userKey()));
        assertEquals(
                Persona.ADMIN.userKey(), users.currentViewer().orElseThrow().userKey());
    }

    @Test
    public void personasHaveJiraUserKeysAndAreShownByTheirNames() {
        PluginTexts texts = PluginTexts.load();

        assertEquals("JIRAUSER10000", Persona.ADMIN.userKey());
        assertEquals(Persona.ADMIN, Persona.named("admin").orElseThrow());
        assertEquals(
                Optional.of(new Person("JIRAUSER10001", texts.text("okr.sandbox.user.viewer"))),
                users.person(Persona.VIEWER.userKey()));
        assertEquals("a user name is no user key", Optional.empty(), users.person("viewer"));
    }

    @Test
    public void switchGoesBackOnlyToPathsOfTheSandbox() {
        assertEquals("/browse/OKR-1", SandboxUsers.localPath("/browse/OKR-1"));
        assertEquals("/", SandboxUsers.localPath(null));
        assertEquals("/", SandboxUsers.localPath("https://example.org/"));
        assertEquals("/", SandboxUsers.localPath("//example.org/"));
        assertEquals("/", SandboxUsers.localPath("/\\example.org/"));
        assertEquals("/", SandboxUsers.localPath("/ok\r\nSet-Cookie: x=y"));
    }
}
