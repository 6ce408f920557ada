package io.okrscorecard.mail;

/** The plain-text part of a digest mail: the same content as the HTML part, as lines of text. */
final class PlainText {
    private PlainText() {}

    static String of(DigestMailModel model) {
        StringBuilder text = new StringBuilder();
        text.append(model.getTitle()).append('\n').append(model.getScope()).append("\n\n");
        text.append(model.text(VelocityDigestMails.PREFIX + "perspectives.heading"))
                .append('\n');
        for (DigestMailModel.PerspectiveRow row : model.getPerspectives()) {
            text.append("- ")
                    .append(row.getName())
                    .append(": ")
                    .append(row.getScore())
                    .append(", ")
                    .append(row.getStatus())
                    .append(", ")
                    .append(row.getChange())
                    .append('\n');
        }
        objectives(text, model, "status-changes.heading", model.getStatusChanges());
        text.append('\n')
                .append(model.text(VelocityDigestMails.PREFIX + "check-ins.heading"))
                .append('\n');
        if (model.getCheckInsDue().isEmpty()) {
            text.append(model.text(VelocityDigestMails.PREFIX + "none")).append('\n');
        }
        for (DigestMailModel.DueRow row : model.getCheckInsDue()) {
            text.append("- ")
                    .append(row.getKey())
                    .append(' ')
                    .append(row.getSummary())
                    .append(" (")
                    .append(row.getDetail())
                    .append(")\n  ")
                    .append(row.getUrl())
                    .append('\n');
        }
        objectives(text, model, "movers.heading", model.getTopMovers());
        if (!model.getHiddenNote().isEmpty()) {
            text.append('\n').append(model.getHiddenNote()).append('\n');
        }
        text.append("\n-- \n").append(model.getFooter()).append('\n');
        return text.toString();
    }

    private static void objectives(
            StringBuilder text, DigestMailModel model, String heading, Iterable<DigestMailModel.ObjectiveRow> rows) {
        text.append('\n')
                .append(model.text(VelocityDigestMails.PREFIX + heading))
                .append('\n');
        boolean none = true;
        for (DigestMailModel.ObjectiveRow row : rows) {
            none = false;
            text.append("- ")
                    .append(row.getKey())
                    .append(' ')
                    .append(row.getSummary())
                    .append(": ")
                    .append(row.getDetail())
                    .append("\n  ")
                    .append(row.getUrl())
                    .append('\n');
        }
        if (none) {
            text.append(model.text(VelocityDigestMails.PREFIX + "none")).append('\n');
        }
    }
}
