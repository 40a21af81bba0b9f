package fr.messagerie.appointment.web;

/** One day of the availability grid: its label and the codes of its two checkboxes. */
public record HalfDayOption(
        String dayLabel,
        String morningCode,
        String afternoonCode,
        boolean morningChosen,
        boolean afternoonChosen) {

    public String getMorningId() {
        return "hd-" + morningCode.replace(':', '-');
    }

    public String getAfternoonId() {
        return "hd-" + afternoonCode.replace(':', '-');
    }
}
