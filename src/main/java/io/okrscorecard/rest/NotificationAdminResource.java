package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.SendingNotifications;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /admin/notifications}: whether Jira's outgoing mail takes the app's mail, and "send reminders and digests now".
 * Jira administrators only: by annotation and in code ({@link SendingNotifications}).
 */
@Path("admin/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationAdminResource {
    private final SendingNotifications sending;

    @Inject
    public NotificationAdminResource(SendingNotifications sending) {
        this.sending = sending;
    }

    @GET
    @AdminOnly
    public NotificationsDto.Status mailStatus() {
        return new NotificationsDto.Status(sending.mailAvailable());
    }

    /** Runs the notifications now and answers what was sent; a mail already sent today is not sent again. */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public NotificationsDto.Run runNow(String body) {
        JsonBodies.read(body, NotificationsDto.RunRequest.class, "notifications");
        return NotificationsDto.Run.of(sending.runAsAdministrator());
    }
}
