package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class AdminServletTest {
    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final UserKey admin = mock(UserKey.class);
    private final UserKey user = mock(UserKey.class);

    private final AdminServlet servlet = new AdminServlet(users, login, renderer, i18n);

    @Before
    public void setUp() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL())
                .thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/okr-scorecard/admin"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(users.isAdmin(admin)).thenReturn(true);
        when(users.isAdmin(user)).thenReturn(false);
        when(i18n.getText("okr.admin.forbidden")).thenReturn("Only Jira administrators");
        when(i18n.getAllTranslationsForPrefix("okr.admin.")).thenReturn(Map.of("okr.admin.title", "OKR config"));
        when(i18n.getAllTranslationsForPrefix("okr.bootstrap."))
                .thenReturn(Map.of("okr.bootstrap.run.completed", "Checked"));
    }

    @Test
    public void anonymousVisitorsAreSentToLoginAndBackHere() throws Exception {
        when(request.getQueryString()).thenReturn("tab=cycles");
        when(login.getLoginUri(
                        URI.create("https://jira.example.com/jira/plugins/servlet/okr-scorecard/admin?tab=cycles")))
                .thenReturn(URI.create("https://jira.example.com/jira/login.jsp?os_destination=x"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("https://jira.example.com/jira/login.jsp?os_destination=x");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void usersWhoAreNotAdministratorsGetForbidden() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(user);

        servlet.doGet(request, response);

        verify(response).sendError(403, "Only Jira administrators");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void administratorsGetThePageRenderedWithItsOneViewModel() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);

        servlet.doGet(request, response);

        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response, never()).sendError(anyInt(), anyString());
        verify(response, never()).sendRedirect(anyString());
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("templates/admin/okr-admin.vm"), context.capture(), any(Writer.class));
        assertEquals(1, context.getValue().size());
        AdminPageModel model = (AdminPageModel) context.getValue().get("model");
        assertEquals("/jira/rest/okr-scorecard/1.0", model.getRestBaseUrl());
        assertEquals("OKR config", model.text("okr.admin.title"));
        assertEquals("the bootstrap report's messages too", "Checked", model.text("okr.bootstrap.run.completed"));
    }

    @Test
    public void thePageIsWrittenToTheResponse() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        doAnswer(invocation -> {
                    ((Writer) invocation.getArgument(2)).write("<html/>");
                    return null;
                })
                .when(renderer)
                .render(anyString(), anyMap(), any(Writer.class));

        servlet.doGet(request, response);
        ((PrintWriter) response.getWriter()).flush();

        assertEquals("<html/>", body.toString());
    }
}
