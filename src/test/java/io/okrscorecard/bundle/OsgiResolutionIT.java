package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the built jar into a real OSGi framework (Apache Felix) whose system bundle exports the host packages the
 * way a node of its Jira does: src/test/resources/jira-10.3-host-exports.txt for the Jira 10 jar,
 * jira-11.3-host-exports.txt for the Jira 11 jar ({@link BundleVariant}; the Jira 11 run needs a JVM 21+, whose
 * system bundle offers the osgi.ee JavaSE 21 the jar requires). The app's classes then link against the
 * shim on the test class path, served by the system bundle. Many of those versions have no public source
 * ({@link HostExports}): the tests print and name them, so a pass proves the ranges hold the listed versions, no more.
 */
public class OsgiResolutionIT {
    private final PackagedBundle bundle = PackagedBundle.built();
    private final BundleVariant variant = BundleVariant.current();
    private final HostExports host = variant.hostExports();
    private Framework framework;

    @After
    public void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void bundleResolvesAgainstTheHostExportsOfItsJira() throws Exception {
        Bundle installed = install(jiraHostExports(), variant.name());

        boolean resolved = resolve(installed);
        System.out.println("OsgiResolutionIT " + variant + ": resolved=" + resolved + "; " + host.unverifiedNote());
        assertTrue("bundle did not resolve: " + startFailure(installed) + "\n" + host.unverifiedNote(), resolved);
        assertEquals(Bundle.RESOLVED, installed.getState());
        assertEquals(PackagedBundle.pluginKey(), installed.getSymbolicName());
        assertNotNull(installed.getEntry("atlassian-plugin.xml"));
    }

    @Test
    public void bundleDoesNotResolveAgainstTheHostExportsOfTheOtherJira() throws Exception {
        Bundle installed =
                install(new LinkedHashMap<>(variant.other().hostExports().versions()), "other-jira");

        assertFalse(variant + " jar resolved against " + variant.other() + " exports", resolve(installed));
        String failure = startFailure(installed);
        assertTrue(failure, failure.contains("Unable to resolve"));
    }

    @Test
    public void appClassesLinkToHostTypesServedByTheSystemBundle() throws Exception {
        Bundle installed = install(jiraHostExports(), "linking");
        assertTrue(resolve(installed));

        Class<?> lifecycle = installed.loadClass("io.okrscorecard.jira.AppLifecycle");
        Class<?> hostInterface = lifecycle.getInterfaces()[0];
        assertEquals("com.atlassian.sal.api.lifecycle.LifecycleAware", hostInterface.getName());
        assertSame(Class.forName(hostInterface.getName()), hostInterface);
    }

    @Test
    public void theReportLibraryLoadsFromTheJarsEmbeddedInTheBundle() throws Exception {
        Bundle installed = install(jiraHostExports(), "embedded");
        assertTrue(resolve(installed));

        Class<?> report = installed.loadClass("io.okrscorecard.report.PdfScorecardReport");
        Class<?> builder = installed.loadClass("com.openhtmltopdf.pdfboxout.PdfRendererBuilder");
        Class<?> pdfbox = installed.loadClass("org.apache.pdfbox.pdmodel.PDDocument");

        assertSame(installed.adapt(BundleWiring.class).getClassLoader(), report.getClassLoader());
        assertSame(
                "from lib/ on the Bundle-ClassPath, not the host", report.getClassLoader(), builder.getClassLoader());
        assertSame(report.getClassLoader(), pdfbox.getClassLoader());
        assertNotNull(installed.getEntry("io/okrscorecard/report/fonts/NotoSansJP-Regular.ttf"));
    }

    @Test
    public void bundleResolvesWithoutTheOptionalSpringWiringPackages() throws Exception {
        Map<String, String> exports = jiraHostExports();
        assertTrue(exports.keySet().stream().noneMatch(PackagedBundle::isSpringWiring));
        assertFalse(
                "the bundle imports the Spring wiring packages",
                bundle.importedPackages().keySet().stream()
                        .filter(PackagedBundle::isSpringWiring)
                        .collect(Collectors.toList())
                        .isEmpty());

        Bundle installed = install(exports, "without-spring-wiring");

        assertTrue("bundle did not resolve: " + startFailure(installed), resolve(installed));
    }

    @Test
    public void bundleFailsToResolveWhenTheHostLacksAnImportedPackage() throws Exception {
        List<String> required = bundle.importedPackages().entrySet().stream()
                .filter(clause -> !clause.getValue().contains("resolution:=optional"))
                // the system bundle exports the JDK's packages whatever the host list says
                .filter(clause -> !PackagedBundle.isJdkPackage(clause.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        for (String missing : required) {
            Map<String, String> exports = jiraHostExports();
            exports.remove(missing);
            Bundle installed = install(exports, "without-" + missing);

            assertFalse("resolved without " + missing, resolve(installed));
            String failure = startFailure(installed);
            assertTrue(failure, failure.contains(missing));
            stopFramework();
            framework = null;
        }
    }

    @Test
    public void bundleFailsToResolveWhenTheHostExportsAVersionOutsideTheRange() throws Exception {
        Map<String, String> exports = jiraHostExports();
        exports.put("com.atlassian.sal.api.lifecycle", "99.0.0");
        Bundle installed = install(exports, "future-sal");

        assertFalse(resolve(installed));
        assertTrue(startFailure(installed).contains("com.atlassian.sal.api.lifecycle"));
    }

    private Bundle install(Map<String, String> hostExports, String name) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(
                Constants.FRAMEWORK_STORAGE,
                System.getProperty("okr.felix.cache", "target/felix-cache") + "/" + name.replace(' ', '-'));
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                hostExports.entrySet().stream()
                        .map(export -> export.getKey() + ";version=\"" + export.getValue() + "\"")
                        .collect(Collectors.joining(",")));
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        return framework.getBundleContext().installBundle(bundle.file().toURI().toString());
    }

    private boolean resolve(Bundle installed) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(installed));
    }

    private static String startFailure(Bundle installed) {
        try {
            installed.start();
            installed.stop();
            return "(none)";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    private Map<String, String> jiraHostExports() {
        return new LinkedHashMap<>(host.versions());
    }
}
