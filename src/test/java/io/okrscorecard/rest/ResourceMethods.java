package io.okrscorecard.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/** Every resource method of the API, found by reflection over the classes of {@code io.okrscorecard.rest}. */
final class ResourceMethods {
    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS =
            Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");

    /** A resource method: its HTTP method and its path template under the REST base, e.g. {@code cycles/{id}}. */
    record ResourceMethod(String httpMethod, String template, Method method) {
        String name() {
            return httpMethod + " /" + template;
        }

        /** POST and PUT: the methods that read a JSON body. */
        boolean takesBody() {
            return httpMethod.equals("POST") || httpMethod.equals("PUT");
        }

        boolean mutates() {
            return !httpMethod.equals("GET");
        }
    }

    private ResourceMethods() {}

    /** Sorted by name. */
    static List<ResourceMethod> all() {
        List<ResourceMethod> all = new ArrayList<>();
        for (Class<?> resource : resources()) {
            Path root = resource.getAnnotation(Path.class);
            for (Method method : resource.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                for (Map.Entry<Class<? extends Annotation>, String> http : HTTP_METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        String template = join(root.value(), sub == null ? "" : sub.value());
                        all.add(new ResourceMethod(http.getValue(), template, method));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(ResourceMethod::name));
        return all;
    }

    /** The classes of {@code io.okrscorecard.rest} with a {@link Path}: the resources. */
    static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.okrscorecard.rest")) {
            Class<?> resource = type.reflect();
            if (resource.isAnnotationPresent(Path.class)) {
                resources.add(resource);
            }
        }
        return resources;
    }

    private static String join(String root, String sub) {
        return strip(strip(root) + "/" + strip(sub));
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
