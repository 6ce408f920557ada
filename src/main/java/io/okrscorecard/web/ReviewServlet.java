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
 * The review page {@code /plugins/servlet/okr-scorecard/review?cycle=2026-Q3}: a cycle's grades, retrospectives,
 * closing and re-opening. The page is a shell that {@code js/okr-review.js} fills from {@code /cycles/{id}/review}
 * (the cycle from the page's query, read by the script): the REST API checks who may read and do what. Anonymous
 * visitors are sent to the login page and back.
 */
public class ReviewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String TEMPLATE = "templates/review/okr-review.vm";
    public static final List<String> TEXT_PREFIXES = List.of("okr.review.");

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;

    public ReviewServlet(
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
            String query = request.getQueryString();
            response.sendRedirect(loginUriProvider
                    .getLoginUri(URI.create(request.getRequestURL() + (query == null ? "" : "?" + query)))
                    .toASCIIString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> texts = new HashMap<>();
        TEXT_PREFIXES.forEach(prefix -> texts.putAll(i18n.getAllTranslationsForPrefix(prefix)));
        AdminPageModel model = new AdminPageModel(request.getContextPath() + AdminServlet.REST_PATH, texts);
        templateRenderer.render(TEMPLATE, Map.of(AdminServlet.MODEL, model), response.getWriter());
    }
}
