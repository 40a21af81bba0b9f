package fr.messagerie.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The cost ladder's form bean, deployed only in the bench WAR: "Enregistrer" inserts one row
 * through the application's data source and redirects to the same page, the least a Faces step that
 * stores something can do.
 */
@Named
@RequestScoped
public class RungForm {

    @Resource(lookup = "java:app/jdbc/messagerie")
    private DataSource dataSource;

    private String choice;
    private String text;

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String stay() {
        return null;
    }

    public String save() throws SQLException {
        BaselineServlet.insertRow(dataSource, choice == null ? "-" : choice);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
