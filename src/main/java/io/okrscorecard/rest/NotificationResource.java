package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.ChoosingNotifications;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /me/notifications}: the caller's own choice of the app's mail, for any logged-in user and about themselves
 * only (the use case takes the user from the request, never from the URL or body).
 */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final ChoosingNotifications choosing;

    @Inject
    public NotificationResource(ChoosingNotifications choosing) {
        this.choosing = choosing;
    }

    @GET
    @LicensedOnly
    public NotificationsDto.Choice myNotifications() {
        return new NotificationsDto.Choice(choosing.remindersOn());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public NotificationsDto.Choice chooseMyNotifications(String body) {
        NotificationsDto.Choice choice = JsonBodies.read(body, NotificationsDto.Choice.class, "notifications");
        return new NotificationsDto.Choice(choosing.chooseReminders(choice.remindersOn()));
    }
}
