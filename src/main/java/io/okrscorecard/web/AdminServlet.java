package io.okrscorecard.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin configuration page at {@code /plugins/servlet/okr-scorecard/admin}: Jira administrators only. It renders
 * the page shell; the page's script loads and saves the configuration through the REST API.
 *
 * <p>Jira creates the servlet from the {@code <servlet class=...>} of atlassian-plugin.xml through the plugin's Spring
 * context, injecting the constructor's arguments by type from the OSGi references of plugin-context.xml ("Admin page").
 */
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String TEMPLATE = "templates/admin/okr-admin.vm";
    /** The context key of the template's one view model. */
    public static final String MODEL = "model";

    public static final String REST_PATH = "/rest/okr-scorecard/1.0";
    /** The page's own texts and the bootstrap report's messages, which the script formats. */
    public static final List<String> TEXT_PREFIXES = List.of("okr.admin.", "okr.bootstrap.");

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;

    public AdminServlet(
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
            response.sendRedirect(
                    loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("okr.admin.forbidden"));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> texts = new HashMap<>();
        TEXT_PREFIXES.forEach(prefix -> texts.putAll(i18n.getAllTranslationsForPrefix(prefix)));
        AdminPageModel model = new AdminPageModel(request.getContextPath() + REST_PATH, texts);
        templateRenderer.render(TEMPLATE, Map.of(MODEL, model), response.getWriter());
    }

    /** Where the login page sends the user back to: this page, with its query. */
    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        String query = request.getQueryString();
        if (query != null) {
            url.append('?').append(query);
        }
        return URI.create(url.toString());
    }
}
