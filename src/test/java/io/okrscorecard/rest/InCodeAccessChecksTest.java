package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.ResourceMethods.ResourceMethod;
import io.okrscorecard.rest.RestAccessMatrixTest.Row;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.junit.Test;

/**
 * The {@link AdminOnly} and {@link LicensedOnly} annotations are proven public only on Platform 8; on a Jira that
 * ignores them, the app's own checks must refuse alone. Every resource method, found by reflection, is called here as
 * plain Java: no Jersey, so no annotation is processed. An admin method refuses anonymous (401) and every logged-in
 * non-admin (403); a licensed method refuses anonymous (401); "refuses" means the exception {@link RestErrors} turns
 * into that status, or a response with it, and the store and the job queue unchanged. Each call carries the valid
 * request of {@link RestAccessMatrixTest}'s matrix, which the allowed caller gets through, so a refusal comes from the
 * access check and not from the request.
 */
public class InCodeAccessChecksTest {
    private static final RestErrors ERRORS = new RestErrors();
    private static final List<Persona> NON_ADMINS = List.of(Persona.OUTSIDER, Persona.MEMBER);

    /** What one direct call answered: its HTTP status, as the exception mapper or the response says. */
    private record Call(String name, int status, String detail) {
        @Override
        public String toString() {
            return name + ": " + status + " " + detail;
        }
    }

    @Test
    public void everyPublicResourceMethodIsAnAdminOrLicensedEndpointWithAValidRequest() {
        List<String> problems = new ArrayList<>();
        Set<Method> endpoints =
                ResourceMethods.all().stream().map(ResourceMethod::method).collect(Collectors.toSet());
        for (Class<?> resource : ResourceMethods.resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !endpoints.contains(method)) {
                    problems.add(resource.getSimpleName() + "." + method.getName()
                            + " is public but no resource method: this test cannot check who may call it");
                }
            }
        }
        int admin = 0;
        int licensed = 0;
        for (ResourceMethod endpoint : ResourceMethods.all()) {
            boolean isAdmin = endpoint.method().isAnnotationPresent(AdminOnly.class);
            boolean isLicensed = endpoint.method().isAnnotationPresent(LicensedOnly.class);
            if (isAdmin == isLicensed) {
                problems.add(endpoint.name() + " is not exactly one of AdminOnly and LicensedOnly: say here what its"
                        + " own check must refuse");
            }
            admin += isAdmin ? 1 : 0;
            licensed += isLicensed ? 1 : 0;
            if (!RestAccessMatrixTest.MATRIX.containsKey(endpoint.name())) {
                problems.add(endpoint.name() + " has no valid request in RestAccessMatrixTest.MATRIX");
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertTrue("admin methods found: " + admin, admin >= 10);
        assertTrue("licensed methods found: " + licensed, licensed >= 5);
    }

    @Test
    public void everyAdminMethodRefusesANonAdminAndAnonymousWithoutAnnotationsAndWritesNothing() {
        assertEachRefused(AdminOnly.class, Persona.ANONYMOUS, 401);
        for (Persona nonAdmin : NON_ADMINS) {
            assertEachRefused(AdminOnly.class, nonAdmin, 403);
        }
    }

    @Test
    public void everyLicensedMethodRefusesAnonymousWithoutAnnotationsAndWritesNothing() {
        assertEachRefused(LicensedOnly.class, Persona.ANONYMOUS, 401);
    }

    @Test
    public void theSameDirectCallsGoThroughForTheCallerEachMethodAllows() {
        List<String> problems = new ArrayList<>();
        try (ApiFixture api = RestAccessMatrixTest.fixture()) {
            String job = startJob(api);
            for (ResourceMethod endpoint : ResourceMethods.all()) {
                api.personas.actAs(
                        endpoint.method().isAnnotationPresent(AdminOnly.class)
                                        || RestAccessMatrixTest.MATRIX
                                                        .get(endpoint.name())
                                                        .expected(Persona.MEMBER)
                                                >= 400
                                ? Persona.ADMIN
                                : Persona.MEMBER);
                Call call = call(api, endpoint, job);
                if (call.status() >= 400) {
                    problems.add(call + " (expected it to go through)");
                }
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    /** Every method carrying {@code access}, called as {@code caller}: refused with {@code status}, nothing written. */
    private static void assertEachRefused(Class<? extends Annotation> access, Persona caller, int status) {
        List<String> problems = new ArrayList<>();
        int called = 0;
        try (ApiFixture api = RestAccessMatrixTest.fixture()) {
            String job = startJob(api);
            api.personas.actAs(caller);
            for (ResourceMethod endpoint : ResourceMethods.all()) {
                if (!endpoint.method().isAnnotationPresent(access)) {
                    continue;
                }
                called++;
                Map<String, List<String>> rowsBefore = api.store.contents();
                int queuedBefore = api.executor.queued();
                Call call = call(api, endpoint, job);
                if (call.status() != status) {
                    problems.add(caller + " " + call + " (expected " + status + ")");
                }
                if (!rowsBefore.equals(api.store.contents()) || queuedBefore != api.executor.queued()) {
                    problems.add(caller + " " + call + ": the refused call changed the store or queued a job");
                }
            }
        }
        assertTrue("no " + access.getSimpleName() + " methods found", called > 0);
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    /** Calls the resource method on the fixture's resource object with the matrix row's request. */
    private static Call call(ApiFixture api, ResourceMethod endpoint, String job) {
        Row row = RestAccessMatrixTest.MATRIX.get(endpoint.name());
        Object resource = api.resources.stream()
                .filter(candidate -> candidate.getClass() == endpoint.method().getDeclaringClass())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resource object for " + endpoint.name()));
        String path = row.path().replace(RestAccessMatrixTest.JOB, job);
        Object[] arguments = arguments(endpoint, path, row.body());
        try {
            Object answer = endpoint.method().invoke(resource, arguments);
            int status = answer instanceof Response response ? response.getStatus() : 200;
            return new Call(endpoint.name(), status, "answered");
        } catch (InvocationTargetException thrown) {
            Throwable failure = thrown.getCause();
            return new Call(
                    endpoint.name(),
                    ERRORS.toResponse(failure).getStatus(),
                    "threw " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } catch (IllegalAccessException e) {
            throw new AssertionError(endpoint.name() + " cannot be called", e);
        }
    }

    /**
     * The arguments JAX-RS would pass for this request: path parameters from the template, query parameters (with
     * their defaults), the body for the one unannotated parameter, and a {@link UriInfo} for {@code @Context}.
     */
    private static Object[] arguments(ResourceMethod endpoint, String path, String body) {
        String[] pathAndQuery = path.split("\\?", 2);
        Map<String, String> pathValues = pathValues(endpoint.template(), pathAndQuery[0]);
        Map<String, List<String>> query = query(pathAndQuery.length == 2 ? pathAndQuery[1] : "");
        Parameter[] parameters = endpoint.method().getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            if (pathParam != null) {
                arguments[i] = pathValues.get(pathParam.value());
            } else if (queryParam != null) {
                DefaultValue fallback = parameter.getAnnotation(DefaultValue.class);
                List<String> values = query.getOrDefault(
                        queryParam.value(), fallback == null ? List.of() : List.of(fallback.value()));
                arguments[i] = queryArgument(endpoint, parameter, values);
            } else if (parameter.isAnnotationPresent(Context.class) && parameter.getType() == UriInfo.class) {
                arguments[i] = uriInfo(pathAndQuery[0]);
            } else if (parameter.getAnnotations().length == 0 && parameter.getType() == String.class) {
                arguments[i] = body;
            } else {
                throw new AssertionError(endpoint.name() + ": this test cannot pass parameter " + parameter);
            }
        }
        return arguments;
    }

    private static Object queryArgument(ResourceMethod endpoint, Parameter parameter, List<String> values) {
        Class<?> type = parameter.getType();
        if (type == List.class) {
            return values;
        }
        String value = values.isEmpty() ? null : values.get(0);
        if (type == String.class) {
            return value;
        }
        if (type == Integer.class) {
            return value == null ? null : Integer.valueOf(value);
        }
        if (type == int.class) {
            return value == null ? 0 : Integer.parseInt(value);
        }
        throw new AssertionError(endpoint.name() + ": this test cannot pass query parameter " + parameter);
    }

    /** {@code cycles/{id}} against {@code cycles/2026-Q4}: {@code id=2026-Q4}. */
    private static Map<String, String> pathValues(String template, String path) {
        String[] names = template.split("/");
        String[] values = path.split("/");
        Map<String, String> bound = new LinkedHashMap<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].startsWith("{") && names[i].endsWith("}")) {
                bound.put(names[i].substring(1, names[i].length() - 1), values[i]);
            }
        }
        return bound;
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            parameters
                    .computeIfAbsent(decode(nameAndValue[0]), name -> new ArrayList<>())
                    .add(nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The request's URI as a resource reads it: only its absolute path builder is used. */
    private static UriInfo uriInfo(String path) {
        URI absolute = URI.create("http://127.0.0.1/rest/okr-scorecard/1.0/" + path);
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAbsolutePathBuilder")) {
                        return UriBuilder.fromUri(absolute);
                    }
                    if (method.getName().equals("getAbsolutePath")) {
                        return absolute;
                    }
                    throw new UnsupportedOperationException("UriInfo." + method.getName());
                });
    }

    /** Starts a recalculation by calling the resource as the administrator, so that there is a job to ask about. */
    private static String startJob(ApiFixture api) {
        api.personas.actAs(Persona.ADMIN);
        RecalculationResource recalculation = api.resources.stream()
                .filter(RecalculationResource.class::isInstance)
                .map(RecalculationResource.class::cast)
                .findFirst()
                .orElseThrow();
        Response started = recalculation.start("{}", uriInfo("admin/recalculate"));
        assertEquals(202, started.getStatus());
        return ((RecalculationDto) started.getEntity()).id();
    }
}
