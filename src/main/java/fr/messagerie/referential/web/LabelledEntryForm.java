package fr.messagerie.referential.web;

/**
 * An admin form whose entry has a code and a French and English label (themes, subjects, motifs,
 * online services, teams): those three fields, kept once here; subclasses add their own.
 */
public abstract class LabelledEntryForm extends AdminForm {

    private static final long serialVersionUID = 1L;

    // Protected: the subclasses fill them from the entry they edit and read them to build drafts.
    protected String code;
    protected String labelFr;
    protected String labelEn;

    @Override
    protected final void clearFields() {
        code = null;
        labelFr = null;
        labelEn = null;
        clearOtherFields();
    }

    /** Empties the fields the subclass adds to code and labels. */
    protected abstract void clearOtherFields();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
