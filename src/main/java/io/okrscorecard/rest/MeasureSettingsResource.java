package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.ChoosingTechnicalUser;
import io.okrscorecard.core.Person;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The admin's setting for Jira measures under {@code admin/measure-settings}: the technical user they run as. Jira
 * administrators only: by annotation and in code ({@link ChoosingTechnicalUser}).
 */
@Path("admin/measure-settings")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureSettingsResource {
    private final ChoosingTechnicalUser choosing;

    @Inject
    public MeasureSettingsResource(ChoosingTechnicalUser choosing) {
        this.choosing = choosing;
    }

    /** {@code technicalUser}: a user key, null when none is chosen; {@code technicalUserName}: set by the server. */
    public record SettingsDto(String technicalUser, String technicalUserName) {
        static SettingsDto of(Optional<Person> user) {
            return new SettingsDto(
                    user.map(Person::key).orElse(null),
                    user.map(Person::displayName).orElse(null));
        }
    }

    /** What the admin sends: the user key, or null to choose nobody. */
    public record Request(String technicalUser) {}

    @GET
    @AdminOnly
    public SettingsDto settings() {
        return SettingsDto.of(choosing.technicalUser());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public SettingsDto save(String body) {
        Request request = JsonBodies.read(body, Request.class, "measureSettings");
        return SettingsDto.of(choosing.choose(request.technicalUser()));
    }
}
