package io.okrscorecard.bundle;

import java.util.List;

/**
 * The two installable jars one build makes (docs/adr/0011): the Jira 10 jar (Java 17, {@code javax.*}) and the Jira 11
 * jar (Java 21, {@code jakarta.*}, derived from the same sources). The bundle ITs run once per jar; failsafe's
 * execution says which one through {@code okr.bundle.variant}.
 */
enum BundleVariant {
    JIRA10("/jira-10.3-host-exports.txt", 61, 17, "javax"),
    JIRA11("/jira-11.3-host-exports.txt", 65, 21, "jakarta");

    /**
     * The Java EE packages the app uses, in the namespace-neutral form {@code <namespace>.<suffix>}: JAX-RS, servlets and
     * DI, and JavaMail with activation, which Jira 11's atlassian-mail 8 takes as Jakarta Mail (docs/adr/0015).
     */
    private static final List<String> JAVA_EE_SUFFIXES = List.of("ws.rs", "servlet", "inject", "mail", "activation");

    private final String hostExports;
    private final int classMajorVersion;
    private final int javaRelease;
    private final String javaEeNamespace;

    BundleVariant(String hostExports, int classMajorVersion, int javaRelease, String javaEeNamespace) {
        this.hostExports = hostExports;
        this.classMajorVersion = classMajorVersion;
        this.javaRelease = javaRelease;
        this.javaEeNamespace = javaEeNamespace;
    }

    static BundleVariant current() {
        return valueOf(System.getProperty("okr.bundle.variant", "jira10").toUpperCase(java.util.Locale.ROOT));
    }

    BundleVariant other() {
        return this == JIRA10 ? JIRA11 : JIRA10;
    }

    /** The packages the Jira node this jar is for exports to plugins. */
    HostExports hostExports() {
        return HostExports.read(hostExports);
    }

    /** The class-file major version of the Java release the jar's Jira runs on (61 = Java 17, 65 = Java 21). */
    int classMajorVersion() {
        return classMajorVersion;
    }

    /** The Java release of the OSGi execution environment the jar requires. */
    int javaRelease() {
        return javaRelease;
    }

    /** The Java EE packages of this jar's namespace, e.g. {@code jakarta.ws.rs}. */
    List<String> javaEePackages() {
        return JAVA_EE_SUFFIXES.stream()
                .map(suffix -> javaEeNamespace + "." + suffix)
                .toList();
    }

    /** The package name in this jar's Java EE namespace, given the name of a package of either jar. */
    String inThisNamespace(String packageName) {
        for (String suffix : JAVA_EE_SUFFIXES) {
            for (String namespace : List.of("javax.", "jakarta.")) {
                if (packageName.equals(namespace + suffix) || packageName.startsWith(namespace + suffix + ".")) {
                    return javaEeNamespace + "." + packageName.substring(namespace.length());
                }
            }
        }
        return packageName;
    }
}
