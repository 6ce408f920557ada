package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.Test;

/**
 * Jira 10's REST v2 lets only licensed users through an endpoint without an access annotation; we never rely on that
 * default: every resource method says who may call it, exactly once.
 */
public class RestAccessAnnotationsTest {
    private static final List<Class<? extends Annotation>> ACCESS = List.of(
            AdminOnly.class,
            SystemAdminOnly.class,
            LicensedOnly.class,
            UnlicensedSiteAccess.class,
            AnonymousSiteAccess.class,
            UnrestrictedAccess.class);
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class);

    @Test
    public void everyResourceMethodCarriesExactlyOneAccessAnnotation() {
        List<String> problems = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                methods++;
                long annotations =
                        ACCESS.stream().filter(method::isAnnotationPresent).count();
                if (annotations != 1) {
                    problems.add(resource.getSimpleName() + "." + method.getName() + " has " + annotations);
                }
            }
            if (ACCESS.stream().anyMatch(resource::isAnnotationPresent)) {
                problems.add(resource.getSimpleName() + " is annotated at class level; annotate each method");
            }
        }
        assertFalse("no resource methods found", methods == 0);
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.okrscorecard.rest")) {
            Class<?> loaded = type.reflect();
            if (loaded.isAnnotationPresent(Path.class)) {
                resources.add(loaded);
            }
        }
        return resources;
    }
}
