package io.okrscorecard.sandbox.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Jira's objects and services as the app's web classes see them in Jira, for the sandbox's stand-in pages: dynamic
 * proxies of the host interfaces that answer the methods the app calls and refuse any other, so a page never runs
 * on a value Jira would have given differently.
 */
public final class JiraStandIns {
    private JiraStandIns() {}

    /** The issue on view, as Jira's issue view puts it into a web panel's context. */
    public static Issue issue(String key, String summary, String issueTypeId, String issueTypeName) {
        IssueType type = proxy(IssueType.class, Map.of("getId", issueTypeId, "getName", issueTypeName));
        return proxy(Issue.class, Map.of("getKey", key, "getSummary", summary, "getIssueType", type));
    }

    /**
     * SAL's translations, from the app's own bundle; with a locale (the mail's recipient's) from that language's
     * bundle where it has the key, formatted with the arguments as Jira formats them ({@link MessageFormat}).
     */
    public static I18nResolver i18n(PluginTexts texts) {
        return (I18nResolver) Proxy.newProxyInstance(
                JiraStandIns.class.getClassLoader(), new Class<?>[] {I18nResolver.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAllTranslationsForPrefix":
                            return texts.withPrefixes(List.of((String) args[0]));
                        case "getText":
                            if (args[0] instanceof Locale locale) {
                                Object[] arguments = args.length > 2 ? (Object[]) args[2] : new Object[0];
                                return new MessageFormat(inLanguage(texts, locale, (String) args[1]), locale)
                                        .format(arguments);
                            }
                            return texts.text((String) args[0]);
                        default:
                            return objectMethod(proxy, method.getName(), args, "I18nResolver");
                    }
                });
    }

    private static String inLanguage(PluginTexts texts, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(
                            "i18n/okr-scorecard",
                            locale,
                            JiraStandIns.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return texts.text(key);
        }
    }

    /** SAL's application properties of a Jira at {@code contextPath} (empty: at the server's root). */
    public static ApplicationProperties applicationProperties(String contextPath) {
        return proxy(ApplicationProperties.class, Map.of("getBaseUrl", contextPath));
    }

    /** SAL's locale resolver of a Jira where every user, and the current request's, reads in {@code language}. */
    public static LocaleResolver localeResolver(Supplier<Locale> language) {
        return new LocaleResolver() {
            @Override
            public Locale getLocale() {
                return language.get();
            }

            @Override
            public Locale getLocale(UserKey userKey) {
                return language.get();
            }
        };
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            return objectMethod(proxy, method.getName(), args, type.getSimpleName());
        };
        return type.cast(Proxy.newProxyInstance(JiraStandIns.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object objectMethod(Object proxy, String name, Object[] args, String type) {
        switch (name) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return type + " stand-in";
            default:
                throw new UnsupportedOperationException(type + "." + name + " is not part of the sandbox's stand-in");
        }
    }
}
