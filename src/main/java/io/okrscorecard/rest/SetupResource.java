package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.InspectingSetup;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /admin/bootstrap}: the issue types, custom fields and link types the app created or found when it started on
 * this node. Jira administrators only: by annotation and in code ({@link InspectingSetup}).
 */
@Path("admin/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {
    private final InspectingSetup inspecting;

    @Inject
    public SetupResource(InspectingSetup inspecting) {
        this.inspecting = inspecting;
    }

    @GET
    @AdminOnly
    public SetupReportDto report() {
        return SetupReportDto.of(inspecting.report());
    }
}
