package io.okrscorecard.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The page {@code /plugins/servlet/okr-scorecard/notifications} where the logged-in user turns their check-in reminders
 * off and on; the reminder mail links here. The link carries nothing: the page and its script act for whoever is
 * logged in (anonymous visitors are sent to the login page and back), through {@code /me/notifications}.
 */
public class NotificationsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String TEMPLATE = "templates/notifications/okr-notifications.vm";
    public static final List<String> TEXT_PREFIXES = List.of("okr.notifications.");

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;

    public NotificationsServlet(
            UserManager userManager,
            LoginUriProvider loginUriProvider,
            TemplateRenderer templateRenderer,
            I18nResolver i18n) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.templateRenderer = templateRenderer;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider
                    .getLoginUri(URI.create(request.getRequestURL().toString()))
                    .toASCIIString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> texts = new java.util.HashMap<>();
        TEXT_PREFIXES.forEach(prefix -> texts.putAll(i18n.getAllTranslationsForPrefix(prefix)));
        AdminPageModel model = new AdminPageModel(request.getContextPath() + AdminServlet.REST_PATH, texts);
        templateRenderer.render(TEMPLATE, Map.of(AdminServlet.MODEL, model), response.getWriter());
    }
}
