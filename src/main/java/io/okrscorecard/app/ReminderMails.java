package io.okrscorecard.app;

import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.mail.Recipient;
import java.util.List;

/** Writes a person's check-in reminder in their language: an HTML part from an escaping template and plain text. */
public interface ReminderMails {

    /** The reminder listing every key result on which the recipient's check-in is due (at least one). */
    MailMessage reminder(Recipient recipient, List<DueCheckIn> due);
}
