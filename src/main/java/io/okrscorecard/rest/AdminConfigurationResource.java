package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.core.type.TypeReference;
import io.okrscorecard.app.ConfiguringScorecard;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.settings.AppSettings;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The admin page's configuration endpoints under {@code /admin}: perspectives, the perspective mapping, app settings,
 * the listable rollup policies and cycles. Jira administrators only: by annotation (REST v2) and in code ({@link ConfiguringScorecard}).
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminConfigurationResource {
    private static final TypeReference<List<PerspectiveDto>> PERSPECTIVE_LIST = new TypeReference<>() {};

    private final ConfiguringScorecard configuring;

    @Inject
    public AdminConfigurationResource(ConfiguringScorecard configuring) {
        this.configuring = configuring;
    }

    /** A rollup policy the admin may choose, with its description. */
    public record PolicyDto(String key, String label, String description) {}

    @GET
    @Path("perspectives")
    @AdminOnly
    public List<PerspectiveDto> perspectives() {
        return dtos(configuring.perspectives());
    }

    @PUT
    @Path("perspectives")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public List<PerspectiveDto> replacePerspectives(String body) {
        List<PerspectiveDto> requested = JsonBodies.read(body, PERSPECTIVE_LIST, "perspectives");
        return dtos(configuring.replacePerspectives(PerspectiveDto.toDomain(requested)));
    }

    @GET
    @Path("settings")
    @AdminOnly
    public SettingsDto settings() {
        return SettingsDto.of(configuring.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public SettingsDto saveSettings(String body) {
        AppSettings requested =
                JsonBodies.read(body, SettingsDto.class, "settings").toDomain();
        return SettingsDto.of(configuring.saveSettings(requested));
    }

    @GET
    @Path("rollup-policies")
    @AdminOnly
    public List<PolicyDto> rollupPolicies() {
        return configuring.rollupPolicies().stream()
                .map(policy -> new PolicyDto(policy.name(), policy.label(), policy.description()))
                .collect(Collectors.toList());
    }

    @GET
    @Path("mappings")
    @AdminOnly
    public MappingDto perspectiveMapping() {
        return MappingDto.of(configuring.perspectiveMapping());
    }

    @PUT
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public MappingDto savePerspectiveMapping(String body) {
        PerspectiveMapping requested =
                JsonBodies.read(body, MappingDto.class, "mapping").toDomain();
        return MappingDto.of(configuring.savePerspectiveMapping(requested));
    }

    @GET
    @Path("cycles")
    @AdminOnly
    public List<CycleDto> cycles() {
        return configuring.cycles().stream().map(CycleDto::of).collect(Collectors.toList());
    }

    @POST
    @Path("cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response createCycle(String body) {
        Cycle created = configuring.createCycle(
                JsonBodies.read(body, CycleDto.class, "cycle").toDomain());
        return Response.status(Response.Status.CREATED)
                .entity(CycleDto.of(created))
                .build();
    }

    @PUT
    @Path("cycles/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public CycleDto updateCycle(@PathParam("id") String id, String body) {
        Cycle requested = JsonBodies.read(body, CycleDto.class, "cycle").toDomain();
        return CycleDto.of(configuring.updateCycle(CycleIds.fromPath(id), requested));
    }

    @DELETE
    @Path("cycles/{id}")
    @AdminOnly
    public Response deleteCycle(@PathParam("id") String id) {
        configuring.deleteCycle(CycleIds.fromPath(id));
        return Response.noContent().build();
    }

    private static List<PerspectiveDto> dtos(Perspectives perspectives) {
        return perspectives.all().stream().map(PerspectiveDto::of).collect(Collectors.toList());
    }
}
